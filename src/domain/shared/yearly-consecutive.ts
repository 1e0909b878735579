// The rule every yearly numbering of the office follows (the radicados of filings, the outgoing numbers
// of letters): one counter per year, numbers in order from 1, never reused, and the same command asking
// again gets no second number.
import type { Decider, DomainEvent } from './decider.js';
import { isDomainError, refuse, type DomainError } from './domain-error.js';

/** What a yearly counter remembers: its year, the last number given and to which command. */
export interface YearlyConsecutiveState {
  /** Null until the first number is issued. */
  readonly year: number | null;
  /** The last consecutive issued; 0 before the first. */
  readonly lastConsecutive: number;
  /** Who asked for the last one: the same command retried gets no second number. */
  readonly lastRequestedBy: string | null;
}

export const initialYearlyConsecutiveState: YearlyConsecutiveState = {
  year: null,
  lastConsecutive: 0,
  lastRequestedBy: null,
};

/** How a numbering is named in its refusals, and its codes. */
export interface YearlyNumbering {
  /** «el radicado», «el radicado de salida». */
  readonly singular: string;
  /** «radicados», «radicados de salida». */
  readonly plural: string;
  /** The prefix of its own refusal codes: RADICADO, OUTGOING_NUMBER. */
  readonly codePrefix: string;
  readonly maxConsecutive: number;
}

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/**
 * The next consecutive of the year for the command, null when this command was given the last one
 * already (a retry: nothing new), or the refusal.
 */
export function nextConsecutive(
  numbering: YearlyNumbering,
  state: YearlyConsecutiveState,
  request: { readonly year: number; readonly requestedBy: string },
): number | null | DomainError {
  const { year, requestedBy } = request;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return refuse('INVALID_YEAR', `El año de ${numbering.singular} no es válido.`, 'year');
  }
  if (typeof requestedBy !== 'string' || requestedBy.trim() === '') {
    return refuse(
      'REQUESTED_BY_REQUIRED',
      `Falta la orden que solicita ${numbering.singular}.`,
      'requestedBy',
    );
  }
  if (state.year !== null && state.year !== year) {
    return refuse(
      `${numbering.codePrefix}_YEAR_MISMATCH`,
      `Este consecutivo es del año ${state.year}; no puede dar ${numbering.plural} de ${year}.`,
      'year',
    );
  }
  if (state.lastRequestedBy === requestedBy) return null;
  const consecutive = state.lastConsecutive + 1;
  if (consecutive > numbering.maxConsecutive) {
    return refuse(
      `${numbering.codePrefix}_EXHAUSTED`,
      `Se agotaron los ${numbering.maxConsecutive} ${numbering.plural} del año ${year}.`,
    );
  }
  return consecutive;
}

/** The counter after issuing a number. */
export function afterIssuing(issued: {
  readonly year: number;
  readonly consecutive: number;
  readonly requestedBy: string;
}): YearlyConsecutiveState {
  return { year: issued.year, lastConsecutive: issued.consecutive, lastRequestedBy: issued.requestedBy };
}

/** A yearly counter's one command: the year, and the command the number is for. */
export interface IssueConsecutive<Type extends string = string> {
  readonly type: Type;
  readonly data: { readonly year: number; readonly requestedBy: string };
}

/** The decider of a yearly counter: the numbering's rule, and the event each numbering records. */
export function yearlyCounterDecider<
  Command extends IssueConsecutive,
  Event extends DomainEvent<
    string,
    { readonly year: number; readonly consecutive: number; readonly requestedBy: string }
  >,
>(
  numbering: YearlyNumbering,
  issued: (command: Command, consecutive: number) => Event,
): Decider<Command, Event, YearlyConsecutiveState> {
  return {
    decide: (command, state) => {
      const consecutive = nextConsecutive(numbering, state, command.data);
      if (consecutive === null) return [];
      if (isDomainError(consecutive)) return consecutive;
      return [issued(command, consecutive)];
    },
    // Every event of a counter issues a number; one of a type this code does not know changes nothing.
    evolve: (state, event) =>
      typeof event.data?.consecutive === 'number' ? afterIssuing(event.data) : state,
    initialState: initialYearlyConsecutiveState,
  };
}
