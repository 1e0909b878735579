// The action plan screen's pure rules: who may take each step (the server's rules, offered up front),
// how percentages read in es-CO, the years offered, and the checks of a new activity before it is sent.
import {
  ACTIVITY_STATUS_LABELS,
  PROGRESS_REPORT_STATUS_LABELS,
} from '../../../../../src/domain/action-plan/labels.js';
import type { Role } from '../../../graphql/generated/graphql.js';

const PLANNERS: readonly Role[] = ['ADMIN', 'COORDINATOR'];

/** Creates the plan, adds goals and activities, approves or rejects progress. */
export function mayPlan(roles: readonly Role[]): boolean {
  return roles.some((role) => PLANNERS.includes(role));
}

/** Reports progress on an activity: a planner, or the agent responsible for it. */
export function mayReport(roles: readonly Role[], userId: string, responsibleId: string): boolean {
  return mayPlan(roles) || (roles.includes('AGENT') && userId === responsibleId);
}

/** Approves or rejects a report: a planner who did not file it. */
export function mayReview(roles: readonly Role[], userId: string, reportedById: string): boolean {
  return mayPlan(roles) && userId !== reportedById;
}

const PERCENT = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

/** Points of a percentage as staff read them: 57.5 → "57,5 %". */
export function percentText(value: number): string {
  return `${PERCENT.format(value)} %`;
}

/** The domain's words for an activity's status and a report's (src/domain/action-plan/labels.ts). */
export { ACTIVITY_STATUS_LABELS, PROGRESS_REPORT_STATUS_LABELS as REPORT_STATUS_LABELS };

/** The years offered: those with a plan, this year and the next, newest first. */
export function yearOptions(planYears: readonly number[], thisYear: number): number[] {
  return [...new Set([...planYears, thisYear, thisYear + 1])].sort((left, right) => right - left);
}

export interface ActivityDraft {
  readonly goalId: string;
  readonly description: string;
  readonly responsibleId: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly weight: string;
  readonly indicator: string;
  readonly target: string;
}

export type ActivityDraftField = keyof ActivityDraft;

export const EMPTY_ACTIVITY_DRAFT: ActivityDraft = {
  goalId: '',
  description: '',
  responsibleId: '',
  startDate: '',
  endDate: '',
  weight: '',
  indicator: '',
  target: '',
};

/** A weight as typed in es-CO ("12,5") as a number; NaN when it is none. */
export function weightOf(typed: string): number {
  const normalized = typed.trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** What is missing or wrong in the draft, by field, in Spanish; empty when it may be sent. */
export function activityDraftProblems(
  draft: ActivityDraft,
  year: number,
  weightLeft: number,
): Partial<Record<ActivityDraftField, string>> {
  const problems: Partial<Record<ActivityDraftField, string>> = {};
  if (draft.goalId === '') problems.goalId = 'Elija la meta a la que aporta.';
  if (draft.description.trim() === '') problems.description = 'Describa la actividad.';
  if (draft.responsibleId === '') problems.responsibleId = 'Elija el responsable.';
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (draft.startDate === '') problems.startDate = 'Indique la fecha de inicio.';
  else if (draft.startDate < first || draft.startDate > last)
    problems.startDate = `Debe caer dentro de ${year}.`;
  if (draft.endDate === '') problems.endDate = 'Indique la fecha de fin.';
  else if (draft.endDate < first || draft.endDate > last) problems.endDate = `Debe caer dentro de ${year}.`;
  else if (draft.startDate !== '' && draft.endDate < draft.startDate)
    problems.endDate = 'No puede ser anterior a la fecha de inicio.';
  const weight = weightOf(draft.weight);
  if (Number.isNaN(weight) || weight <= 0 || weight > 100)
    problems.weight = 'El peso es un porcentaje mayor que 0 y hasta 100, con máximo dos decimales.';
  else if (weight > weightLeft + 1e-9)
    problems.weight = `Los pesos del plan pasarían de 100 %: quedan ${percentText(weightLeft)}.`;
  if (draft.indicator.trim() === '') problems.indicator = 'Indique el indicador.';
  if (draft.target.trim() === '') problems.target = 'Indique la meta del indicador.';
  return problems;
}

/** The server's field names (input.weight, responsibleId) mapped to the draft's. */
export function draftFieldOf(serverField: string | null | undefined): ActivityDraftField | null {
  const name = (serverField ?? '').split('.').pop() ?? '';
  return name in EMPTY_ACTIVITY_DRAFT ? (name as ActivityDraftField) : null;
}
