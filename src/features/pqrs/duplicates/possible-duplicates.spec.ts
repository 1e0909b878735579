import { duplicateMessage, similarSubjects } from './possible-duplicates.js';

describe('a possible duplicate', () => {
  it('is a subject sharing half the meaningful words of the shorter one, accents and case aside', () => {
    expect(
      similarSubjects('Cuota monetaria no pagada en febrero', 'No me han pagado la cuota monetaria'),
    ).toBe(true);
    expect(similarSubjects('Certificado de afiliación', 'CERTIFICADOS de afiliacion para el banco')).toBe(
      true,
    );
    expect(similarSubjects('Cuota monetaria no pagada en febrero', 'Certificado de afiliación')).toBe(false);
    // Only stop words: nothing to compare.
    expect(similarSubjects('de la para el', 'de la para el')).toBe(false);
  });

  it('is said with the subject, the day as dd/mm/aaaa and the radicado', () => {
    expect(duplicateMessage('Cuota monetaria no pagada', '2026-03-09', 'PQRS-2026-000123')).toBe(
      'Esta persona radicó «Cuota monetaria no pagada» el 09/03/2026 (PQRS-2026-000123): revise si es la misma solicitud.',
    );
  });
});
