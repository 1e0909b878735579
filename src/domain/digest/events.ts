// The daily digest's facts: which staff account was sent which day's digest, with which Message-ID, what
// the server answered and which version of the DAILY_DIGEST template wrote it, so "was I told, and in
// what words?" is answered by the log and no day's digest goes out twice.
// Account ids and counts only: no address, no name, no case's subject.
import type { TemplateUsed } from '../notifications/notice-kinds.js';
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

/** The only template a digest is written from. */
export const DIGEST_TEMPLATE_KEY = 'DAILY_DIGEST' satisfies TemplateUsed['key'];

export type DigestSent = DomainEvent<
  'DigestSent',
  {
    readonly date: CalendarDate;
    readonly recipientAccountId: string;
    readonly messageId: string;
    readonly serverResponse: string;
    readonly sentAt: Instant;
    readonly contents: DigestContents;
    /** The DAILY_DIGEST version in force when the digest was written. */
    readonly template: TemplateUsed;
  }
>;

/** Schema version 1, before the digest was written from the ADMIN's template: no `template`. */
export type DigestSentV1 = DomainEvent<'DigestSent', Omit<DigestSent['data'], 'template'>>;

export type DigestEvent = DigestSent;

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const DIGEST_EVENT_SCHEMA_VERSIONS: Readonly<Record<DigestEvent['type'], number>> = {
  DigestSent: 2,
};

/** An event as the store keeps it: its type, the schema version it was written with, and its data. */
export interface StoredDigestEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * The current shape of a stored digest event. A DigestSent of schema version 1 was written before the
 * digest read the templates, its words then set in code: it reads as version 1 of DAILY_DIGEST, the
 * shipped default that took that code's place.
 */
export function upcastDigestEvent(stored: StoredDigestEvent): DigestEvent {
  if (stored.type === 'DigestSent' && stored.schemaVersion < 2) {
    return {
      type: 'DigestSent',
      data: {
        ...(stored.data as DigestSentV1['data']),
        template: { key: DIGEST_TEMPLATE_KEY, version: 1 },
      },
    };
  }
  return { type: stored.type, data: stored.data } as DigestEvent;
}

/** One stream per business day, `digest-<AAAA-MM-DD>`: the day's sendings in one place. */
export const DIGEST_STREAM_PREFIX = 'digest-';
export const digestStreamOf = (date: CalendarDate): string => `${DIGEST_STREAM_PREFIX}${date}`;
