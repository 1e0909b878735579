// Informe de solicitudes de acceso a la información (Ley 1712 de 2014; Decreto 103 de 2015, art. 52):
// of the requests for information received in the period, as they stood at the as-of instant, how many
// were received, how many transferred to another entity, the response time of each, and how many
// denied access, and on which legal ground (layout 6); from layout 9 each denial, with the exception it
// invoked, its ground, the norm that establishes it and whether a public version of the rest was delivered
// (Ley 1712 de 2014, arts. 18, 19, 21, 28; Ley 1755 de 2015, art. 25). "A tiempo" follows the office's
// timeliness rule, as the Informe de PQRS does.
import { ACCESS_EXCEPTION_LABELS } from '../../../domain/pqrs/access-denial.js';
import {
  ACCESS_DECISIONS_WITH_GROUND,
  ACCESS_DENIAL_GROUNDS,
  type AccessDecision,
} from '../../../domain/pqrs/events.js';
import {
  ACCESS_DECISION_LABELS,
  ACCESS_DENIAL_GROUND_LABELS,
  ACCESS_DENIAL_GROUND_NOT_RECORDED,
  PQRS_STATUS_LABELS,
} from '../../../domain/pqrs/labels.js';
import { bogotaDateOf } from '../../../domain/shared/time.js';
import type { ReportCase } from '../read-models/report-source-projections.js';
import type { ReportDocument, ReportTable } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { answeredOnTimeUnder, isOpen, isOverdue, TIMELINESS_RULE_LINES } from './pqrs-report.js';
import { asListing, averageOf, type ReportInput } from './report-input.js';

export async function buildAccessToInformationReport(
  input: ReportInput,
  sources: ReportSources,
): Promise<ReportDocument> {
  const requests = (await sources.casesReceivedIn(input.period, input.asOf)).filter(
    (reportCase) => reportCase.kind === 'INFORMATION_REQUEST',
  );
  const asOfDay = bogotaDateOf(input.asOf);
  const answered = requests.filter((request) => request.answeredOn !== null);
  const onTime = (request: ReportCase) => answeredOnTimeUnder(input.timelinessOn, request, asOfDay);
  const decided = (decision: string) =>
    answered.filter((request) => request.accessDecision === decision).length;
  return {
    kind: 'ACCESS_TO_INFORMATION',
    title: 'Informe de solicitudes de acceso a la información',
    legalBasis: 'Ley 1712 de 2014; Decreto 103 de 2015, artículo 52',
    entityName: input.entityName,
    officeName: input.officeName,
    period: input.period,
    asOf: input.asOf,
    sections: [
      {
        type: 'figures',
        title: 'Resumen del periodo',
        items: [
          { label: 'Solicitudes de información recibidas', value: requests.length, format: 'integer' },
          {
            label: 'Trasladadas a otra entidad',
            value: requests.filter((request) => request.status === 'TRANSFERRED').length,
            format: 'integer',
          },
          { label: 'Respondidas', value: answered.length, format: 'integer' },
          { label: ACCESS_DECISION_LABELS.GRANTED, value: decided('GRANTED'), format: 'integer' },
          {
            label: ACCESS_DECISION_LABELS.PARTIALLY_GRANTED,
            value: decided('PARTIALLY_GRANTED'),
            format: 'integer',
          },
          { label: ACCESS_DECISION_LABELS.DENIED, value: decided('DENIED'), format: 'integer' },
          ...(input.layout >= 9 ? denialFigures(answered) : []),
          {
            label: 'Respondidas sin decisión de acceso registrada',
            value: answered.filter((request) => request.accessDecision === null).length,
            format: 'integer',
          },
          {
            label: 'Respondidas fuera de término',
            value: answered.filter((request) => onTime(request) === false).length,
            format: 'integer',
          },
          {
            label: 'Tiempo promedio de respuesta (días hábiles)',
            value: averageOf(answered.map((request) => request.businessDaysTaken ?? 0)),
            format: 'decimal',
            decimals: 1,
          },
          { label: 'Pendientes al corte', value: requests.filter(isOpen).length, format: 'integer' },
          {
            label: 'Vencidas sin respuesta al corte',
            value: requests.filter((request) => isOverdue(request, asOfDay)).length,
            format: 'integer',
          },
        ],
      },
      asListing(
        {
          type: 'table',
          title: 'Tiempo de respuesta de cada solicitud',
          columns: [
            { key: 'radicado', header: 'Radicado', format: 'text' },
            { key: 'receivedOn', header: 'Radicada', format: 'date' },
            { key: 'dueDate', header: 'Vence', format: 'date' },
            { key: 'status', header: 'Estado al corte', format: 'text' },
            { key: 'answeredOn', header: 'Respondida', format: 'date' },
            { key: 'businessDaysTaken', header: 'Días hábiles', format: 'integer' },
            { key: 'onTime', header: 'A tiempo', format: 'boolean' },
            { key: 'accessDecision', header: 'Decisión sobre el acceso', format: 'text' },
            ...(input.layout >= 6
              ? [{ key: 'accessDenialGround', header: 'Fundamento legal', format: 'text' as const }]
              : []),
            { key: 'transferredTo', header: 'Trasladada a', format: 'text' },
          ],
          rows: requests.map((request) => ({
            radicado: request.radicado,
            receivedOn: request.receivedOn,
            dueDate: request.dueDate,
            status: PQRS_STATUS_LABELS[request.status],
            answeredOn: request.answeredOn,
            businessDaysTaken: request.businessDaysTaken,
            onTime: onTime(request),
            accessDecision:
              request.accessDecision === null ? null : ACCESS_DECISION_LABELS[request.accessDecision],
            ...(input.layout >= 6 ? { accessDenialGround: groundOf(request) } : {}),
            transferredTo: request.transferredTo,
          })),
          note:
            'Término legal: 10 días hábiles (Ley 1755 de 2015, art. 14). Las solicitudes trasladadas por competencia terminan con el traslado.' +
            (input.layout >= 4 ? ` ${TIMELINESS_RULE_LINES[input.timelinessOn]}` : ''),
        },
        input.layout,
      ),
      ...(input.layout >= 6 ? [denialsByGroundTable(answered)] : []),
      ...(input.layout >= 9 ? [asListing(denialsListing(answered), input.layout)] : []),
    ],
  };
}

