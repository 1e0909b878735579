// Informe de solicitudes de acceso a la información (Ley 1712 de 2014; Decreto 103 de 2015, art. 52):
// of the requests for information received in the period, as they stood at the as-of instant, how many
// were received, how many transferred to another entity, the response time of each, and how many
// denied access. "A tiempo" follows the office's timeliness rule, as the Informe de PQRS does.
import { ACCESS_DECISION_LABELS, PQRS_STATUS_LABELS } from '../../../domain/pqrs/labels.js';
import { bogotaDateOf } from '../../../domain/shared/time.js';
import type { ReportCase } from '../read-models/report-source-projections.js';
import type { ReportDocument } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { answeredOnTimeUnder, isOpen, isOverdue, TIMELINESS_RULE_LINES } from './pqrs-report.js';
import { averageOf, type ReportInput } from './report-input.js';

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
          transferredTo: request.transferredTo,
        })),
        note:
          'Término legal: 10 días hábiles (Ley 1755 de 2015, art. 14). Las solicitudes trasladadas por competencia terminan con el traslado.' +
          (input.layout >= 4 ? ` ${TIMELINESS_RULE_LINES[input.timelinessOn]}` : ''),
      },
    ],
  };
}
