import {
  admin,
  agent,
  at,
  auditor,
  firstSemesterInputs,
  freshId,
  given,
  on,
  openReview,
  opened,
} from './management-review-spec-fixtures.js';

describe('opening a management review', () => {
  it('records the meeting, the period, the attendees and the inputs assembled for it', () => {
    const reviewId = freshId();
    given([])
      .when(openReview(reviewId), on('2026-07-13'))
      .then([opened(reviewId)]);
  });

  it('an administrator may open it too; the title is trimmed and attendees named twice count once', () => {
    const reviewId = freshId();
    given([])
      .when(
        openReview(reviewId, {
          title: '  Revisión semestral  ',
          attendeeIds: ['user-director', 'user-director', ' '],
        }),
        on('2026-07-13', admin),
      )
      .then([opened(reviewId, { title: 'Revisión semestral', attendeeIds: ['user-director'] })]);
  });

  it('a meeting on the day of opening is accepted', () => {
    const reviewId = freshId();
    given([])
      .when(openReview(reviewId, { meetingDate: '2026-07-13' }), on('2026-07-13', undefined, '08:00'))
      .then([opened(reviewId, { meetingDate: '2026-07-13', openedAt: at('2026-07-13', '08:00') })]);
  });

  it('a review already opened is not opened again', () => {
    const reviewId = freshId();
    given([opened(reviewId)])
      .when(openReview(reviewId), on('2026-07-13'))
      .thenRefuses('REVIEW_ALREADY_OPENED');
  });

  it.each([
    ['an agent', agent],
    ['an auditor', auditor],
  ])('%s may not open a review', (_who, actor) => {
    given([]).when(openReview(freshId()), on('2026-07-13', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a review without title is refused', () => {
    given([])
      .when(openReview(freshId(), { title: '   ' }), on('2026-07-13'))
      .thenRefuses('TITLE_REQUIRED', 'title');
  });

  it('a malformed meeting date is refused', () => {
    given([])
      .when(openReview(freshId(), { meetingDate: '2026-02-30' }), on('2026-07-13'))
      .thenRefuses('INVALID_DATE', 'meetingDate');
  });

  it('a meeting before the day of opening is refused, naming the day as staff write it', () => {
    const refusal = given([])
      .when(openReview(freshId(), { meetingDate: '2026-07-12' }), on('2026-07-13'))
      .thenRefuses('MEETING_DATE_IN_PAST', 'meetingDate');
    expect(refusal.message).toContain('13/07/2026');
  });

  it('a malformed start of the period is refused', () => {
    given([])
      .when(openReview(freshId(), { period: { from: '2026-13-01', to: '2026-06-30' } }), on('2026-07-13'))
      .thenRefuses('INVALID_DATE', 'period.from');
  });

  it('a malformed end of the period is refused', () => {
    given([])
      .when(openReview(freshId(), { period: { from: '2026-01-01', to: 'junio' } }), on('2026-07-13'))
      .thenRefuses('INVALID_DATE', 'period.to');
  });

  it('a period that ends before it starts is refused', () => {
    given([])
      .when(openReview(freshId(), { period: { from: '2026-06-30', to: '2026-01-01' } }), on('2026-07-13'))
      .thenRefuses('INVALID_PERIOD', 'period.to');
  });

  it('a period that ends after the meeting is refused', () => {
    given([])
      .when(
        openReview(freshId(), {
          meetingDate: '2026-07-15',
          period: { from: '2026-01-01', to: '2026-07-31' },
        }),
        on('2026-07-13'),
      )
      .thenRefuses('PERIOD_AFTER_MEETING', 'period.to');
  });

  it('a review without attendees is refused', () => {
    given([])
      .when(openReview(freshId(), { attendeeIds: [] }), on('2026-07-13'))
      .thenRefuses('ATTENDEES_REQUIRED', 'attendeeIds');
  });

  it('inputs assembled for another period are refused', () => {
    given([])
      .when(
        openReview(freshId(), {
          inputs: { ...firstSemesterInputs, period: { from: '2026-01-01', to: '2026-03-31' } },
        }),
        on('2026-07-13'),
      )
      .thenRefuses('INPUTS_FOR_ANOTHER_PERIOD', 'period');
  });

  it('a review opened before texts were sealed under its own key keeps a null owner', () => {
    const reviewId = freshId();
    given([])
      .when(openReview(reviewId, { textOwnerId: undefined }), on('2026-07-13'))
      .then([opened(reviewId, { textOwnerId: null })]);
  });
});
