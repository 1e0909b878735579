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

/**
 * What the sender of a command knows of it: who asks, in which request. The command handler completes
 * the rest — a fresh command id (or one derived from the idempotency key), the moment from the
 * application's clock. Tools that replay a plan (the demo seed) give them all.
 */
export interface CommandOrigin {
  readonly actor: Actor;
  /** The client's correlation id; by default the command's own id. */
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly commandId?: string;
  readonly issuedAt?: string;
}
