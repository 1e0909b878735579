// The years the business calendar can count in: its holiday data (colombian-holidays, through the Easter
// computus it relies on) answers only for 1583 to 4099. A command carrying a date outside them is refused
// before its decider runs, naming the field, instead of failing deep inside a term computation.
import { refuse, type DomainError } from './domain-error.js';
import { bogotaDateOf, isInstant, spanishDate, yearOf } from './time.js';

export const FIRST_SUPPORTED_YEAR = 1583;
/** A year short of the data's last (4099): terms run forward from a date, up to months past it. */
export const LAST_SUPPORTED_YEAR = 4098;

/** A calendar date or an instant, as commands carry them (`2026-03-02`, `2026-03-02T08:30:00-05:00`). */
const DATE_OR_INSTANT = /^\d{4,}-\d{2}-\d{2}(T|$)/;
/** Fields named as dates are (receivedAt, answeredOn, newDueDate, from, asOf): free texts never are. */
const DATE_FIELD = /(?:At|On|Date)$|^(?:from|to|asOf|date)$/;

/** The refusal for the first date in the command's data (at any depth) outside the supported years. */
export function dateOutsideSupportedYears(command: { readonly data: unknown }): DomainError | null {
  return firstOutside(command.data, null);
}

function firstOutside(value: unknown, field: string | null): DomainError | null {
  if (typeof value === 'string') {
    if (field === null || !DATE_FIELD.test(field.split('.').at(-1)!) || !DATE_OR_INSTANT.test(value)) {
      return null;
    }
    const day = value.includes('T') ? (isInstant(value) ? bogotaDateOf(value) : null) : value;
    if (day === null) return null;
    const year = yearOf(day);
    if (year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR) return null;
    return refuse(
      'INVALID_DATE_OUT_OF_RANGE',
      `La fecha ${spanishDate(day)} está fuera del calendario de días hábiles, ` +
        `que va de ${FIRST_SUPPORTED_YEAR} a ${LAST_SUPPORTED_YEAR}.`,
      field,
    );
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const refusal = firstOutside(item, field === null ? key : `${field}.${key}`);
    if (refusal) return refusal;
  }
  return null;
}