/** Layout 9: the denials counted by the exception they invoked (arts. 18 and 19) and by public version. */
function denialFigures(answered: readonly ReportCase[]) {
  const denials = answered.filter(withholds);
  return [
    {
      label: 'Negaciones por información clasificada (art. 18)',
      value: denials.filter((request) => request.accessException === 'CLASSIFIED').length,
      format: 'integer' as const,
    },
    {
      label: 'Negaciones por información reservada (art. 19)',
      value: denials.filter((request) => request.accessException === 'RESERVED').length,
      format: 'integer' as const,
    },
    {
      label: 'Negaciones con versión pública del resto entregada (art. 21)',
      value: denials.filter((request) => request.publicVersionDelivered === true).length,
      format: 'integer' as const,
    },
  ];
}

/**
 * Layout 9: each denial, total or partial, in the order answered: what Ley 1712 asks the entity to show
 * of it (the exception and its ground, the norm, the public version); "No registrado" for what a denial
 * recorded before these facts were kept did not record.
 */
function denialsListing(answered: readonly ReportCase[]): ReportTable {
  const denials = answered
    .filter(withholds)
    .sort(
      (left, right) =>
        (left.answeredOn ?? '').localeCompare(right.answeredOn ?? '') ||
        left.radicado.localeCompare(right.radicado),
    );
  return {
    type: 'table',
    title: 'Negaciones del acceso, una por una',
    columns: [
      { key: 'radicado', header: 'Radicado', format: 'text' },
      { key: 'answeredOn', header: 'Respondida', format: 'date' },
      { key: 'accessDecision', header: 'Decisión sobre el acceso', format: 'text' },
      { key: 'accessException', header: 'Excepción invocada', format: 'text' },
      { key: 'accessDenialGround', header: 'Fundamento legal', format: 'text' },
      { key: 'accessDenialProvision', header: 'Norma que establece la excepción', format: 'text' },
      { key: 'publicVersionDelivered', header: 'Versión pública entregada (art. 21)', format: 'boolean' },
    ],
    rows: denials.map((request) => ({
      radicado: request.radicado,
      answeredOn: request.answeredOn,
      accessDecision: ACCESS_DECISION_LABELS[request.accessDecision!],
      accessException:
        (request.accessException ?? null) === null
          ? ACCESS_DENIAL_GROUND_NOT_RECORDED
          : ACCESS_EXCEPTION_LABELS[request.accessException!],
      accessDenialGround: groundOf(request),
      accessDenialProvision: request.accessDenialProvision ?? ACCESS_DENIAL_GROUND_NOT_RECORDED,
      publicVersionDelivered: request.publicVersionDelivered ?? null,
    })),
    note: 'Cada negación, total o parcial, de las solicitudes respondidas del periodo: la excepción (art. 18: información clasificada; art. 19: reservada), la norma que la establece, citada en la decisión motivada (Ley 1755 de 2015, art. 25), y si se entregó una versión pública del resto (art. 21). La entidad carga con la prueba del daño (Ley 1712 de 2014, art. 28).',
  };
}

