// The per-year outgoing-number counter as a decider: each IssueOutgoingNumber takes the next consecutive;
// the same command asking again takes none (the command path answers it with the number it got).
import type { DecisionContext, Decider } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import {
  afterIssuing,
  initialYearlyConsecutiveState,
  nextConsecutive,
  type YearlyConsecutiveState,
  type YearlyNumbering,
} from '../shared/yearly-consecutive.js';
import type { OutgoingNumberCommand } from './commands.js';
import type { OutgoingNumberEvent } from './events.js';
import { formatOutgoingNumber, OUTGOING_MAX_CONSECUTIVE } from './outgoing-number.js';

export type OutgoingNumberState = YearlyConsecutiveState;

export const initialOutgoingNumberState: OutgoingNumberState = initialYearlyConsecutiveState;

const OUTGOING_NUMBERS: YearlyNumbering = {
  singular: 'el radicado de salida',
  plural: 'radicados de salida',
  codePrefix: 'OUTGOING_NUMBER',
  maxConsecutive: OUTGOING_MAX_CONSECUTIVE,
};

export function decideOutgoingNumber(
  command: OutgoingNumberCommand,
  state: OutgoingNumberState,
  _context: DecisionContext,
): readonly OutgoingNumberEvent[] | DomainError {
  switch (command.type) {
    case 'IssueOutgoingNumber': {
      const { year, requestedBy } = command.data;
      const consecutive = nextConsecutive(OUTGOING_NUMBERS, state, { year, requestedBy });
      if (consecutive === null) return [];
      if (isDomainError(consecutive)) return consecutive;
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
      return afterIssuing(event.data);
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
