import {
  agent,
  at,
  auditor,
  closeReview,
  closed,
  decisionRecorded,
  freshId,
  given,
  on,
  opened,
  recordDecision,
} from './management-review-spec-fixtures.js';

const actionId = '00000000-0000-4000-8000-0000000000aa';

describe('recording the decisions of an open review', () => {
  it('records a decision numbered 1, dated when recorded', () => {
    const reviewId = freshId();
    given([opened(reviewId)])
      .when(recordDecision(), on('2026-07-15'))
      .then([decisionRecorded(1)]);
  });

  it('numbers the decisions in the order they are recorded', () => {
    const reviewId = freshId();
    given([opened(reviewId), decisionRecorded(1)])
      .when(recordDecision({ kind: 'RESOURCE_NEED' }), on('2026-07-15'))
      .then([decisionRecorded(2, { kind: 'RESOURCE_NEED' })]);
  });

  it('a decision may name the improvement action it formulates', () => {
    const reviewId = freshId();
    given([opened(reviewId)])
      .when(recordDecision({ improvementActionId: actionId }), on('2026-07-15'))
      .then([decisionRecorded(1, { improvementActionId: actionId })]);
  });

  it('a decision without due date is accepted, and the description is trimmed', () => {
    const reviewId = freshId();
    given([opened(reviewId)])
      .when(recordDecision({ dueDate: null, description: '  Mantener la política.  ' }), on('2026-07-16'))
      .then([
        decisionRecorded(1, {
          dueDate: null,
          description: 'Mantener la política.',
          recordedAt: at('2026-07-16'),
        }),
      ]);
  });

  it('a decision formulating an action needs a due date, the action’s', () => {
    given([opened(freshId())])
      .when(recordDecision({ improvementActionId: actionId, dueDate: null }), on('2026-07-15'))
      .thenRefuses('ACTION_DUE_DATE_REQUIRED', 'dueDate');
  });

  it('an action already named by an earlier decision is refused', () => {
    given([opened(freshId()), decisionRecorded(1, { improvementActionId: actionId })])
      .when(recordDecision({ improvementActionId: actionId }), on('2026-07-15'))
      .thenRefuses('ACTION_ALREADY_NAMED', 'improvementActionId');
  });

  it('a decision before the day of the meeting is refused', () => {
    given([opened(freshId())])
      .when(recordDecision(), on('2026-07-14'))
      .thenRefuses('DECISION_BEFORE_MEETING');
  });

  it('an unknown kind of decision is refused', () => {
    given([opened(freshId())])
      .when(recordDecision({ kind: 'WISH' }), on('2026-07-15'))
      .thenRefuses('INVALID_DECISION_KIND', 'kind');
  });

  it('a decision without description is refused', () => {
    given([opened(freshId())])
      .when(recordDecision({ description: ' ' }), on('2026-07-15'))
      .thenRefuses('DESCRIPTION_REQUIRED', 'description');
  });

  it('a decision without responsible is refused', () => {
    given([opened(freshId())])
      .when(recordDecision({ responsibleId: '' }), on('2026-07-15'))
      .thenRefuses('RESPONSIBLE_REQUIRED', 'responsibleId');
  });

  it('a malformed due date is refused', () => {
    given([opened(freshId())])
      .when(recordDecision({ dueDate: '2026-09-31' }), on('2026-07-15'))
      .thenRefuses('INVALID_DATE', 'dueDate');
  });

  it('a due date before today is refused', () => {
    given([opened(freshId())])
      .when(recordDecision({ dueDate: '2026-07-14' }), on('2026-07-15'))
      .thenRefuses('DUE_DATE_IN_PAST', 'dueDate');
  });

  it.each([
    ['an agent', agent],
    ['an auditor', auditor],
  ])('%s may not record decisions', (_who, actor) => {
    given([opened(freshId())])
      .when(recordDecision(), on('2026-07-15', actor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when the review does not exist', () => {
  it('a decision is refused as not found', () => {
    given([]).when(recordDecision(), on('2026-07-15')).thenRefuses('CASE_NOT_FOUND');
  });

  it('closing is refused as not found', () => {
    given([]).when(closeReview(), on('2026-07-15')).thenRefuses('CASE_NOT_FOUND');
  });
});

describe('approving the minutes (closing the review)', () => {
  it('closes the review with its conclusions and the number of decisions', () => {
    given([opened(freshId()), decisionRecorded(1), decisionRecorded(2)])
      .when(closeReview(), on('2026-07-16'))
      .then([closed(2)]);
  });

  it('a review without decisions is not closed', () => {
    given([opened(freshId())])
      .when(closeReview(), on('2026-07-16'))
      .thenRefuses('REVIEW_WITHOUT_DECISIONS');
  });

  it('a review whose decision names an action not yet formulated is not closed', () => {
    const refusal = given([
      opened(freshId()),
      decisionRecorded(1),
      decisionRecorded(2, { improvementActionId: actionId }),
    ])
      .when(closeReview({ pendingActionIds: [actionId] }), on('2026-07-16'))
      .thenRefuses('DECISION_ACTION_PENDING');
    expect(refusal.message).toBe('Falta formular la acción de mejora de la decisión 2.');
  });

  it('a decision’s action once formulated lets the minutes be approved', () => {
    given([opened(freshId()), decisionRecorded(1, { improvementActionId: actionId })])
      .when(closeReview({ pendingActionIds: [] }), on('2026-07-16'))
      .then([closed(1)]);
  });

  it('minutes without conclusions are refused', () => {
    given([opened(freshId()), decisionRecorded(1)])
      .when(closeReview({ conclusions: '  ' }), on('2026-07-16'))
      .thenRefuses('CONCLUSIONS_REQUIRED', 'conclusions');
  });

  it('minutes approved before the day of the meeting are refused', () => {
    given([opened(freshId())])
      .when(closeReview(), on('2026-07-14'))
      .thenRefuses('MINUTES_BEFORE_MEETING');
  });

  it.each([
    ['an agent', agent],
    ['an auditor', auditor],
  ])('%s may not approve the minutes', (_who, actor) => {
    given([opened(freshId()), decisionRecorded(1)])
      .when(closeReview(), on('2026-07-16', actor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('approving minutes already approved changes nothing', () => {
    given([opened(freshId()), decisionRecorded(1), closed(1)])
      .when(closeReview(), on('2026-07-17'))
      .thenNothingHappens();
  });
});

describe('when the minutes are approved', () => {
  it('no decision is recorded any more', () => {
    given([opened(freshId()), decisionRecorded(1), closed(1)])
      .when(recordDecision(), on('2026-07-17'))
      .thenRefuses('REVIEW_CLOSED');
  });
});
