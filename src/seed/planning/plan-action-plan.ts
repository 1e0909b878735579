// Plans the action plan of the demo's last calendar year: the coordinator loads it in January (or on the
// demo's first day) with three goals and nine activities whose weights add to 100 %; each
// responsible reports cumulative progress with its evidence a few days after each month's end, and a
// coordinator who did not report it approves it a day or two later (now and then rejects it, and it is
// filed again). Most activities end at 100 %; a few fall behind and end overdue.
import {
  addCalendarDays,
  addCalendarMonths,
  yearOf,
  type CalendarDate,
  type Instant,
} from '../../domain/shared/time.js';
import type { PlannedStep, PlanningSeedCommand, PlanningSeedIds, StaffKey } from '../demo-plan.js';
import { COORDINATOR, QUALITY_LEAD } from '../demo-staff.js';
import { bogotaInstant } from '../office-hours.js';
import type { PlanningPlanContext } from '../plan-planning.js';

interface ActivityTemplate {
  readonly description: string;
  /** Month and day within the plan's year. */
  readonly start: string;
  readonly end: string;
  readonly weight: number;
  readonly indicator: string;
  readonly target: string;
  readonly responsible: StaffKey;
  /** How far it gets of what its dates ask (1: on time, to 100 %). */
  readonly pace: number;
  readonly evidence: string;
}

interface GoalTemplate {
  readonly description: string;
  readonly activities: readonly ActivityTemplate[];
}

const GOALS: readonly GoalTemplate[] = [
  {
    description: 'Responder las PQRS dentro de los términos de ley',
    activities: [
      {
        description: 'Seguimiento semanal de las PQRS por vencer con cada dependencia',
        start: '02-01',
        end: '12-15',
        weight: 15,
        indicator: 'Reuniones de seguimiento realizadas',
        target: '40 reuniones',
        responsible: 'atencion1',
        pace: 1,
        evidence: 'Actas de seguimiento del mes',
      },
      {
        description: 'Capacitación a las dependencias en los términos de la Ley 1755 de 2015',
        start: '03-01',
        end: '06-30',
        weight: 10,
        indicator: 'Dependencias capacitadas',
        target: '6 dependencias',
        responsible: QUALITY_LEAD,
        pace: 1,
        evidence: 'Listas de asistencia y evaluación de la capacitación',
      },
      {
        description: 'Plantillas de respuesta por tipo de solicitud en el gestor documental',
        start: '02-15',
        end: '05-31',
        weight: 10,
        indicator: 'Plantillas publicadas',
        target: '12 plantillas',
        responsible: 'documental',
        pace: 0.8,
        evidence: 'Plantillas publicadas en el gestor documental',
      },
    ],
  },
  {
    description: 'Mejorar la satisfacción de los afiliados',
    activities: [
      {
        description: 'Aplicación trimestral de la encuesta de satisfacción',
        start: '03-01',
        end: '12-10',
        weight: 15,
        indicator: 'Mediciones de satisfacción aplicadas',
        target: '4 mediciones',
        responsible: 'atencion2',
        pace: 1,
        evidence: 'Informe de resultados de la medición',
      },
      {
        description: 'Ferias de servicios en municipios de Cundinamarca',
        start: '04-01',
        end: '11-30',
        weight: 15,
        indicator: 'Ferias realizadas',
        target: '8 ferias',
        responsible: 'afiliaciones1',
        pace: 1,
        evidence: 'Registro fotográfico y listas de asistencia',
      },
      {
        description: 'Actualización y publicación de la carta de trato digno',
        start: '05-01',
        end: '07-31',
        weight: 5,
        indicator: 'Carta de trato digno publicada',
        target: '1 carta actualizada',
        responsible: 'juridica',
        pace: 0.6,
        evidence: 'Borrador revisado por la oficina jurídica',
      },
    ],
  },
  {
    description: 'Fortalecer el control del proceso de atención al cliente',
    activities: [
      {
        description: 'Seguimiento mensual a las acciones de mejora abiertas',
        start: '02-01',
        end: '12-15',
        weight: 15,
        indicator: 'Acciones abiertas con seguimiento del mes',
        target: '100 % de las acciones abiertas',
        responsible: QUALITY_LEAD,
        pace: 1,
        evidence: 'Matriz de seguimiento de acciones de mejora',
      },
      {
        description: 'Revisión del mapa de riesgos del proceso',
        start: '06-01',
        end: '09-30',
        weight: 10,
        indicator: 'Mapa de riesgos revisado',
        target: '1 revisión anual',
        responsible: 'subsidios',
        pace: 0.9,
        evidence: 'Mapa de riesgos con sus controles revisados',
      },
      {
        description: 'Publicación del informe semestral de PQRS (Ley 1474 de 2011, art. 76)',
        start: '07-01',
        end: '07-31',
        weight: 5,
        indicator: 'Informe publicado en la página web',
        target: '1 informe',
        responsible: 'atencion1',
        pace: 1,
        evidence: 'Enlace de publicación del informe',
      },
    ],
  },
];

const REJECTION_REASONS: readonly string[] = [
  'La evidencia no muestra el avance reportado: adjunte las actas del mes.',
  'El porcentaje no corresponde al indicador: revise la meta y vuelva a reportar.',
];

