// The Tablero's figures without the screen: the headline totals of a period from the indicator series,
// the values each chart draws (kinds and channels by the domain's words, from pqrs-labels.ts), Spanish
// names of the buckets' groupings, and the sentence that tells each chart to someone who cannot see it.
// Pure: no React, no DOM.
import type { IndicatorGranularity } from '../graphql/generated/graphql.js';
import { PQRS_CHANNEL_LABELS, PQRS_KIND_LABELS } from './pqrs-labels.js';
import { SPANISH_MONTHS, spanishDateInWords } from '../../../src/domain/shared/time.js';
import { PQRS_FLOW_FIGURE_NAMES, PQRS_STOCK_FIGURE_NAMES } from '../../../src/domain/pqrs/figure-names.js';

export const GRANULARITIES: readonly IndicatorGranularity[] = ['DAY', 'MONTH', 'QUARTER', 'SEMESTER', 'YEAR'];

export const GRANULARITY_LABELS: Readonly<Record<IndicatorGranularity, string>> = {
  DAY: 'Por día',
  MONTH: 'Por mes',
  QUARTER: 'Por trimestre',
  SEMESTER: 'Por semestre',
  YEAR: 'Por año',
};

/** The server refuses longer daily series (MAX_DAY_BUCKETS). */
export const MAX_DAY_BUCKETS = 400;

export interface KeyedCount {
  readonly key: string;
  readonly value: number;
}

/** The part of an indicator bucket the Tablero reads. */
export interface DashboardBucket {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly pqrs: {
    readonly received: {
      readonly total: number;
      readonly byKind: readonly KeyedCount[];
      readonly byChannel: readonly KeyedCount[];
    };
    readonly answered: { readonly total: number };
    readonly answeredOnTime: { readonly total: number };
    readonly onTimeRate: number | null;
    readonly open: { readonly total: number };
    readonly overdue: { readonly total: number };
  };
  readonly satisfaction: {
    readonly overall: {
      readonly answered: number;
      readonly satisfied: number;
      readonly satisfactionIndex: number | null;
    };
  };
}

export interface DashboardPeriod {
  readonly from: string;
  readonly to: string;
  readonly granularity: IndicatorGranularity;
}

/** This year so far, by month: what the office looks at first. */
export function defaultDashboardPeriod(today: string): DashboardPeriod {
  return { from: `${today.slice(0, 4)}-01-01`, to: today, granularity: 'MONTH' };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** What keeps the period from being asked for, naming the field; null if it is fine. */
export function dashboardPeriodProblem(
  period: DashboardPeriod,
): { readonly field: keyof DashboardPeriod; readonly message: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period.from))
    return { field: 'from', message: 'Indique la fecha inicial.' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period.to)) return { field: 'to', message: 'Indique la fecha final.' };
  if (period.from > period.to) return { field: 'to', message: 'La fecha final es anterior a la inicial.' };
  const days = daysBetween(period.from, period.to);
  if (period.granularity === 'DAY' && days > MAX_DAY_BUCKETS)
    return {
      field: 'granularity',
      message: `Por día se consultan hasta ${MAX_DAY_BUCKETS} días y el periodo tiene ${days}: acórtelo o agrupe por mes.`,
    };
  return null;
}

const MONTHS_SHORT = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];
const ORDINALS = ['primer', 'segundo', 'tercer', 'cuarto'];

/** A bucket's label (2026-03-02, 2026-03, 2026-T1, 2026-S1, 2026) in words: "marzo de 2026". */
export function bucketName(label: string): string {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (match) return spanishDateInWords(label);
  match = /^(\d{4})-(\d{2})$/.exec(label);
  if (match) return `${SPANISH_MONTHS[Number(match[2]) - 1]} de ${match[1]}`;
  match = /^(\d{4})-T([1-4])$/.exec(label);
  if (match) return `${ORDINALS[Number(match[2]) - 1]} trimestre de ${match[1]}`;
  match = /^(\d{4})-S([12])$/.exec(label);
  if (match) return `${ORDINALS[Number(match[2]) - 1]} semestre de ${match[1]}`;
  return label;
}

/** A bucket's label short enough for a chart axis: "mar 2026", "T1 2026", "2 mar". */
export function bucketAxisName(label: string): string {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (match) return `${Number(match[3])} ${MONTHS_SHORT[Number(match[2]) - 1]}`;
  match = /^(\d{4})-(\d{2})$/.exec(label);
  if (match) return `${MONTHS_SHORT[Number(match[2]) - 1]} ${match[1]}`;
  match = /^(\d{4})-([TS][1-4])$/.exec(label);
  if (match) return `${match[2]} ${match[1]}`;
  return label;
}

/** 1234 → "1.234", as counts are written in Colombia. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A rate as a percentage with at most one decimal: 0.8333 → 83,3; null stays null. */
export function toPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** 83.3 → "83,3 %"; a rate with nothing to divide is "sin datos". */
export function formatPercent(percent: number | null): string {
  return percent === null ? 'sin datos' : `${String(percent).replace('.', ',')} %`;
}

