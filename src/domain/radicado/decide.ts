// The per-year radicado counter as a decider: each IssueRadicado takes the next consecutive (the rule of
// every yearly numbering, yearly-consecutive.ts), and the number keeps the receipt it was issued for.
import type { Decider } from '../shared/decider.js';
import { yearlyCounterDecider, type YearlyConsecutiveState } from '../shared/yearly-consecutive.js';
import type { RadicadoCommand } from './commands.js';
import type { RadicadoEvent } from './events.js';
import { formatRadicado, RADICADO_MAX_CONSECUTIVE } from './radicado.js';

export type RadicadoState = YearlyConsecutiveState;

export const radicadoDecider: Decider<RadicadoCommand, RadicadoEvent, RadicadoState> = yearlyCounterDecider(
  {
    singular: 'el radicado',
    plural: 'radicados',
    codePrefix: 'RADICADO',
    maxConsecutive: RADICADO_MAX_CONSECUTIVE,
  },
  (command: RadicadoCommand, consecutive): RadicadoEvent => ({
    type: 'RadicadoIssued',
    data: {
      radicado: formatRadicado(command.data.year, consecutive),
      year: command.data.year,
      consecutive,
      requestedBy: command.data.requestedBy,
      receipt: command.data.receipt ?? null,
    },
  }),
);

export const {
  decide: decideRadicado,
  evolve: evolveRadicado,
  initialState: initialRadicadoState,
} = radicadoDecider;
