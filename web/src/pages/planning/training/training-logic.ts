// The training screen's pure rules: who plans (the server's rule, offered up front), how a need's basis
// and a session's attendance read in Spanish, and the checks of a new session and of an attendance record
// before they are sent.
import type { Role } from '../../../graphql/generated/graphql.js';
import { formatDate } from '../../../logic/report-periods.js';
import { ACTION_STATUS_LABELS } from '../../../../../src/domain/improvement-action/labels.js';
import {
  TRAINING_NEED_SOURCE_LABELS,
  TRAINING_NEED_STATUS_LABELS,
} from '../../../../../src/domain/training/labels.js';

const PLANNERS: readonly Role[] = ['ADMIN', 'COORDINATOR'];

/** Accepts or dismisses needs, schedules sessions, records attendance. */
export function mayPlanTraining(roles: readonly Role[]): boolean {
  return roles.some((role) => PLANNERS.includes(role));
}

/** The domain's words for a need's source and status (src/domain/training/labels.ts). */
export const NEED_SOURCE_LABELS: Readonly<Record<string, string>> = TRAINING_NEED_SOURCE_LABELS;
export const NEED_STATUS_LABELS: Readonly<Record<string, string>> = TRAINING_NEED_STATUS_LABELS;
const ACTION_STATUS_WORDS: Readonly<Record<string, string>> = ACTION_STATUS_LABELS;

export interface BasisFigures {
  readonly kind: string;
  readonly receivedCount?: number | null;
  readonly firstReceivedOn?: string | null;
  readonly lastReceivedOn?: string | null;
  readonly actionStatus?: string | null;
  readonly formulatedOn?: string | null;
  readonly dueDate?: string | null;
}

/** The figures that made it a need, as the PIC report words them. */
export function basisText(basis: BasisFigures): string {
  if (basis.kind === 'PQRS_SUBJECT') {
    return `${basis.receivedCount ?? 0} PQRS con este asunto entre el ${formatDate(basis.firstReceivedOn ?? '')} y el ${formatDate(basis.lastReceivedOn ?? '')}`;
  }
  return `Formulada el ${formatDate(basis.formulatedOn ?? '')}, fecha límite ${formatDate(basis.dueDate ?? '')}, ${(ACTION_STATUS_WORDS[basis.actionStatus ?? ''] ?? basis.actionStatus ?? '').toLowerCase()}`;
}

export interface AttendanceFigures {
  readonly attended: boolean;
  readonly approved: boolean;
}

/** "3 de 4 asistieron · 2 aprobaron", or that it is not recorded yet. */
export function attendanceText(called: number, attendance: readonly AttendanceFigures[] | null): string {
  if (attendance === null) return 'Sin registrar';
  const attended = attendance.filter((record) => record.attended).length;
  const approved = attendance.filter((record) => record.approved).length;
  return `${attended} de ${called} asistieron · ${approved} aprobaron`;
}

export interface SessionDraft {
  readonly topic: string;
  readonly date: string;
  readonly trainer: string;
  readonly attendeeIds: readonly string[];
  readonly needKeys: readonly string[];
  readonly passingScore: string;
}

export const EMPTY_SESSION_DRAFT: SessionDraft = {
  topic: '',
  date: '',
  trainer: '',
  attendeeIds: [],
  needKeys: [],
  passingScore: '70',
};

export type SessionDraftField = keyof SessionDraft;

/** A whole score 0–100 from what was typed; null when it is not one. */
export function scoreOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const score = Number(trimmed);
  return score <= 100 ? score : null;
}

/** What keeps a session from being sent, by field, as the server would say it. */
export function sessionDraftProblems(
  draft: SessionDraft,
  year: number,
): Partial<Record<SessionDraftField, string>> {
  const problems: Partial<Record<SessionDraftField, string>> = {};
  if (draft.topic.trim() === '') problems.topic = 'Indique el tema de la capacitación.';
  if (draft.trainer.trim() === '') problems.trainer = 'Indique quién dicta la capacitación.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.date = 'Indique la fecha de la sesión.';
  else if (!draft.date.startsWith(`${year}-`))
    problems.date = `La sesión debe caer en el año del plan (${year}).`;
  if (draft.attendeeIds.length === 0) problems.attendeeIds = 'Indique al menos un funcionario asistente.';
  if (scoreOf(draft.passingScore) === null)
    problems.passingScore = 'El puntaje mínimo para aprobar es un número entero de 0 a 100.';
  return problems;
}

/** The field of the draft the server blamed (input.topic → topic), or null. */
export function sessionFieldOf(field: string | null | undefined): SessionDraftField | null {
  const name = field?.split('.').pop();
  return name !== undefined && name in EMPTY_SESSION_DRAFT ? (name as SessionDraftField) : null;
}

export interface AttendanceRow {
  readonly userId: string;
  readonly attended: boolean;
  readonly score: string;
}

/** What keeps an attendance record from being sent: each attendee present needs a score 0–100. */
export function attendanceProblems(rows: readonly AttendanceRow[]): Readonly<Record<string, string>> {
  const problems: Record<string, string> = {};
  for (const row of rows) {
    if (row.attended && scoreOf(row.score) === null) {
      problems[row.userId] = 'Indique el puntaje de la evaluación (0 a 100).';
    }
  }
  return problems;
}
