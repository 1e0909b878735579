// What the case page says of when the filing counts as radicated (Ley 1437 de 2011, art. 54) and from
// which day its term runs, in Spanish, dd/mm/aaaa.
import { formatDate } from './report-periods.js';

export interface RadicationFacts {
  readonly afterHoursRule: 'RECEIPT_DAY' | 'NEXT_BUSINESS_DAY';
  readonly officeHours: string | null;
  readonly outsideOfficeHours: boolean | null;
  readonly radicatedOn: string;
  readonly termRunsFrom: string | null;
  readonly calendarVersion: string;
}

/** Label–value rows for the term box: day 1, the radication outside office hours, the calendar. */
export function radicationRows(facts: RadicationFacts): (readonly [string, string])[] {
  const rows: (readonly [string, string])[] = [];
  if (facts.termRunsFrom !== null) rows.push(['El término corre desde', formatDate(facts.termRunsFrom)]);
  if (facts.outsideOfficeHours) {
    const hours = facts.officeHours === null ? '' : ` (${facts.officeHours})`;
    rows.push([
      'Radicación',
      facts.afterHoursRule === 'NEXT_BUSINESS_DAY'
        ? `Recibida en línea fuera del horario de atención${hours} o en día no hábil: se entiende radicada el ${formatDate(facts.radicatedOn)} (art. 54, Ley 1437 de 2011).`
        : `Recibida fuera del horario de atención${hours} o en día no hábil; el término se cuenta desde el día de recibo.`,
    ]);
  }
  rows.push(['Calendario de días hábiles', facts.calendarVersion]);
  return rows;
}
