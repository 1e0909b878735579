// Informe de PQRS (Ley 1474 de 2011, art. 76; semiannual, or any period): the cases received in the
// period as they stood at the as-of instant — totals by kind, channel and dependency, on time against
// late, average and maximum business days, the backlog, the most frequent subjects and the improvement
// actions formulated from PQRS. The conclusions are the author's: the section is left for them.
// Timeliness follows the office's rule (report-input.ts, TimelinessRule): the answer's date, or the day the
// petitioner was notified of it as known at the as-of instant.
import { STORED_ACTION_STATUS_LABELS } from '../../../domain/improvement-action/labels.js';
import { PERSON_TYPES, PQRS_CHANNELS, PQRS_KINDS } from '../../../domain/pqrs/events.js';
import {
  PERSON_TYPE_LABELS,
  LATE_ENTRY_FACT_LABELS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  UNASSIGNED_DEPENDENCY_LABEL,
} from '../../../domain/pqrs/labels.js';
import {
  PERIOD_CLOSE_MEANING,
  PQRS_COHORT_FIGURE_NAMES,
  PQRS_FLOW_FIGURE_NAMES,
  PQRS_STOCK_FIGURE_NAMES,
} from '../../../domain/pqrs/figure-names.js';
import { bogotaDateOf, endOfBogotaDay, type CalendarDate } from '../../../domain/shared/time.js';
import { subjectKeyOf } from '../../faq/index.js';
import type { ImprovementActionDocument } from '../../improvement-actions/index.js';
import { OPEN_CASE_STATUSES, RUNNING_TERM_STATUSES } from '../../pqrs/index.js';
import type { ReportCase } from '../read-models/report-source-projections.js';
import type { ReportDocument, ReportSection, ReportTable } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import {
  averageOf,
  groupBy,
  maximumOf,
  shareOf,
  type ReportInput,
  type TimelinessRule,
} from './report-input.js';

export const TOP_SUBJECTS = 10;

/** What the report says of a set of cases at the as-of day. */
export interface CaseTally {
  readonly received: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** NOTIFIED only: answered, not notified by the as-of day and still within the term (not yet judged). */
  readonly answeredAwaitingJudgement: number;
  /** Answered and not notified by the as-of instant (whatever the rule). */
  readonly notNotified: number;
  /** Answered on time over answered whose timeliness is known (all of them under ANSWERED). */
  readonly onTimeRate: number | null;
  readonly averageBusinessDays: number | null;
  readonly maxBusinessDays: number | null;
  readonly transferred: number;
  readonly withdrawn: number;
  readonly open: number;
  readonly overdue: number;
  readonly extensions: number;
  readonly informationRequests: number;
  /** Facts of these cases recorded after the late-entry window (registro tardío). */
  readonly lateEntries: number;
}

export function isOpen(reportCase: ReportCase): boolean {
  return OPEN_CASE_STATUSES.includes(reportCase.status);
}

/** Open with the clock running and past its due date (due on the as-of day is still on time). */
export function isOverdue(reportCase: ReportCase, asOfDay: CalendarDate): boolean {
  return RUNNING_TERM_STATUSES.includes(reportCase.status) && reportCase.dueDate < asOfDay;
}

/** The notification date reports print: null before the answer, then the day, or the note it is pending. */
export const AWAITING_NOTICE = 'Pendiente de notificar';

/** The day the answer was notified as known at the as-of instant; null when not answered (or not yet told). */
export function answerNotifiedOn(reportCase: ReportCase): CalendarDate | null {
  // Versions written before notices were kept have no such field: nothing was notified through Ventanilla.
  return reportCase.answeredOn === null ? null : (reportCase.answerNotifiedOn ?? null);
}

/** The answer's notification date as printed: the day, "Pendiente de notificar", or null (no answer). */
export function printedNotificationDate(reportCase: ReportCase): string | null {
  if (reportCase.answeredOn === null) return null;
  return answerNotifiedOn(reportCase) ?? AWAITING_NOTICE;
}

/**
 * Whether the case was answered on time under the rule, as of the as-of day; null when it has no answer
 * or, under NOTIFIED, when its answer is not notified yet and the term has not run out (it may still be).
 * ANSWERED: the answer's day against the due date in force (as the domain recorded it). NOTIFIED: the
 * notification day against it; an answer not notified when the due date has passed is late.
 */
