// The per-year radicado counter as a decider: each IssueRadicado takes the next consecutive.
import type { DecisionContext, Decider } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import {
  afterIssuing,
  initialYearlyConsecutiveState,
  nextConsecutive,
  type YearlyConsecutiveState,
  type YearlyNumbering,
} from '../shared/yearly-consecutive.js';
import type { RadicadoCommand } from './commands.js';
import type { RadicadoEvent } from './events.js';
import { formatRadicado, RADICADO_MAX_CONSECUTIVE } from './radicado.js';

export type RadicadoState = YearlyConsecutiveState;

export const initialRadicadoState: RadicadoState = initialYearlyConsecutiveState;

const RADICADOS: YearlyNumbering = {
  singular: 'el radicado',
  plural: 'radicados',
  codePrefix: 'RADICADO',
  maxConsecutive: RADICADO_MAX_CONSECUTIVE,
};

export function decideRadicado(
  command: RadicadoCommand,
  state: RadicadoState,
  _context: DecisionContext,
): readonly RadicadoEvent[] | DomainError {
  switch (command.type) {
    case 'IssueRadicado': {
      const { year, requestedBy } = command.data;
      const consecutive = nextConsecutive(RADICADOS, state, { year, requestedBy });
      if (consecutive === null) return [];
      if (isDomainError(consecutive)) return consecutive;
      return [
        {
          type: 'RadicadoIssued',
          data: {
            radicado: formatRadicado(year, consecutive),
            year,
            consecutive,
            requestedBy,
            receipt: command.data.receipt ?? null,
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

export function evolveRadicado(state: RadicadoState, event: RadicadoEvent): RadicadoState {
  switch (event.type) {
    case 'RadicadoIssued':
      return afterIssuing(event.data);
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}

export const radicadoDecider: Decider<RadicadoCommand, RadicadoEvent, RadicadoState> = {
  decide: decideRadicado,
  evolve: evolveRadicado,
  initialState: initialRadicadoState,
};
