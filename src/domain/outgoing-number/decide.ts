// The per-year outgoing-number counter as a decider: each IssueOutgoingNumber takes the next consecutive
// (the rule of every yearly numbering, yearly-consecutive.ts); the same command asking again takes none
// (the command path answers it with the number it got).
import type { Decider } from '../shared/decider.js';
import { yearlyCounterDecider, type YearlyConsecutiveState } from '../shared/yearly-consecutive.js';
import type { OutgoingNumberCommand } from './commands.js';
import type { OutgoingNumberEvent } from './events.js';
import { formatOutgoingNumber, OUTGOING_MAX_CONSECUTIVE } from './outgoing-number.js';

export type OutgoingNumberState = YearlyConsecutiveState;

export const outgoingNumberDecider: Decider<OutgoingNumberCommand, OutgoingNumberEvent, OutgoingNumberState> =
  yearlyCounterDecider(
    {
      singular: 'el radicado de salida',
      plural: 'radicados de salida',
      codePrefix: 'OUTGOING_NUMBER',
      maxConsecutive: OUTGOING_MAX_CONSECUTIVE,
    },
    (command: OutgoingNumberCommand, consecutive): OutgoingNumberEvent => ({
      type: 'OutgoingNumberIssued',
      data: {
        outgoingNumber: formatOutgoingNumber(command.data.year, consecutive),
        year: command.data.year,
        consecutive,
        requestedBy: command.data.requestedBy,
        radicado: command.data.radicado ?? null,
      },
    }),
  );

export const {
  decide: decideOutgoingNumber,
  evolve: evolveOutgoingNumber,
  initialState: initialOutgoingNumberState,
} = outgoingNumberDecider;