export function answeredOnTimeUnder(
  rule: TimelinessRule,
  reportCase: ReportCase,
  asOfDay: CalendarDate,
): boolean | null {
  if (reportCase.answeredOn === null) return null;
  if (rule === 'ANSWERED') return reportCase.answeredOnTime === true;
  const notifiedOn = answerNotifiedOn(reportCase);
  if (notifiedOn !== null) return notifiedOn <= reportCase.dueDate;
  return reportCase.dueDate < asOfDay ? false : null;
}

export function tallyCases(
  cases: readonly ReportCase[],
  asOfDay: CalendarDate,
  rule: TimelinessRule = 'ANSWERED',
): CaseTally {
  const answered = cases.filter((reportCase) => reportCase.answeredOn !== null);
  const judged = answered.map((reportCase) => answeredOnTimeUnder(rule, reportCase, asOfDay));
  const answeredOnTime = judged.filter((onTime) => onTime === true).length;
  const answeredLate = judged.filter((onTime) => onTime === false).length;
  const days = answered.map((reportCase) => reportCase.businessDaysTaken ?? 0);
  return {
    received: cases.length,
    answered: answered.length,
    answeredOnTime,
    answeredLate,
    answeredAwaitingJudgement: answered.length - answeredOnTime - answeredLate,
    notNotified: answered.filter((reportCase) => answerNotifiedOn(reportCase) === null).length,
    onTimeRate: shareOf(answeredOnTime, answeredOnTime + answeredLate),
    averageBusinessDays: averageOf(days),
    maxBusinessDays: maximumOf(days),
    transferred: cases.filter((reportCase) => reportCase.status === 'TRANSFERRED').length,
    withdrawn: cases.filter((reportCase) => reportCase.status === 'WITHDRAWN').length,
    open: cases.filter(isOpen).length,
    overdue: cases.filter((reportCase) => isOverdue(reportCase, asOfDay)).length,
    extensions: cases.reduce((sum, reportCase) => sum + reportCase.extensions, 0),
    informationRequests: cases.reduce((sum, reportCase) => sum + reportCase.informationRequests, 0),
    lateEntries: cases.reduce((sum, reportCase) => sum + lateEntriesOf(reportCase).length, 0),
  };
}

export async function buildPqrsReport(input: ReportInput, sources: ReportSources): Promise<ReportDocument> {
  const [cases, actions] = await Promise.all([
    sources.casesReceivedIn(input.period, input.asOf),
    sources.actionsFormulatedIn(input.period, input.asOf),
  ]);
  const asOfDay = bogotaDateOf(input.asOf);
  const judging: Judging = { asOfDay, rule: input.timelinessOn, layout: input.layout };
  const cohort = tallyCases(cases, asOfDay, judging.rule);
  const sections: ReportSection[] = [
    ...(input.layout >= 5
      ? [cohortSection(cohort, judging), await flowSection(input, sources, judging), READING_THE_FIGURES]
      : [summarySection(cohort, judging)]),
    ...(input.layout >= 4 ? [timelinessRuleSection(judging.rule)] : []),
    byKindTable(cases, judging),
    byChannelTable(cases),
    ...(input.layout >= 3 ? [byPersonTypeTable(cases)] : []),
    byDependencyTable(cases, judging),
    backlogTable(cases, asOfDay),
    ...(input.layout >= 4 ? [answersTable(cases, judging)] : []),
    ...(input.layout >= 2 ? [lateEntriesTable(cases)] : []),
    topSubjectsTable(cases),
    actionsFromPqrsTable(actions.filter((action) => action.sourceKind === 'PQRS')),
    conclusionsSection(input),
  ];
  return {
    kind: 'PQRS',
    title: 'Informe de peticiones, quejas, reclamos, sugerencias y denuncias (PQRS)',
    legalBasis: 'Ley 1474 de 2011, artículo 76; Ley 1755 de 2015',
    entityName: input.entityName,
    officeName: input.officeName,
    period: input.period,
    asOf: input.asOf,
    sections,
  };
}

/** How the report judges the answers: as of which day, under which rule, in which layout. */
interface Judging {
  readonly asOfDay: CalendarDate;
  readonly rule: TimelinessRule;
  readonly layout: number;
}

