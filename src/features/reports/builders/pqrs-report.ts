// Informe de PQRS (Ley 1474 de 2011, art. 76; semiannual, or any period): the cases received in the
// period as they stood at the as-of instant — totals by kind, channel and dependency, on time against
// late, average and maximum business days, the backlog, the most frequent subjects and the improvement
// actions formulated from PQRS. The conclusions are the author's: the section is left for them.
// Timeliness follows the office's rule (report-input.ts, TimelinessRule): the answer's date, or the day the
// petitioner was notified of it as known at the as-of instant.
import { STORED_ACTION_STATUS_LABELS } from '../../../domain/improvement-action/labels.js';
import { NOTICE_CHANNEL_LABELS } from '../../../domain/notifications/labels.js';
import {
  PERSON_TYPES,
  PQRS_CHANNELS,
  PQRS_KINDS,
  PRIORITY_REASONS,
  type PqrsKind,
} from '../../../domain/pqrs/events.js';
import {
  PERSON_TYPE_LABELS,
  PRIORITY_REASON_LABELS,
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
import { isHabeasDataKind } from '../../../domain/pqrs/habeas-data-terms.js';
import {
  bogotaDateOf,
  endOfBogotaDay,
  SPANISH_MONTHS,
  type CalendarDate,
} from '../../../domain/shared/time.js';
import { subjectKeyOf } from '../../faq/index.js';
import type { ImprovementActionDocument } from '../../improvement-actions/index.js';
import { OPEN_CASE_STATUSES, RUNNING_TERM_STATUSES } from '../../pqrs/index.js';
import type { ReportCase } from '../read-models/report-source-projections.js';
import type { ReportDocument, ReportSection, ReportTable } from '../report-document.js';
import type { ReportPeriod, ReportSources } from '../read-models/report-sources.js';
import { monthsOf, previousPeriodOf, samePeriodAYearBefore } from './comparison-periods.js';
import { anonymousDenunciationsTable, priorityByBasisTable } from './pqrs-report-priority.js';
import { silenceSection } from './pqrs-silence-figures.js';
import {
  asListing,
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
  /** Transferred after the five business days of art. 21 (recorded, flagged late). */
  readonly transferredLate: number;
  /** Habeas data reclamos marked "reclamo en trámite" after the two business days of Ley 1581 art. 15. */
  readonly claimsMarkedLate: number;
  /** Answered by a joint answer to more than ten equal petitions (art. 22). */
  readonly answeredJointly: number;
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
    transferredLate: cases.filter(transferredLate).length,
    claimsMarkedLate: cases.filter((reportCase) => reportCase.claimInProcessMark?.late === true).length,
    answeredJointly: cases.filter((reportCase) => (reportCase.jointAnswerId ?? null) !== null).length,
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
    ...(input.layout >= 6
      ? [...(await comparisonTables(input, sources, cohort, judging)), byMonthTable(cases, input.period)]
      : []),
    byKindTable(cases, judging),
    ...(input.layout >= 6 ? [stepsByKindTable(cases, input.layout)] : []),
    ...(input.layout >= 9 ? [silenceSection(cases, asOfDay)] : []),
    byChannelTable(cases, judging.layout),
    ...(input.layout >= 3 ? [byPersonTypeTable(cases, judging.layout)] : []),
    byDependencyTable(cases, judging),
    ...(input.layout >= 6
      ? [
          complaintsByDependencyTable(cases),
          complaintsBySubjectTable(cases),
          suggestionsBySubjectTable(cases),
          input.layout >= 9
            ? priorityByBasisTable(cases, (group) => priorityCountsOf(group, judging))
            : priorityByReasonTable(cases, judging),
          asListing(priorityCasesTable(cases), input.layout),
          ...(input.layout >= 9 ? [anonymousDenunciationsTable(cases)] : []),
        ]
      : []),
    asListing(backlogTable(cases, asOfDay), input.layout),
    ...(input.layout >= 4 ? [asListing(answersTable(cases, judging), input.layout)] : []),
    ...(input.layout >= 2 ? [asListing(lateEntriesTable(cases), input.layout)] : []),
    topSubjectsTable(cases),
    actionsFromPqrsTable(
      actions.filter((action) => action.sourceKind === 'PQRS'),
      input.layout,
    ),
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
      ...(layout === 8
        ? [
            {
              label: 'Traslados extemporáneos (después de 5 días hábiles, art. 21)',
              value: tally.transferredLate,
              format: 'integer' as const,
            },
          ]
        : []),
      // Layout 9: the window is the kind's (2 business days for a habeas data reclamo, Ley 1581 art. 15).
      ...(layout >= 9
        ? [
            {
              label: HABEAS_DATA_LATE_TRANSFER_FIGURE,
              value: tally.transferredLate,
              format: 'integer' as const,
            },
            {
              label: HABEAS_DATA_LATE_MARK_FIGURE,
              value: tally.claimsMarkedLate,
              format: 'integer' as const,
            },
            { label: JOINT_ANSWER_FIGURE, value: tally.answeredJointly, format: 'integer' as const },
          ]
        : []),
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

/** Layout 9 on: late transfers counted by the window of each kind. */
export const HABEAS_DATA_LATE_TRANSFER_FIGURE =
  'Traslados extemporáneos (después de 5 días hábiles, art. 21; 2 en reclamos de datos personales)';
/** Layout 9 on: the "reclamo en trámite" legend marked after its two business days. */
export const HABEAS_DATA_LATE_MARK_FIGURE =
  'Reclamos de datos personales marcados «en trámite» fuera de término (Ley 1581 de 2012, art. 15)';

/** Layout 9 on: the cases answered by a joint answer. */
export const JOINT_ANSWER_FIGURE =
  'Respondidas con respuesta conjunta (más de diez peticiones análogas, Ley 1437 de 2011, art. 22)';

/**
 * The kinds a layout lists by kind even when none was received: from layout 9 the habeas data consulta and
 * reclamo (Ley 1581 de 2012, arts. 14 and 15); earlier layouts keep the rows they were issued with (a case
 * of a kind they do not list still gets its row, after theirs).
 */
function kindsOfLayout(layout: number): readonly PqrsKind[] {
  return layout >= 9 ? PQRS_KINDS : PQRS_KINDS.filter((kind) => !isHabeasDataKind(kind));
}

function byKindTable(cases: readonly ReportCase[], judging: Judging): ReportTable {
  const groups = groupBy(cases, (reportCase) => reportCase.kind, kindsOfLayout(judging.layout));
  return {
    type: 'table',
    title: 'Por tipo de solicitud',
    columns: [{ key: 'kind', header: 'Tipo', format: 'text' }, ...tallyColumns(judging.layout)],
    rows: [
      ...[...groups].map(([kind, ofKind]) => ({
        kind: PQRS_KIND_LABELS[kind],
        ...tallyRow(tallyCases(ofKind, judging.asOfDay, judging.rule), judging.layout),
      })),
      ...totalTallyRow('kind', cases, judging),
    ],
    note:
      judging.rule === 'NOTIFIED'
        ? 'Oportunidad: notificadas a tiempo sobre respondidas con la oportunidad ya definida (las pendientes de notificar en término no cuentan). Días hábiles contados desde la radicación (o desde el reinicio del término por el art. 17) hasta la respuesta.'
        : 'Oportunidad: respondidas a tiempo sobre respondidas. Días hábiles contados desde la radicación (o desde el reinicio del término por el art. 17) hasta la respuesta.',
  };
}

function byChannelTable(cases: readonly ReportCase[], layout: number): ReportTable {
  return sharesTable(cases, layout, {
    title: 'Por canal de recepción',
    key: 'channel',
    header: 'Canal',
    groups: groupBy(cases, (reportCase) => reportCase.channel, PQRS_CHANNELS),
    labels: PQRS_CHANNEL_LABELS,
  });
}

function byPersonTypeTable(cases: readonly ReportCase[], layout: number): ReportTable {
  return {
    ...sharesTable(cases, layout, {
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

/**
 * How many cases each group received and its share of all: one row per group, in the groups' order, and
 * from layout 6 the "Total" row.
 */
function sharesTable<Key extends string>(
  cases: readonly ReportCase[],
  layout: number,
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
    rows: [
      ...[...table.groups].map(([key, ofGroup]) => ({
        [table.key]: table.labels[key],
        received: ofGroup.length,
        share: shareOf(ofGroup.length, cases.length),
      })),
      ...(layout >= 6
        ? [{ [table.key]: TOTAL_LABEL, received: cases.length, share: shareOf(cases.length, cases.length) }]
        : []),
    ],
  };
}

function byDependencyTable(cases: readonly ReportCase[], judging: Judging): ReportTable {
  const groups = groupBy(cases, (reportCase) => reportCase.dependency ?? UNASSIGNED_DEPENDENCY_LABEL);
  return {
    type: 'table',
    title: 'Por dependencia',
    columns: [{ key: 'dependency', header: 'Dependencia', format: 'text' }, ...tallyColumns(judging.layout)],
    rows: [
      ...[...groups].map(([dependency, ofDependency]) => ({
        dependency,
        ...tallyRow(tallyCases(ofDependency, judging.asOfDay, judging.rule), judging.layout),
      })),
      ...totalTallyRow('dependency', cases, judging),
    ],
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
      ...(judging.layout >= 6 ? NOTICE_COLUMNS : []),
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
        ...(judging.layout >= 6
          ? {
              noticeMeans: answerNoticeMeans(reportCase),
              outgoingNumber: reportCase.answerOutgoingNumber ?? null,
            }
          : {}),
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

/** The row that closes a count table (layout 6 on): the column sums, and the rates worked out from them. */
export const TOTAL_LABEL = 'Total';

/** Layout 6 on: the tally of all the table's cases, which the groups partition, as its "Total" row. */
function totalTallyRow(
  key: string,
  cases: readonly ReportCase[],
  judging: Judging,
): Record<string, number | string | null>[] {
  if (judging.layout < 6) return [];
  return [
    { [key]: TOTAL_LABEL, ...tallyRow(tallyCases(cases, judging.asOfDay, judging.rule), judging.layout) },
  ];
}

/** Layout 6 on: how each answer was notified and the number of the letter it went out with. */
const NOTICE_COLUMNS: ReportTable['columns'] = [
  { key: 'noticeMeans', header: 'Medio de notificación', format: 'text' },
  { key: 'outgoingNumber', header: 'Oficio de salida', format: 'text' },
];

/**
 * The means of the answer's notice: the first notice of the answer, the one its notification date comes
 * from (cases-projection.ts); null when none was requested (an answer recorded before notices were kept).
 */
export function answerNoticeMeans(reportCase: ReportCase): string | null {
  const notice = (reportCase.notifications ?? []).find((notification) => notification.kind === 'ANSWER');
  return notice === undefined ? null : NOTICE_CHANNEL_LABELS[notice.channel];
}

/** Change from `base` to `value` as a share of `base`; null when there is no base to compare with (0). */
export function variationOf(value: number | null, base: number | null): number | null {
  return value === null || base === null || base === 0 ? null : (value - base) / base;
}

const COMPARED_FIGURES = ['received', 'answered', 'onTimeRate', 'averageBusinessDays'] as const;

/**
 * Layout 6 on: the period against the one just before and the same one a year earlier — each the cases
 * received in it as they stood at this report's cut, under the same rule — and the variation of each
 * figure. Read by the period index as the report's own cases are, and only counted (texts not revealed).
 */
async function comparisonTables(
  input: ReportInput,
  sources: ReportSources,
  cohort: CaseTally,
  judging: Judging,
): Promise<ReportTable[]> {
  const compared = [
    { label: 'Periodo anterior', period: previousPeriodOf(input.period) },
    { label: 'Mismo periodo del año anterior', period: samePeriodAYearBefore(input.period) },
  ];
  const tallies = await Promise.all(
    compared.map(async ({ period }) =>
      tallyCases(await sources.countedCasesReceivedIn(period, input.asOf), judging.asOfDay, judging.rule),
    ),
  );
  const figuresOf = (tally: CaseTally) =>
    Object.fromEntries(COMPARED_FIGURES.map((figure) => [figure, tally[figure]]));
  // The figures in their own formats; their variations, all as percentages.
  const figureColumns = (variations: boolean): ReportTable['columns'] => [
    { key: 'received', header: 'Recibidas', format: variations ? 'percent' : 'integer' },
    { key: 'answered', header: 'Respondidas al corte', format: variations ? 'percent' : 'integer' },
    { key: 'onTimeRate', header: 'Oportunidad', format: 'percent' },
    variations
      ? { key: 'averageBusinessDays', header: 'Promedio días hábiles', format: 'percent' }
      : { key: 'averageBusinessDays', header: 'Promedio días hábiles', format: 'decimal', decimals: 1 },
  ];
  return [
    {
      type: 'table',
      title: 'Comparación con periodos anteriores',
      columns: [
        { key: 'period', header: 'Periodo', format: 'text' },
        { key: 'from', header: 'Desde', format: 'date' },
        { key: 'to', header: 'Hasta', format: 'date' },
        ...figureColumns(false),
      ],
      rows: [
        { period: 'Periodo del informe', from: input.period.from, to: input.period.to, ...figuresOf(cohort) },
        ...compared.map(({ label, period }, at) => ({
          period: label,
          from: period.from,
          to: period.to,
          ...figuresOf(tallies[at]!),
        })),
      ],
      note: 'Cada periodo con las PQRS radicadas en él y su estado a la fecha de corte de este informe, con el mismo criterio de oportunidad. El periodo anterior tiene los mismos meses (o días) que el del informe y termina el día antes de su inicio.',
    },
    {
      type: 'table',
      title: 'Variación frente a periodos anteriores',
      columns: [{ key: 'base', header: 'Frente a', format: 'text' }, ...figureColumns(true)],
      rows: compared.map(({ label }, at) => ({
        base: label,
        ...Object.fromEntries(
          COMPARED_FIGURES.map((figure) => [figure, variationOf(cohort[figure], tallies[at]![figure])]),
        ),
      })),
      note: 'Variación: (cifra del periodo del informe − cifra del periodo comparado) / cifra del periodo comparado, también para la oportunidad y el promedio. Sin valor cuando la cifra comparada es 0 o no existe.',
    },
  ];
}

/** «Enero de 2026» for the month starting on the day. */
function monthLabel(firstDay: CalendarDate): string {
  const name = SPANISH_MONTHS[Number(firstDay.slice(5, 7)) - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} de ${firstDay.slice(0, 4)}`;
}

/** Layout 6 on: the cases received in each month of the period, the months without any included. */
function byMonthTable(cases: readonly ReportCase[], period: ReportPeriod): ReportTable {
  const months = monthsOf(period);
  const byMonth = groupBy(cases, (reportCase) => `${reportCase.receivedOn.slice(0, 7)}-01`, months);
  return {
    type: 'table',
    title: 'Recibidas por mes',
    columns: [
      { key: 'month', header: 'Mes', format: 'text' },
      { key: 'received', header: 'Recibidas', format: 'integer' },
      { key: 'share', header: 'Participación', format: 'percent' },
    ],
    rows: [
      ...[...byMonth].map(([month, ofMonth]) => ({
        month: monthLabel(month),
        received: ofMonth.length,
        share: shareOf(ofMonth.length, cases.length),
      })),
      { month: TOTAL_LABEL, received: cases.length, share: shareOf(cases.length, cases.length) },
    ],
  };
}

/** The steps counted by kind (layout 6 on): prórrogas, traslados, withdrawals and anonymous filings. */
interface StepCounts {
  readonly received: number;
  readonly extensions: number;
  readonly extended: number;
  readonly transferred: number;
  /** Layout 8 on: transferred after the five business days of art. 21 (recorded, flagged late). */
  readonly transferredLate?: number;
  readonly withdrawnExpress: number;
  readonly withdrawnTacit: number;
  readonly anonymous: number;
}

/** Transferred after the five business days of art. 21; a version written before it was kept reads as not. */
function transferredLate(reportCase: ReportCase): boolean {
  return reportCase.status === 'TRANSFERRED' && reportCase.transferredLate === true;
}

function stepCountsOf(cases: readonly ReportCase[], layout: number): StepCounts {
  const withdrawn = cases.filter((reportCase) => reportCase.status === 'WITHDRAWN');
  const tacit = withdrawn.filter((reportCase) => reportCase.withdrawnMode === 'TACIT').length;
  return {
    received: cases.length,
    extensions: cases.reduce((sum, reportCase) => sum + reportCase.extensions, 0),
    extended: cases.filter((reportCase) => reportCase.extensions > 0).length,
    transferred: cases.filter((reportCase) => reportCase.status === 'TRANSFERRED').length,
    // A row's fields are part of the content hash: a layout only gets the fields of its own columns.
    ...(layout >= 8 ? { transferredLate: cases.filter(transferredLate).length } : {}),
    // Every withdrawal says its mode; one that did not would be the petitioner's own (express).
    withdrawnExpress: withdrawn.length - tacit,
    withdrawnTacit: tacit,
    anonymous: cases.filter((reportCase) => reportCase.anonymous === true).length,
  };
}

function stepsByKindTable(cases: readonly ReportCase[], layout: number): ReportTable {
  const groups = groupBy(cases, (reportCase) => reportCase.kind, kindsOfLayout(layout));
  return {
    type: 'table',
    title: 'Prórrogas, traslados, desistimientos y anónimas por tipo',
    columns: [
      { key: 'kind', header: 'Tipo', format: 'text' },
      { key: 'received', header: 'Recibidas', format: 'integer' },
      { key: 'extensions', header: 'Prórrogas concedidas', format: 'integer' },
      { key: 'extended', header: 'Con prórroga', format: 'integer' },
      { key: 'transferred', header: 'Trasladadas por competencia', format: 'integer' },
      ...(layout >= 8
        ? [{ key: 'transferredLate', header: 'Traslados extemporáneos', format: 'integer' } as const]
        : []),
      { key: 'withdrawnExpress', header: 'Desistimiento expreso', format: 'integer' },
      { key: 'withdrawnTacit', header: 'Desistimiento tácito', format: 'integer' },
      { key: 'anonymous', header: 'Anónimas', format: 'integer' },
    ],
    rows: [
      ...[...groups].map(([kind, ofKind]) => ({
        kind: PQRS_KIND_LABELS[kind],
        ...stepCountsOf(ofKind, layout),
      })),
      { kind: TOTAL_LABEL, ...stepCountsOf(cases, layout) },
    ],
    note:
      'Prórrogas concedidas: cuántas se concedieron (una PQRS puede tener más de una); con prórroga: las PQRS que tuvieron al menos una. ' +
      (layout === 8
        ? 'Traslados extemporáneos: los hechos después de los 5 días hábiles siguientes a la radicación (Ley 1755 de 2015, art. 21); se registran, no se rechazan. '
        : '') +
      (layout >= 9
        ? 'Traslados extemporáneos: los hechos después de los 5 días hábiles siguientes a la radicación (Ley 1755 de 2015, art. 21), o de 2 en un reclamo de datos personales (Ley 1581 de 2012, art. 15); se registran, no se rechazan. '
        : '') +
      'Desistimiento expreso: el peticionario desistió; tácito: no completó la petición en el mes siguiente al requerimiento (Ley 1755 de 2015, art. 17). Anónimas: radicadas sin identificar al peticionario.',
  };
}

interface RankedEntry {
  readonly label: string;
  /** Orders entries with the same total: code units, the same on any machine. */
  readonly tieKey: string;
  readonly counts: Record<string, number>;
}

/**
 * The first TOP_SUBJECTS entries by their total, the rest summed in one row, and the "Total" row: each
 * count column sums to it, and each share is of that total.
 */
function rankedCountsTable(table: {
  readonly title: string;
  readonly label: { readonly key: string; readonly header: string };
  readonly counts: readonly { readonly key: string; readonly header: string }[];
  readonly entries: readonly RankedEntry[];
  readonly othersLabel: string;
  readonly note: string;
}): ReportTable {
  const totalOf = (counts: Record<string, number>) =>
    table.counts.reduce((sum, { key }) => sum + (counts[key] ?? 0), 0);
  const sumOf = (entries: readonly RankedEntry[]) =>
    Object.fromEntries(
      table.counts.map(({ key }) => [key, entries.reduce((sum, entry) => sum + (entry.counts[key] ?? 0), 0)]),
    );
  const top = firstRanked(table.entries, TOP_SUBJECTS, (left, right) => {
    const [leftTotal, rightTotal] = [totalOf(left.counts), totalOf(right.counts)];
    return leftTotal !== rightTotal ? leftTotal > rightTotal : left.tieKey < right.tieKey;
  });
  const listed = new Set(top);
  const others = table.entries.filter((entry) => !listed.has(entry));
  const grandTotal = totalOf(sumOf(table.entries));
  const withTotal = table.counts.length > 1;
  const row = (label: string, counts: Record<string, number>) => ({
    [table.label.key]: label,
    ...counts,
    ...(withTotal ? { total: totalOf(counts) } : {}),
    share: shareOf(totalOf(counts), grandTotal),
  });
  return {
    type: 'table',
    title: table.title,
    columns: [
      { key: table.label.key, header: table.label.header, format: 'text' },
      ...table.counts.map(({ key, header }) => ({ key, header, format: 'integer' as const })),
      ...(withTotal ? [{ key: 'total', header: 'Total', format: 'integer' as const }] : []),
      { key: 'share', header: 'Participación', format: 'percent' },
    ],
    rows: [
      ...top.map((entry) => row(entry.label, entry.counts)),
      ...(others.length > 0 ? [row(table.othersLabel, sumOf(others))] : []),
      row(TOTAL_LABEL, sumOf(table.entries)),
    ],
    note: table.note,
  };
}

/** The kinds that say a service failed someone: quejas and reclamos (Ley 190 de 1995, art. 54). */
const COMPLAINT_KINDS: readonly PqrsKind[] = ['COMPLAINT', 'CLAIM'];
const COMPLAINT_COUNTS = [
  { key: 'complaints', header: 'Quejas' },
  { key: 'claims', header: 'Reclamos' },
] as const;

function complaintCountsOf(cases: readonly ReportCase[]): Record<string, number> {
  return {
    complaints: cases.filter((reportCase) => reportCase.kind === 'COMPLAINT').length,
    claims: cases.filter((reportCase) => reportCase.kind === 'CLAIM').length,
  };
}

/** Cases grouped by the subject's key words, each group named by its first wording (as topSubjectsTable). */
function bySubject(cases: readonly ReportCase[]): Map<string, { subject: string; cases: ReportCase[] }> {
  const groups = new Map<string, { subject: string; cases: ReportCase[] }>();
  const keyOfWording = new Map<string, string>();
  for (const reportCase of cases) {
    let key = keyOfWording.get(reportCase.subject);
    if (key === undefined) keyOfWording.set(reportCase.subject, (key = subjectKeyOf(reportCase.subject)));
    const group = groups.get(key) ?? { subject: reportCase.subject, cases: [] };
    group.cases.push(reportCase);
    groups.set(key, group);
  }
  return groups;
}

const SERVICES_COMPLAINED_ABOUT_NOTE =
  'Ley 190 de 1995, art. 54: el informe dice sobre qué servicios se reciben más quejas y reclamos y qué sugerencias se reciben.';

function complaintsByDependencyTable(cases: readonly ReportCase[]): ReportTable {
  const complaints = cases.filter((reportCase) => COMPLAINT_KINDS.includes(reportCase.kind));
  const groups = groupBy(complaints, (reportCase) => reportCase.dependency ?? UNASSIGNED_DEPENDENCY_LABEL);
  return rankedCountsTable({
    title: 'Dependencias con más quejas y reclamos',
    label: { key: 'dependency', header: 'Dependencia' },
    counts: COMPLAINT_COUNTS,
    entries: [...groups].map(([dependency, ofDependency]) => ({
      label: dependency,
      tieKey: dependency,
      counts: complaintCountsOf(ofDependency),
    })),
    othersLabel: 'Otras dependencias',
    note: SERVICES_COMPLAINED_ABOUT_NOTE,
  });
}

function complaintsBySubjectTable(cases: readonly ReportCase[]): ReportTable {
  const complaints = cases.filter((reportCase) => COMPLAINT_KINDS.includes(reportCase.kind));
  return rankedCountsTable({
    title: 'Asuntos con más quejas y reclamos',
    label: { key: 'subject', header: 'Asunto' },
    counts: COMPLAINT_COUNTS,
    entries: [...bySubject(complaints)].map(([key, group]) => ({
      label: group.subject,
      tieKey: key,
      counts: complaintCountsOf(group.cases),
    })),
    othersLabel: 'Otros asuntos',
    note: `${SERVICES_COMPLAINED_ABOUT_NOTE} Asuntos con las mismas palabras clave cuentan juntos, con la primera redacción recibida.`,
  });
}

function suggestionsBySubjectTable(cases: readonly ReportCase[]): ReportTable {
  const suggestions = cases.filter((reportCase) => reportCase.kind === 'SUGGESTION');
  return rankedCountsTable({
    title: 'Principales sugerencias recibidas',
    label: { key: 'subject', header: 'Asunto' },
    counts: [{ key: 'suggestions', header: 'Sugerencias' }],
    entries: [...bySubject(suggestions)].map(([key, group]) => ({
      label: group.subject,
      tieKey: key,
      counts: { suggestions: group.cases.length },
    })),
    othersLabel: 'Otros asuntos',
    note: `${SERVICES_COMPLAINED_ABOUT_NOTE} Asuntos con las mismas palabras clave cuentan juntos, con la primera redacción recibida.`,
  });
}

/** The priority reasons in the order the Radicar form lists them (the labels' order). */
const PRIORITY_REASONS_AS_LISTED = Object.keys(PRIORITY_REASON_LABELS) as (typeof PRIORITY_REASONS)[number][];
/** The reasons layouts 6 to 8 counted, before art. 5.6's preferential attention was recorded. */
const PRIORITY_REASONS_TO_LAYOUT_8: readonly (typeof PRIORITY_REASONS)[number][] = [
  'FUNDAMENTAL_RIGHT_RISK',
  'MINOR',
  'JOURNALIST',
];

function priorityReasonsOf(reportCase: ReportCase): ReportCase['priority'] {
  return reportCase.priority ?? [];
}

/** A priority case's reasons as printed, in the form's order. */
function printedPriorityReasons(reportCase: ReportCase): string {
  const reasons = priorityReasonsOf(reportCase);
  return PRIORITY_REASONS_AS_LISTED.filter((reason) => reasons.includes(reason))
    .map((reason) => PRIORITY_REASON_LABELS[reason])
    .join('; ');
}

function priorityCountsOf(ofReason: readonly ReportCase[], judging: Judging) {
  const tally = tallyCases(ofReason, judging.asOfDay, judging.rule);
  return {
    received: tally.received,
    answered: tally.answered,
    answeredOnTime: tally.answeredOnTime,
    answeredLate: tally.answeredLate,
    open: tally.open,
    overdue: tally.overdue,
  };
}

/** Layouts 6 to 8: the three reasons of art. 20 (layout 9 splits art. 20 from art. 5.6, see below). */
function priorityByReasonTable(cases: readonly ReportCase[], judging: Judging): ReportTable {
  const prioritized = cases.filter((reportCase) => priorityReasonsOf(reportCase).length > 0);
  const countsOf = (ofReason: readonly ReportCase[]) => priorityCountsOf(ofReason, judging);
  return {
    type: 'table',
    title: 'PQRS con atención prioritaria por motivo (Ley 1755 de 2015, art. 20)',
    columns: [
      { key: 'reason', header: 'Motivo', format: 'text' },
      { key: 'received', header: 'Recibidas', format: 'integer' },
      { key: 'answered', header: 'Respondidas', format: 'integer' },
      { key: 'answeredOnTime', header: 'A tiempo', format: 'integer' },
      { key: 'answeredLate', header: 'Fuera de término', format: 'integer' },
      { key: 'open', header: 'Pendientes', format: 'integer' },
      { key: 'overdue', header: 'Vencidas', format: 'integer' },
    ],
    rows: [
      ...PRIORITY_REASONS_TO_LAYOUT_8.map((reason) => ({
        reason: PRIORITY_REASON_LABELS[reason],
        ...countsOf(prioritized.filter((reportCase) => priorityReasonsOf(reportCase).includes(reason))),
      })),
      { reason: 'PQRS prioritarias, cada una una vez', ...countsOf(prioritized) },
    ],
    note: 'Una PQRS con más de un motivo cuenta en cada uno de ellos, y una sola vez en la última fila: por eso esa fila no es la suma de las anteriores.',
  };
}

function priorityCasesTable(cases: readonly ReportCase[]): ReportTable {
  return {
    type: 'table',
    title: 'PQRS con atención prioritaria',
    columns: [
      { key: 'radicado', header: 'Radicado', format: 'text' },
      { key: 'kind', header: 'Tipo', format: 'text' },
      { key: 'reasons', header: 'Motivo', format: 'text' },
      { key: 'receivedOn', header: 'Radicada', format: 'date' },
      { key: 'dueDate', header: 'Vence', format: 'date' },
      { key: 'status', header: 'Estado al corte', format: 'text' },
    ],
    rows: cases
      .filter((reportCase) => priorityReasonsOf(reportCase).length > 0)
      .map((reportCase) => ({
        radicado: reportCase.radicado,
        kind: PQRS_KIND_LABELS[reportCase.kind],
        reasons: printedPriorityReasons(reportCase),
        receivedOn: reportCase.receivedOn,
        dueDate: reportCase.dueDate,
        status: PQRS_STATUS_LABELS[reportCase.status],
      })),
  };
}

/**
 * Improvement actions have no number of their own: from layout 6 each is named as the screens name it, by
 * the problem it addresses, not by its internal id.
 */
function actionsFromPqrsTable(actions: readonly ImprovementActionDocument[], layout: number): ReportTable {
  return {
    type: 'table',
    title: 'Acciones de mejora formuladas a partir de PQRS',
    columns: [
      layout >= 6
        ? { key: 'problem', header: 'Problema que atiende', format: 'text' }
        : { key: 'id', header: 'Acción', format: 'text' },
      { key: 'source', header: 'Radicado de origen', format: 'text' },
      { key: 'action', header: 'Descripción', format: 'text' },
      { key: 'formulatedOn', header: 'Formulada', format: 'date' },
      { key: 'dueDate', header: 'Fecha límite', format: 'date' },
      { key: 'status', header: 'Estado al corte', format: 'text' },
    ],
    rows: actions.map((action) => ({
      ...(layout >= 6 ? { problem: action.problem } : { id: action.id }),
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
