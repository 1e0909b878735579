import { PQRS_KINDS } from './events.js';
import { legalTermOf } from './legal-terms.js';

describe('legal terms (Ley 1755 de 2015)', () => {
  it('each kind of PQRS has its term in business days', () => {
    expect(Object.fromEntries(PQRS_KINDS.map((kind) => [kind, legalTermOf(kind)]))).toEqual({
      PETITION: 15,
      INFORMATION_REQUEST: 10,
      CONSULTATION: 30,
      COMPLAINT: 15,
      CLAIM: 15,
      SUGGESTION: 15,
      DENUNCIATION: 15,
      INTERAUTHORITY: 10,
      HABEAS_DATA_CONSULTATION: 10,
      HABEAS_DATA_CLAIM: 15,
    });
  });
});