/** Whether the answer withheld information, in whole or in part: it must state a legal ground. */
function withholds(request: ReportCase): boolean {
  return request.accessDecision !== null && ACCESS_DECISIONS_WITH_GROUND.includes(request.accessDecision);
}

/** The ground's name for a denial; "No registrado" for a denial recorded before grounds were. */
function groundOf(request: ReportCase): string | null {
  if (!withholds(request)) return null;
  const ground = request.accessDenialGround ?? null;
  return ground === null ? ACCESS_DENIAL_GROUND_NOT_RECORDED : ACCESS_DENIAL_GROUND_LABELS[ground];
}

/**
 * The denials, total and partial, counted by the exception of Ley 1712 they invoked (arts. 18 and 19),
 * every ground listed (a zero says it was not invoked), then the denials with none recorded, and a total.
 */
function denialsByGroundTable(answered: readonly ReportCase[]): ReportTable {
  const denials = answered.filter(withholds);
  const count = (decision: AccessDecision, ground: string | null) =>
    denials.filter(
      (request) => request.accessDecision === decision && (request.accessDenialGround ?? null) === ground,
    ).length;
  const rowOf = (label: string, ground: string | null) => {
    const denied = count('DENIED', ground);
    const partially = count('PARTIALLY_GRANTED', ground);
    return { ground: label, denied, partially, total: denied + partially };
  };
  const unrecorded = rowOf(ACCESS_DENIAL_GROUND_NOT_RECORDED, null);
  const rows = [
    ...ACCESS_DENIAL_GROUNDS.map((ground) => rowOf(ACCESS_DENIAL_GROUND_LABELS[ground], ground)),
    ...(unrecorded.total > 0 ? [unrecorded] : []),
  ];
  const deniedTotal = rows.reduce((sum, row) => sum + row.denied, 0);
  const partiallyTotal = rows.reduce((sum, row) => sum + row.partially, 0);
  return {
    type: 'table',
    title: 'Negaciones del acceso por fundamento legal',
    columns: [
      { key: 'ground', header: 'Fundamento legal (Ley 1712 de 2014)', format: 'text' },
      { key: 'denied', header: ACCESS_DECISION_LABELS.DENIED, format: 'integer' },
      { key: 'partially', header: ACCESS_DECISION_LABELS.PARTIALLY_GRANTED, format: 'integer' },
      { key: 'total', header: 'Total', format: 'integer' },
    ],
    rows: [
      ...rows,
      {
        ground: 'Total',
        denied: deniedTotal,
        partially: partiallyTotal,
        total: deniedTotal + partiallyTotal,
      },
    ],
    note: 'Art. 18: información exceptuada por daño a los derechos de personas naturales o jurídicas; art. 19: por daño a los intereses públicos. Cuenta las solicitudes respondidas del periodo con el acceso negado o concedido parcialmente.',
  };
}