/** The line that says which day of an answer its timeliness was measured on. */
export const TIMELINESS_RULE_LINES: Readonly<Record<TimelinessRule, string>> = {
  ANSWERED: 'Oportunidad medida sobre la fecha de respuesta (VENTANILLA_TIMELINESS_ON=ANSWERED).',
  NOTIFIED: 'Oportunidad medida sobre la fecha de notificación (VENTANILLA_TIMELINESS_ON=NOTIFIED).',
};

function timelinessRuleSection(rule: TimelinessRule): ReportSection {
  const notified =
    'Fecha de notificación: el día en que el servidor de correo aceptó el aviso de la respuesta, en que se entregó a la empresa de correspondencia o en que se publicó en la consulta del radicado (peticiones anónimas), según lo registrado hasta la fecha de corte.';
  return {
    type: 'text',
    title: 'Criterio de oportunidad',
    paragraphs:
      rule === 'ANSWERED'
        ? [
            TIMELINESS_RULE_LINES.ANSWERED,
            'Una respuesta es oportuna si su fecha es igual o anterior a la fecha de vencimiento en vigor (con prórrogas y el reinicio del término por el art. 17).',
            notified,
          ]
        : [
            TIMELINESS_RULE_LINES.NOTIFIED,
            'Una respuesta es oportuna si se notificó a más tardar en la fecha de vencimiento en vigor (con prórrogas y el reinicio del término por el art. 17): respondida a tiempo y notificada después del vencimiento cuenta fuera de término.',
            'Una respuesta sin notificar al corte cuenta fuera de término si el vencimiento ya pasó; si aún está en término queda pendiente de notificar: no cuenta a tiempo ni fuera de término, ni entra en el cálculo de la oportunidad.',
            notified,
            'Los días hábiles de respuesta se cuentan hasta la fecha de respuesta.',
          ],
  };
}

function summarySection(tally: CaseTally, { layout, rule }: Judging): ReportSection {
  return {
    type: 'figures',
    title: 'Resumen del periodo',
    items: [
      { label: 'PQRS recibidas', value: tally.received, format: 'integer' },
      { label: 'Respondidas', value: tally.answered, format: 'integer' },
      { label: 'Respondidas a tiempo', value: tally.answeredOnTime, format: 'integer' },
      { label: 'Respondidas fuera de término', value: tally.answeredLate, format: 'integer' },
      { label: 'Oportunidad en la respuesta', value: tally.onTimeRate, format: 'percent' },
      {
        label: 'Tiempo promedio de respuesta (días hábiles)',
        value: tally.averageBusinessDays,
        format: 'decimal',
        decimals: 1,
      },
      { label: 'Tiempo máximo de respuesta (días hábiles)', value: tally.maxBusinessDays, format: 'integer' },
      { label: 'Trasladadas por competencia', value: tally.transferred, format: 'integer' },
      { label: 'Desistidas', value: tally.withdrawn, format: 'integer' },
      { label: 'Pendientes al corte', value: tally.open, format: 'integer' },
      { label: 'Vencidas sin respuesta al corte', value: tally.overdue, format: 'integer' },
      { label: 'Prórrogas concedidas', value: tally.extensions, format: 'integer' },
      {
        label: 'Requerimientos para completar (art. 17)',
        value: tally.informationRequests,
        format: 'integer',
      },
      ...(layout >= 2
        ? [
            {
              label: 'Hechos registrados con fecha anterior',
              value: tally.lateEntries,
              format: 'integer' as const,
            },
          ]
        : []),
      ...(layout >= 4
        ? [
            {
              label: 'Respondidas sin notificar al corte',
              value: tally.notNotified,
              format: 'integer' as const,
            },
            ...(rule === 'NOTIFIED'
              ? [
                  {
                    label: 'Respondidas en término pendientes de notificar',
                    value: tally.answeredAwaitingJudgement,
                    format: 'integer' as const,
                  },
                ]
              : []),
          ]
        : []),
    ],
  };
}

/**
 * Layout 5 on: the summary names each figure for what it counts (figure-names.ts) — the cases received in
 * the period, followed to the cut. The same figures as the summary before it, in the same order.
 */
