// How far a plan has come: each activity counts its weight times its approved progress, so the plan's
// execution is Σ weight × progress / 100, in percentage points of the whole plan. A plan whose weights
// add to less than 100 can reach no more than their total (it is flagged as unbalanced, never rescaled),
// and an activity is overdue when its end date has passed and its approved progress is below 100 %.
// Arithmetic is in integer hundredths, so 33,33 + 33,33 + 33,34 is exactly 100.
import type { CalendarDate } from '../shared/time.js';

/** Weights are kept to two decimals: 12.5 → 1250. */
export function hundredthsOf(weight: number): number {
  return Math.round(weight * 100);
}

/** Whether the value is a weight the plan accepts: above 0, at most 100, at most two decimals. */
export function isValidWeight(weight: unknown): weight is number {
  return (
    typeof weight === 'number' &&
    Number.isFinite(weight) &&
    weight > 0 &&
    weight <= 100 &&
    Math.abs(weight * 100 - Math.round(weight * 100)) < 1e-6
  );
}

export interface WeightedProgress {
  readonly weight: number;
  /** Approved cumulative progress, 0–100. */
  readonly progress: number;
}

/** The plan's execution, percentage points of the whole plan, rounded to two decimals. */
export function executionPercentOf(activities: readonly WeightedProgress[]): number {
  const weightedHundredths = activities.reduce(
    (sum, activity) => sum + hundredthsOf(activity.weight) * activity.progress,
    0,
  );
  // weightedHundredths / 100 is the execution in hundredths of a point; one more /100 gives points.
  return Math.round(weightedHundredths / 100) / 100;
}

/** The weights' total, two decimals, exact. */
export function weightTotalOf(activities: readonly { readonly weight: number }[]): number {
  return activities.reduce((sum, activity) => sum + hundredthsOf(activity.weight), 0) / 100;
}

/** The plan's weights add to exactly 100 %. */
export function isBalanced(activities: readonly { readonly weight: number }[]): boolean {
  return activities.reduce((sum, activity) => sum + hundredthsOf(activity.weight), 0) === 10_000;
}

/** Overdue on `today` (Bogotá): the end date has passed and the approved progress is below 100 %. */
export function isOverdue(
  activity: { readonly endDate: CalendarDate; readonly progress: number },
  today: CalendarDate,
): boolean {
  return activity.endDate < today && activity.progress < 100;
}

/** The quarter (1–4) a day falls in, and the last day of a quarter of a year. */
export function quarterOf(date: CalendarDate): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

export function lastDayOfQuarter(year: number, quarter: 1 | 2 | 3 | 4): CalendarDate {
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
}
