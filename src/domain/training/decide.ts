// Every rule of the year's training plan (PIC): a command and the plan as it stands give the new events or
// a named refusal.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, isCalendarDate, spanishDate, yearOf } from '../shared/time.js';
import type {
  AcceptTrainingNeed,
  DismissTrainingNeed,
  RecordTrainingAttendance,
  ScheduleTraining,
  TrainingCommand,
} from './commands.js';
import {
  trainingNeedKeyOf,
  type AttendanceRecord,
  type TrainingEvent,
  type TrainingNeedBasis,
} from './events.js';
import { evolve, initialTrainingPlanState, type TrainingPlanState } from './state.js';

type Decision = readonly TrainingEvent[] | DomainError;

const PLANNERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];

/** Who may ask for each command (DESIGN.md, Roles): the plan is a coordinator's, as the issue asks. */
export const TRAINING_COMMAND_ROLES: Readonly<Record<TrainingCommand['type'], readonly ActorRole[]>> = {
  AcceptTrainingNeed: PLANNERS,
  DismissTrainingNeed: PLANNERS,
  ScheduleTraining: PLANNERS,
  RecordTrainingAttendance: PLANNERS,
};

/** The years a plan may be kept for: a four-digit year the office can have worked in. */
export const FIRST_PLAN_YEAR = 2000;
export const LAST_PLAN_YEAR = 2100;

