// The facts of the radicado counter, stored in one stream per year: `radicado-<year>`.
import type { DomainEvent } from '../shared/decider.js';

export type RadicadoIssued = DomainEvent<
  'RadicadoIssued',
  {
    readonly radicado: string;
    readonly year: number;
    readonly consecutive: number;
    /** The id of the command that asked for it: a retried command finds its radicado by it. */
    readonly requestedBy: string;
  }
>;

export type RadicadoEvent = RadicadoIssued;
export type RadicadoEventType = RadicadoEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const RADICADO_EVENT_SCHEMA_VERSIONS: Readonly<Record<RadicadoEventType, number>> = {
  RadicadoIssued: 1,
};

export const RADICADO_STREAM_PREFIX = 'radicado-';
export const radicadoStreamOf = (year: number): string => `${RADICADO_STREAM_PREFIX}${year}`;
