// The affiliation statistics of a period without the screen: the default period (the month so far), the
// checks before asking, the requests received by current status and by type with their Spanish names
// (every status and type shown, zeros included, so the chart's bars do not move between periods), and
// the sentences that describe the figures to anyone who does not read the chart. Pure.
import type { AffiliationStatus, AffiliationType } from '../graphql/generated/graphql.js';
import {
  AFFILIATION_STATUS_LABELS,
  AFFILIATION_STATUSES,
  AFFILIATION_TYPE_LABELS,
  AFFILIATION_TYPES,
} from './affiliations.js';
import { countOf, formatCount, type LabelledCount } from './dashboard-figures.js';
import { formatDate, isCalendarDate, type Period } from './report-periods.js';

export interface AffiliationStatisticsFigures {
  readonly received: number;
  readonly approved: number;
  readonly rejected: number;
  readonly averageDaysToDecision: number | null;
  readonly byStatus: readonly { readonly status: string; readonly count: number }[];
  readonly byType: readonly { readonly affiliationType: string; readonly count: number }[];
  /** By the plan's campaign (or, for old requests, the name typed), when the query asked for it. */
  readonly byCampaign?: readonly {
    readonly campaignId: string | null;
    readonly campaign: string | null;
    readonly plannedCampaignName: string | null;
    readonly count: number;
  }[];
}

/** From the first of the month to today (Bogotá days): what "how are we doing" usually means. */
export function defaultStatisticsPeriod(today: string): Period {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

export function statisticsPeriodProblem(
  period: Period,
): { readonly field: keyof Period; readonly message: string } | null {
  if (!isCalendarDate(period.from)) return { field: 'from', message: 'Indique la fecha inicial.' };
  if (!isCalendarDate(period.to)) return { field: 'to', message: 'Indique la fecha final.' };
  if (period.from > period.to) return { field: 'to', message: 'La fecha final es anterior a la inicial.' };
  return null;
}

export function receivedByStatus(figures: AffiliationStatisticsFigures): LabelledCount[] {
  return AFFILIATION_STATUSES.map((status: AffiliationStatus) => ({
    key: status,
    label: AFFILIATION_STATUS_LABELS[status],
    value: figures.byStatus.find((row) => row.status === status)?.count ?? 0,
  }));
}

export function receivedByType(figures: AffiliationStatisticsFigures): LabelledCount[] {
  return AFFILIATION_TYPES.map((type: AffiliationType) => ({
    key: type,
    label: AFFILIATION_TYPE_LABELS[type],
    value: figures.byType.find((row) => row.affiliationType === type)?.count ?? 0,
  }));
}

/**
 * Requests received by campaign, most first: the plan's campaign by its name (an old name mapped to it
 * counts with it), an old name not mapped as typed, and «Sin campaña» last.
 */
export function receivedByCampaign(figures: AffiliationStatisticsFigures): LabelledCount[] {
  const counts = new Map<string, LabelledCount>();
  for (const row of figures.byCampaign ?? []) {
    const planned = row.plannedCampaignName;
    const key = planned !== null ? `plan:${planned}` : row.campaign !== null ? `old:${row.campaign}` : 'none';
    const label =
      planned ?? (row.campaign !== null ? `${row.campaign} (sin asociar al plan)` : 'Sin campaña');
    counts.set(key, { key, label, value: (counts.get(key)?.value ?? 0) + row.count });
  }
  return [...counts.values()].sort(
    (left, right) =>
      Number(left.key === 'none') - Number(right.key === 'none') ||
      right.value - left.value ||
      left.label.localeCompare(right.label, 'es'),
  );
}

/** "4,5 días" / "sin decisiones en el periodo". */
export function formatAverageDays(days: number | null): string {
  if (days === null) return 'sin decisiones en el periodo';
  return `${days.toLocaleString('es-CO', { maximumFractionDigits: 1 })} ${days === 1 ? 'día' : 'días'}`;
}

/** The period's headline in one sentence. */
export function statisticsHeadline(period: Period, figures: AffiliationStatisticsFigures): string {
  return (
    `Del ${formatDate(period.from)} al ${formatDate(period.to)}: ` +
    `${countOf(figures.received, 'solicitud recibida', 'solicitudes recibidas')}, ` +
    `${countOf(figures.approved, 'aprobada', 'aprobadas')} y ${countOf(figures.rejected, 'rechazada', 'rechazadas')}. ` +
    `Tiempo promedio hasta la decisión: ${formatAverageDays(figures.averageDaysToDecision)}.`
  );
}

/** The chart described in words: the non-zero bars, largest first. */
export function affiliationBreakdownSummary(what: string, counts: readonly LabelledCount[]): string {
  const nonZero = counts.filter((count) => count.value > 0).sort((a, b) => b.value - a.value);
  if (nonZero.length === 0)
    return `En el periodo no se recibieron solicitudes, así que no hay desglose ${what}.`;
  return `Solicitudes recibidas ${what}: ${nonZero.map((count) => `${count.label}, ${formatCount(count.value)}`).join('; ')}.`;
}