function cohortSection(tally: CaseTally, judging: Judging): ReportSection {
  const summary = summarySection(tally, judging);
  if (summary.type !== 'figures') throw new Error('The summary is a list of figures');
  const renamed: Readonly<Record<string, string>> = {
    'PQRS recibidas': PQRS_COHORT_FIGURE_NAMES.received,
    Respondidas: PQRS_COHORT_FIGURE_NAMES.answered,
    'Respondidas a tiempo': PQRS_COHORT_FIGURE_NAMES.answeredOnTime,
    'Respondidas fuera de término': PQRS_COHORT_FIGURE_NAMES.answeredLate,
    'Oportunidad en la respuesta': PQRS_COHORT_FIGURE_NAMES.onTimeRate,
    'Pendientes al corte': PQRS_COHORT_FIGURE_NAMES.open,
    'Vencidas sin respuesta al corte': PQRS_COHORT_FIGURE_NAMES.overdue,
  };
  return {
    ...summary,
    items: summary.items.map((item) => ({ ...item, label: renamed[item.label] ?? item.label })),
  };
}

/**
 * Layout 5 on: what happened in the period whatever the day each case was filed — the answers given in it
 * (by the answer's date, as known at the cut) — and the stock at the close of its last day, as the record
 * stood then (or at the cut, if earlier): the figures the Tablero shows, under the same names.
 */
async function flowSection(
  input: ReportInput,
  sources: ReportSources,
  judging: Judging,
): Promise<ReportSection> {
  const periodClose = endOfBogotaDay(input.period.to);
  const stockInstant = periodClose < input.asOf ? periodClose : input.asOf;
  const [answered, openAtClose] = await Promise.all([
    sources.casesAnsweredIn(input.period, input.asOf),
    sources.casesOpenAt(input.period.to, stockInstant),
  ]);
  const flow = tallyCases(answered, judging.asOfDay, judging.rule);
  const stockDay = bogotaDateOf(stockInstant);
  return {
    type: 'figures',
    title: 'Movimiento del periodo',
    items: [
      { label: PQRS_FLOW_FIGURE_NAMES.answered, value: flow.answered, format: 'integer' },
      { label: PQRS_FLOW_FIGURE_NAMES.answeredOnTime, value: flow.answeredOnTime, format: 'integer' },
      { label: PQRS_FLOW_FIGURE_NAMES.answeredLate, value: flow.answeredLate, format: 'integer' },
      { label: PQRS_FLOW_FIGURE_NAMES.onTimeRate, value: flow.onTimeRate, format: 'percent' },
      { label: PQRS_STOCK_FIGURE_NAMES.open, value: openAtClose.length, format: 'integer' },
      {
        label: PQRS_STOCK_FIGURE_NAMES.overdue,
        value: openAtClose.filter((reportCase) => isOverdue(reportCase, stockDay)).length,
        format: 'integer',
      },
    ],
  };
}

/** Layout 5 on: the three ways of counting, said in words beside the figures. */
const READING_THE_FIGURES: ReportSection = {
  type: 'text',
  title: 'Cómo leer las cifras',
  paragraphs: [
    '«De las recibidas en el periodo»: las PQRS radicadas entre la fecha inicial y la final, con su estado a la fecha de corte del informe.',
    '«En el periodo, de cualquier fecha de radicación»: lo ocurrido entre la fecha inicial y la final, aunque la PQRS se haya radicado antes; las respuestas cuentan por su fecha.',
    `«Al cierre del periodo»: las PQRS abiertas en ese momento, de cualquier periodo, según lo registrado hasta entonces. ${PERIOD_CLOSE_MEANING}`,
  ],
};

const TALLY_COLUMNS: ReportTable['columns'] = [
  { key: 'received', header: 'Recibidas', format: 'integer' },
  { key: 'answered', header: 'Respondidas', format: 'integer' },
  { key: 'answeredOnTime', header: 'A tiempo', format: 'integer' },
  { key: 'answeredLate', header: 'Fuera de término', format: 'integer' },
  { key: 'onTimeRate', header: 'Oportunidad', format: 'percent' },
  { key: 'averageBusinessDays', header: 'Promedio días hábiles', format: 'decimal', decimals: 1 },
  { key: 'maxBusinessDays', header: 'Máximo días hábiles', format: 'integer' },
  { key: 'open', header: 'Pendientes', format: 'integer' },
  { key: 'overdue', header: 'Vencidas', format: 'integer' },
];

/** Layout 4 on: how many answers were not notified at the as-of instant. */
const NOT_NOTIFIED_COLUMN: ReportTable['columns'][number] = {
  key: 'notNotified',
  header: 'Sin notificar',
  format: 'integer',
};

