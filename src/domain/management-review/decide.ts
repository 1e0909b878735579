// Every rule of a management review: a command and the review as it stands give the new events or a
// named refusal.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, isCalendarDate, spanishDate } from '../shared/time.js';
import type {
  CloseManagementReview,
  ManagementReviewCommand,
  OpenManagementReview,
  RecordReviewDecision,
} from './commands.js';
import { DECISION_KINDS, type ManagementReviewEvent } from './events.js';
import {
  evolve,
  initialManagementReviewState,
  type ClosedReview,
  type ManagementReviewState,
  type OpenReview,
} from './state.js';

type Decision = readonly ManagementReviewEvent[] | DomainError;

const REVIEW_SECRETARIES: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];

/** Who may ask for each command (DESIGN.md, Roles): the quality coordinators keep the review's record. */
export const MANAGEMENT_REVIEW_COMMAND_ROLES: Readonly<
  Record<ManagementReviewCommand['type'], readonly ActorRole[]>
> = {
  OpenManagementReview: REVIEW_SECRETARIES,
  RecordReviewDecision: REVIEW_SECRETARIES,
  CloseManagementReview: REVIEW_SECRETARIES,
};

const COMMAND_LABELS: Readonly<Record<ManagementReviewCommand['type'], string>> = {
  OpenManagementReview: 'abrir revisiones por la dirección',
  RecordReviewDecision: 'registrar decisiones de la revisión por la dirección',
  CloseManagementReview: 'aprobar actas de revisión por la dirección',
};

