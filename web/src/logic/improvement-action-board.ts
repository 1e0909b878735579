// The Acciones de mejora screen's rules without the screen: the board's columns (open, closed effective,
// closed not effective) with the overdue ones first and said in words, the formulation form's checks in
// the server's words, and which steps the user may take on an action. Statuses and sources are named by
// the domain's words (src/domain/improvement-action/labels.ts); the question asked before closing.
// Pure: the caller passes today.
import { ACTION_SOURCE_LABELS, ACTION_STATUS_LABELS } from '../../../src/domain/improvement-action/labels.js';
import type { ActionSourceKind, ImprovementActionStatus, Role } from '../graphql/generated/graphql.js';
import type { Confirmation } from './case-actions.js';
import { mayAsk, mayAskOnRecord } from './domain-permissions.js';
import { formatDate, isCalendarDate } from './report-periods.js';

export { ACTION_SOURCE_LABELS, ACTION_STATUS_LABELS };

export type BoardColumnKey = 'OPEN' | 'CLOSED_EFFECTIVE' | 'CLOSED_NOT_EFFECTIVE';

export const BOARD_COLUMNS: readonly BoardColumnKey[] = ['OPEN', 'CLOSED_EFFECTIVE', 'CLOSED_NOT_EFFECTIVE'];

export const BOARD_COLUMN_TITLES: Readonly<Record<BoardColumnKey, string>> = {
  OPEN: 'Abiertas',
  CLOSED_EFFECTIVE: 'Cerradas eficaces',
  CLOSED_NOT_EFFECTIVE: 'Cerradas no eficaces',
};

/** In the order the formulation form offers them. */
export const ACTION_SOURCE_KINDS = Object.keys(ACTION_SOURCE_LABELS) as ActionSourceKind[];

/** What the reference of each source is, said next to the field. */
export const ACTION_REFERENCE_HINTS: Readonly<Record<ActionSourceKind, string>> = {
  PQRS: 'El radicado del caso: PQRS-AAAA-NNNNNN.',
  SURVEY: 'La referencia de la pregunta bajo el umbral, tal como la dan los resultados de la encuesta.',
  AUDIT: 'El hallazgo: informe de auditoría y número.',
  INDICATOR: 'El indicador y el periodo en que no se cumplió la meta.',
  MANAGEMENT_REVIEW:
    'La decisión de la revisión por la dirección: <id de la revisión>/<número>, tal como la muestra la revisión.',
};

export function boardColumnOf(status: ImprovementActionStatus): BoardColumnKey {
  return status === 'OVERDUE' ? 'OPEN' : status;
}

export interface BoardAction {
  readonly status: ImprovementActionStatus;
  readonly dueDate: string;
  readonly closedAt?: string | null;
}

export interface BoardColumn<T extends BoardAction> {
  readonly key: BoardColumnKey;
  readonly title: string;
  readonly actions: readonly T[];
}

/**
 * The actions in their columns. Open ones: the overdue first, then by due date, so the most urgent lead;
 * closed ones: the most recently closed first.
 */
export function boardColumns<T extends BoardAction>(actions: readonly T[]): BoardColumn<T>[] {
  return BOARD_COLUMNS.map((key) => {
    const inColumn = actions.filter((action) => boardColumnOf(action.status) === key);
    const sorted =
      key === 'OPEN'
        ? [...inColumn].sort(
            (a, b) =>
              Number(b.status === 'OVERDUE') - Number(a.status === 'OVERDUE') ||
              a.dueDate.localeCompare(b.dueDate),
          )
        : [...inColumn].sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
    return { key, title: BOARD_COLUMN_TITLES[key], actions: sorted };
  });
}

/** Whole calendar days from one date to another (negative if `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  const day = (date: string) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

function days(count: number): string {
  return count === 1 ? '1 día' : `${count} días`;
}

/** The due date in words, overdue said in text (not by colour alone). */
export function dueDescription(action: BoardAction, today: string): string {
  const due = formatDate(action.dueDate);
  if (action.status === 'CLOSED_EFFECTIVE' || action.status === 'CLOSED_NOT_EFFECTIVE')
    return `Fecha límite: ${due}`;
  const left = calendarDaysBetween(today, action.dueDate);
  if (action.status === 'OVERDUE')
    return left < 0 ? `Vencida: venció el ${due} (hace ${days(-left)})` : `Vencida: venció el ${due}`;
  if (left === 0) return `Vence hoy (${due})`;
  return `Vence el ${due} (en ${days(left)})`;
}

export interface ActionDraft {
  readonly sourceKind: ActionSourceKind | '';
  readonly reference: string;
  readonly problem: string;
  readonly rootCause: string;
  readonly action: string;
  readonly responsibleId: string;
  readonly dueDate: string;
}

