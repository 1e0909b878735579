// Every rule of a year's action plan: a command and the plan as it stands give the new events or a named
// refusal.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, isCalendarDate, spanishDate } from '../shared/time.js';
import type {
  ActionPlanCommand,
  AddPlanActivity,
  AddPlanGoal,
  ApproveActivityProgress,
  CreateActionPlan,
  RejectActivityProgress,
  ReportActivityProgress,
} from './commands.js';
import type { ActionPlanEvent } from './events.js';
import { hundredthsOf, isValidWeight } from './execution.js';
import { evolve, initialActionPlanState, type ActionPlan, type ActionPlanState } from './state.js';

type Decision = readonly ActionPlanEvent[] | DomainError;

const PLANNERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
const REPORTERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

/**
 * Who may ask for each command (DESIGN.md, Roles): coordinators plan and approve; an agent further only
 * reports progress on the activities they answer for; an auditor reads.
 */
export const ACTION_PLAN_COMMAND_ROLES: Readonly<Record<ActionPlanCommand['type'], readonly ActorRole[]>> = {
  CreateActionPlan: PLANNERS,
  AddPlanGoal: PLANNERS,
  AddPlanActivity: PLANNERS,
  ReportActivityProgress: REPORTERS,
  ApproveActivityProgress: PLANNERS,
  RejectActivityProgress: PLANNERS,
};

/** The years a plan may be made for. */
export const FIRST_PLAN_YEAR = 2000;
export const LAST_PLAN_YEAR = 2100;

