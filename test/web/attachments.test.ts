// Files as staff see them: sizes, the shortened hash, the kind by its content, the uploads of a form and
// the Spanish words of a refused upload or download.
import { ATTACHMENT_SOURCE_LABELS } from '../../src/domain/pqrs/labels.js';
import {
  acceptedKindsText,
  downloadRefusal,
  fileKindOf,
  formatFileSize,
  shortSha256,
  uploadRefusal,
  uploadsProblem,
  uploadStateText,
  uploadsValueOf,
  withChosen,
  type UploadItem,
} from '../../web/src/logic/attachments.js';

const SHA256 = '3f9a1c2b7d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff';

describe('a file as the lists show it', () => {
  it('says its size in bytes, KB or MB with a decimal comma', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(532)).toBe('532 bytes');
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(12_698)).toBe('12,4 KB');
    expect(formatFileSize(3_250_586)).toBe('3,1 MB');
  });

  it('shortens the SHA-256 to its ends, keeping a short value whole', () => {
    expect(shortSha256(SHA256)).toBe('3f9a1c2b…ccddeeff');
    expect(shortSha256('abc')).toBe('abc');
  });

  it('names the kind by its media type, and shows an unlisted one as it is', () => {
    expect(fileKindOf('application/pdf')).toBe('PDF');
    expect(fileKindOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'Word (DOCX)',
    );
    expect(fileKindOf('text/plain')).toBe('text/plain');
    expect(acceptedKindsText()).toMatch(/^Se reciben PDF, JPEG, PNG, .* u OpenDocument \(ODT\);/);
  });

  it('labels the step a case file came with as the office says it', () => {
    expect(ATTACHMENT_SOURCE_LABELS).toEqual({
      FILING: 'Radicación',
      INFORMATION: 'Información aportada',
      ANSWER: 'Respuesta',
    });
  });
});

describe('a refused transfer', () => {
  it('shows the server’s own Spanish message as it is', () => {
    const body = JSON.stringify({
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      message: 'El contenido del archivo «carta.pdf» no es de un tipo aceptado.',
      field: 'file',
    });
    expect(uploadRefusal(415, body, 'carta.pdf')).toBe(
      'El contenido del archivo «carta.pdf» no es de un tipo aceptado.',
    );
    const forbidden = JSON.stringify({
      code: 'FORBIDDEN',
      message: 'Un auditor no descarga datos personales.',
    });
    expect(downloadRefusal(403, forbidden, 'cedula.pdf')).toBe('Un auditor no descarga datos personales.');
  });

  it('names the file when the server gave no message (a proxy’s page)', () => {
    expect(uploadRefusal(413, '<html>Too large</html>', 'plano.pdf')).toBe(
      'No se adjuntó «plano.pdf»: el archivo es demasiado grande.',
    );
    expect(uploadRefusal(502, '', 'plano.pdf')).toBe(
      'No se adjuntó «plano.pdf»: el servidor no lo aceptó (error 502).',
    );
    expect(downloadRefusal(404, '', 'acta.pdf')).toBe('El archivo «acta.pdf» no existe en el servidor.');
    expect(downloadRefusal(410, '{}', 'acta.pdf')).toMatch(/^El archivo «acta.pdf» ya no existe/);
    expect(downloadRefusal(401, '', 'acta.pdf')).toMatch(/la sesión terminó/);
  });
});

describe('the uploads of a form', () => {
  const item = (key: number, upload: UploadItem['upload']): UploadItem => ({
    key,
    name: `archivo-${key}.pdf`,
    size: 100,
    upload,
  });
  const done = (key: number) =>
    item(key, {
      state: 'done',
      attachment: { id: `id-${key}`, fileName: 'x', mediaType: 'application/pdf', size: 100, sha256: SHA256 },
    });

  it('sends the ids of the files kept, and holds the form while one is on its way', () => {
    const items = [done(1), item(2, { state: 'refused', message: 'No.' }), done(3)];
    expect(uploadsValueOf(items)).toEqual({ ids: ['id-1', 'id-3'], pending: false });
    const value = uploadsValueOf([...items, item(4, { state: 'sending', fraction: 0.4 })]);
    expect(value).toEqual({ ids: ['id-1', 'id-3'], pending: true });
    expect(uploadsProblem(value)).toBe('Espere a que terminen de enviarse los archivos.');
    expect(uploadsProblem(uploadsValueOf(items))).toBeUndefined();
  });

  it('says each file’s state in words', () => {
    expect(uploadStateText({ state: 'sending', fraction: 0.426 })).toBe('Enviando… 43 %');
    expect(uploadStateText(done(1).upload)).toBe('Adjuntado');
    expect(uploadStateText({ state: 'refused', message: 'El archivo «a.pdf» está vacío.' })).toBe(
      'No adjuntado: El archivo «a.pdf» está vacío.',
    );
  });

  it('adds the chosen files to the list, or keeps only the newest in a one-file field', () => {
    const kept = [done(1)];
    const chosen = [item(2, { state: 'sending', fraction: 0 }), item(3, { state: 'sending', fraction: 0 })];
    expect(withChosen(kept, chosen, true).map((each) => each.key)).toEqual([1, 2, 3]);
    expect(withChosen(kept, chosen, false).map((each) => each.key)).toEqual([3]);
  });
});
