// What staff ask of a management review. The moment and the actor arrive in the DecisionContext.
import type { CalendarDate } from '../shared/time.js';
import type { DecisionKind } from './events.js';
import type { ReviewInputs, ReviewPeriod } from './inputs.js';

export type OpenManagementReview = {
  readonly type: 'OpenManagementReview';
  readonly data: {
    readonly reviewId: string;
    readonly title: string;
    readonly meetingDate: CalendarDate;
    readonly period: ReviewPeriod;
    readonly attendeeIds: readonly string[];
    /** Assembled by the look-ups from the read models at the moment of opening. */
    readonly inputs: ReviewInputs;
    /** Written by the command path when it seals the title under a key of the review's own. */
    readonly textOwnerId?: string | null;
  };
};

export type RecordReviewDecision = {
  readonly type: 'RecordReviewDecision';
  readonly data: {
    /** A string until decide checks it: it comes from outside. */
    readonly kind: DecisionKind | string;
    readonly description: string;
    readonly responsibleId: string;
    readonly dueDate: CalendarDate | null;
    /** The id of the improvement action the decision formulates, when it formulates one. */
    readonly improvementActionId: string | null;
  };
};

export type CloseManagementReview = {
  readonly type: 'CloseManagementReview';
  readonly data: {
    readonly conclusions: string;
    /**
     * The actions decisions named that the log does not hold yet (the look-ups check each one): a
     * review is not closed on a decision whose action was never formulated.
     */
    readonly pendingActionIds: readonly string[];
  };
};

export type ManagementReviewCommand = OpenManagementReview | RecordReviewDecision | CloseManagementReview;
