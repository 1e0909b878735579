// The `managementReviews` read model: one document per review (id = review id) with what the list, the
// detail and the minutes show — the meeting, the period, the attendees, the inputs as put before the
// committee, the decisions and the conclusions (texts as the vault's references) — and its versions
// (`managementReviewVersions`), which the minutes are built from as they stood at any instant.
import {
  MANAGEMENT_REVIEW_STREAM_PREFIX,
  type DecisionKind,
  type ManagementReviewEvent,
  type ReviewInputs,
} from '../../../../domain/management-review/index.js';
import type { CalendarDate, Instant } from '../../../../domain/shared/time.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../../engine/projections/projection.js';
import { versionedProjection } from '../../../../engine/projections/versioned-projection.js';
import type { ReadModelDocument } from '../../../../engine/read-models/read-model-store.js';

export const MANAGEMENT_REVIEWS_COLLECTION = 'managementReviews';
export const MANAGEMENT_REVIEW_VERSIONS_COLLECTION = 'managementReviewVersions';

export interface ReviewDecisionEntry {
  readonly number: number;
  readonly kind: DecisionKind;
  /** The vault's reference to the text. */
  readonly description: string;
  readonly responsibleId: string;
  readonly dueDate: CalendarDate | null;
  readonly improvementActionId: string | null;
  readonly recordedAt: Instant;
  readonly recordedBy: string;
}

export interface ManagementReviewFields {
  readonly id: string;
  /** The vault's reference to the title. */
  readonly title: string;
  readonly meetingDate: CalendarDate;
  /** The year of the meeting: the list is by year. */
  readonly year: number;
  readonly periodFrom: CalendarDate;
  readonly periodTo: CalendarDate;
  readonly attendeeIds: readonly string[];
  readonly inputs: ReviewInputs;
  readonly status: 'OPEN' | 'CLOSED';
  readonly openedAt: Instant;
  readonly openedBy: string;
  readonly decisions: readonly ReviewDecisionEntry[];
  /** The vault's reference to the conclusions; null until the minutes are approved. */
  readonly conclusions: string | null;
  readonly closedAt: Instant | null;
  readonly closedOn: CalendarDate | null;
  readonly closedBy: string | null;
  /** Stream revision of the last event applied: the idempotency guard. */
  readonly revision: number;
  readonly lastPosition: number;
  /** When the store recorded the last event applied (not the projection's clock: rebuilds agree). */
  readonly updatedAt: Instant;
}

export interface ManagementReviewDocument extends ReadModelDocument, ManagementReviewFields {
  readonly id: string;
}

export function reviewIdOf(stream: string): string {
  return stream.slice(MANAGEMENT_REVIEW_STREAM_PREFIX.length);
}

/** The review after one of its events; null when the event cannot apply (no ReviewOpened seen). */
export function evolveManagementReview(
  current: ManagementReviewDocument | null,
  recorded: RecordedEvent,
): ManagementReviewDocument | null {
  const event = { type: recorded.type, data: recorded.data } as ManagementReviewEvent;
  const marks = {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
  if (event.type === 'ReviewOpened') {
    const data = event.data;
    return {
      id: reviewIdOf(recorded.stream),
      title: data.title,
      meetingDate: data.meetingDate,
      year: Number(data.meetingDate.slice(0, 4)),
      periodFrom: data.period.from,
      periodTo: data.period.to,
      attendeeIds: data.attendeeIds,
      inputs: data.inputs,
      status: 'OPEN',
      openedAt: data.openedAt,
      openedBy: recorded.metadata.actorId,
      decisions: [],
      conclusions: null,
      closedAt: null,
      closedOn: null,
      closedBy: null,
      ...marks,
    };
  }
  if (current === null) return null;
  switch (event.type) {
    case 'ReviewDecisionRecorded':
      return {
        ...current,
        decisions: [
          ...current.decisions,
          {
            number: event.data.number,
            kind: event.data.kind,
            description: event.data.description,
            responsibleId: event.data.responsibleId,
            dueDate: event.data.dueDate,
            improvementActionId: event.data.improvementActionId,
            recordedAt: event.data.recordedAt,
            recordedBy: recorded.metadata.actorId,
          },
        ],
        ...marks,
      };
    case 'ReviewClosed':
      return {
        ...current,
        status: 'CLOSED',
        conclusions: event.data.conclusions,
        closedAt: event.data.closedAt,
        closedOn: event.data.closedOn,
        closedBy: recorded.metadata.actorId,
        ...marks,
      };
    default: {
      // A type added to ManagementReviewEvent must be handled above; at run time it changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return { ...current, ...marks };
    }
  }
}

export const managementReviewsProjection: Projection = {
  name: 'managementReviews',
  version: 1,
  categories: [MANAGEMENT_REVIEW_STREAM_PREFIX],
  collections: [MANAGEMENT_REVIEWS_COLLECTION],
  indexes: { [MANAGEMENT_REVIEWS_COLLECTION]: ['year+meetingDate', 'meetingDate'] },
  async apply(event, tx) {
    const reviewId = reviewIdOf(event.stream);
    const current = await tx.get<ManagementReviewDocument>(MANAGEMENT_REVIEWS_COLLECTION, reviewId);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveManagementReview(current, event);
    if (next !== null) await tx.put(MANAGEMENT_REVIEWS_COLLECTION, next);
  },
};

/** The reviews as they stood at any recorded instant: the minutes report reads them as of its cut. */
export const managementReviewVersionsProjection = versionedProjection<ManagementReviewDocument>({
  name: 'managementReviewVersions',
  version: 1,
  categories: [MANAGEMENT_REVIEW_STREAM_PREFIX],
  collection: MANAGEMENT_REVIEW_VERSIONS_COLLECTION,
  indexes: ['meetingDate'],
  entityIdOf: reviewIdOf,
  evolve: evolveManagementReview,
});

export const MANAGEMENT_REVIEW_PROJECTIONS: readonly Projection[] = [
  managementReviewsProjection,
  managementReviewVersionsProjection,
];
