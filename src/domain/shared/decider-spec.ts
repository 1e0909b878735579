// Given / when / then for deciders: given past events, when a command arrives in a context, then these
// events (or this refusal). Used by the specs only.
import { fold, type DecisionContext, type Decider, type DomainEvent } from './decider.js';
import { isDomainError, type DomainError } from './domain-error.js';

// Jest's global `expect`, looked up at run time so this file also compiles where Jest's types are absent.
interface Matchers {
  toEqual(expected: unknown): void;
}
const expectThat = (actual: unknown): Matchers =>
  (globalThis as unknown as { expect: (actual: unknown) => Matchers }).expect(actual);

export interface DeciderThen<Event, State> {
  /**
   * The command produces exactly these events (and evolve folds them without losing its way); events the
   * specification sets aside (a record's notices) are left to thenSetsAside.
   */
  then(expected: readonly Event[]): State;
  /** The events set aside (the notices the decision requested), as the types or summaries given. */
  thenSetsAside(expected: readonly unknown[]): void;
  /** The command is accepted and changes nothing. */
  thenNothingHappens(): void;
  /** The command is refused by the rule with this code (and, when given, at this field), with a message. */
  thenRefuses(code: string, field?: string): DomainError;
}

export interface DeciderWhen<Command, Event, State> {
  when(command: Command, context: DecisionContext): DeciderThen<Event, State>;
}

export type Given<Command, Event, State> = (events: readonly Event[]) => DeciderWhen<Command, Event, State>;

export function deciderSpecification<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  aside: {
    /** Events checked apart from the facts (notices requested with them). */
    readonly is: (event: Event) => boolean;
    /** What thenSetsAside compares of each (e.g. its kind and channel). */
    readonly summary: (event: Event) => unknown;
  } = { is: () => false, summary: (event) => event },
): Given<Command, Event, State> {
  return (history) => ({
    when: (command, context) => {
      const state = fold(decider, history);
      const outcome = decider.decide(command, state, context);
      const describeOutcome = (): string =>
        isDomainError(outcome) ? `rechazo ${outcome.code}: ${outcome.message}` : JSON.stringify(outcome);
      return {
        then: (expected) => {
          if (isDomainError(outcome)) throw new Error(`Se esperaban eventos y hubo ${describeOutcome()}`);
          expectThat(outcome.filter((event) => !aside.is(event))).toEqual(expected);
          return fold(decider, [...history, ...outcome]);
        },
        thenSetsAside: (expected) => {
          if (isDomainError(outcome)) throw new Error(`Se esperaban eventos y hubo ${describeOutcome()}`);
          expectThat(outcome.filter(aside.is).map(aside.summary)).toEqual(expected);
        },
        thenNothingHappens: () => {
          if (isDomainError(outcome)) throw new Error(`Se esperaba [] y hubo ${describeOutcome()}`);
          expectThat(outcome).toEqual([]);
        },
        thenRefuses: (code, field) => {
          if (!isDomainError(outcome))
            throw new Error(`Se esperaba el rechazo ${code} y hubo ${describeOutcome()}`);
          expectThat(
            field === undefined ? outcome.code : { code: outcome.code, field: outcome.field },
          ).toEqual(field === undefined ? code : { code, field });
          if (outcome.message.trim() === '')
            throw new Error(`El rechazo ${code} no tiene mensaje para el funcionario`);
          return outcome;
        },
      };
    },
  });
}
