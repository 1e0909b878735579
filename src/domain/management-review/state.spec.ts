import { decisionReference, parseDecisionReference } from './events.js';
import { evolve, initialManagementReviewState } from './state.js';
import { at, closed, decisionRecorded, opened } from './management-review-spec-fixtures.js';

const reviewId = '00000000-0000-4000-9000-00000000ffff';

describe('the state a review’s events leave', () => {
  it('keeps the decisions with the action each names, and the close', () => {
    const state = [
      opened(reviewId),
      decisionRecorded(1, { improvementActionId: 'action-1' }),
      decisionRecorded(2),
      closed(2),
    ].reduce(evolve, initialManagementReviewState);
    expect(state).toEqual({
      status: 'CLOSED',
      reviewId,
      meetingDate: '2026-07-15',
      period: { from: '2026-01-01', to: '2026-06-30' },
      textOwnerId: 'owner-of-review',
      decisions: [
        {
          number: 1,
          kind: 'IMPROVEMENT_OPPORTUNITY',
          responsibleId: 'user-coordinator',
          improvementActionId: 'action-1',
        },
        {
          number: 2,
          kind: 'IMPROVEMENT_OPPORTUNITY',
          responsibleId: 'user-coordinator',
          improvementActionId: null,
        },
      ],
      closedAt: at('2026-07-16'),
    });
  });

  it('a decision with no review opened leaves the state as it was', () => {
    expect(evolve(initialManagementReviewState, decisionRecorded(1))).toBe(initialManagementReviewState);
  });
});

describe('the reference of a decision', () => {
  it('is the review id and the decision number, and reads back', () => {
    const reference = decisionReference(reviewId, 12);
    expect(reference).toBe(`${reviewId}/12`);
    expect(parseDecisionReference(reference)).toEqual({ reviewId, decisionNumber: 12 });
  });

  it.each(['', 'revision/1', `${reviewId}/0`, `${reviewId}/x`, `${reviewId}`])(
    '%p is no decision reference',
    (reference) => {
      expect(parseDecisionReference(reference)).toBeNull();
    },
  );
});