export function decide(
  command: TrainingCommand,
  state: TrainingPlanState,
  context: DecisionContext,
): Decision {
  if (!TRAINING_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  switch (command.type) {
    case 'AcceptTrainingNeed':
      return accept(command, state, context);
    case 'DismissTrainingNeed':
      return dismiss(command, state, context);
    case 'ScheduleTraining':
      return schedule(command, state, context);
    case 'RecordTrainingAttendance':
      return recordAttendance(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function yearRefusal(year: number, state: TrainingPlanState): DomainError | null {
  if (!Number.isInteger(year) || year < FIRST_PLAN_YEAR || year > LAST_PLAN_YEAR) {
    return refuse('INVALID_YEAR', `El año del plan de capacitación no es válido: ${String(year)}.`, 'year');
  }
  if (state.year !== null && state.year !== year) {
    return refuse('INVALID_YEAR', `Este es el plan de capacitación de ${state.year}, no de ${year}.`, 'year');
  }
  return null;
}

/**
 * What a decision on a need not yet decided checks: a basis the year's proposals gave for its key, from
 * the year's data. A need decided before is answered from the plan alone, whatever the data say now.
 */
function basisRefusal(data: {
  readonly year: number;
  readonly needKey: string;
  readonly basis: TrainingNeedBasis | null;
}): DomainError | null {
  if (data.basis === null || trainingNeedKeyOf(data.basis) !== data.needKey) {
    return refuse(
      'NEED_NOT_PROPOSED',
      `No hay una necesidad de capacitación propuesta con esa clave en ${data.year}.`,
      'needKey',
    );
  }
  const basisDay = data.basis.kind === 'PQRS_SUBJECT' ? data.basis.lastReceivedOn : data.basis.formulatedOn;
  if (!isCalendarDate(basisDay) || yearOf(basisDay) !== data.year) {
    return refuse(
      'BASIS_OUTSIDE_YEAR',
      `La necesidad se basa en datos de otro año (${isCalendarDate(basisDay) ? spanishDate(basisDay) : basisDay}), no de ${data.year}.`,
      'needKey',
    );
  }
  return null;
}

function accept({ data }: AcceptTrainingNeed, state: TrainingPlanState, context: DecisionContext): Decision {
  const wrongYear = yearRefusal(data.year, state);
  if (wrongYear !== null) return wrongYear;
  const decided = state.needs[data.needKey];
  if (decided?.decision === 'ACCEPTED') return [];
  if (decided !== undefined) return alreadyDecided(decided.decidedOn, 'descartada');
  const refusal = basisRefusal(data);
  if (refusal !== null) return refusal;
  return [
    {
      type: 'TrainingNeedAccepted',
      data: {
        year: data.year,
        needKey: data.needKey,
        basis: data.basis!,
        acceptedAt: canonicalInstant(context.now),
        acceptedOn: bogotaDateOf(context.now),
        textOwnerId: state.textOwnerId ?? data.textOwnerId ?? null,
      },
    },
  ];
}

function dismiss(
  { data }: DismissTrainingNeed,
  state: TrainingPlanState,
  context: DecisionContext,
): Decision {
  const wrongYear = yearRefusal(data.year, state);
  if (wrongYear !== null) return wrongYear;
  const decided = state.needs[data.needKey];
  if (decided?.decision === 'DISMISSED') return [];
  if (decided !== undefined) return alreadyDecided(decided.decidedOn, 'aceptada');
  const refusal = basisRefusal(data);
  if (refusal !== null) return refusal;
  if (isBlank(data.reason)) {
    return refuse('REASON_REQUIRED', 'Indique el motivo por el que se descarta la necesidad.', 'reason');
  }
  return [
    {
      type: 'TrainingNeedDismissed',
      data: {
        year: data.year,
        needKey: data.needKey,
        basis: data.basis!,
        reason: data.reason.trim(),
        dismissedAt: canonicalInstant(context.now),
        dismissedOn: bogotaDateOf(context.now),
        textOwnerId: state.textOwnerId ?? data.textOwnerId ?? null,
      },
    },
  ];
}

function alreadyDecided(decidedOn: string, decision: string): DomainError {
  return refuse(
    'NEED_ALREADY_DECIDED',
    `La necesidad ya fue ${decision} el ${spanishDate(decidedOn)}; la decisión no se cambia.`,
    'needKey',
  );
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

function schedule({ data }: ScheduleTraining, state: TrainingPlanState, context: DecisionContext): Decision {
  const wrongYear = yearRefusal(data.year, state);
  if (wrongYear !== null) return wrongYear;
  if (state.sessions[data.sessionId] !== undefined) {
    return refuse('SESSION_ALREADY_SCHEDULED', 'La sesión de capacitación ya fue programada.', 'sessionId');
  }
  if (isBlank(data.topic)) return refuse('TOPIC_REQUIRED', 'Indique el tema de la capacitación.', 'topic');
  if (isBlank(data.trainer)) {
    return refuse('TRAINER_REQUIRED', 'Indique quién dicta la capacitación.', 'trainer');
  }
  if (!isCalendarDate(data.date)) {
    return refuse('INVALID_DATE', 'La fecha de la sesión no es una fecha válida (AAAA-MM-DD).', 'date');
  }
  if (yearOf(data.date) !== data.year) {
    return refuse(
      'SESSION_OUTSIDE_YEAR',
      `La sesión del ${spanishDate(data.date)} no cae en el año del plan (${data.year}).`,
      'date',
    );
  }
  if (data.attendees.length === 0) {
    return refuse('ATTENDEES_REQUIRED', 'Indique al menos un funcionario asistente.', 'attendeeIds');
  }
  const attendeeIds = data.attendees.map((attendee) => attendee.id);
  if (new Set(attendeeIds).size !== attendeeIds.length) {
    return refuse(
      'DUPLICATE_ATTENDEE',
      'Un funcionario figura dos veces entre los asistentes.',
      'attendeeIds',
    );
  }
  if (data.attendees.some((attendee) => !attendee.active)) {
    return refuse('INVALID_ATTENDEE', 'Un asistente no es un funcionario con cuenta activa.', 'attendeeIds');
  }
  if (!isScore(data.passingScore)) {
    return refuse(
      'INVALID_PASSING_SCORE',
      'El puntaje mínimo para aprobar es un número entero de 0 a 100.',
      'passingScore',
    );
  }
  const needKeys = [...new Set(data.needKeys)];
  if (needKeys.some((needKey) => state.needs[needKey]?.decision !== 'ACCEPTED')) {
    return refuse(
      'NEED_NOT_ACCEPTED',
      'Una sesión solo atiende necesidades aceptadas en el plan de capacitación del año.',
      'needKeys',
    );
  }
  return [
    {
      type: 'TrainingScheduled',
      data: {
        year: data.year,
        sessionId: data.sessionId,
        topic: data.topic.trim(),
        date: data.date,
        trainer: data.trainer.trim(),
        attendeeIds,
        needKeys,
        passingScore: data.passingScore,
        scheduledAt: canonicalInstant(context.now),
        textOwnerId: state.textOwnerId ?? data.textOwnerId ?? null,
      },
    },
  ];
}

function recordAttendance(
  { data }: RecordTrainingAttendance,
  state: TrainingPlanState,
  context: DecisionContext,
): Decision {
  const session = state.sessions[data.sessionId];
  if (session === undefined) {
    return refuse('SESSION_NOT_FOUND', 'La sesión de capacitación no existe en este plan.', 'sessionId');
  }
  const today = bogotaDateOf(context.now);
  if (today < session.date) {
    return refuse(
      'ATTENDANCE_BEFORE_SESSION',
      `La asistencia se registra desde el día de la sesión (${spanishDate(session.date)}).`,
    );
  }
  const given = new Map<string, { attended: boolean; score: number | null }>();
  for (const record of data.attendance) {
    if (!session.attendeeIds.includes(record.userId)) {
      return refuse('NOT_AN_ATTENDEE', 'Un funcionario no estaba convocado a la sesión.', 'attendance');
    }
    if (given.has(record.userId)) {
      return refuse('DUPLICATE_ATTENDEE', 'Un funcionario figura dos veces en la asistencia.', 'attendance');
    }
    given.set(record.userId, record);
  }
  if (given.size !== session.attendeeIds.length) {
    return refuse(
      'ATTENDANCE_INCOMPLETE',
      'Registre la asistencia de cada funcionario convocado, asistiera o no.',
      'attendance',
    );
  }
  const attendance: AttendanceRecord[] = [];
  for (const userId of session.attendeeIds) {
    const { attended, score } = given.get(userId)!;
    if (attended && score === null) {
      return refuse(
        'EVALUATION_REQUIRED',
        'Indique el puntaje de la evaluación de cada asistente.',
        'attendance',
      );
    }
    if (!attended && score !== null) {
      return refuse(
        'SCORE_WITHOUT_ATTENDANCE',
        'Un funcionario que no asistió no tiene puntaje de evaluación.',
        'attendance',
      );
    }
    if (score !== null && !isScore(score)) {
      return refuse(
        'INVALID_SCORE',
        'El puntaje de la evaluación es un número entero de 0 a 100.',
        'attendance',
      );
    }
    attendance.push({ userId, attended, score, approved: score !== null && score >= session.passingScore });
  }
  if (session.attendance !== null && JSON.stringify(session.attendance) === JSON.stringify(attendance))
    return [];
  return [
    {
      type: 'TrainingAttendanceRecorded',
      data: {
        sessionId: session.sessionId,
        attendance,
        passingScore: session.passingScore,
        recordedAt: canonicalInstant(context.now),
        recordedOn: today,
      },
    },
  ];
}

const COMMAND_LABELS: Readonly<Record<TrainingCommand['type'], string>> = {
  AcceptTrainingNeed: 'aceptar necesidades de capacitación',
  DismissTrainingNeed: 'descartar necesidades de capacitación',
  ScheduleTraining: 'programar capacitaciones',
  RecordTrainingAttendance: 'registrar la asistencia a capacitaciones',
};

export const trainingDecider: Decider<TrainingCommand, TrainingEvent, TrainingPlanState> = {
  decide,
  evolve,
  initialState: initialTrainingPlanState,
};