/** 0.8333 → "83,3 %". */
export function formatRate(rate: number | null): string {
  return formatPercent(toPercent(rate));
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export interface HeadlineFigures {
  readonly received: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  /** On time / answered over the whole period; null without answers. */
  readonly onTimeRate: number | null;
  /** Stocks at the close of the period's last day. */
  readonly open: number;
  readonly overdue: number;
  readonly satisfactionAnswered: number;
  readonly satisfactionSatisfied: number;
  /** Satisfied / answered over the whole period; null without survey answers. */
  readonly satisfactionIndex: number | null;
}

/**
 * The period's figures: flows add up over the buckets, rates are recomputed from the sums (an average
 * of monthly rates would weigh a quiet month like a busy one), stocks are the last bucket's.
 */
export function headlineFigures(buckets: readonly DashboardBucket[]): HeadlineFigures {
  const sum = (pick: (bucket: DashboardBucket) => number) =>
    buckets.reduce((total, bucket) => total + pick(bucket), 0);
  const answered = sum((bucket) => bucket.pqrs.answered.total);
  const answeredOnTime = sum((bucket) => bucket.pqrs.answeredOnTime.total);
  const satisfactionAnswered = sum((bucket) => bucket.satisfaction.overall.answered);
  const satisfactionSatisfied = sum((bucket) => bucket.satisfaction.overall.satisfied);
  const last = buckets.at(-1);
  return {
    received: sum((bucket) => bucket.pqrs.received.total),
    answered,
    answeredOnTime,
    onTimeRate: ratio(answeredOnTime, answered),
    open: last?.pqrs.open.total ?? 0,
    overdue: last?.pqrs.overdue.total ?? 0,
    satisfactionAnswered,
    satisfactionSatisfied,
    satisfactionIndex: ratio(satisfactionSatisfied, satisfactionAnswered),
  };
}

/** A headline figure as the Tablero shows it: the same label means the same count in every report. */
export interface HeadlineFigureCard {
  readonly id: string;
  readonly label: string;
  /** The number itself (a rate 0..1 for rates; null without data), for whoever compares it. */
  readonly amount: number | null;
  readonly value: string;
  readonly detail: string;
}

/** The six headline figures, labelled with the names the reports print (domain/pqrs/figure-names.ts). */
export function headlineFigureCards(figures: HeadlineFigures): HeadlineFigureCard[] {
  return [
    {
      id: 'received',
      label: PQRS_FLOW_FIGURE_NAMES.received,
      amount: figures.received,
      value: formatCount(figures.received),
      detail: 'por fecha de radicación',
    },
    {
      id: 'answered',
      label: PQRS_FLOW_FIGURE_NAMES.answered,
      amount: figures.answered,
      value: formatCount(figures.answered),
      detail: 'por fecha de respuesta',
    },
    {
      id: 'on-time-rate',
      label: PQRS_FLOW_FIGURE_NAMES.onTimeRate,
      amount: figures.onTimeRate,
      value: formatRate(figures.onTimeRate),
      detail: `${countOf(figures.answeredOnTime, 'respondida', 'respondidas')} a tiempo`,
    },
    {
      id: 'open',
      label: PQRS_STOCK_FIGURE_NAMES.open,
      amount: figures.open,
      value: formatCount(figures.open),
      detail: 'al final de su último día, o ahora',
    },
    {
      id: 'overdue',
      label: PQRS_STOCK_FIGURE_NAMES.overdue,
      amount: figures.overdue,
      value: formatCount(figures.overdue),
      detail: 'al final de su último día, o ahora',
    },
    {
      id: 'satisfaction',
      label: 'Índice de satisfacción',
      amount: figures.satisfactionIndex,
      value: formatRate(figures.satisfactionIndex),
      detail: `${formatCount(figures.satisfactionSatisfied)} de ${countOf(figures.satisfactionAnswered, 'respuesta satisfecha', 'respuestas satisfechas')}`,
    },
  ];
}

/** One value per bucket for each chart over time. */
export interface DashboardSeries {
  readonly axis: readonly string[];
  readonly names: readonly string[];
  readonly received: readonly number[];
  readonly answered: readonly number[];
  readonly onTimePercent: readonly (number | null)[];
  readonly open: readonly number[];
  readonly overdue: readonly number[];
  readonly satisfactionPercent: readonly (number | null)[];
}

export function dashboardSeries(buckets: readonly DashboardBucket[]): DashboardSeries {
  return {
    axis: buckets.map((bucket) => bucketAxisName(bucket.label)),
    names: buckets.map((bucket) => bucketName(bucket.label)),
    received: buckets.map((bucket) => bucket.pqrs.received.total),
    answered: buckets.map((bucket) => bucket.pqrs.answered.total),
    onTimePercent: buckets.map((bucket) => toPercent(bucket.pqrs.onTimeRate)),
    open: buckets.map((bucket) => bucket.pqrs.open.total),
    overdue: buckets.map((bucket) => bucket.pqrs.overdue.total),
    satisfactionPercent: buckets.map((bucket) => toPercent(bucket.satisfaction.overall.satisfactionIndex)),
  };
}

export interface LabelledCount {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/** A breakdown added up over the buckets, in the server's order, each key with its Spanish name. */
export function totalsByKey(
  buckets: readonly DashboardBucket[],
  pick: (bucket: DashboardBucket) => readonly KeyedCount[],
  labels: Readonly<Record<string, string>>,
): LabelledCount[] {
  const totals = new Map<string, number>();
  for (const bucket of buckets)
    for (const { key, value } of pick(bucket)) totals.set(key, (totals.get(key) ?? 0) + value);
  return [...totals].map(([key, value]) => ({ key, label: labels[key] ?? key, value }));
}

export function receivedByKind(buckets: readonly DashboardBucket[]): LabelledCount[] {
  return totalsByKey(buckets, (bucket) => bucket.pqrs.received.byKind, PQRS_KIND_LABELS);
}

export function receivedByChannel(buckets: readonly DashboardBucket[]): LabelledCount[] {
  return totalsByKey(buckets, (bucket) => bucket.pqrs.received.byChannel, PQRS_CHANNEL_LABELS);
}

/** The index of the largest value (the first one on a tie), or -1 if there is none. */
function indexOfMax(values: readonly (number | null)[]): number {
  let best = -1;
  values.forEach((value, index) => {
    if (value !== null && (best === -1 || value > (values[best] as number))) best = index;
  });
  return best;
}

function indexOfMin(values: readonly (number | null)[]): number {
  return indexOfMax(values.map((value) => (value === null ? null : -value)));
}

/** "1 respuesta", "2 respuestas", "1.200 respuestas". */
export function countOf(count: number, singular: string, pluralForm: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

// The sentences below describe each chart for screen readers and anyone who prefers words: the
// period's total and the bucket that stands out, never the colours.

export function receivedAnsweredSummary(buckets: readonly DashboardBucket[]): string {
  const { received, answered } = headlineFigures(buckets);
  if (received === 0 && answered === 0) return 'En el periodo no se radicaron ni se respondieron PQRS.';
  const series = dashboardSeries(buckets);
  const busiest = indexOfMax(series.received);
  const peak =
    received > 0
      ? ` El intervalo con más radicadas fue ${series.names[busiest]} (${series.received[busiest]}).`
      : '';
  return `En el periodo se radicaron ${formatCount(received)} PQRS y se respondieron ${formatCount(answered)}.${peak}`;
}

export function onTimeSummary(buckets: readonly DashboardBucket[]): string {
  const { answered, answeredOnTime, onTimeRate } = headlineFigures(buckets);
  if (answered === 0) return 'En el periodo no hubo respuestas: no hay oportunidad que medir.';
  const series = dashboardSeries(buckets);
  const lowest = indexOfMin(series.onTimePercent);
  return (
    `De ${countOf(answered, 'respuesta', 'respuestas')}, ${formatCount(answeredOnTime)} a tiempo (${formatRate(onTimeRate)}).` +
    ` La oportunidad más baja fue en ${series.names[lowest]} (${formatPercent(series.onTimePercent[lowest] ?? null)}).`
  );
}

export function breakdownSummary(what: string, counts: readonly LabelledCount[]): string {
  const nonZero = counts.filter((count) => count.value > 0).sort((a, b) => b.value - a.value);
  if (nonZero.length === 0) return `En el periodo no se radicaron PQRS, así que no hay desglose ${what}.`;
  return `Radicadas ${what}: ${nonZero.map((count) => `${count.label}, ${formatCount(count.value)}`).join('; ')}.`;
}

export function backlogSummary(buckets: readonly DashboardBucket[]): string {
  if (buckets.length === 0) return 'No hay intervalos en el periodo.';
  const { open, overdue } = headlineFigures(buckets);
  const series = dashboardSeries(buckets);
  const highest = indexOfMax(series.open);
  return (
    `Al cierre del periodo quedaban ${countOf(open, 'PQRS abierta', 'PQRS abiertas')}, ` +
    `${countOf(overdue, 'vencida', 'vencidas')}. El mayor número de abiertas fue al cierre de ${series.names[highest]} (${series.open[highest]}).`
  );
}

export function satisfactionSummary(buckets: readonly DashboardBucket[]): string {
  const { satisfactionAnswered, satisfactionSatisfied, satisfactionIndex } = headlineFigures(buckets);
  if (satisfactionAnswered === 0) return 'En el periodo no se respondieron encuestas de satisfacción.';
  return (
    `Índice de satisfacción del periodo: ${formatRate(satisfactionIndex)} ` +
    `(${formatCount(satisfactionSatisfied)} de ${countOf(satisfactionAnswered, 'respuesta calificada', 'respuestas calificadas')}, satisfechas).`
  );
}
