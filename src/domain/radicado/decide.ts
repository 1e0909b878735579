// The per-year radicado counter as a decider: each IssueRadicado takes the next consecutive.
import type { DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import type { RadicadoCommand } from './commands.js';
import type { RadicadoEvent } from './events.js';
import { formatRadicado, RADICADO_MAX_CONSECUTIVE } from './radicado.js';

export interface RadicadoState {
  /** Null until the year's first radicado. */
  readonly year: number | null;
  /** The last consecutive issued; 0 before the first. */
  readonly lastConsecutive: number;
  /** Who asked for the last one: the same command retried gets no second radicado. */
  readonly lastRequestedBy: string | null;
}

export const initialRadicadoState: RadicadoState = { year: null, lastConsecutive: 0, lastRequestedBy: null };

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

export function decideRadicado(
  command: RadicadoCommand,
  state: RadicadoState,
  _context: DecisionContext,
): readonly RadicadoEvent[] | DomainError {
  switch (command.type) {
    case 'IssueRadicado': {
      const { year, requestedBy } = command.data;
      if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
        return refuse('INVALID_YEAR', 'El año del radicado no es válido.', 'year');
      }
      if (typeof requestedBy !== 'string' || requestedBy.trim() === '') {
        return refuse('REQUESTED_BY_REQUIRED', 'Falta la orden que solicita el radicado.', 'requestedBy');
      }
      if (state.year !== null && state.year !== year) {
        return refuse(
          'RADICADO_YEAR_MISMATCH',
          `Este consecutivo es del año ${state.year}; no puede dar radicados de ${year}.`,
          'year',
        );
      }
      if (state.lastRequestedBy === requestedBy) return [];
      const consecutive = state.lastConsecutive + 1;
      if (consecutive > RADICADO_MAX_CONSECUTIVE) {
        return refuse(
          'RADICADO_EXHAUSTED',
          `Se agotaron los ${RADICADO_MAX_CONSECUTIVE} radicados del año ${year}.`,
        );
      }
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

export const radicadoDecider: Decider<RadicadoCommand, RadicadoEvent, RadicadoState> = {
  decide: decideRadicado,
  evolve: evolveRadicado,
  initialState: initialRadicadoState,
};
