// How a case's legal term stands, in words staff read: the server counts the business days left on the
// business calendar (Pqrs.businessDaysLeft: 0 on the due date, negative once past it, null when the term
// does not run); this only words that count next to the case's status. Pure: no clock, no calendar.
import type { PqrsStatus, TrafficLight } from '../graphql/generated/graphql.js';

/** How urgent the standing is, for the colour of its chip (always with its words next to it). */
export type TermTone = 'onTime' | 'dueSoon' | 'overdue' | 'suspended' | 'ended';

export interface TermStanding {
  readonly text: string;
  readonly tone: TermTone;
}

/** The server's threshold for "por vencer" (DUE_SOON_BUSINESS_DAYS in the domain). */
const DUE_SOON_BUSINESS_DAYS = 3;

const ENDED_TEXTS: Readonly<
  Record<Exclude<PqrsStatus, 'RECEIVED' | 'ASSIGNED' | 'AWAITING_INFORMATION'>, string>
> = {
  ANSWERED: 'El término ya no corre: el caso fue respondido',
  CLOSED: 'El término ya no corre: el caso fue respondido y cerrado',
  TRANSFERRED: 'El término ya no corre: el caso se trasladó por competencia',
  WITHDRAWN: 'El término ya no corre: el peticionario desistió',
};

function businessDays(count: number): string {
  return count === 1 ? '1 día hábil' : `${count} días hábiles`;
}

/**
 * The standing of a case's term. `trafficLight` tells the one case the count alone cannot: on a weekend
 * right after a Friday due date the count is 0 (no business day has passed since) but the case is overdue.
 */
export function termStanding(
  status: PqrsStatus,
  businessDaysLeft: number | null,
  trafficLight: TrafficLight | null = null,
): TermStanding {
  if (status === 'AWAITING_INFORMATION') return { text: 'Término suspendido (art. 17)', tone: 'suspended' };
  if (status !== 'RECEIVED' && status !== 'ASSIGNED') return { text: ENDED_TEXTS[status], tone: 'ended' };
  if (businessDaysLeft === null) return { text: 'Sin cómputo del término', tone: 'ended' };
  if (businessDaysLeft < 0)
    return { text: `Vencido hace ${businessDays(-businessDaysLeft)}`, tone: 'overdue' };
  if (businessDaysLeft === 0) {
    return trafficLight === 'OVERDUE'
      ? { text: 'Vencido: venció el último día hábil', tone: 'overdue' }
      : { text: 'Vence hoy', tone: 'dueSoon' };
  }
  const tone: TermTone = businessDaysLeft <= DUE_SOON_BUSINESS_DAYS ? 'dueSoon' : 'onTime';
  return { text: `${businessDaysLeft === 1 ? 'Queda' : 'Quedan'} ${businessDays(businessDaysLeft)}`, tone };
}
