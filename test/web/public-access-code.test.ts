// The código de consulta as shown and typed, and the tracking form's checks.
import {
  compactAccessCode,
  groupAccessCode,
  normaliseRadicado,
  trackingProblems,
} from '../../web/src/public/logic/access-code.js';

describe('the access code', () => {
  it('is shown in four groups of four', () => {
    expect(groupAccessCode('ABCD2345EFGH6789')).toBe('ABCD-2345-EFGH-6789');
  });

  it('is read the same with dashes, spaces or in lower case', () => {
    expect(compactAccessCode(' abcd-2345 efgh 6789 ')).toBe('ABCD2345EFGH6789');
    expect(groupAccessCode('abcd 2345-efgh6789')).toBe('ABCD-2345-EFGH-6789');
  });
});

describe('the tracking form', () => {
  it('accepts a radicado in lower case and a code typed with spaces', () => {
    expect(trackingProblems(' pqrs-2026-000123 ', 'abcd 2345 efgh 6789')).toEqual({});
    expect(normaliseRadicado(' pqrs-2026-000123 ')).toBe('PQRS-2026-000123');
  });

  it('asks for both when they are missing', () => {
    expect(trackingProblems(' ', '')).toEqual({
      radicado: 'Escriba el número de radicado.',
      accessCode: 'Escriba el código de consulta.',
    });
  });

  it('says what a radicado and a code look like when they do not', () => {
    expect(trackingProblems('2026-123', 'ABCD-2345')).toEqual({
      radicado: 'El radicado tiene la forma PQRS-AAAA-NNNNNN, por ejemplo PQRS-2026-000123.',
      accessCode: 'El código de consulta tiene 16 letras y números (XXXX-XXXX-XXXX-XXXX).',
    });
  });
});
