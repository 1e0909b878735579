// Plans the year's two management reviews (revisión por la dirección, ISO 9001:2015 9.3), one for each
// half of the year: the quality lead opens each a few days after its period ends (the inputs are gathered as it
// opens), the committee meets two office days later and decides — the first review's second decision
// formulating an improvement action, recorded right after it — and the minutes are approved the next office
// day. Dates are plain arithmetic on the first day of the year; only the hours are drawn.
import type { ManagementReviewCommand } from '../../domain/management-review/index.js';
import type { ImprovementActionCommand } from '../../domain/improvement-action/index.js';
import { decisionReference } from '../../domain/management-review/index.js';
import { addCalendarDays, type CalendarDate, type Instant } from '../../domain/shared/time.js';
import { inputsToBeAssembled } from '../../features/planning/management-review/index.js';
import type { PlannedStep, PlanningSeedIds } from '../demo-plan.js';
import { COORDINATOR, QUALITY_LEAD } from '../demo-staff.js';
import type { PlanningPlanContext } from '../plan-planning.js';

interface PlannedDecision {
  readonly kind: 'IMPROVEMENT_OPPORTUNITY' | 'SYSTEM_CHANGE' | 'RESOURCE_NEED';
  readonly description: string;
  /** Days after the meeting it is due; null: no due date. */
  readonly dueInDays: number | null;
  /** The improvement action it formulates, if any. */
  readonly action: { readonly problem: string; readonly rootCause: string; readonly action: string } | null;
}

interface PlannedReview {
  readonly title: string;
  /** The period reviewed, in days from the first day of the year. */
  readonly periodStartDay: number;
  readonly periodEndDay: number;
  readonly decisions: readonly PlannedDecision[];
  readonly conclusions: string;
}

const REVIEWS: readonly PlannedReview[] = [
  {
    title: 'Primera revisión por la dirección del año: proceso de Atención al Cliente',
    periodStartDay: 0,
    periodEndDay: 180,
    decisions: [
      {
        kind: 'RESOURCE_NEED',
        description:
          'Habilitar un segundo puesto de radicación en la sede principal en las horas de mayor afluencia.',
        dueInDays: 90,
        action: null,
      },
      {
        kind: 'IMPROVEMENT_OPPORTUNITY',
        description: 'Mejorar la oportunidad de respuesta de los reclamos.',
        dueInDays: 60,
        action: {
          problem: 'Reclamos respondidos cerca del vencimiento del término o después de él.',
          rootCause:
            'Los reclamos de subsidios esperan la consulta a la dependencia sin un término interno fijado.',
          action:
            'Fijar un término interno de cinco días hábiles para las consultas a Subsidios y hacerle seguimiento semanal.',
        },
      },
    ],
    conclusions:
      'El sistema de gestión del proceso es conveniente y adecuado; su eficacia se ve afectada por la oportunidad de respuesta de los reclamos, para la cual se formula una acción de mejora.',
  },
  {
    title: 'Segunda revisión por la dirección del año: proceso de Atención al Cliente',
    periodStartDay: 181,
    periodEndDay: 330,
    decisions: [
      {
        kind: 'SYSTEM_CHANGE',
        description:
          'Actualizar el procedimiento de PQRS con el término interno de las consultas a las dependencias.',
        dueInDays: 45,
        action: null,
      },
      {
        kind: 'IMPROVEMENT_OPPORTUNITY',
        description:
          'Mantener la medición de satisfacción en todos los canales y presentar sus resultados por canal.',
        dueInDays: null,
        action: null,
      },
    ],
    conclusions:
      'El sistema de gestión del proceso es conveniente, adecuado y eficaz; se mantienen las metas de los indicadores para el próximo periodo.',
  },
];

function reviewStep(
  at: Instant,
  subject: string,
  build: (ids: PlanningSeedIds) => { readonly id: string; readonly command: ManagementReviewCommand },
): PlannedStep {
  return {
    at,
    actor: QUALITY_LEAD,
    subject,
    command: { type: 'RunPlanningCommand', aggregate: 'MANAGEMENT_REVIEW', build },
  };
}

export function planManagementReviews(context: PlanningPlanContext): PlannedStep[] {
  const { days, from, until } = context;
  const random = context.random('management-reviews');
  const steps: PlannedStep[] = [];
  REVIEWS.forEach((review, index) => {
    const key = `management-review:${index}`;
    const period: { from: CalendarDate; to: CalendarDate } = {
      from: addCalendarDays(from, review.periodStartDay),
      to: addCalendarDays(from, review.periodEndDay),
    };
    const openedOn = days.onOrAfter(addCalendarDays(period.to, 3));
    const meetingOn = days.after(openedOn, 2);
    const closedOn = days.after(meetingOn, 1);
    if (closedOn > until) return;
    const openedAt = days.instant(openedOn, random);
    steps.push(
      reviewStep(openedAt, key, (ids) => ({
        id: ids.planningId(key),
        command: {
          type: 'OpenManagementReview',
          data: {
            reviewId: ids.planningId(key),
            title: review.title,
            meetingDate: meetingOn,
            period,
            attendeeIds: [ids.staffId(QUALITY_LEAD), ids.staffId(COORDINATOR)],
            // Gathered by the look-ups from the read models as the review opens.
            inputs: inputsToBeAssembled(period, openedAt),
          },
        },
      })),
    );
    let last: Instant | undefined;
    review.decisions.forEach((decision, decisionIndex) => {
      const number = decisionIndex + 1;
      const dueDate = decision.dueInDays === null ? null : addCalendarDays(meetingOn, decision.dueInDays);
      const actionKey = `${key}/decision:${number}/action`;
      last = days.instant(meetingOn, random, last, 60);
      steps.push(
        reviewStep(last, key, (ids) => ({
          id: ids.planningId(key),
          command: {
            type: 'RecordReviewDecision',
            data: {
              kind: decision.kind,
              description: decision.description,
              responsibleId: ids.staffId(COORDINATOR),
              dueDate,
              improvementActionId: decision.action === null ? null : ids.planningId(actionKey),
            },
          },
        })),
      );
      const formulation = decision.action;
      if (formulation === null || dueDate === null) return;
      // The action the decision named, formulated right after it (source MANAGEMENT_REVIEW).
      last = days.instant(meetingOn, random, last, 30);
      steps.push({
        at: last,
        actor: QUALITY_LEAD,
        subject: key,
        command: {
          type: 'RunPlanningCommand',
          aggregate: 'MANAGEMENT_REVIEW_ACTION',
          build: (ids) => {
            const command: ImprovementActionCommand = {
              type: 'FormulateAction',
              data: {
                actionId: ids.planningId(actionKey),
                source: {
                  kind: 'MANAGEMENT_REVIEW',
                  reference: decisionReference(ids.planningId(key), number),
                },
                problem: formulation.problem,
                rootCause: formulation.rootCause,
                action: formulation.action,
                responsibleId: ids.staffId(COORDINATOR),
                dueDate,
                linkedAction: null,
              },
            };
            return { id: ids.planningId(actionKey), command };
          },
        },
      });
    });
    steps.push(
      reviewStep(days.instant(closedOn, random), key, (ids) => ({
        id: ids.planningId(key),
        command: {
          type: 'CloseManagementReview',
          data: { conclusions: review.conclusions, pendingActionIds: [] },
        },
      })),
    );
  });
  return steps;
}
