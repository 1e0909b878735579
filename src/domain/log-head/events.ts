// The facts of the log-heads stream: each head of the global log the installation signed, in order.
import type { DomainEvent } from '../shared/decider.js';
import type { Instant } from '../shared/time.js';
import type { LogHeadFacts } from './commands.js';

export type LogHeadSigned = DomainEvent<'LogHeadSigned', LogHeadFacts & { readonly signedAt: Instant }>;

export type LogHeadEvent = LogHeadSigned;

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const LOG_HEAD_EVENT_SCHEMA_VERSIONS: Readonly<Record<LogHeadEvent['type'], number>> = {
  LogHeadSigned: 1,
};

/** The one stream of signed heads. */
export const LOG_HEAD_STREAM = 'log-heads';
