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
