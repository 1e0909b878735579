// The questions asked before the affiliation and improvement-action steps that cannot be undone: each
// says what will happen and to what, its consequence in one sentence, and a confirming button that names
// the step. Closing an improvement action announces the outcome the decider records: the last
// verification's.
import { approvalConfirmation, reRegistrationConfirmation } from '../../web/src/logic/affiliation-actions.js';
import { closingConfirmation } from '../../web/src/logic/improvement-action-board.js';
import type { Confirmation } from '../../web/src/logic/case-actions.js';

function oneSentence(confirmation: Confirmation): void {
  expect(confirmation.consequence).toMatch(/^[^.]+\.$/u);
  expect(confirmation.title).toMatch(/^¿.+\?$/u);
  expect(confirmation.confirmLabel).not.toMatch(/^(Aceptar|Sí|OK|Confirmar)$/iu);
}

describe('the confirmations of affiliations', () => {
  it('name the applicant before approving, and say the approval cannot be undone', () => {
    const approval = approvalConfirmation('Marta Gómez');
    expect(approval.title).toBe('¿Aprobar la afiliación de Marta Gómez?');
    expect(approval.consequence).toContain('no puede deshacerse');
    expect(approval.confirmLabel).toBe('Aprobar');
    oneSentence(approval);
  });

  it('name the accepted document about to be replaced', () => {
    const again = reRegistrationConfirmation('Copia de la cédula');
    expect(again.title).toBe('¿Registrar de nuevo Copia de la cédula?');
    expect(again.consequence).toContain('reemplaza');
    expect(again.destructive).toBe(true);
    oneSentence(again);
  });
});

describe('the confirmation of closing an improvement action', () => {
  it('announces the outcome of the last verification, as the decider records it', () => {
    expect(closingConfirmation([{ effective: false }, { effective: true }]).consequence).toMatch(
      /^Se cierra como eficaz,/u,
    );
    expect(closingConfirmation([{ effective: true }, { effective: false }]).consequence).toMatch(
      /^Se cierra como no eficaz,/u,
    );
    const close = closingConfirmation([{ effective: true }]);
    expect(close.confirmLabel).toBe('Cerrar la acción');
    oneSentence(close);
  });
});
