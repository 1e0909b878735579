// The PQRS case and the radicado counter as the executor sees them: decider plus schema versions.
import type { Aggregate } from '../../engine/commands/command-executor.js';
import type { PqrsCommand } from '../../domain/pqrs/commands.js';
import { PQRS_EVENT_SCHEMA_VERSIONS, upcastPqrsEvent, type PqrsEvent } from '../../domain/pqrs/events.js';
import { pqrsDecider, type PqrsState } from '../../domain/pqrs/index.js';
import {
  RADICADO_EVENT_SCHEMA_VERSIONS,
  radicadoDecider,
  type RadicadoCommand,
  type RadicadoEvent,
  type RadicadoState,
} from '../../domain/radicado/index.js';

export const pqrsAggregate: Aggregate<PqrsCommand, PqrsEvent, PqrsState> = {
  decider: pqrsDecider,
  schemaVersions: PQRS_EVENT_SCHEMA_VERSIONS,
  upcast: upcastPqrsEvent,
};

export const radicadoAggregate: Aggregate<RadicadoCommand, RadicadoEvent, RadicadoState> = {
  decider: radicadoDecider,
  schemaVersions: RADICADO_EVENT_SCHEMA_VERSIONS,
};
