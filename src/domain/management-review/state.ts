// A management review as its events leave it: a union on `status` holding what decide.ts needs.
import type { CalendarDate, Instant } from '../shared/time.js';
import type { DecisionKind, ManagementReviewEvent } from './events.js';
import type { ReviewPeriod } from './inputs.js';

export interface DecisionRecord {
  readonly number: number;
  readonly kind: DecisionKind;
  readonly responsibleId: string;
  readonly improvementActionId: string | null;
}

export interface NotOpenedReview {
  readonly status: 'NOT_OPENED';
}

export interface OpenReview {
  readonly status: 'OPEN';
  readonly reviewId: string;
  readonly meetingDate: CalendarDate;
  readonly period: ReviewPeriod;
  readonly textOwnerId: string | null;
  readonly decisions: readonly DecisionRecord[];
}

export interface ClosedReview extends Omit<OpenReview, 'status'> {
  readonly status: 'CLOSED';
  readonly closedAt: Instant;
}

export type ManagementReviewState = NotOpenedReview | OpenReview | ClosedReview;

export const initialManagementReviewState: ManagementReviewState = { status: 'NOT_OPENED' };

/** Folds one event into the review. The event is a fact: nothing is validated and nothing thrown. */
export function evolve(state: ManagementReviewState, event: ManagementReviewEvent): ManagementReviewState {
  switch (event.type) {
    case 'ReviewOpened': {
      const { reviewId, meetingDate, period, textOwnerId } = event.data;
      return { status: 'OPEN', reviewId, meetingDate, period, textOwnerId, decisions: [] };
    }
    case 'ReviewDecisionRecorded': {
      if (state.status !== 'OPEN') return state;
      const { number, kind, responsibleId, improvementActionId } = event.data;
      return {
        ...state,
        decisions: [...state.decisions, { number, kind, responsibleId, improvementActionId }],
      };
    }
    case 'ReviewClosed': {
      if (state.status !== 'OPEN') return state;
      return { ...state, status: 'CLOSED', closedAt: event.data.closedAt };
    }
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