function tallyColumns(layout: number): ReportTable['columns'] {
  return layout >= 4 ? [...TALLY_COLUMNS, NOT_NOTIFIED_COLUMN] : TALLY_COLUMNS;
}

/** A row's fields are part of the content hash: a layout only gets the fields of its own columns. */
function tallyRow(tally: CaseTally, layout: number): Record<string, number | null> {
  return layout >= 4 ? { ...tallyFields(tally), notNotified: tally.notNotified } : tallyFields(tally);
}

function tallyFields(tally: CaseTally): Record<string, number | null> {
  return {
    received: tally.received,
    answered: tally.answered,
    answeredOnTime: tally.answeredOnTime,
    answeredLate: tally.answeredLate,
    onTimeRate: tally.onTimeRate,
    averageBusinessDays: tally.averageBusinessDays,
    maxBusinessDays: tally.maxBusinessDays,
    open: tally.open,
    overdue: tally.overdue,
  };
}

function byKindTable(cases: readonly ReportCase[], judging: Judging): ReportTable {
  const groups = groupBy(cases, (reportCase) => reportCase.kind, PQRS_KINDS);
  return {
    type: 'table',
    title: 'Por tipo de solicitud',
    columns: [{ key: 'kind', header: 'Tipo', format: 'text' }, ...tallyColumns(judging.layout)],
    rows: [...groups].map(([kind, ofKind]) => ({
      kind: PQRS_KIND_LABELS[kind],
      ...tallyRow(tallyCases(ofKind, judging.asOfDay, judging.rule), judging.layout),
    })),
    note:
      judging.rule === 'NOTIFIED'
        ? 'Oportunidad: notificadas a tiempo sobre respondidas con la oportunidad ya definida (las pendientes de notificar en término no cuentan). Días hábiles contados desde la radicación (o desde el reinicio del término por el art. 17) hasta la respuesta.'
        : 'Oportunidad: respondidas a tiempo sobre respondidas. Días hábiles contados desde la radicación (o desde el reinicio del término por el art. 17) hasta la respuesta.',
  };
}

function byChannelTable(cases: readonly ReportCase[]): ReportTable {
  return sharesTable(cases, {
    title: 'Por canal de recepción',
    key: 'channel',
    header: 'Canal',
    groups: groupBy(cases, (reportCase) => reportCase.channel, PQRS_CHANNELS),
    labels: PQRS_CHANNEL_LABELS,
  });
}

function byPersonTypeTable(cases: readonly ReportCase[]): ReportTable {
  return {
    ...sharesTable(cases, {
      title: 'Por tipo de persona (anónimas incluidas)',
      key: 'personType',
      header: 'Tipo de persona',
      // Cases versioned before person types were kept were all filed by staff for a natural person.
      groups: groupBy(cases, (reportCase) => reportCase.personType ?? 'NATURAL', PERSON_TYPES),
      labels: PERSON_TYPE_LABELS,
    }),
    note: 'Anónimo: quejas y denuncias presentadas sin identificar a nadie (Ley 1474 de 2011, art. 76); su respuesta se consulta con el radicado y el código de acceso.',
  };
}

/** How many cases each group received and its share of all: one row per group, in the groups' order. */
function sharesTable<Key extends string>(
  cases: readonly ReportCase[],
  table: {
    readonly title: string;
    /** The group column's key: part of the report's content, so it stays as first issued. */
    readonly key: string;
    readonly header: string;
    readonly groups: Map<Key, ReportCase[]>;
    readonly labels: Readonly<Record<Key, string>>;
  },
): ReportTable {
  return {
    type: 'table',
    title: table.title,
    columns: [
      { key: table.key, header: table.header, format: 'text' },
      { key: 'received', header: 'Recibidas', format: 'integer' },
      { key: 'share', header: 'Participación', format: 'percent' },
    ],
    rows: [...table.groups].map(([key, ofGroup]) => ({
      [table.key]: table.labels[key],
      received: ofGroup.length,
      share: shareOf(ofGroup.length, cases.length),
    })),
  };
}

