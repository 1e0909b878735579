// The rules of the access log: an access names at least one person; a reveal is an auditor's (or an
// administrator's) and carries its reason; case work carries none. The log of a day has no state that
// a rule needs: each access stands alone.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import type { PersonalDataAccessCommand } from './commands.js';
import { ACCESS_PURPOSES, type PersonalDataAccessEvent } from './events.js';

/** Who may reveal personal data shown masked to them, giving a reason. */
export const REVEALING_ROLES: readonly ActorRole[] = ['AUDITOR', 'ADMIN'];

export type PersonalDataAccessState = { readonly accesses: number };
export const initialPersonalDataAccessState: PersonalDataAccessState = { accesses: 0 };

export function decidePersonalDataAccess(
  command: PersonalDataAccessCommand,
  _state: PersonalDataAccessState,
  context: DecisionContext,
): readonly PersonalDataAccessEvent[] | DomainError {
  if (command.type === 'RecordFileDownload') {
    const { ownerId, attachmentId, sha256 } = command.data;
    if (context.actor.role === 'CITIZEN' || context.actor.role === 'SYSTEM')
      return roleNotAllowed(context.actor.role, 'registrar accesos');
    if (isBlank(ownerId) || isBlank(attachmentId) || !/^[0-9a-f]{64}$/.test(sha256)) {
      return refuse(
        'INVALID_FILE_DOWNLOAD',
        'La descarga registrada nombra al titular, el archivo y su huella.',
      );
    }
    return [{ type: 'PersonalFileDownloaded', data: { ownerId, attachmentId, sha256 } }];
  }
  const { purpose, people, reasonTextId } = command.data;
  if (!isOneOf(ACCESS_PURPOSES, purpose) || purpose === 'FILE_DOWNLOAD') {
    return refuse('INVALID_ACCESS_PURPOSE', 'El propósito del acceso no es válido.', 'purpose');
  }
  if (people.length === 0 || people.some((person) => isBlank(person.personId))) {
    return refuse('ACCESS_WITHOUT_PEOPLE', 'Un acceso registrado nombra al menos a una persona.', 'people');
  }
  if (purpose === 'REVEAL') {
    if (!REVEALING_ROLES.includes(context.actor.role)) {
      return roleNotAllowed(context.actor.role, 'revelar datos personales ocultos');
    }
    if (isBlank(reasonTextId)) {
      return refuse(
        'REVEAL_REASON_REQUIRED',
        'Indique el motivo para revelar los datos personales.',
        'reason',
      );
    }
  } else if (reasonTextId !== null) {
    return refuse('INVALID_ACCESS_PURPOSE', 'Solo una revelación lleva motivo.', 'reason');
  }
  return [{ type: 'PersonalDataViewed', data: { purpose, people: [...people], reasonTextId } }];
}

export const personalDataAccessDecider: Decider<
  PersonalDataAccessCommand,
  PersonalDataAccessEvent,
  PersonalDataAccessState
> = {
  decide: decidePersonalDataAccess,
  evolve: (state) => ({ accesses: state.accesses + 1 }),
  initialState: initialPersonalDataAccessState,
};
