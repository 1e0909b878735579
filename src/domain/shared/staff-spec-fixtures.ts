// Staff accounts as the directory would hand them to a decision, for the specs.
import type { ActorRole } from './decider.js';
import type { StaffMember } from './staff-member.js';

/** An active account with these roles (an agent by default), in no dependency unless given. */
export function activeStaffMember(
  id: string,
  roles: readonly ActorRole[] = ['AGENT'],
  dependency: string | null = null,
): StaffMember {
  return { id, active: true, roles, dependency };
}
