// The shape every aggregate of the domain follows: commands in, events out, state folded from events.
import type { BusinessCalendar } from './business-calendar.js';
import type { DomainError } from './domain-error.js';
import type { Instant } from './time.js';

/** A domain event as it is stored: plain readonly data that survives a JSON round trip. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** A command as deciders take it: plain readonly data, the type naming what is asked. */
export interface DomainCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** The roles of the office's staff accounts. */
export type StaffRole = 'ADMIN' | 'COORDINATOR' | 'AGENT' | 'AUDITOR';

/**
 * Who acts: a staff member in one of their roles, a citizen through the Ventanilla virtual (no account:
 * the public filing form, or the tracking page opened with a radicado and its access code), or one of
 * Ventanilla's own processes (SYSTEM: the mail sender recording what the server answered, the mailbox
 * reader radicating a message, the daily digest), named by its id (`mail-sender`, `mail-intake`, ...).
 */
export type ActorRole = StaffRole | 'CITIZEN' | 'SYSTEM';

/** Who asks for a command; rules such as "an agent only answers the cases assigned to them" need it. */
export interface Actor {
  readonly id: string;
  readonly role: ActorRole;
}

/** What the world supplies to a decision: the moment, who acts and the business calendar in force. */
export interface DecisionContext {
  readonly now: Instant;
  readonly actor: Actor;
  readonly calendar: BusinessCalendar;
  /**
   * How many business days a fact may be dated before it is recorded without a coordinator's reason
   * (configuration; DEFAULT_LATE_ENTRY_WINDOW_BUSINESS_DAYS when not given).
   */
  readonly lateEntryWindowBusinessDays?: number;
  /**
   * The PQRS kinds the office accepts without naming anyone (configuration: VENTANILLA_ANONYMOUS_KINDS;
   * DEFAULT_ANONYMOUS_KINDS when not given).
   */
  readonly anonymousPqrsKinds?: readonly string[];
  /**
   * The PQRS kinds whose answers a coordinator approves before they are sent (visto bueno; configuration:
   * VENTANILLA_REVIEW_KINDS; none when not given).
   */
  readonly answerReviewKinds?: readonly string[];
  /**
   * The office hours and the rule for electronic filings outside them (configuration:
   * VENTANILLA_OFFICE_HOURS, VENTANILLA_AFTER_HOURS_RULE; DEFAULT_FILING_HOURS_POLICY when not given).
   */
  readonly filingHours?: {
    readonly officeHours: { readonly opensAt: string; readonly closesAt: string };
    readonly afterHoursRule: 'RECEIPT_DAY' | 'NEXT_BUSINESS_DAY';
  };
}

export interface Decider<Command, Event extends DomainEvent, State> {
  readonly decide: (
    command: Command,
    state: State,
    context: DecisionContext,
  ) => readonly Event[] | DomainError;
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState);
}
