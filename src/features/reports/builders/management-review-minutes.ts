// Acta de revisión por la dirección (ISO 9001:2015 9.3): each management review whose meeting falls in
// the period, as its record stood at the as-of instant — the meeting, the inputs put before the committee
// (9.3.2) exactly as they were assembled when the review was opened, the decisions taken (9.3.3) and the
// conclusions of the approved minutes. The inputs are the review's own record, not figures recomputed
// today, so the minutes show what the committee saw.
import { ACTION_SOURCE_LABELS } from '../../../domain/improvement-action/labels.js';
import type { ActionSourceKind } from '../../../domain/improvement-action/events.js';
import { DECISION_KIND_LABELS } from '../../../domain/management-review/labels.js';
import { PQRS_KIND_LABELS } from '../../../domain/pqrs/labels.js';
import type { PqrsKind } from '../../../domain/pqrs/events.js';
import { RISK_ZONE_LABELS, type RiskZone } from '../../../domain/planning/risk-rating.js';
import { spanishDate } from '../../../domain/shared/time.js';
import type { ManagementReviewDocument } from '../../planning/index.js';
import type { ReportDocument, ReportSection } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import type { ReportInput } from './report-input.js';

const NOT_AVAILABLE = 'No disponible al abrir la revisión';

export async function buildManagementReviewMinutes(
  input: ReportInput,
  sources: ReportSources,
): Promise<ReportDocument> {
  const reviews = await sources.managementReviewsHeldIn(input.period, input.asOf);
  const sections: ReportSection[] =
    reviews.length === 0
      ? [
          {
            type: 'text',
            title: 'Revisiones por la dirección',
            paragraphs: [
              'No hay revisiones por la dirección con reunión en el periodo, registradas al corte.',
            ],
          },
        ]
      : reviews.flatMap(sectionsOf);
  return {
    kind: 'MANAGEMENT_REVIEW_MINUTES',
    title: 'Acta de revisión por la dirección',
    legalBasis: 'NTC ISO 9001:2015, numeral 9.3; Modelo Estándar de Control Interno (MECI)',
    entityName: input.entityName,
    officeName: input.officeName,
    period: input.period,
    asOf: input.asOf,
    sections,
  };
}