export function decide(
  command: ActionPlanCommand,
  state: ActionPlanState,
  context: DecisionContext,
): Decision {
  if (!ACTION_PLAN_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  if (command.type === 'CreateActionPlan') return create(command, state, context);
  if (state.status === 'NOT_CREATED') {
    return refuse('ACTION_PLAN_NOT_FOUND', 'No existe el plan de acción de ese año: créelo primero.');
  }
  switch (command.type) {
    case 'AddPlanGoal':
      return addGoal(command, state, context);
    case 'AddPlanActivity':
      return addActivity(command, state, context);
    case 'ReportActivityProgress':
      return reportProgress(command, state, context);
    case 'ApproveActivityProgress':
      return approve(command, state, context);
    case 'RejectActivityProgress':
      return reject(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function create({ data }: CreateActionPlan, state: ActionPlanState, context: DecisionContext): Decision {
  if (state.status !== 'NOT_CREATED') {
    return refuse('ACTION_PLAN_ALREADY_CREATED', `El plan de acción ${state.year} ya fue creado.`, 'year');
  }
  if (!Number.isInteger(data.year) || data.year < FIRST_PLAN_YEAR || data.year > LAST_PLAN_YEAR) {
    return refuse(
      'INVALID_YEAR',
      `El año del plan debe ser un año entre ${FIRST_PLAN_YEAR} y ${LAST_PLAN_YEAR}.`,
      'year',
    );
  }
  if (isBlank(data.title)) return refuse('TITLE_REQUIRED', 'Indique el nombre del plan de acción.', 'title');
  return [
    {
      type: 'ActionPlanCreated',
      data: {
        year: data.year,
        title: data.title.trim(),
        textOwnerId: data.textOwnerId ?? null,
        createdAt: canonicalInstant(context.now),
        createdOn: bogotaDateOf(context.now),
      },
    },
  ];
}

function addGoal({ data }: AddPlanGoal, state: ActionPlan, context: DecisionContext): Decision {
  if (isBlank(data.goalId)) return refuse('GOAL_ID_REQUIRED', 'Falta el identificador de la meta.', 'goalId');
  if (state.goalIds.includes(data.goalId)) {
    return refuse('GOAL_ALREADY_ADDED', 'La meta ya está en el plan.', 'goalId');
  }
  if (isBlank(data.description)) {
    return refuse('GOAL_DESCRIPTION_REQUIRED', 'Describa la meta.', 'description');
  }
  return [
    {
      type: 'PlanGoalAdded',
      data: {
        goalId: data.goalId,
        description: data.description.trim(),
        addedAt: canonicalInstant(context.now),
        addedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

function addActivity({ data }: AddPlanActivity, state: ActionPlan, context: DecisionContext): Decision {
  if (isBlank(data.activityId)) {
    return refuse('ACTIVITY_ID_REQUIRED', 'Falta el identificador de la actividad.', 'activityId');
  }
  if (state.activities[data.activityId] !== undefined) {
    return refuse('ACTIVITY_ALREADY_ADDED', 'La actividad ya está en el plan.', 'activityId');
  }
  if (!state.goalIds.includes(data.goalId)) {
    return refuse('GOAL_NOT_FOUND', `La meta indicada no es del plan de acción ${state.year}.`, 'goalId');
  }
  if (isBlank(data.description)) {
    return refuse('ACTIVITY_DESCRIPTION_REQUIRED', 'Describa la actividad.', 'description');
  }
  if (isBlank(data.responsibleId)) {
    return refuse('RESPONSIBLE_REQUIRED', 'Indique el responsable de la actividad.', 'responsibleId');
  }
  if (!isCalendarDate(data.startDate)) {
    return refuse('INVALID_DATE', 'La fecha de inicio no es una fecha válida (AAAA-MM-DD).', 'startDate');
  }
  if (!isCalendarDate(data.endDate)) {
    return refuse('INVALID_DATE', 'La fecha de fin no es una fecha válida (AAAA-MM-DD).', 'endDate');
  }
  const firstDay = `${state.year}-01-01`;
  const lastDay = `${state.year}-12-31`;
  if (data.startDate < firstDay || data.endDate > lastDay) {
    return refuse(
      'ACTIVITY_OUTSIDE_PLAN_YEAR',
      `Las fechas de la actividad deben caer dentro del año del plan (${spanishDate(firstDay)} a ${spanishDate(lastDay)}).`,
      data.startDate < firstDay ? 'startDate' : 'endDate',
    );
  }
  if (data.endDate < data.startDate) {
    return refuse(
      'END_BEFORE_START',
      'La fecha de fin de la actividad no puede ser anterior a la de inicio.',
      'endDate',
    );
  }
  if (!isValidWeight(data.weight)) {
    return refuse(
      'INVALID_WEIGHT',
      'El peso es un porcentaje del plan mayor que 0 y hasta 100, con máximo dos decimales.',
      'weight',
    );
  }
  const total = state.weightHundredths + hundredthsOf(data.weight);
  if (total > 10_000) {
    return refuse(
      'PLAN_WEIGHT_EXCEEDED',
      `Los pesos de las actividades del plan sumarían ${percentText(total)}: quedan ${percentText(10_000 - state.weightHundredths)} por asignar.`,
      'weight',
    );
  }
  if (isBlank(data.indicator)) {
    return refuse('INDICATOR_REQUIRED', 'Indique el indicador de la actividad.', 'indicator');
  }
  if (isBlank(data.target)) return refuse('TARGET_REQUIRED', 'Indique la meta del indicador.', 'target');
  return [
    {
      type: 'PlanActivityAdded',
      data: {
        activityId: data.activityId,
        goalId: data.goalId,
        description: data.description.trim(),
        responsibleId: data.responsibleId,
        startDate: data.startDate,
        endDate: data.endDate,
        weight: hundredthsOf(data.weight) / 100,
        indicator: data.indicator.trim(),
        target: data.target.trim(),
        planWeightTotal: total / 100,
        addedAt: canonicalInstant(context.now),
        addedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

function reportProgress(
  { data }: ReportActivityProgress,
  state: ActionPlan,
  context: DecisionContext,
): Decision {
  const activity = state.activities[data.activityId];
  if (activity === undefined) {
    return refuse('ACTIVITY_NOT_FOUND', `La actividad no es del plan de acción ${state.year}.`, 'activityId');
  }
  if (context.actor.role === 'AGENT' && activity.responsibleId !== context.actor.id) {
    return refuse(
      'NOT_ASSIGNED_TO_ACTOR',
      'Un agente solo reporta avances de las actividades de las que es responsable.',
    );
  }
  if (isBlank(data.reportId) || state.reports[data.reportId] !== undefined) {
    return refuse('PROGRESS_REPORT_ALREADY_FILED', 'Ese reporte de avance ya fue registrado.', 'reportId');
  }
  const progress = data.progressPercent;
  if (typeof progress !== 'number' || !Number.isInteger(progress) || progress < 0 || progress > 100) {
    return refuse(
      'INVALID_PROGRESS',
      'El avance es un porcentaje acumulado entero entre 0 y 100.',
      'progressPercent',
    );
  }
  if (activity.approvedProgress >= 100) {
    return refuse(
      'ACTIVITY_COMPLETED',
      'La actividad ya tiene aprobado el 100 % de avance: no admite más reportes.',
    );
  }
  if (activity.pendingReportId !== null) {
    return refuse(
      'PROGRESS_REPORT_PENDING',
      'La actividad tiene un reporte de avance pendiente de aprobación: apruébelo o recháchelo antes de reportar otro.',
    );
  }
  if (progress < activity.approvedProgress) {
    return refuse(
      'PROGRESS_BELOW_APPROVED',
      `El avance es acumulado: no puede ser menor que el ya aprobado (${activity.approvedProgress} %).`,
      'progressPercent',
    );
  }
  if (isBlank(data.note)) return refuse('NOTE_REQUIRED', 'Describa el avance.', 'note');
  const attachments = data.attachments ?? [];
  if (isBlank(data.evidence) && attachments.length === 0) {
    return refuse(
      'EVIDENCE_REQUIRED',
      'Adjunte la evidencia del avance o indique dónde se encuentra.',
      'evidence',
    );
  }
  return [
    {
      type: 'ActivityProgressReported',
      data: {
        reportId: data.reportId,
        activityId: data.activityId,
        progressPercent: progress,
        note: data.note.trim(),
        evidence: typeof data.evidence === 'string' ? data.evidence.trim() : '',
        attachments,
        reportedBy: context.actor.id,
        reportedAt: canonicalInstant(context.now),
        reportedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

/** The report a review is about, still pending, and reviewed by someone other than its author. */
function reviewable(
  reportId: string,
  state: ActionPlan,
  context: DecisionContext,
  already: 'APPROVED' | 'REJECTED',
): DomainError | 'ALREADY_DONE' | { readonly activityId: string; readonly progressPercent: number } {
  const report = state.reports[reportId];
  if (report === undefined) {
    return refuse('PROGRESS_REPORT_NOT_FOUND', 'No existe ese reporte de avance en el plan.', 'reportId');
  }
  if (report.status === already) return 'ALREADY_DONE';
  if (report.status !== 'PENDING') {
    return refuse(
      'PROGRESS_REPORT_ALREADY_REVIEWED',
      `El reporte de avance ya fue ${report.status === 'APPROVED' ? 'aprobado' : 'rechazado'}.`,
    );
  }
  if (report.reportedBy === context.actor.id) {
    return refuse(
      'SELF_REVIEW_NOT_ALLOWED',
      'Quien reporta un avance no puede aprobarlo ni rechazarlo: lo revisa otro coordinador o administrador.',
    );
  }
  return report;
}

function approve({ data }: ApproveActivityProgress, state: ActionPlan, context: DecisionContext): Decision {
  const report = reviewable(data.reportId, state, context, 'APPROVED');
  if (report === 'ALREADY_DONE') return [];
  if ('kind' in report) return report;
  return [
    {
      type: 'ActivityProgressApproved',
      data: {
        reportId: data.reportId,
        activityId: report.activityId,
        progressPercent: report.progressPercent,
        approvedBy: context.actor.id,
        approvedAt: canonicalInstant(context.now),
        approvedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

function reject({ data }: RejectActivityProgress, state: ActionPlan, context: DecisionContext): Decision {
  const report = reviewable(data.reportId, state, context, 'REJECTED');
  if (report === 'ALREADY_DONE') return [];
  if ('kind' in report) return report;
  if (isBlank(data.reason)) {
    return refuse('REASON_REQUIRED', 'Indique por qué se rechaza el reporte de avance.', 'reason');
  }
  return [
    {
      type: 'ActivityProgressRejected',
      data: {
        reportId: data.reportId,
        activityId: report.activityId,
        reason: data.reason.trim(),
        rejectedBy: context.actor.id,
        rejectedAt: canonicalInstant(context.now),
        rejectedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

/** Hundredths of a point as staff read them: 10000 → "100 %", 1250 → "12,5 %". */
function percentText(hundredths: number): string {
  return `${String(hundredths / 100).replace('.', ',')} %`;
}

const COMMAND_LABELS: Readonly<Record<ActionPlanCommand['type'], string>> = {
  CreateActionPlan: 'crear planes de acción',
  AddPlanGoal: 'agregar metas al plan de acción',
  AddPlanActivity: 'agregar actividades al plan de acción',
  ReportActivityProgress: 'reportar avances del plan de acción',
  ApproveActivityProgress: 'aprobar avances del plan de acción',
  RejectActivityProgress: 'rechazar avances del plan de acción',
};

export const actionPlanDecider: Decider<ActionPlanCommand, ActionPlanEvent, ActionPlanState> = {
  decide,
  evolve,
  initialState: initialActionPlanState,
};
