// The per-year outgoing-number counter as a decider: each IssueOutgoingNumber takes the next consecutive;
// the same command asking again takes none (the command path answers it with the number it got).
import type { DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import type { OutgoingNumberCommand } from './commands.js';
import type { OutgoingNumberEvent } from './events.js';
import { formatOutgoingNumber, OUTGOING_MAX_CONSECUTIVE } from './outgoing-number.js';

export interface OutgoingNumberState {
  /** Null until the year's first number. */
  readonly year: number | null;
  /** The last consecutive issued; 0 before the first. */
  readonly lastConsecutive: number;
  /** Who asked for the last one. */
  readonly lastRequestedBy: string | null;
}

export const initialOutgoingNumberState: OutgoingNumberState = {
  year: null,
  lastConsecutive: 0,
  lastRequestedBy: null,
};

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

export function decideOutgoingNumber(
  command: OutgoingNumberCommand,
  state: OutgoingNumberState,
  _context: DecisionContext,
): readonly OutgoingNumberEvent[] | DomainError {
  switch (command.type) {
    case 'IssueOutgoingNumber': {
      const { year, requestedBy } = command.data;
      if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
        return refuse('INVALID_YEAR', 'El año del radicado de salida no es válido.', 'year');
      }
      if (typeof requestedBy !== 'string' || requestedBy.trim() === '') {
        return refuse(
          'REQUESTED_BY_REQUIRED',
          'Falta la orden que solicita el radicado de salida.',
          'requestedBy',
        );
      }
      if (state.year !== null && state.year !== year) {
        return refuse(
          'OUTGOING_NUMBER_YEAR_MISMATCH',
          `Este consecutivo es del año ${state.year}; no puede dar radicados de salida de ${year}.`,
          'year',
        );
      }
      if (state.lastRequestedBy === requestedBy) return [];
      const consecutive = state.lastConsecutive + 1;
      if (consecutive > OUTGOING_MAX_CONSECUTIVE) {
        return refuse(
          'OUTGOING_NUMBER_EXHAUSTED',
          `Se agotaron los ${OUTGOING_MAX_CONSECUTIVE} radicados de salida del año ${year}.`,
        );
      }
      return [
        {
          type: 'OutgoingNumberIssued',
          data: {
            outgoingNumber: formatOutgoingNumber(year, consecutive),
            year,
            consecutive,
            requestedBy,
            radicado: command.data.radicado ?? null,
          },
        },
      ];
    }
    default: {
      const unknownCommand: never = command.type;
      return refuse('UNKNOWN_COMMAND', `Orden desconocida: ${String(unknownCommand)}.`);
    }
  }
}

export function evolveOutgoingNumber(
  state: OutgoingNumberState,
  event: OutgoingNumberEvent,
): OutgoingNumberState {
  switch (event.type) {
    case 'OutgoingNumberIssued':
      return {
        year: event.data.year,
        lastConsecutive: event.data.consecutive,
        lastRequestedBy: event.data.requestedBy,
      };
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}

export const outgoingNumberDecider: Decider<OutgoingNumberCommand, OutgoingNumberEvent, OutgoingNumberState> =
  {
    decide: decideOutgoingNumber,
    evolve: evolveOutgoingNumber,
    initialState: initialOutgoingNumberState,
  };