function sectionsOf(review: ManagementReviewDocument): ReportSection[] {
  const heading = `Revisión del ${spanishDate(review.meetingDate)}`;
  const { inputs } = review;
  const plan = inputs.actionPlan;
  const risks = inputs.riskMonitoring;
  return [
    {
      type: 'figures',
      title: `${heading}: ${review.title}`,
      items: [
        { label: 'Fecha de la reunión', value: review.meetingDate, format: 'date' },
        {
          label: 'Periodo revisado',
          value: `${spanishDate(review.periodFrom)} a ${spanishDate(review.periodTo)}`,
          format: 'text',
        },
        { label: 'Asistentes registrados', value: review.attendeeIds.length, format: 'integer' },
        {
          label: 'Estado del acta',
          value: review.status === 'CLOSED' ? 'Aprobada' : 'En elaboración',
          format: 'text',
        },
        { label: 'Acta aprobada el', value: review.closedOn, format: 'date' },
      ],
    },
    {
      type: 'figures',
      title: `${heading} — entradas (9.3.2), reunidas al abrir la revisión`,
      items: [
        { label: 'Corte de las entradas', value: inputs.assembledAt, format: 'instant' },
        { label: 'PQRS recibidas en el periodo', value: inputs.pqrs.received, format: 'integer' },
        { label: 'PQRS respondidas en el periodo', value: inputs.pqrs.answered, format: 'integer' },
        { label: 'Respondidas a tiempo', value: inputs.pqrs.answeredOnTime, format: 'integer' },
        { label: 'Oportunidad en la respuesta', value: inputs.pqrs.onTimeRate, format: 'percent' },
        {
          label: 'Tiempo promedio de respuesta (días hábiles)',
          value: inputs.pqrs.averageResponseBusinessDays,
          format: 'decimal',
          decimals: 1,
        },
        { label: 'PQRS abiertas al corte', value: inputs.pqrs.open, format: 'integer' },
        { label: 'PQRS vencidas al corte', value: inputs.pqrs.overdue, format: 'integer' },
        {
          label: 'Informe de PQRS del periodo',
          value:
            inputs.pqrsReport === null
              ? 'No se había expedido'
              : `${spanishDate(inputs.pqrsReport.from)} a ${spanishDate(inputs.pqrsReport.to)}, hash ${inputs.pqrsReport.contentHash}`,
          format: 'text',
        },
        {
          label: 'Encuestas de satisfacción respondidas',
          value: inputs.satisfaction.responses,
          format: 'integer',
        },
        {
          label: 'Índice de satisfacción',
          value: inputs.satisfaction.satisfactionIndex,
          format: 'percent',
        },
        {
          label: 'Acciones de mejora formuladas en el periodo',
          value: inputs.improvementActions.formulated,
          format: 'integer',
        },
        {
          label: 'Acciones cerradas eficaces / no eficaces',
          value: `${inputs.improvementActions.closedEffective} / ${inputs.improvementActions.closedNotEffective}`,
          format: 'text',
        },
        {
          label: 'Eficacia de las acciones cerradas',
          value: inputs.improvementActions.effectivenessRate,
          format: 'percent',
        },
        {
          label: 'Acciones de mejora abiertas al corte',
          value: inputs.improvementActions.open.length,
          format: 'integer',
        },
        plan === null
          ? { label: 'Ejecución del plan de acción', value: NOT_AVAILABLE, format: 'text' }
          : {
              label: `Ejecución del plan de acción ${plan.year}`,
              value: plan.executionPercent / 100,
              format: 'percent',
            },
        {
          label: 'Actividades del plan (completadas / total / vencidas)',
          value:
            plan === null ? NOT_AVAILABLE : `${plan.completed} / ${plan.activities} / ${plan.overdue.length}`,
          format: 'text',
        },
        {
          label: 'Riesgos por zona residual',
          value:
            risks === null
              ? NOT_AVAILABLE
              : risks.byResidualZone
                  .map(({ zone, count }) => `${RISK_ZONE_LABELS[zone as RiskZone] ?? zone}: ${count}`)
                  .join('; '),
          format: 'text',
        },
      ],
    },
    {
      type: 'table',
      title: `${heading} — PQRS recibidas por tipo`,
      columns: [
        { key: 'kind', header: 'Tipo', format: 'text' },
        { key: 'count', header: 'Recibidas', format: 'integer' },
      ],
      rows: inputs.pqrs.byKind.map(({ kind, count }) => ({
        kind: PQRS_KIND_LABELS[kind as PqrsKind] ?? kind,
        count,
      })),
    },
    {
      type: 'table',
      title: `${heading} — acciones de mejora abiertas al corte`,
      columns: [
        { key: 'actionId', header: 'Acción', format: 'text' },
        { key: 'source', header: 'Origen', format: 'text' },
        { key: 'reference', header: 'Referencia', format: 'text' },
        { key: 'dueDate', header: 'Fecha límite', format: 'date' },
        { key: 'overdue', header: 'Vencida', format: 'boolean' },
      ],
      rows: inputs.improvementActions.open.map((action) => ({
        actionId: action.actionId,
        source: ACTION_SOURCE_LABELS[action.sourceKind as ActionSourceKind] ?? action.sourceKind,
        reference: action.sourceReference,
        dueDate: action.dueDate,
        overdue: action.overdue,
      })),
    },
    {
      type: 'table',
      title: `${heading} — monitoreo del mapa de riesgos al corte`,
      columns: [
        { key: 'name', header: 'Riesgo', format: 'text' },
        { key: 'zone', header: 'Zona residual', format: 'text' },
        { key: 'quarter', header: 'Último monitoreo', format: 'text' },
        { key: 'controlsEffective', header: 'Controles eficaces', format: 'boolean' },
        { key: 'materializations', header: 'Materializaciones en el periodo', format: 'integer' },
      ],
      rows: (risks?.risks ?? []).map((risk) => ({
        name: risk.name,
        zone: RISK_ZONE_LABELS[risk.residualZone as RiskZone] ?? risk.residualZone,
        quarter: risk.lastMonitoringQuarter,
        controlsEffective: risk.controlsEffective,
        materializations: risk.materializationsInPeriod,
      })),
    },
    {
      type: 'table',
      title: `${heading} — decisiones (9.3.3)`,
      columns: [
        { key: 'number', header: 'N.º', format: 'integer' },
        { key: 'kind', header: 'Tipo', format: 'text' },
        { key: 'description', header: 'Decisión', format: 'text' },
        { key: 'responsibleId', header: 'Responsable (cuenta)', format: 'text' },
        { key: 'dueDate', header: 'Fecha límite', format: 'date' },
        { key: 'improvementActionId', header: 'Acción de mejora formulada', format: 'text' },
      ],
      rows: review.decisions.map((decision) => ({
        number: decision.number,
        kind: DECISION_KIND_LABELS[decision.kind],
        description: decision.description,
        responsibleId: decision.responsibleId,
        dueDate: decision.dueDate,
        improvementActionId: decision.improvementActionId,
      })),
    },
    {
      type: 'text',
      title: `${heading} — conclusiones`,
      paragraphs: [
        review.conclusions === null ? 'El acta no había sido aprobada al corte.' : review.conclusions,
      ],
    },
  ];
}
