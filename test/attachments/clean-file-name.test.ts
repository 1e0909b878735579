// An uploaded file's name as it is kept and sent back in Content-Disposition: the uploader's own words,
// without the folders a browser may send, control characters, or endless length.
import { cleanFileName } from '../../src/attachments/attachment-uploads.js';

describe('the name kept for an uploaded file', () => {
  it.each([
    ['Cédula de ciudadanía.pdf', 'Cédula de ciudadanía.pdf'],
    ['C:\\Users\\ana\\Documentos\\carta.pdf', 'carta.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['carta\r\nX-Inyectado: sí.pdf', 'cartaX-Inyectado: sí.pdf'],
    ['  acta.pdf  ', 'acta.pdf'],
    ['', 'archivo'],
    ['carpeta/', 'archivo'],
    // Decomposed accents (as macOS names files) are kept composed.
    ['Resolucio\u0301n.pdf', 'Resolución.pdf'],
  ])('%j is kept as %j', (given, kept) => {
    expect(cleanFileName(given)).toBe(kept);
  });

  it('keeps at most 200 characters, never cutting a character in two', () => {
    const kept = cleanFileName(`${'😀'.repeat(250)}.pdf`);
    expect(Array.from(kept)).toHaveLength(200);
    expect(kept).toBe('😀'.repeat(200));
  });
});
