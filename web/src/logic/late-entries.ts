// Facts recorded with an earlier date than the day they were recorded (registro tardío), as the case page
// says them: what, when it happened, when it was recorded and how many business days later, and why.
// The words are the domain's (src/domain/pqrs/labels.ts), the same the Informe de PQRS prints. Pure.
import { LATE_ENTRY_FACT_LABELS, LATE_ENTRY_FLAG } from '../../../src/domain/pqrs/labels.js';
import type { LateEntryFact } from '../graphql/generated/graphql.js';
import { formatDate, formatInstant } from './report-periods.js';

export { LATE_ENTRY_FLAG };

export interface LateEntryView {
  readonly fact: LateEntryFact;
  readonly occurredAt: string;
  readonly recordedOn: string;
  readonly businessDaysLate: number;
  readonly reason: string;
}

function businessDays(count: number): string {
  return count === 1 ? '1 día hábil' : `${count} días hábiles`;
}

/** One sentence per late fact: "Recepción del 02/01/2026 08:00, registrado con fecha anterior el …". */
export function lateEntrySentence(entry: LateEntryView): string {
  return (
    `${LATE_ENTRY_FACT_LABELS[entry.fact] ?? entry.fact} del ${formatInstant(entry.occurredAt)}: ` +
    `${LATE_ENTRY_FLAG.toLowerCase()} el ${formatDate(entry.recordedOn)}, ` +
    `${businessDays(entry.businessDaysLate)} después. Motivo: ${entry.reason}`
  );
}

/**
 * The helper text beside a date that may be earlier than today: within the window anyone records it;
 * beyond it only coordination, with the reason.
 */
export const LATE_ENTRY_REASON_HELP =
  'Solo si la fecha es anterior en más días hábiles de los que se admiten (3, salvo otra configuración): la registra un coordinador o administrador, con el motivo, que queda en el caso y en el Informe de PQRS.';

/** The server's limit on the reason (lateEntryReason in the GraphQL inputs). */
export const LATE_ENTRY_REASON_LIMIT = 2_000;
