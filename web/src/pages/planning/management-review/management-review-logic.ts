// The management review screen's pure rules: who keeps the review's record (the server's rule, offered up
// front), the Spanish words of decision kinds and statuses (the domain's), how shares and figures read in
// es-CO, and the checks of the opening and decision forms before they are sent.
import {
  DECISION_KIND_LABELS,
  REVIEW_STATUS_LABELS,
} from '../../../../../src/domain/management-review/labels.js';
import { RISK_ZONE_LABELS } from '../../../../../src/domain/planning/risk-rating.js';
import type { ManagementReviewStatus, ReviewDecisionKind, Role } from '../../../graphql/generated/graphql';
import { isCalendarDate } from '../../../logic/report-periods';

export { DECISION_KIND_LABELS, REVIEW_STATUS_LABELS, RISK_ZONE_LABELS };

export const DECISION_KINDS = Object.keys(DECISION_KIND_LABELS) as ReviewDecisionKind[];

const SECRETARIES: readonly Role[] = ['ADMIN', 'COORDINATOR'];

/** Opens reviews, records their decisions and approves their minutes (MANAGEMENT_REVIEW_COMMAND_ROLES). */
export function mayKeepReviews(roles: readonly Role[]): boolean {
  return roles.some((role) => SECRETARIES.includes(role));
}

export function statusLabel(status: ManagementReviewStatus): string {
  return REVIEW_STATUS_LABELS[status];
}

const SHARE = new Intl.NumberFormat('es-CO', { style: 'percent', maximumFractionDigits: 1 });
const NUMBER = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });

/** A share 0..1 as staff read it (0.955 → "95,5 %"); "Sin datos" when there was nothing to measure. */
export function shareText(share: number | null | undefined): string {
  return share === null || share === undefined ? 'Sin datos' : SHARE.format(share);
}

export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Sin datos' : NUMBER.format(value);
}

export interface OpeningDraft {
  readonly title: string;
  readonly meetingDate: string;
  readonly from: string;
  readonly to: string;
  readonly attendeeIds: readonly string[];
}

export type OpeningField = 'title' | 'meetingDate' | 'from' | 'to' | 'attendeeIds';

/** What is wrong with the opening before it is sent, by field, in the server's words; `today` in Bogotá. */
export function openingProblems(draft: OpeningDraft, today: string): Partial<Record<OpeningField, string>> {
  const problems: Partial<Record<OpeningField, string>> = {};
  if (draft.title.trim() === '') problems.title = 'Indique el nombre de la revisión por la dirección.';
  if (!isCalendarDate(draft.meetingDate)) problems.meetingDate = 'Indique la fecha de la reunión.';
  else if (draft.meetingDate < today) {
    problems.meetingDate = 'La fecha de la reunión no puede ser anterior a hoy.';
  }
  if (!isCalendarDate(draft.from)) problems.from = 'Indique el inicio del periodo revisado.';
  if (!isCalendarDate(draft.to)) problems.to = 'Indique el final del periodo revisado.';
  else if (isCalendarDate(draft.from) && draft.to < draft.from) {
    problems.to = 'El final del periodo revisado es anterior a su inicio.';
  } else if (isCalendarDate(draft.meetingDate) && draft.to > draft.meetingDate) {
    problems.to = 'El periodo revisado no puede terminar después de la reunión.';
  }
  if (draft.attendeeIds.length === 0)
    problems.attendeeIds = 'Indique al menos un asistente de la alta dirección.';
  return problems;
}

/** The server's field paths, as the opening form names them. */
export const OPENING_SERVER_FIELDS: Readonly<Record<string, OpeningField>> = {
  'input.title': 'title',
  title: 'title',
  meetingDate: 'meetingDate',
  'input.meetingDate': 'meetingDate',
  'period.from': 'from',
  'period.to': 'to',
  'input.period': 'to',
  attendeeIds: 'attendeeIds',
  'input.attendeeIds': 'attendeeIds',
};

export interface DecisionDraft {
  readonly kind: ReviewDecisionKind;
  readonly description: string;
  readonly responsibleId: string;
  readonly dueDate: string;
  readonly formulatesAction: boolean;
  readonly problem: string;
  readonly rootCause: string;
  readonly action: string;
}

export type DecisionField = 'description' | 'responsibleId' | 'dueDate' | 'problem' | 'rootCause' | 'action';

export const EMPTY_DECISION: DecisionDraft = {
  kind: 'IMPROVEMENT_OPPORTUNITY',
  description: '',
  responsibleId: '',
  dueDate: '',
  formulatesAction: false,
  problem: '',
  rootCause: '',
  action: '',
};

/** What is wrong with a decision before it is sent, by field; `today` in Bogotá. */
export function decisionProblems(
  draft: DecisionDraft,
  today: string,
): Partial<Record<DecisionField, string>> {
  const problems: Partial<Record<DecisionField, string>> = {};
  if (draft.description.trim() === '') problems.description = 'Describa la decisión tomada.';
  if (draft.responsibleId === '') problems.responsibleId = 'Indique el responsable de la decisión.';
  if (draft.dueDate !== '' && !isCalendarDate(draft.dueDate))
    problems.dueDate = 'La fecha límite no es válida.';
  else if (draft.dueDate !== '' && draft.dueDate < today) {
    problems.dueDate = 'La fecha límite no puede ser anterior a hoy.';
  }
  if (draft.formulatesAction) {
    if (draft.dueDate === '') {
      problems.dueDate = 'Una decisión que formula una acción de mejora necesita fecha límite.';
    }
    if (draft.problem.trim() === '') problems.problem = 'Describa el problema o la no conformidad.';
    if (draft.rootCause.trim() === '') problems.rootCause = 'Indique la causa raíz del problema.';
    if (draft.action.trim() === '') problems.action = 'Describa la acción que se tomará.';
  }
  return problems;
}

/** The server's field paths, as the decision form names them. */
export const DECISION_SERVER_FIELDS: Readonly<Record<string, DecisionField>> = {
  description: 'description',
  'input.description': 'description',
  responsibleId: 'responsibleId',
  'input.responsibleId': 'responsibleId',
  dueDate: 'dueDate',
  'input.dueDate': 'dueDate',
  'input.improvementAction.problem': 'problem',
  'input.improvementAction.rootCause': 'rootCause',
  'input.improvementAction.action': 'action',
};
