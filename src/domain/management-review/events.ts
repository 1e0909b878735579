// The facts of a management review (revisión por la dirección, ISO 9001:2015 9.3), stored in its stream
// `management-review-<id>`: opened with its inputs as put before the committee, its decisions recorded
// one by one, and its minutes approved, which closes it.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import type { ReviewInputs, ReviewPeriod } from './inputs.js';

/** The outputs ISO 9001:2015 9.3.3 asks a review for. */
export const DECISION_KINDS = ['IMPROVEMENT_OPPORTUNITY', 'SYSTEM_CHANGE', 'RESOURCE_NEED'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type ReviewOpened = DomainEvent<
  'ReviewOpened',
  {
    readonly reviewId: string;
    /** Free text: the vault's reference to it. */
    readonly title: string;
    readonly meetingDate: CalendarDate;
    readonly period: ReviewPeriod;
    /** The staff accounts of the committee members who attend. */
    readonly attendeeIds: readonly string[];
    readonly inputs: ReviewInputs;
    readonly openedAt: Instant;
    /** Whose key seals the review's texts: a key of the review's own (they are no citizen's data). */
    readonly textOwnerId: string | null;
  }
>;

export type ReviewDecisionRecorded = DomainEvent<
  'ReviewDecisionRecorded',
  {
    /** 1, 2, 3… in the order recorded: with the review id, the decision's reference. */
    readonly number: number;
    readonly kind: DecisionKind;
    /** Free text: the vault's reference to it. */
    readonly description: string;
    readonly responsibleId: string;
    readonly dueDate: CalendarDate | null;
    /**
     * The improvement action the decision formulates (source MANAGEMENT_REVIEW, reference
     * `<reviewId>/<number>`), named before it exists: formulating it is the next command.
     */
    readonly improvementActionId: string | null;
    readonly recordedAt: Instant;
  }
>;

export type ReviewClosed = DomainEvent<
  'ReviewClosed',
  {
    /** Free text (the vault's reference): the committee's conclusions on the system (9.3.3). */
    readonly conclusions: string;
    readonly decisions: number;
    readonly closedAt: Instant;
    readonly closedOn: CalendarDate;
  }
>;

export type ManagementReviewEvent = ReviewOpened | ReviewDecisionRecorded | ReviewClosed;
export type ManagementReviewEventType = ManagementReviewEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const MANAGEMENT_REVIEW_EVENT_SCHEMA_VERSIONS: Readonly<Record<ManagementReviewEventType, number>> = {
  ReviewOpened: 1,
  ReviewDecisionRecorded: 1,
  ReviewClosed: 1,
};

export const MANAGEMENT_REVIEW_STREAM_PREFIX = 'management-review-';
export const managementReviewStreamOf = (reviewId: string): string =>
  `${MANAGEMENT_REVIEW_STREAM_PREFIX}${reviewId}`;

/** The reference an improvement action formulated by a decision carries: `<reviewId>/<number>`. */
export function decisionReference(reviewId: string, decisionNumber: number): string {
  return `${reviewId}/${decisionNumber}`;
}

/** The review and decision a MANAGEMENT_REVIEW reference names; null when it is not one. */
export function parseDecisionReference(
  reference: string,
): { readonly reviewId: string; readonly decisionNumber: number } | null {
  const match = /^([0-9a-f-]{36})\/([1-9][0-9]{0,3})$/i.exec(reference.trim());
  if (!match) return null;
  return { reviewId: match[1]!.toLowerCase(), decisionNumber: Number(match[2]) };
}
