// What a decision knows of a staff account a command names (the assignee of a case): who it is, whether
// it is active, its roles and dependency. The application looks the account up in the staff directory
// and hands the facts in with the command; the rules about them live in the deciders.
import type { ActorRole } from './decider.js';
import { refuse, type DomainError } from './domain-error.js';

export interface StaffMember {
  readonly id: string;
  readonly active: boolean;
  readonly roles: readonly ActorRole[];
  readonly dependency: string | null;
}

/**
 * A staff member named by id alone, before the directory is asked: inactive and without roles, so every
 * rule about them refuses until the look-up fills them in. An unknown account stays like this.
 */
export function staffMemberNamed(id: string): StaffMember {
  return { id, active: false, roles: [], dependency: null };
}

/**
 * Why this account may not be given the work, or null when it may: it must exist and be active, and hold
 * a role that works it — auditors read everything and change nothing. `theWork` and `works` name the work
 * in the messages ("el caso", "casos").
 */
export function unfitAssignee(
  assignee: StaffMember,
  rolesThatWork: readonly ActorRole[],
  theWork: string,
  works: string,
): DomainError | null {
  if (!assignee.active) {
    return refuse(
      'INVALID_ASSIGNEE',
      `El funcionario a quien se asigna ${theWork} no existe o está inactivo.`,
      'assigneeId',
    );
  }
  if (!assignee.roles.some((role) => rolesThatWork.includes(role))) {
    return refuse(
      'INVALID_ASSIGNEE_ROLE',
      `El funcionario no tiene un rol que pueda tramitar ${works}.`,
      'assigneeId',
    );
  }
  return null;
}
