// When a filing counts as radicated, and so the day its term runs from: the office's hours and its rule for
// electronic filings made outside them (Ley 1437 de 2011, art. 54).
import type { BusinessCalendar } from '../shared/business-calendar.js';
import { bogotaDateOf, type CalendarDate, type Instant } from '../shared/time.js';
import type { PqrsChannel } from './events.js';

/**
 * RECEIPT_DAY: the term counts from the day of receipt, whatever the hour (day 1 is the next business day).
 * NEXT_BUSINESS_DAY: CPACA art. 54 as first enacted — an electronic filing made after office hours or on a
 * non-working day is timely and is radicated the next business day, so day 1 is the business day after
 * that. Ley 2080 de 2021 (art. 9) rewrote art. 54 and some readings hold that the inciso fell with it; the
 * receipt-day rule never gives a later due date, so it is the default (README, "Radicación fuera de horario").
 */
export const AFTER_HOURS_RULES = ['RECEIPT_DAY', 'NEXT_BUSINESS_DAY'] as const;
export type AfterHoursRule = (typeof AFTER_HOURS_RULES)[number];

/** The electronic means of art. 54: the web form, the office's mailbox and its social-media accounts. */
export const ELECTRONIC_CHANNELS: readonly PqrsChannel[] = ['WEB', 'EMAIL', 'SOCIAL_MEDIA'];

/** Office hours on the calendar's business days, Bogotá wall clock, `HH:MM`; closesAt is the first minute closed. */
export interface OfficeHours {
  readonly opensAt: string;
  readonly closesAt: string;
}

export interface FilingHoursPolicy {
  readonly officeHours: OfficeHours;
  readonly afterHoursRule: AfterHoursRule;
}

export const DEFAULT_FILING_HOURS_POLICY: FilingHoursPolicy = {
  officeHours: { opensAt: '07:00', closesAt: '17:00' },
  afterHoursRule: 'RECEIPT_DAY',
};

/** `07:00-17:00`, as the setting is written and the event records it. */
export function officeHoursText(hours: OfficeHours): string {
  return `${hours.opensAt}-${hours.closesAt}`;
}

const HOURS = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** Office hours from `HH:MM-HH:MM` (opening before closing), or null when the text is not that. */
export function parseOfficeHours(text: string): OfficeHours | null {
  const match = HOURS.exec(text.trim());
  if (match === null) return null;
  const opensAt = `${match[1]}:${match[2]}`;
  const closesAt = `${match[3]}:${match[4]}`;
  return opensAt < closesAt ? { opensAt, closesAt } : null;
}

/** What the Received event records about the filing's radication. */
export interface Radication {
  /** The rule applied: RECEIPT_DAY for a filing that is not electronic, whatever the office's setting. */
  readonly afterHoursRule: AfterHoursRule;
  /** The office hours in force, `HH:MM-HH:MM` (null: not recorded, for receipts stored before version 5). */
  readonly officeHours: string | null;
  /** Received on a non-working day, before opening or from the closing minute on (null: not recorded). */
  readonly outsideOfficeHours: boolean | null;
  /** The day the filing counts as radicated: the term is counted from the next business day. */
  readonly radicatedOn: CalendarDate;
  /** Day 1 of the term: what the petitioner is told ("el término corre desde"); null: not recorded. */
  readonly termRunsFrom: CalendarDate | null;
}

const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

/** The Bogotá wall-clock time of an instant, `HH:MM`. */
function bogotaTimeOf(instant: Instant): string {
  return new Date(Date.parse(instant) + BOGOTA_OFFSET_MS).toISOString().slice(11, 16);
}

export function radicationOf(
  receivedAt: Instant,
  channel: PqrsChannel,
  policy: FilingHoursPolicy,
  calendar: BusinessCalendar,
): Radication {
  const receivedOn = bogotaDateOf(receivedAt);
  const time = bogotaTimeOf(receivedAt);
  const { opensAt, closesAt } = policy.officeHours;
  const businessDay = calendar.isBusinessDay(receivedOn);
  const beforeOpening = businessDay && time < opensAt;
  const afterClosing = !businessDay || time >= closesAt;
  const afterHoursRule: AfterHoursRule = ELECTRONIC_CHANNELS.includes(channel)
    ? policy.afterHoursRule
    : 'RECEIPT_DAY';
  // Before opening on a business day the office radicates it that same day: never later than receipt.
  const radicatedOn =
    afterHoursRule === 'NEXT_BUSINESS_DAY' && afterClosing
      ? calendar.addBusinessDays(receivedOn, 1)
      : receivedOn;
  return {
    afterHoursRule,
    officeHours: officeHoursText(policy.officeHours),
    outsideOfficeHours: beforeOpening || afterClosing,
    radicatedOn,
    termRunsFrom: calendar.addBusinessDays(radicatedOn, 1),
  };
}

/** The rule in Spanish, for the case page and the GraphQL enum's descriptions. */
export const AFTER_HOURS_RULE_LABELS: Readonly<Record<AfterHoursRule, string>> = {
  RECEIPT_DAY: 'El término se cuenta desde el día de recibo, a cualquier hora',
  NEXT_BUSINESS_DAY:
    'Radicación electrónica fuera del horario o en día no hábil: se radica el día hábil siguiente (Ley 1437 de 2011, art. 54)',
};
