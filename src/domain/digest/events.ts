// The daily digest's facts: which staff account was sent which day's digest, with which Message-ID and
// what the server answered, so "was I told?" is answered by the log and no day's digest goes out twice.
// Account ids and counts only: no address, no name, no case's subject.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';

/** How many cases each list of the digest named (the lists themselves are in the message only). */
export interface DigestContents {
  /** The recipient's own overdue cases. */
  readonly overdue: number;
  /** Their own cases due within the traffic light's threshold (3 business days). */
  readonly dueSoon: number;
  /** Their own cases awaiting the petitioner's information (art. 17). */
  readonly awaitingInformation: number;
  /** The office's overdue cases, for a coordinator; null for an agent. */
  readonly teamOverdue: number | null;
}

export type DigestSent = DomainEvent<
  'DigestSent',
  {
    readonly date: CalendarDate;
    readonly recipientAccountId: string;
    readonly messageId: string;
    readonly serverResponse: string;
    readonly sentAt: Instant;
    readonly contents: DigestContents;
  }
>;

export type DigestEvent = DigestSent;

export const DIGEST_EVENT_SCHEMA_VERSIONS: Readonly<Record<DigestEvent['type'], number>> = {
  DigestSent: 1,
};

/** One stream per business day, `digest-<AAAA-MM-DD>`: the day's sendings in one place. */
export const DIGEST_STREAM_PREFIX = 'digest-';
export const digestStreamOf = (date: CalendarDate): string => `${DIGEST_STREAM_PREFIX}${date}`;
