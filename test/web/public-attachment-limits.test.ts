// The attachment limits as the citizen reads them, and the refusals the browser can make by itself.
import {
  formatBytes,
  limitsText,
  listInSpanish,
  refusalOf,
  type AttachmentLimits,
} from '../../web/src/public/logic/attachment-limits.js';

const MB = 1024 * 1024;

const LIMITS: AttachmentLimits = {
  maxFileBytes: 10 * MB,
  maxFilesPerFiling: 3,
  maxTotalBytesPerFiling: 15 * MB,
  acceptedFileKinds: ['PDF', 'JPEG', 'PNG'],
};

describe('sizes and lists in Spanish', () => {
  it('writes sizes in bytes, KB or MB with a decimal comma', () => {
    expect(formatBytes(532)).toBe('532 bytes');
    expect(formatBytes(12_700)).toBe('12,4 KB');
    expect(formatBytes(3 * MB)).toBe('3 MB');
    expect(formatBytes(1.5 * MB)).toBe('1,5 MB');
  });

  it('joins a list with commas and "y"', () => {
    expect(listInSpanish(['PDF'])).toBe('PDF');
    expect(listInSpanish(['PDF', 'JPEG', 'PNG'])).toBe('PDF, JPEG y PNG');
  });

  it('states the limits before any file is chosen', () => {
    expect(limitsText(LIMITS)).toBe(
      'Puede adjuntar hasta 3 archivos de tipo PDF, JPEG y PNG, de hasta 10 MB cada uno y 15 MB en total.',
    );
  });
});

describe('refusing a file before sending it', () => {
  it('lets a file within every limit through', () => {
    expect(refusalOf({ name: 'cedula.pdf', size: 2 * MB }, [MB], LIMITS)).toBeNull();
  });

  it('refuses one file too many, naming it', () => {
    expect(refusalOf({ name: 'cuarto.pdf', size: 100 }, [100, 100, 100], LIMITS)).toBe(
      'No se adjuntó «cuarto.pdf»: se admiten hasta 3 archivos por solicitud.',
    );
  });

  it('refuses an empty file and one over the limit per file', () => {
    expect(refusalOf({ name: 'vacio.pdf', size: 0 }, [], LIMITS)).toBe(
      'No se adjuntó «vacio.pdf»: el archivo está vacío.',
    );
    expect(refusalOf({ name: 'video.pdf', size: 12 * MB }, [], LIMITS)).toBe(
      'No se adjuntó «video.pdf»: pesa 12 MB y cada archivo puede pesar hasta 10 MB.',
    );
  });

  it('refuses a file that would take the set over the total', () => {
    expect(refusalOf({ name: 'planos.pdf', size: 6 * MB }, [5 * MB, 5 * MB], LIMITS)).toBe(
      'No se adjuntó «planos.pdf»: con él los adjuntos sumarían 16 MB y el total admitido es 15 MB.',
    );
  });
});
