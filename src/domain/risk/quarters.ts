// The quarters the risk map is monitored by, named as the indicators name them: `2026-T1` is January to
// March 2026 in Bogotá.
import type { CalendarDate } from '../shared/time.js';

/** A calendar quarter, `YYYY-Tn` with n from 1 to 4. */
export type Quarter = string;

const QUARTER = /^(\d{4})-T([1-4])$/;

export function isQuarter(value: unknown): value is Quarter {
  return typeof value === 'string' && QUARTER.test(value);
}

export function quarterOf(date: CalendarDate): Quarter {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-T${Math.ceil(month / 3)}`;
}

/** The quarter's first day. */
export function quarterStart(quarter: Quarter): CalendarDate {
  const match = QUARTER.exec(quarter);
  if (!match) return quarter;
  const month = (Number(match[2]) - 1) * 3 + 1;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}

/** The quarter's last day. */
export function quarterEnd(quarter: Quarter): CalendarDate {
  const match = QUARTER.exec(quarter);
  if (!match) return quarter;
  const lastMonth = Number(match[2]) * 3;
  const lastDay = [31, 30, 30, 31][Number(match[2]) - 1]!;
  return `${match[1]}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
}

/** As staff read it: «T1 2026 (enero a marzo)». */
export function quarterLabel(quarter: Quarter): string {
  const match = QUARTER.exec(quarter);
  if (!match) return quarter;
  const months = ['enero a marzo', 'abril a junio', 'julio a septiembre', 'octubre a diciembre'];
  return `T${match[2]} ${match[1]} (${months[Number(match[2]) - 1]})`;
}
