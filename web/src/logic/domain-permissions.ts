// Who may ask for each command of the affiliation, improvement-action, survey and FAQ domains: the
// server's own tables (AFFILIATION_COMMAND_ROLES, IMPROVEMENT_ACTION_COMMAND_ROLES, SURVEY_COMMAND_ROLES,
// FAQ_COMMAND_ROLES), copied so the screens show only the buttons the role may use. The API refuses the
// rest anyway; test/web/domain-permissions.test.ts keeps the copy equal to the original.
import type { Role } from '../graphql/generated/graphql.js';
import { ROLE_PRECEDENCE } from './roles.js';

const MANAGERS: readonly Role[] = ['ADMIN', 'COORDINATOR'];
const WORKERS: readonly Role[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

export const DOMAIN_COMMAND_ROLES = {
  ReceiveAffiliation: WORKERS,
  AssignAffiliation: MANAGERS,
  SubmitDocument: WORKERS,
  RejectDocument: WORKERS,
  VerifyRequirements: WORKERS,
  ApproveAffiliation: MANAGERS,
  RejectAffiliation: MANAGERS,
  NotifyDecision: WORKERS,
  ReportNovelty: WORKERS,
  FormulateAction: MANAGERS,
  RecordProgress: WORKERS,
  VerifyEffectiveness: MANAGERS,
  CloseAction: MANAGERS,
  CreateSurveyInstrument: MANAGERS,
  ReviseSurveyInstrument: MANAGERS,
  RetireSurveyInstrument: MANAGERS,
  AnswerSurvey: WORKERS,
  CreateFaqEntry: WORKERS,
  UpdateFaqEntry: WORKERS,
  PublishFaqEntry: MANAGERS,
  RetireFaqEntry: MANAGERS,
  // Campaigns and media (Planeación).
  PlanCampaign: MANAGERS,
  RecordCampaignResult: WORKERS,
  MapCampaignName: MANAGERS,
} as const satisfies Readonly<Record<string, readonly Role[]>>;

export type DomainCommand = keyof typeof DOMAIN_COMMAND_ROLES;

/**
 * The role the server acts in for a command: the most privileged of the user's roles that the command
 * allows (the guard's rule), or null when none does.
 */
export function actingRole(roles: readonly Role[], command: DomainCommand): Role | null {
  const allowed: readonly Role[] = DOMAIN_COMMAND_ROLES[command];
  return ROLE_PRECEDENCE.find((role) => allowed.includes(role) && roles.includes(role)) ?? null;
}

export function mayAsk(roles: readonly Role[], command: DomainCommand): boolean {
  return actingRole(roles, command) !== null;
}

/**
 * Whether the user may ask for a command on a record someone is responsible for: an agent works only on
 * what is theirs (affiliations assigned to them, actions they are responsible for); managers on all.
 */
export function mayAskOnRecord(
  roles: readonly Role[],
  command: DomainCommand,
  userId: string,
  ownerId: string | null,
): boolean {
  const role = actingRole(roles, command);
  if (role === null) return false;
  return role !== 'AGENT' || ownerId === userId;
}
