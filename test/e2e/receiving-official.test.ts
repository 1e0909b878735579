// Who the constancia says received a case that no official typed: the Ventanilla virtual's and the mail
// intake's actors, whose ids the PQRS feature repeats rather than import (the intake builds on it).
import { CITIZEN_ACTOR } from '../../src/features/pqrs/commands.js';
import { MAIL_INTAKE_ACTOR } from '../../src/features/mail-intake/mail-radication.js';
import {
  MAIL_INTAKE_ACTOR_ID,
  MAILBOX_INTAKE,
  receivingOfficialOf,
  VIRTUAL_COUNTER,
} from '../../src/features/pqrs/read-models/filing-receipt.js';

describe('the receiving official on the constancia', () => {
  it('names the Ventanilla virtual, the mailbox, or the official', () => {
    expect(MAIL_INTAKE_ACTOR_ID).toBe(MAIL_INTAKE_ACTOR.id);
    expect(receivingOfficialOf(CITIZEN_ACTOR.id, null)).toBe(VIRTUAL_COUNTER);
    expect(receivingOfficialOf(MAIL_INTAKE_ACTOR.id, null)).toBe(MAILBOX_INTAKE);
    expect(receivingOfficialOf('u-7', 'Laura Gómez')).toBe('Laura Gómez');
    expect(receivingOfficialOf('u-gone', null)).toBe('Funcionario ya retirado del directorio');
  });
});