export type ActionDraftField = keyof ActionDraft;

export const EMPTY_ACTION_DRAFT: ActionDraft = {
  sourceKind: '',
  reference: '',
  problem: '',
  rootCause: '',
  action: '',
  responsibleId: '',
  dueDate: '',
};

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

/** What is wrong with a formulation, per field, in the server's words (the decider checks again). */
export function actionDraftProblems(
  draft: ActionDraft,
  today: string,
): Partial<Record<ActionDraftField, string>> {
  const problems: Partial<Record<ActionDraftField, string>> = {};
  const reference = draft.reference.trim();
  if (draft.sourceKind === '') problems.sourceKind = 'Indique el origen de la acción de mejora.';
  if (reference === '')
    problems.reference = 'Indique la referencia del origen (radicado, encuesta, hallazgo o indicador).';
  else if (draft.sourceKind === 'PQRS' && !RADICADO.test(reference))
    problems.reference =
      'Para una acción originada en una PQRS la referencia es su radicado (PQRS-AAAA-NNNNNN).';
  if (draft.problem.trim() === '') problems.problem = 'Describa el problema o la no conformidad.';
  if (draft.rootCause.trim() === '') problems.rootCause = 'Indique la causa raíz del problema.';
  if (draft.action.trim() === '') problems.action = 'Describa la acción que se tomará.';
  if (draft.responsibleId === '') problems.responsibleId = 'Indique el responsable de la acción.';
  if (!isCalendarDate(draft.dueDate)) problems.dueDate = 'Indique la fecha límite.';
  else if (draft.dueDate < today)
    problems.dueDate = `La fecha límite no puede ser anterior al día de la formulación (${formatDate(today)}).`;
  return problems;
}

/** The server's field names for the form's fields (its errors name `source.reference`, not `reference`). */
export const ACTION_DRAFT_SERVER_FIELDS: Readonly<Record<string, ActionDraftField>> = {
  'source.kind': 'sourceKind',
  'source.reference': 'reference',
  problem: 'problem',
  rootCause: 'rootCause',
  action: 'action',
  responsibleId: 'responsibleId',
  dueDate: 'dueDate',
};

export interface FormulateActionInput {
  readonly source: { readonly kind: ActionSourceKind; readonly reference: string };
  readonly problem: string;
  readonly rootCause: string;
  readonly action: string;
  readonly responsibleId: string;
  readonly dueDate: string;
}

/** The formulation as the API takes it; call only when the draft has no problems. */
export function formulateActionInput(draft: ActionDraft): FormulateActionInput {
  if (draft.sourceKind === '') throw new Error('formulateActionInput: falta el origen');
  return {
    source: { kind: draft.sourceKind, reference: draft.reference.trim() },
    problem: draft.problem.trim(),
    rootCause: draft.rootCause.trim(),
    action: draft.action.trim(),
    responsibleId: draft.responsibleId,
    dueDate: draft.dueDate,
  };
}

export interface ActionSteps {
  readonly recordProgress: boolean;
  readonly verifyEffectiveness: boolean;
  readonly close: boolean;
}

/**
 * The steps the user may take on an action (the decider's rules): nothing once closed; coordinators
 * verify and close; an agent records progress only on the actions they are responsible for.
 */
export function actionSteps(
  roles: readonly Role[],
  userId: string,
  action: { readonly status: ImprovementActionStatus; readonly responsibleId: string | null },
): ActionSteps {
  const open = boardColumnOf(action.status) === 'OPEN';
  return {
    recordProgress: open && mayAskOnRecord(roles, 'RecordProgress', userId, action.responsibleId),
    verifyEffectiveness: open && mayAsk(roles, 'VerifyEffectiveness'),
    close: open && mayAsk(roles, 'CloseAction'),
  };
}

/** What closing would record: the outcome of the last effectiveness check, or why it cannot close yet. */
export function closingOutcome(verifications: readonly { readonly effective: boolean }[]): string {
  const last = verifications.at(-1);
  if (!last) return 'Aún no se ha verificado la eficacia: la acción no se puede cerrar todavía.';
  return last.effective
    ? 'Según la última verificación, la acción se cerrará como eficaz.'
    : 'Según la última verificación, la acción se cerrará como no eficaz.';
}

/**
 * The question before closing: the closing records the last verification's outcome, and a closed action
 * takes no more progress nor verifications.
 */
export function closingConfirmation(verifications: readonly { readonly effective: boolean }[]): Confirmation {
  const effective = verifications.at(-1)?.effective ?? false;
  return {
    title: '¿Cerrar la acción de mejora?',
    consequence: `Se cierra como ${effective ? 'eficaz' : 'no eficaz'}, según la última verificación, y no admite más avances ni verificaciones.`,
    confirmLabel: 'Cerrar la acción',
    destructive: true,
  };
}
