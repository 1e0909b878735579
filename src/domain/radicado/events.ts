// The facts of the radicado counter, stored in one stream per year: `radicado-<year>`.
import type { ReceivePqrs } from '../pqrs/commands.js';
import type { DomainEvent } from '../shared/decider.js';

/** RadicadoIssued as first stored (schemaVersion 1), without the receipt it was issued for. */
export type RadicadoIssuedV1 = DomainEvent<
  'RadicadoIssued',
  {
    readonly radicado: string;
    readonly year: number;
    readonly consecutive: number;
    /** The id of the command that asked for it: a retried command finds its radicado by it. */
    readonly requestedBy: string;
  }
>;

/**
 * schemaVersion 2: the receipt the number was issued for, as the domain accepted it (people by id only),
 * so a receipt interrupted between its number and its case is completed at start-up: no number is ever
 * issued without its case. Null for numbers issued before it was kept.
 */
export type RadicadoIssued = DomainEvent<
  'RadicadoIssued',
  RadicadoIssuedV1['data'] & { readonly receipt: ReceivePqrs['data'] | null }
>;

export type RadicadoEvent = RadicadoIssued;
export type RadicadoEventType = RadicadoEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const RADICADO_EVENT_SCHEMA_VERSIONS: Readonly<Record<RadicadoEventType, number>> = {
  RadicadoIssued: 2,
};

export const RADICADO_STREAM_PREFIX = 'radicado-';
export const radicadoStreamOf = (year: number): string => `${RADICADO_STREAM_PREFIX}${year}`;

/** An event as the store keeps it: its type, the schema version it was written with, and its data. */
export interface StoredRadicadoEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** A number issued before the receipt was kept reads as issued for no known receipt. */
export function upcastRadicadoEvent(stored: StoredRadicadoEvent): RadicadoEvent {
  if (stored.schemaVersion < RADICADO_EVENT_SCHEMA_VERSIONS.RadicadoIssued) {
    return { type: 'RadicadoIssued', data: { ...(stored.data as RadicadoIssuedV1['data']), receipt: null } };
  }
  return { type: 'RadicadoIssued', data: stored.data as RadicadoIssued['data'] };
}