function byDependencyTable(cases: readonly ReportCase[], judging: Judging): ReportTable {
  const groups = groupBy(cases, (reportCase) => reportCase.dependency ?? UNASSIGNED_DEPENDENCY_LABEL);
  return {
    type: 'table',
    title: 'Por dependencia',
    columns: [{ key: 'dependency', header: 'Dependencia', format: 'text' }, ...tallyColumns(judging.layout)],
    rows: [...groups].map(([dependency, ofDependency]) => ({
      dependency,
      ...tallyRow(tallyCases(ofDependency, judging.asOfDay, judging.rule), judging.layout),
    })),
  };
}

function backlogTable(cases: readonly ReportCase[], asOfDay: CalendarDate): ReportTable {
  return {
    type: 'table',
    title: 'Casos pendientes al corte (rezago)',
    columns: [
      { key: 'radicado', header: 'Radicado', format: 'text' },
      { key: 'kind', header: 'Tipo', format: 'text' },
      { key: 'dependency', header: 'Dependencia', format: 'text' },
      { key: 'receivedOn', header: 'Radicada', format: 'date' },
      { key: 'dueDate', header: 'Vence', format: 'date' },
      { key: 'status', header: 'Estado', format: 'text' },
      { key: 'overdue', header: 'Vencida', format: 'boolean' },
    ],
    rows: cases.filter(isOpen).map((reportCase) => ({
      radicado: reportCase.radicado,
      kind: PQRS_KIND_LABELS[reportCase.kind],
      dependency: reportCase.dependency ?? UNASSIGNED_DEPENDENCY_LABEL,
      receivedOn: reportCase.receivedOn,
      dueDate: reportCase.dueDate,
      status: PQRS_STATUS_LABELS[reportCase.status],
      overdue: isOverdue(reportCase, asOfDay),
    })),
    note: 'Un caso en espera de información del peticionario (art. 17) tiene el término suspendido: no se cuenta como vencido.',
  };
}

/** How an answer's timeliness reads in the answers table. */
function timelinessLabel(onTime: boolean | null): string {
  if (onTime === null) return AWAITING_NOTICE;
  return onTime ? 'A tiempo' : 'Fuera de término';
}

/** Each answer with the day it was given and the day the petitioner was notified of it. */
function answersTable(cases: readonly ReportCase[], judging: Judging): ReportTable {
  return {
    type: 'table',
    title: 'Respuestas: fecha de respuesta y fecha de notificación',
    columns: [
      { key: 'radicado', header: 'Radicado', format: 'text' },
      { key: 'kind', header: 'Tipo', format: 'text' },
      { key: 'dependency', header: 'Dependencia', format: 'text' },
      { key: 'dueDate', header: 'Vence', format: 'date' },
      { key: 'answeredOn', header: 'Fecha de respuesta', format: 'date' },
      { key: 'notifiedOn', header: 'Fecha de notificación', format: 'dateOrNote' },
      { key: 'businessDaysTaken', header: 'Días hábiles', format: 'integer' },
      { key: 'timeliness', header: 'Oportunidad', format: 'text' },
    ],
    rows: cases
      .filter((reportCase) => reportCase.answeredOn !== null)
      .map((reportCase) => ({
        radicado: reportCase.radicado,
        kind: PQRS_KIND_LABELS[reportCase.kind],
        dependency: reportCase.dependency ?? UNASSIGNED_DEPENDENCY_LABEL,
        dueDate: reportCase.dueDate,
        answeredOn: reportCase.answeredOn,
        notifiedOn: printedNotificationDate(reportCase),
        businessDaysTaken: reportCase.businessDaysTaken,
        timeliness: timelinessLabel(answeredOnTimeUnder(judging.rule, reportCase, judging.asOfDay)),
      })),
    note: TIMELINESS_RULE_LINES[judging.rule],
  };
}

/** Case versions written before late entries were kept have none. */
export function lateEntriesOf(reportCase: ReportCase): ReportCase['lateEntries'] {
  return reportCase.lateEntries ?? [];
}