/** Progress in steps of 5 %, as the office reports it. */
function roundedProgress(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value / 5) * 5));
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The last day of each month from `from`'s month through `to`'s. */
function monthEnds(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const ends: CalendarDate[] = [];
  for (let first = `${from.slice(0, 7)}-01`; first <= to; first = addCalendarMonths(first, 1)) {
    ends.push(addCalendarDays(addCalendarMonths(first, 1), -1));
  }
  return ends;
}

/**
 * The plan of the demo's last calendar year only: a plan is one stream per year, and a demo year appended
 * with --force after another ends in a later calendar year, so two runs never load the same year's plan.
 */
export function planActionPlan(context: PlanningPlanContext): PlannedStep[] {
  return planYear(context, yearOf(context.until));
}

function planYear(context: PlanningPlanContext, year: number): PlannedStep[] {
  const { days } = context;
  const random = context.random(`action-plan-${year}`);
  const subject = `action-plan:${year}`;
  const key = (name: string) => `${subject}:${name}`;
  const steps: PlannedStep[] = [];
  const step = (
    at: Instant,
    actor: StaffKey,
    build: (ids: PlanningSeedIds) => PlanningSeedCommand['command'],
  ) =>
    steps.push({
      at,
      actor,
      subject,
      command: {
        type: 'RunPlanningCommand',
        aggregate: 'ACTION_PLAN',
        build: (ids) => ({ id: String(year), command: build(ids) }),
      },
    });

  // Loaded on the first office day from 10 January (or from the demo's first day), a few minutes apart.
  const createdOn = days.onOrAfter(context.from > `${year}-01-10` ? context.from : `${year}-01-10`);
  let minute = 8 * 60 + 30;
  const next = () => bogotaInstant(createdOn, (minute += 4));
  step(next(), COORDINATOR, () => ({
    type: 'CreateActionPlan',
    data: { year, title: `Plan de acción de Atención al Cliente ${year}` },
  }));
  GOALS.forEach((goal, goalIndex) => {
    step(next(), COORDINATOR, (ids) => ({
      type: 'AddPlanGoal',
      data: { goalId: ids.planningId(key(`goal:${goalIndex}`)), description: goal.description },
    }));
  });
  const activities = GOALS.flatMap((goal, goalIndex) =>
    goal.activities.map((activity) => ({ ...activity, goalIndex })),
  );
  activities.forEach((activity, index) => {
    step(next(), COORDINATOR, (ids) => ({
      type: 'AddPlanActivity',
      data: {
        activityId: ids.planningId(key(`activity:${index}`)),
        goalId: ids.planningId(key(`goal:${activity.goalIndex}`)),
        description: activity.description,
        responsibleId: ids.staffId(activity.responsible),
        startDate: `${year}-${activity.start}`,
        endDate: `${year}-${activity.end}`,
        weight: activity.weight,
        indicator: activity.indicator,
        target: activity.target,
      },
    }));
  });

  activities.forEach((activity, index) => {
    const start = `${year}-${activity.start}`;
    const end = `${year}-${activity.end}`;
    const reporter = activity.responsible;
    let approved = 0;
    let reports = 0;
    // Nothing can be reported before the plan exists: the first report after it catches up.
    let earliest = days.after(createdOn, 1);
    // Month ends before the plan existed are caught up by the first report after it.
    const ends = monthEnds(start, end);
    const firstAfter = ends.findIndex((monthEnd) => monthEnd >= createdOn);
    const kept = ends.slice(firstAfter === -1 ? ends.length - 1 : Math.max(0, firstAfter - 1));
    for (const monthEnd of kept) {
      const elapsed = Math.min(1, Math.max(0, daysBetween(start, monthEnd) / daysBetween(start, end)));
      const progress = roundedProgress(100 * elapsed * activity.pace);
      if (progress <= approved) continue;
      let reportedOn = days.onOrAfter(addCalendarDays(monthEnd, 1 + (index % 5)));
      if (reportedOn < earliest) reportedOn = earliest;
      const reviewer: StaffKey =
        reporter === QUALITY_LEAD ? COORDINATOR : random.chance(0.5) ? COORDINATOR : QUALITY_LEAD;
      const file = (on: CalendarDate) => {
        const reportKey = key(`activity:${index}:report:${reports++}`);
        step(days.instant(on, random), reporter, (ids) => ({
          type: 'ReportActivityProgress',
          data: {
            reportId: ids.planningId(reportKey),
            activityId: ids.planningId(key(`activity:${index}`)),
            progressPercent: progress,
            note: `Avance acumulado del ${progress} % en «${activity.indicator.toLowerCase()}».`,
            evidence: `${activity.evidence} (corte ${on.slice(0, 7)})`,
          },
        }));
        return reportKey;
      };
      let reportKey = file(reportedOn);
      let reviewedOn = days.after(reportedOn, random.integer(1, 2));
      if (random.chance(0.1)) {
        const rejected = reportKey;
        const reason = random.pick(REJECTION_REASONS);
        step(days.instant(reviewedOn, random), reviewer, (ids) => ({
          type: 'RejectActivityProgress',
          data: { reportId: ids.planningId(rejected), reason },
        }));
        reportedOn = days.after(reviewedOn, 2);
        reportKey = file(reportedOn);
        reviewedOn = days.after(reportedOn, 1);
      }
      const toApprove = reportKey;
      step(days.instant(reviewedOn, random), reviewer, (ids) => ({
        type: 'ApproveActivityProgress',
        data: { reportId: ids.planningId(toApprove) },
      }));
      approved = progress;
      earliest = days.after(reviewedOn, 1);
    }
  });
  return steps;
}
