// The Informe's most frequent subjects: the first ten of an order picked in one pass, and the subject
// keys the cases are grouped by (words folded once when they are plain lower-case ASCII already).
import { describe, expect, it } from '@jest/globals';
import { spanishSearchTerm, subjectKeyOf } from '../../src/features/faq/read-models/faq-text.js';
import { firstRanked } from '../../src/features/reports/builders/pqrs-report.js';

describe('firstRanked', () => {
  const byCountThenName = (
    [leftName, leftCount]: readonly [string, number],
    [rightName, rightCount]: readonly [string, number],
  ) => (leftCount !== rightCount ? leftCount > rightCount : leftName < rightName);

  it('gives what sorting everything and keeping the first would, ties broken by the order given', () => {
    // A fixed pseudo-random sequence: many ties, items arriving in no particular order.
    let seed = 7;
    const items = Array.from({ length: 500 }, (_, index): [string, number] => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return [`asunto ${String(index).padStart(3, '0')}`, seed % 13];
    });
    const sorted = [...items].sort((left, right) =>
      byCountThenName(left, right) ? -1 : byCountThenName(right, left) ? 1 : 0,
    );
    for (const count of [0, 1, 10, 499, 500, 600])
      expect(firstRanked(items, count, byCountThenName)).toEqual(sorted.slice(0, count));
  });
});

describe('subject keys', () => {
  it('fold capitals and accents, drop stop words, whatever the words are made of', () => {
    expect(subjectKeyOf('Certificado de Afiliación.')).toBe('certificado afiliacion');
    expect(subjectKeyOf('certificado afiliacion')).toBe('certificado afiliacion');
    expect(subjectKeyOf('DEL Señor  ÉL, la cuota (40)')).toBe('senor cuota 40');
    expect(spanishSearchTerm('Del')).toBeNull();
    expect(spanishSearchTerm('del')).toBeNull();
    expect(spanishSearchTerm('Más')).toBeNull();
    expect(spanishSearchTerm('PAGO')).toBe('pago');
    expect(spanishSearchTerm('pago-2')).toBe('pago-2');
  });
});
