// What a decision knows of a staff account a command names (the assignee of a case): who it is, whether
// it is active, its roles and dependency. The application looks the account up in the staff directory
// and hands the facts in with the command; the rules about them live in the deciders.
import type { ActorRole } from './decider.js';

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