export function decide(
  command: ManagementReviewCommand,
  state: ManagementReviewState,
  context: DecisionContext,
): Decision {
  if (command.type === 'OpenManagementReview') return open(command, state, context);
  if (state.status === 'NOT_OPENED') {
    // The generic "not found" code, so the gateway answers NOT_FOUND as for any other record.
    return refuse('CASE_NOT_FOUND', 'La revisión por la dirección no existe: no ha sido abierta.');
  }
  if (!MANAGEMENT_REVIEW_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  switch (command.type) {
    case 'RecordReviewDecision':
      return recordDecision(command, state, context);
    case 'CloseManagementReview':
      return close(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function open(
  { data }: OpenManagementReview,
  state: ManagementReviewState,
  context: DecisionContext,
): Decision {
  if (state.status !== 'NOT_OPENED') {
    return refuse('REVIEW_ALREADY_OPENED', `La revisión por la dirección ${state.reviewId} ya fue abierta.`);
  }
  if (!MANAGEMENT_REVIEW_COMMAND_ROLES.OpenManagementReview.includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS.OpenManagementReview);
  }
  if (isBlank(data.title)) {
    return refuse('TITLE_REQUIRED', 'Indique el nombre de la revisión por la dirección.', 'title');
  }
  if (!isCalendarDate(data.meetingDate)) {
    return refuse(
      'INVALID_DATE',
      'La fecha de la reunión no es una fecha válida (AAAA-MM-DD).',
      'meetingDate',
    );
  }
  const today = bogotaDateOf(context.now);
  if (data.meetingDate < today) {
    return refuse(
      'MEETING_DATE_IN_PAST',
      `Las entradas se reúnen para la reunión: su fecha no puede ser anterior a hoy (${spanishDate(today)}).`,
      'meetingDate',
    );
  }
  const { from, to } = data.period;
  if (!isCalendarDate(from)) {
    return refuse('INVALID_DATE', 'El inicio del periodo revisado no es una fecha válida.', 'period.from');
  }
  if (!isCalendarDate(to)) {
    return refuse('INVALID_DATE', 'El final del periodo revisado no es una fecha válida.', 'period.to');
  }
  if (from > to) {
    return refuse(
      'INVALID_PERIOD',
      `El final del periodo revisado (${spanishDate(to)}) es anterior a su inicio (${spanishDate(from)}).`,
      'period.to',
    );
  }
  if (to > data.meetingDate) {
    return refuse(
      'PERIOD_AFTER_MEETING',
      `El periodo revisado no puede terminar después de la reunión (${spanishDate(data.meetingDate)}).`,
      'period.to',
    );
  }
  const attendeeIds = [...new Set(data.attendeeIds.filter((id) => !isBlank(id)))];
  if (attendeeIds.length === 0) {
    return refuse('ATTENDEES_REQUIRED', 'Indique al menos un asistente de la alta dirección.', 'attendeeIds');
  }
  if (data.inputs.period.from !== from || data.inputs.period.to !== to) {
    return refuse(
      'INPUTS_FOR_ANOTHER_PERIOD',
      'Las entradas de la revisión no corresponden al periodo revisado.',
      'period',
    );
  }
  return [
    {
      type: 'ReviewOpened',
      data: {
        reviewId: data.reviewId,
        title: data.title.trim(),
        meetingDate: data.meetingDate,
        period: { from, to },
        attendeeIds,
        inputs: data.inputs,
        openedAt: canonicalInstant(context.now),
        textOwnerId: data.textOwnerId ?? null,
      },
    },
  ];
}

function recordDecision(
  { data }: RecordReviewDecision,
  state: OpenReview | ClosedReview,
  context: DecisionContext,
): Decision {
  if (state.status === 'CLOSED') return reviewClosed('registrar decisiones en');
  const today = bogotaDateOf(context.now);
  if (today < state.meetingDate) {
    return refuse(
      'DECISION_BEFORE_MEETING',
      `Las decisiones se registran desde el día de la reunión (${spanishDate(state.meetingDate)}).`,
    );
  }
  if (!isOneOf(DECISION_KINDS, data.kind)) {
    return refuse('INVALID_DECISION_KIND', 'El tipo de decisión no es válido.', 'kind');
  }
  if (isBlank(data.description)) {
    return refuse('DESCRIPTION_REQUIRED', 'Describa la decisión tomada.', 'description');
  }
  if (isBlank(data.responsibleId)) {
    return refuse('RESPONSIBLE_REQUIRED', 'Indique el responsable de la decisión.', 'responsibleId');
  }
  if (data.dueDate !== null) {
    if (!isCalendarDate(data.dueDate)) {
      return refuse('INVALID_DATE', 'La fecha límite no es una fecha válida (AAAA-MM-DD).', 'dueDate');
    }
    if (data.dueDate < today) {
      return refuse(
        'DUE_DATE_IN_PAST',
        `La fecha límite no puede ser anterior a hoy (${spanishDate(today)}).`,
        'dueDate',
      );
    }
  }
  const actionId = data.improvementActionId;
  if (actionId !== null) {
    if (data.dueDate === null) {
      return refuse(
        'ACTION_DUE_DATE_REQUIRED',
        'Una decisión que formula una acción de mejora necesita fecha límite: es la de la acción.',
        'dueDate',
      );
    }
    const earlier = state.decisions.find((decision) => decision.improvementActionId === actionId);
    if (earlier) {
      return refuse(
        'ACTION_ALREADY_NAMED',
        `La acción de mejora ${actionId} ya es la de la decisión ${earlier.number}.`,
        'improvementActionId',
      );
    }
  }
  return [
    {
      type: 'ReviewDecisionRecorded',
      data: {
        number: state.decisions.length + 1,
        kind: data.kind,
        description: data.description.trim(),
        responsibleId: data.responsibleId,
        dueDate: data.dueDate,
        improvementActionId: actionId,
        recordedAt: canonicalInstant(context.now),
      },
    },
  ];
}

function close(
  { data }: CloseManagementReview,
  state: OpenReview | ClosedReview,
  context: DecisionContext,
): Decision {
  if (state.status === 'CLOSED') return [];
  const today = bogotaDateOf(context.now);
  if (today < state.meetingDate) {
    return refuse(
      'MINUTES_BEFORE_MEETING',
      `El acta se aprueba desde el día de la reunión (${spanishDate(state.meetingDate)}).`,
    );
  }
  if (state.decisions.length === 0) {
    return refuse(
      'REVIEW_WITHOUT_DECISIONS',
      'Una revisión por la dirección se cierra con sus decisiones (ISO 9001:2015 9.3.3): registre al menos una.',
    );
  }
  const pending = state.decisions.filter(
    (decision) =>
      decision.improvementActionId !== null && data.pendingActionIds.includes(decision.improvementActionId),
  );
  if (pending.length > 0) {
    return refuse(
      'DECISION_ACTION_PENDING',
      `Falta formular la acción de mejora de ${pending.length === 1 ? 'la decisión' : 'las decisiones'} ${pending.map((decision) => decision.number).join(', ')}.`,
    );
  }
  if (isBlank(data.conclusions)) {
    return refuse(
      'CONCLUSIONS_REQUIRED',
      'Escriba las conclusiones de la revisión sobre la conveniencia, adecuación y eficacia del sistema.',
      'conclusions',
    );
  }
  return [
    {
      type: 'ReviewClosed',
      data: {
        conclusions: data.conclusions.trim(),
        decisions: state.decisions.length,
        closedAt: canonicalInstant(context.now),
        closedOn: today,
      },
    },
  ];
}

function reviewClosed(action: string): DomainError {
  return refuse(
    'REVIEW_CLOSED',
    `No se puede ${action} una revisión por la dirección cuya acta fue aprobada.`,
  );
}

export const managementReviewDecider: Decider<
  ManagementReviewCommand,
  ManagementReviewEvent,
  ManagementReviewState
> = {
  decide,
  evolve,
  initialState: initialManagementReviewState,
};
