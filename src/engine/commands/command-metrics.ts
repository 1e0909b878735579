// What the command path tells the metrics about each command it runs: its type, how it ended and how long it
// took. A port, so the engine knows no metrics library; the metrics module (src/infrastructure/metrics)
// provides it. Counting a command costs a counter increment and a histogram observation, nothing more.
import {
  BadUserInput,
  ConcurrencyConflict,
  DomainRuleViolation,
  Forbidden,
  NotFound,
  TooManyRequests,
  Unauthenticated,
} from '../application-errors.js';

/**
 * How a command ended: `accepted` (its events appended, or none when it changed nothing), `refused` (by a
 * domain rule or a check of the application, with the refusal's code), `conflict` (the client's expected
 * revision did not match, or concurrent writers kept colliding) or `error` (anything else: a fault).
 */
export type CommandOutcome =
  | { readonly outcome: 'accepted' }
  | { readonly outcome: 'refused'; readonly code: string }
  | { readonly outcome: 'conflict' }
  | { readonly outcome: 'error' };

export interface CommandMetrics {
  commandFinished(commandType: string, outcome: CommandOutcome, seconds: number): void;
}

export const COMMAND_METRICS = Symbol('CommandMetrics');

/** The outcome of a command that threw `error`: a refusal names its code (the domain's, or the application's). */
export function commandOutcomeOf(error: unknown): CommandOutcome {
  if (error instanceof DomainRuleViolation) return { outcome: 'refused', code: error.domainError.code };
  if (error instanceof ConcurrencyConflict) return { outcome: 'conflict' };
  if (error instanceof BadUserInput) return { outcome: 'refused', code: 'BAD_USER_INPUT' };
  if (error instanceof NotFound) return { outcome: 'refused', code: 'NOT_FOUND' };
  if (error instanceof Forbidden) return { outcome: 'refused', code: 'FORBIDDEN' };
  if (error instanceof Unauthenticated) return { outcome: 'refused', code: 'UNAUTHENTICATED' };
  if (error instanceof TooManyRequests) return { outcome: 'refused', code: 'TOO_MANY_REQUESTS' };
  return { outcome: 'error' };
}
