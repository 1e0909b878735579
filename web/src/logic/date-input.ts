// What the date fields hand the forms, and what they show: the forms keep the values a native date input
// gave them (a calendar day 'YYYY-MM-DD', a Bogotá wall-clock 'YYYY-MM-DDTHH:mm'), while the field shows
// and reads dd/mm/aaaa and a 24-hour clock, whatever the browser's language.
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(customParseFormat);

export type DateInputKind = 'date' | 'dateTime';

/** The form's value of each kind, as a native date and datetime-local input gave it. */
export const VALUE_FORMATS: Readonly<Record<DateInputKind, string>> = {
  date: 'YYYY-MM-DD',
  dateTime: 'YYYY-MM-DDTHH:mm',
};

/** What staff read and type: dd/mm/aaaa, and the hour on 24. */
export const DISPLAY_FORMATS: Readonly<Record<DateInputKind, string>> = {
  date: 'DD/MM/YYYY',
  dateTime: 'DD/MM/YYYY HH:mm',
};

/**
 * What a field hands the form while a date is half typed ("05/03/aaaa"): not empty, so that a form where
 * empty means "now" does not take it for that, and not a date, so that the form's own check names it.
 */
export const UNFINISHED_DATE = 'incompleta';

/** The form's value as the picker's; null for an empty field or anything that is not such a value. */
export function pickedOf(value: string, kind: DateInputKind): Dayjs | null {
  const picked = dayjs(value, VALUE_FORMATS[kind], true);
  return picked.isValid() ? picked : null;
}

/** The picker's value as the form's: '' when empty, UNFINISHED_DATE when half typed or impossible. */
export function valueOf(picked: Dayjs | null, kind: DateInputKind): string {
  if (picked === null) return '';
  return picked.isValid() ? picked.format(VALUE_FORMATS[kind]) : UNFINISHED_DATE;
}

/**
 * Whether the field must show the form's value in place of what it holds. A form that sets a date
 * (a reset, a default, a link) wins; a form that only drops a half-typed date it cannot use (an empty
 * value, or UNFINISHED_DATE) does not wipe what is still being typed.
 */
export function followsForm(value: string, picked: Dayjs | null, kind: DateInputKind): boolean {
  const fromForm = pickedOf(value, kind);
  const held = picked !== null && picked.isValid() ? valueOf(picked, kind) : null;
  return fromForm === null ? held !== null : held !== value;
}
