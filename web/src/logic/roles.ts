// What each role sees (DESIGN.md, roles): screens a role may not use are not shown. The API refuses
// them anyway; this only keeps the interface honest. The roles' names are the domain's
// (src/domain/shared/roles.ts), as the GraphQL schema describes them.
import type { Role } from '../graphql/generated/graphql.js';

export { ROLE_LABELS } from '../../../src/domain/shared/roles.js';

/** The role a user works in: the first of theirs in this order, as the server's guard picks it. */
export const ROLE_PRECEDENCE: readonly Role[] = ['ADMIN', 'COORDINATOR', 'AGENT', 'AUDITOR'];

export function primaryRole(roles: readonly Role[]): Role | null {
  return ROLE_PRECEDENCE.find((role) => roles.includes(role)) ?? null;
}

export type Screen =
  | 'myWork'
  | 'inbox'
  | 'receive'
  | 'dashboard'
  | 'reports'
  | 'audit'
  | 'affiliations'
  | 'improvementActions'
  | 'surveys'
  | 'faq'
  | 'planning'
  | 'mailReview'
  | 'noticeTemplates'
  | 'calendar'
  | 'users';

const SCREENS_BY_ROLE: Readonly<Record<Role, readonly Screen[]>> = {
  ADMIN: [
    'myWork',
    'inbox',
    'receive',
    'dashboard',
    'reports',
    'audit',
    'affiliations',
    'improvementActions',
    'surveys',
    'faq',
    'planning',
    'mailReview',
    'noticeTemplates',
    'calendar',
    'users',
  ],
  COORDINATOR: [
    'myWork',
    'inbox',
    'receive',
    'dashboard',
    'reports',
    'affiliations',
    'improvementActions',
    'surveys',
    'faq',
    'planning',
    'mailReview',
  ],
  AGENT: [
    'myWork',
    'inbox',
    'receive',
    'dashboard',
    'affiliations',
    'improvementActions',
    'surveys',
    'faq',
    'planning',
  ],
  AUDITOR: [
    'inbox',
    'dashboard',
    'reports',
    'audit',
    'affiliations',
    'improvementActions',
    'surveys',
    'faq',
    'planning',
  ],
};

export function mayUse(roles: readonly Role[], screen: Screen): boolean {
  return roles.some((role) => SCREENS_BY_ROLE[role].includes(screen));
}

/** Whether the roles may change anything at all (an auditor reads only). */
export function mayChange(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'AUDITOR');
}
