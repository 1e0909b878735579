// The staff client's rules for showing a person: who may reveal masked data, and the reason a reveal
// needs — the bounds the server's validation applies.
import { mayReveal, revealReasonProblem } from '../../web/src/logic/personal-data.js';

describe('revealing a person shown masked', () => {
  it('is offered to auditors and administrators, whatever other roles they hold', () => {
    expect(mayReveal(['AUDITOR'])).toBe(true);
    expect(mayReveal(['AGENT', 'AUDITOR'])).toBe(true);
    expect(mayReveal(['ADMIN'])).toBe(true);
    expect(mayReveal(['AGENT'])).toBe(false);
    expect(mayReveal(['COORDINATOR'])).toBe(false);
  });

  it('needs a reason of at least ten characters, not counting spaces around it', () => {
    expect(revealReasonProblem('   muestra   ')).toMatch(/al menos 10 caracteres/);
    expect(revealReasonProblem('Auditoría de marzo')).toBeNull();
    expect(revealReasonProblem('x'.repeat(501))).toMatch(/límite: 500/);
  });
});
