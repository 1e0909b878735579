import { PQRS_KIND_LABELS } from '../domain/pqrs/labels.js';
import type { PqrsKind } from '../domain/pqrs/events.js';
import { caseText } from './demo-texts.js';
import { SeededRandom } from './seeded-random.js';

describe('the demo cases’ texts', () => {
  it('join "de" and "a" with a filler that starts with "el" as "del" and "al"', () => {
    const random = new SeededRandom('texts');
    const texts: string[] = [];
    for (let draw = 0; draw < 400; draw += 1) {
      for (const kind of Object.keys(PQRS_KIND_LABELS) as PqrsKind[]) {
        const { subject, description } = caseText(kind, random);
        texts.push(subject, description);
      }
    }
    expect(texts.filter((text) => /\b(de|a) el\b/i.test(text))).toEqual([]);
    // The joins do happen: the fillers "el subsidio de vivienda", "el centro recreativo de Girardot"…
    expect(
      texts.some((text) => /\bdel (subsidio|programa|centro|parque|club|certificado|paz)\b/.test(text)),
    ).toBe(true);
    expect(texts.some((text) => /\bal (subsidio|programa)\b/.test(text))).toBe(true);
    expect(texts.some((text) => text.includes('{'))).toBe(false);
  });
});
