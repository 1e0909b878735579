// Errors the application raises; the gateway maps them to codes in one place (src/graphql/error-format.ts).
import type { DomainError } from '../domain/shared/domain-error.js';

/** A command refused by a domain rule; carries the rule's stable code and Spanish message. */
export class DomainRuleViolation extends Error {
  constructor(readonly domainError: DomainError) {
    super(domainError.message);
    this.name = 'DomainRuleViolation';
  }
}

/** The client's expectedRevision does not match, or concurrent writers kept colliding. */
export class ConcurrencyConflict extends Error {
  constructor(
    readonly stream: string,
    readonly expectedRevision: number | string,
    readonly actualRevision: number | string,
  ) {
    super(
      `El caso fue modificado por otra persona (revisión esperada ${expectedRevision}, actual ${actualRevision}). ` +
        'Recargue y vuelva a intentarlo.',
    );
    this.name = 'ConcurrencyConflict';
  }
}

export class NotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFound';
  }
}

export class BadUserInput extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'BadUserInput';
  }
}

export class Unauthenticated extends Error {
  constructor(message = 'Debe iniciar sesión para usar Ventanilla.') {
    super(message);
    this.name = 'Unauthenticated';
  }
}

export class Forbidden extends Error {
  constructor(message = 'Su rol no permite esta operación.') {
    super(message);
    this.name = 'Forbidden';
  }
}

/** Too many attempts (failed sign-ins) or too much work queued: the client may retry after a while. */
export class TooManyRequests extends Error {
  constructor(
    message: string,
    /** Whole seconds before a new attempt may succeed. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'TooManyRequests';
  }
}

/**
 * Why a stream cannot be read whole or written to:
 * SOFT_DELETED: deleted on the server; its events may still be in the global log, but the stream reads as
 *   missing, and a write would start it again after its old last revision, breaking the hash chain.
 * TOMBSTONED: deleted for good; the server refuses every read and write.
 * TRUNCATED: its first events are hidden from reads (a truncate-before set on the server), so its history
 *   no longer starts at revision 0.
 * NOT_OURS: it holds events this application did not write.
 */
export type UnusableStreamReason = 'SOFT_DELETED' | 'TOMBSTONED' | 'TRUNCATED' | 'NOT_OURS';

/**
 * A stream the store met that cannot be used: nothing is written to it, and it is never read as empty (that
 * would start it again at revision 0 over a history that existed).
 */
export class UnusableStreamError extends Error {
  constructor(
    readonly stream: string,
    readonly reason: UnusableStreamReason,
  ) {
    super(`Stream ${stream} cannot be used: ${UNUSABLE_STREAM_DETAIL[reason]}`);
    this.name = 'UnusableStreamError';
  }
}

const UNUSABLE_STREAM_DETAIL: Readonly<Record<UnusableStreamReason, string>> = {
  SOFT_DELETED: 'it was deleted on the server (soft delete); writing would restart it past its old revisions',
  TOMBSTONED: 'it was deleted for good on the server (tombstone)',
  TRUNCATED: 'its first events are hidden by a truncate-before set on the server',
  NOT_OURS: 'it holds events this application did not write',
};
