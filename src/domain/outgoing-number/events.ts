// The facts of the outgoing-number counter, one stream per year: `outgoing-<year>`.
import type { DomainEvent } from '../shared/decider.js';

export type OutgoingNumberIssued = DomainEvent<
  'OutgoingNumberIssued',
  {
    readonly outgoingNumber: string;
    readonly year: number;
    readonly consecutive: number;
    /** The id of the command that asked for it: a retried command finds its number by it. */
    readonly requestedBy: string;
    /** The case the letter answers (null when none was named). */
    readonly radicado: string | null;
  }
>;

export type OutgoingNumberEvent = OutgoingNumberIssued;
export type OutgoingNumberEventType = OutgoingNumberEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const OUTGOING_NUMBER_EVENT_SCHEMA_VERSIONS: Readonly<Record<OutgoingNumberEventType, number>> = {
  OutgoingNumberIssued: 1,
};

export const OUTGOING_NUMBER_STREAM_PREFIX = 'outgoing-';
export const outgoingNumberStreamOf = (year: number): string => `${OUTGOING_NUMBER_STREAM_PREFIX}${year}`;
