// An improvement action as its events leave it: a union on `status` holding what decide.ts needs.
import type { CalendarDate, Instant } from '../shared/time.js';
import type { ActionSource, ImprovementActionEvent } from './events.js';

export const IMPROVEMENT_ACTION_STATUSES = ['NOT_FORMULATED', 'OPEN', 'CLOSED'] as const;
export type ImprovementActionStatus = (typeof IMPROVEMENT_ACTION_STATUSES)[number];

export interface ProgressRecord {
  readonly note: string;
  readonly evidence: string;
  readonly recordedOn: CalendarDate;
}

export interface VerificationRecord {
  readonly effective: boolean;
  readonly evidence: string;
  readonly verifiedOn: CalendarDate;
}

/** What every formulated action knows, whatever its status. */
export interface ImprovementActionRecord {
  readonly actionId: string;
  readonly source: ActionSource;
  readonly responsibleId: string;
  readonly dueDate: CalendarDate;
  readonly formulatedOn: CalendarDate;
  readonly linkedActionId: string | null;
  readonly progressNotes: number;
  /** The last progress note; null until the first. */
  readonly lastProgress: ProgressRecord | null;
  /** The last effectiveness check; null until the first. */
  readonly lastVerification: VerificationRecord | null;
}

export interface NotFormulatedAction {
  readonly status: 'NOT_FORMULATED';
}

export interface OpenAction extends ImprovementActionRecord {
  readonly status: 'OPEN';
}

export interface ClosedAction extends ImprovementActionRecord {
  readonly status: 'CLOSED';
  readonly lastVerification: VerificationRecord;
  readonly closedEffective: boolean;
  readonly closedAt: Instant;
}

export type ImprovementActionState = NotFormulatedAction | OpenAction | ClosedAction;

export const initialImprovementActionState: ImprovementActionState = { status: 'NOT_FORMULATED' };

/**
 * Folds one event into the action. The event is a fact: nothing is validated and nothing thrown; an
 * event that cannot apply to the state (which decide never produces) leaves the state as it was.
 */
export function evolve(state: ImprovementActionState, event: ImprovementActionEvent): ImprovementActionState {
  switch (event.type) {
    case 'ActionFormulated': {
      const data = event.data;
      return {
        status: 'OPEN',
        actionId: data.actionId,
        source: data.source,
        responsibleId: data.responsibleId,
        dueDate: data.dueDate,
        formulatedOn: data.formulatedOn,
        linkedActionId: data.linkedActionId,
        progressNotes: 0,
        lastProgress: null,
        lastVerification: null,
      };
    }
    case 'ProgressRecorded': {
      if (state.status !== 'OPEN') return state;
      const { note, evidence, recordedOn } = event.data;
      return {
        ...state,
        progressNotes: state.progressNotes + 1,
        lastProgress: { note, evidence, recordedOn },
      };
    }
    case 'EffectivenessVerified': {
      if (state.status !== 'OPEN') return state;
      const { effective, evidence, verifiedOn } = event.data;
      return { ...state, lastVerification: { effective, evidence, verifiedOn } };
    }
    case 'ActionClosed': {
      if (state.status !== 'OPEN' || state.lastVerification === null) return state;
      return {
        ...state,
        status: 'CLOSED',
        lastVerification: state.lastVerification,
        closedEffective: event.data.effective,
        closedAt: event.data.closedAt,
      };
    }
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
