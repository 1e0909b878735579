// Contraloría export: one row per PQRS received in the period, as it stood at the as-of instant. The
// Contraloría Departamental's format changes with its resolutions, so which fields go out, in which order
// and under which headers is configuration (config/contraloria-columns.json by default); the mapping in
// force travels with the issued report, so it regenerates with the columns it had. "Respondida a tiempo"
// follows the office's timeliness rule (the answer's date, or the notification date).
import {
  ACCESS_DECISION_LABELS,
  LATE_ENTRY_FACT_LABELS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  UNASSIGNED_DEPENDENCY_LABEL,
} from '../../../domain/pqrs/labels.js';
import { bogotaDateOf, type CalendarDate } from '../../../domain/shared/time.js';
import type { ReportCase } from '../read-models/report-source-projections.js';
import type { ReportColumn, ReportDocument, ReportValue, ValueFormat } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { answeredOnTimeUnder, isOverdue, lateEntriesOf, printedNotificationDate } from './pqrs-report.js';
import { asListing, type ReportInput, type TimelinessRule } from './report-input.js';

/** What a field's value may depend on besides the case: the as-of day and the timeliness rule. */
interface ExportContext {
  readonly asOfDay: CalendarDate;
  readonly timelinessOn: TimelinessRule;
}

interface ExportField {
  readonly format: ValueFormat;
  readonly value: (reportCase: ReportCase, context: ExportContext) => ReportValue;
}

/** Every field a column may name. */
export const CONTRALORIA_FIELDS = {
  radicado: { format: 'text', value: (c) => c.radicado },
  receivedOn: { format: 'date', value: (c) => c.receivedOn },
  receivedAt: { format: 'instant', value: (c) => c.receivedAt },
  kind: { format: 'text', value: (c) => PQRS_KIND_LABELS[c.kind] },
  kindCode: { format: 'text', value: (c) => c.kind },
  channel: { format: 'text', value: (c) => PQRS_CHANNEL_LABELS[c.channel] },
  subject: { format: 'text', value: (c) => c.subject },
  dependency: { format: 'text', value: (c) => c.dependency ?? UNASSIGNED_DEPENDENCY_LABEL },
  status: { format: 'text', value: (c) => PQRS_STATUS_LABELS[c.status] },
  dueDate: { format: 'date', value: (c) => c.dueDate },
  answeredOn: { format: 'date', value: (c) => c.answeredOn },
  /** The day the answer was notified as known at the as-of instant, or "Pendiente de notificar". */
  answerNotifiedOn: { format: 'dateOrNote', value: (c) => printedNotificationDate(c) },
  businessDaysTaken: { format: 'integer', value: (c) => c.businessDaysTaken },
  // Empty when the answer is not notified yet and still within its term (NOTIFIED): not decided yet.
  onTime: {
    format: 'boolean',
    value: (c, { asOfDay, timelinessOn }) => answeredOnTimeUnder(timelinessOn, c, asOfDay),
  },
  overdue: { format: 'boolean', value: (c, { asOfDay }) => isOverdue(c, asOfDay) },
  extensions: { format: 'integer', value: (c) => c.extensions },
  informationRequests: { format: 'integer', value: (c) => c.informationRequests },
  transferredTo: { format: 'text', value: (c) => c.transferredTo },
  accessDecision: {
    format: 'text',
    value: (c) => (c.accessDecision === null ? null : ACCESS_DECISION_LABELS[c.accessDecision]),
  },
  prioritized: { format: 'boolean', value: (c) => c.prioritized },
  lateEntry: {
    format: 'text',
    value: (c) =>
      lateEntriesOf(c).length === 0
        ? 'No'
        : lateEntriesOf(c)
            .map(
              (entry) =>
                `${LATE_ENTRY_FACT_LABELS[entry.fact]}, ${entry.businessDaysLate} días hábiles después`,
            )
            .join('; '),
  },
} satisfies Record<string, ExportField>;
export type ContraloriaField = keyof typeof CONTRALORIA_FIELDS;

export interface ContraloriaColumn {
  readonly field: ContraloriaField;
  readonly header: string;
}

export function isContraloriaField(field: string): field is ContraloriaField {
  return Object.hasOwn(CONTRALORIA_FIELDS, field);
}

export async function buildContraloriaExport(
  input: ReportInput,
  sources: ReportSources,
  columns: readonly ContraloriaColumn[],
): Promise<ReportDocument> {
  const cases = await sources.casesReceivedIn(input.period, input.asOf);
  const context: ExportContext = { asOfDay: bogotaDateOf(input.asOf), timelinessOn: input.timelinessOn };
  const reportColumns: ReportColumn[] = columns.map((column, index) => ({
    // Keys by position: the same field may go out twice under two headers.
    key: `c${index}`,
    header: column.header,
    format: CONTRALORIA_FIELDS[column.field].format,
  }));
  return {
    kind: 'CONTRALORIA',
    layout: 'dataset',
    title: 'Relación de PQRS para la Contraloría de Cundinamarca',
    legalBasis: 'Rendición de cuentas a la Contraloría de Cundinamarca (formato según la resolución vigente)',
    entityName: input.entityName,
    officeName: input.officeName,
    period: input.period,
    asOf: input.asOf,
    sections: [
      asListing(
        {
          type: 'table',
          title: 'PQRS recibidas en el periodo',
          columns: reportColumns,
          rows: [...cases]
            .sort((left, right) => (left.radicado < right.radicado ? -1 : 1))
            .map((reportCase) =>
              Object.fromEntries(
                columns.map((column, index) => [
                  `c${index}`,
                  CONTRALORIA_FIELDS[column.field].value(reportCase, context),
                ]),
              ),
            ),
        },
        input.layout,
      ),
    ],
  };
}