function lateEntriesTable(cases: readonly ReportCase[]): ReportTable {
  return {
    type: 'table',
    title: 'Hechos registrados con fecha anterior (registro tardío)',
    columns: [
      { key: 'radicado', header: 'Radicado', format: 'text' },
      { key: 'fact', header: 'Hecho', format: 'text' },
      { key: 'occurredOn', header: 'Fecha del hecho', format: 'date' },
      { key: 'recordedOn', header: 'Registrado el', format: 'date' },
      { key: 'businessDaysLate', header: 'Días hábiles después', format: 'integer' },
      { key: 'reason', header: 'Motivo', format: 'text' },
    ],
    rows: cases.flatMap((reportCase) =>
      lateEntriesOf(reportCase).map((entry) => ({
        radicado: reportCase.radicado,
        fact: LATE_ENTRY_FACT_LABELS[entry.fact],
        occurredOn: entry.occurredOn,
        recordedOn: entry.recordedOn,
        businessDaysLate: entry.businessDaysLate,
        reason: entry.reason,
      })),
    ),
    note: 'Hechos registrados después de la ventana admitida (3 días hábiles por omisión), solo por coordinadores o administradores y con el motivo. Los términos se cuentan desde la fecha real del hecho.',
  };
}

/**
 * The first `count` items in the order `ranksBefore` defines (a strict total order), as sorting them all and
 * keeping the first would give; in one pass, since a semester may have as many wordings as cases.
 */
export function firstRanked<Item>(
  items: readonly Item[],
  count: number,
  ranksBefore: (left: Item, right: Item) => boolean,
): Item[] {
  const first: Item[] = [];
  for (const item of items) {
    if (first.length === count && (count === 0 || !ranksBefore(item, first[count - 1]!))) continue;
    let at = first.length;
    while (at > 0 && ranksBefore(item, first[at - 1]!)) at -= 1;
    first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}

function topSubjectsTable(cases: readonly ReportCase[]): ReportTable {
  // Subjects are free text: cases are grouped by the subject's key words, shown with the first wording.
  const bySubject = new Map<string, { subject: string; count: number }>();
  // Many cases share a wording: each wording is folded and tokenised once.
  const keyOfWording = new Map<string, string>();
  for (const reportCase of cases) {
    let key = keyOfWording.get(reportCase.subject);
    if (key === undefined) keyOfWording.set(reportCase.subject, (key = subjectKeyOf(reportCase.subject)));
    const entry = bySubject.get(key) ?? { subject: reportCase.subject, count: 0 };
    entry.count += 1;
    bySubject.set(key, entry);
  }
  const top = firstRanked([...bySubject.entries()], TOP_SUBJECTS, ([leftKey, left], [rightKey, right]) =>
    left.count !== right.count ? left.count > right.count : leftKey < rightKey,
  );
  return {
    type: 'table',
    title: 'Asuntos más frecuentes',
    columns: [
      { key: 'subject', header: 'Asunto', format: 'text' },
      { key: 'count', header: 'Casos', format: 'integer' },
      { key: 'share', header: 'Participación', format: 'percent' },
    ],
    rows: top.map(([, entry]) => ({
      subject: entry.subject,
      count: entry.count,
      share: shareOf(entry.count, cases.length),
    })),
  };
}

function actionsFromPqrsTable(actions: readonly ImprovementActionDocument[]): ReportTable {
  return {
    type: 'table',
    title: 'Acciones de mejora formuladas a partir de PQRS',
    columns: [
      { key: 'id', header: 'Acción', format: 'text' },
      { key: 'source', header: 'Radicado de origen', format: 'text' },
      { key: 'action', header: 'Descripción', format: 'text' },
      { key: 'formulatedOn', header: 'Formulada', format: 'date' },
      { key: 'dueDate', header: 'Fecha límite', format: 'date' },
      { key: 'status', header: 'Estado al corte', format: 'text' },
    ],
    rows: actions.map((action) => ({
      id: action.id,
      source: action.sourceReference,
      action: action.action,
      formulatedOn: action.formulatedOn,
      dueDate: action.dueDate,
      status: STORED_ACTION_STATUS_LABELS[action.status],
    })),
  };
}

/**
 * What the author concluded before issuing (layout 6), a paragraph for each of theirs; reports issued
 * before conclusions were recorded keep the placeholder they were issued with.
 */
function conclusionsSection(input: ReportInput): ReportSection {
  const title = 'Conclusiones y recomendaciones';
  if (input.layout < 6)
    return {
      type: 'text',
      title,
      paragraphs: ['Espacio reservado para las conclusiones y recomendaciones del autor del informe.'],
    };
  const paragraphs = (input.conclusions ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return {
    type: 'text',
    title,
    paragraphs: paragraphs.length > 0 ? paragraphs : ['Sin conclusiones registradas por el autor.'],
  };
}
