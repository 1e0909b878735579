// Who sends a command and why: becomes the metadata of every event the command produces.
import type { Actor } from '../../domain/shared/decider.js';

export interface CommandMetadata {
  /** Unique per command; event ids derive from it, so a retried command is a no-op. */
  readonly commandId: string;
  readonly actor: Actor;
  /** The request (or process) the command belongs to. */
  readonly correlationId: string;
  /** What caused it: the request id for a user action, or the id of the event that triggered it. */
  readonly causationId: string;
  /** When the command was received. */
  readonly issuedAt: string;
}
