import { activeStaffMember } from '../shared/staff-spec-fixtures.js';
import { staffMemberNamed } from '../shared/staff-member.js';
import {
  ACTION_NEED,
  accepted,
  agent,
  ana,
  at,
  attendanceRecorded,
  beto,
  dismissed,
  given,
  on,
  recordAttendance,
  schedule,
  scheduled,
  SESSION,
} from './training-spec-fixtures.js';

describe('scheduling a training session', () => {
  it('records its topic, date, trainer, attendees, the needs it answers and the passing score', () => {
    given([accepted()]).when(schedule(), on('2026-03-24')).then([scheduled()]);
  });

  it('a session may answer no accepted need (an induction, a legal update)', () => {
    given([])
      .when(schedule({ needKeys: [] }), on('2026-03-24'))
      .then([scheduled({ needKeys: [] })]);
  });

  it('a need named twice is kept once', () => {
    given([accepted()])
      .when(schedule({ needKeys: [accepted().data.needKey, accepted().data.needKey] }), on('2026-03-24'))
      .then([scheduled()]);
  });

  it('a need not accepted is refused', () => {
    given([accepted(), dismissed()])
      .when(schedule({ needKeys: [ACTION_NEED] }), on('2026-03-24'))
      .thenRefuses('NEED_NOT_ACCEPTED', 'needKeys');
  });

  it('the same session scheduled twice is refused', () => {
    given([accepted(), scheduled()])
      .when(schedule(), on('2026-03-24'))
      .thenRefuses('SESSION_ALREADY_SCHEDULED', 'sessionId');
  });

  it('a session without a topic is refused', () => {
    given([])
      .when(schedule({ topic: ' ' }), on('2026-03-24'))
      .thenRefuses('TOPIC_REQUIRED', 'topic');
  });

  it('a session without a trainer is refused', () => {
    given([])
      .when(schedule({ trainer: '' }), on('2026-03-24'))
      .thenRefuses('TRAINER_REQUIRED', 'trainer');
  });

  it('a malformed date is refused', () => {
    given([])
      .when(schedule({ date: '2026-02-30' }), on('2026-03-24'))
      .thenRefuses('INVALID_DATE', 'date');
  });

  it('a date outside the plan’s year is refused', () => {
    const refusal = given([])
      .when(schedule({ date: '2027-01-15', needKeys: [] }), on('2026-03-24'))
      .thenRefuses('SESSION_OUTSIDE_YEAR', 'date');
    expect(refusal.message).toBe('La sesión del 15/01/2027 no cae en el año del plan (2026).');
  });

  it('a session without attendees is refused', () => {
    given([])
      .when(schedule({ attendees: [], needKeys: [] }), on('2026-03-24'))
      .thenRefuses('ATTENDEES_REQUIRED', 'attendeeIds');
  });

  it('an attendee named twice is refused', () => {
    given([])
      .when(schedule({ attendees: [ana, ana], needKeys: [] }), on('2026-03-24'))
      .thenRefuses('DUPLICATE_ATTENDEE', 'attendeeIds');
  });

  it('an attendee without an active account is refused', () => {
    given([])
      .when(schedule({ attendees: [ana, staffMemberNamed('user-gone')], needKeys: [] }), on('2026-03-24'))
      .thenRefuses('INVALID_ATTENDEE', 'attendeeIds');
  });

  it('an auditor may attend: every staff account is trained', () => {
    given([])
      .when(
        schedule({ attendees: [activeStaffMember('user-aud', ['AUDITOR'])], needKeys: [] }),
        on('2026-03-24'),
      )
      .then([scheduled({ attendeeIds: ['user-aud'], needKeys: [] })]);
  });

  it('a passing score above 100 is refused', () => {
    given([])
      .when(schedule({ passingScore: 101, needKeys: [] }), on('2026-03-24'))
      .thenRefuses('INVALID_PASSING_SCORE', 'passingScore');
  });

  it('a session of another year’s plan is refused', () => {
    given([accepted()])
      .when(schedule({ year: 2027, date: '2027-04-15', needKeys: [] }), on('2026-03-24'))
      .thenRefuses('INVALID_YEAR', 'year');
  });

  it('an agent may not schedule sessions', () => {
    given([])
      .when(schedule({ needKeys: [] }), on('2026-03-24', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('recording attendance and evaluation', () => {
  const history = [accepted(), scheduled()];

  it('records each attendee’s attendance and score, approved at or above the passing score', () => {
    given(history)
      .when(recordAttendance(), on('2026-04-15', undefined, '16:00'))
      .then([attendanceRecorded()]);
  });

  it('an absent attendee has no score and is not approved', () => {
    given(history)
      .when(
        recordAttendance([
          { userId: 'user-beto', attended: false, score: null },
          { userId: 'user-ana', attended: true, score: 70 },
        ]),
        on('2026-04-16'),
      )
      .then([
        attendanceRecorded({
          attendance: [
            { userId: 'user-ana', attended: true, score: 70, approved: true },
            { userId: 'user-beto', attended: false, score: null, approved: false },
          ],
          recordedAt: at('2026-04-16'),
          recordedOn: '2026-04-16',
        }),
      ]);
  });

  it('the same attendance recorded again changes nothing', () => {
    given([...history, attendanceRecorded()])
      .when(recordAttendance(), on('2026-04-16'))
      .thenNothingHappens();
  });

  it('a different record later corrects the earlier one', () => {
    given([...history, attendanceRecorded()])
      .when(
        recordAttendance([
          { userId: 'user-ana', attended: true, score: 85 },
          { userId: 'user-beto', attended: true, score: 75 },
        ]),
        on('2026-04-17'),
      )
      .then([
        attendanceRecorded({
          attendance: [
            { userId: 'user-ana', attended: true, score: 85, approved: true },
            { userId: 'user-beto', attended: true, score: 75, approved: true },
          ],
          recordedAt: at('2026-04-17'),
          recordedOn: '2026-04-17',
        }),
      ]);
  });

  it('attendance of a session not scheduled is refused', () => {
    given([]).when(recordAttendance(), on('2026-04-15')).thenRefuses('SESSION_NOT_FOUND', 'sessionId');
  });

  it('attendance before the session’s day is refused', () => {
    given(history).when(recordAttendance(), on('2026-04-14')).thenRefuses('ATTENDANCE_BEFORE_SESSION');
  });

  it('someone not called to the session is refused', () => {
    given(history)
      .when(
        recordAttendance([
          { userId: 'user-ana', attended: true, score: 85 },
          { userId: 'user-beto', attended: true, score: 60 },
          { userId: 'user-carla', attended: true, score: 90 },
        ]),
        on('2026-04-15'),
      )
      .thenRefuses('NOT_AN_ATTENDEE', 'attendance');
  });

  it('an attendee recorded twice is refused', () => {
    given(history)
      .when(
        recordAttendance([
          { userId: 'user-ana', attended: true, score: 85 },
          { userId: 'user-ana', attended: true, score: 60 },
        ]),
        on('2026-04-15'),
      )
      .thenRefuses('DUPLICATE_ATTENDEE', 'attendance');
  });

  it('an attendee left out is refused', () => {
    given(history)
      .when(recordAttendance([{ userId: 'user-ana', attended: true, score: 85 }]), on('2026-04-15'))
      .thenRefuses('ATTENDANCE_INCOMPLETE', 'attendance');
  });

  it('an attendee present without a score is refused', () => {
    given(history)
      .when(
        recordAttendance([
          { userId: 'user-ana', attended: true, score: null },
          { userId: 'user-beto', attended: false, score: null },
        ]),
        on('2026-04-15'),
      )
      .thenRefuses('EVALUATION_REQUIRED', 'attendance');
  });

  it('an absent attendee with a score is refused', () => {
    given(history)
      .when(
        recordAttendance([
          { userId: 'user-ana', attended: true, score: 80 },
          { userId: 'user-beto', attended: false, score: 50 },
        ]),
        on('2026-04-15'),
      )
      .thenRefuses('SCORE_WITHOUT_ATTENDANCE', 'attendance');
  });

  it('a score outside 0–100 is refused', () => {
    given(history)
      .when(
        recordAttendance([
          { userId: 'user-ana', attended: true, score: 101 },
          { userId: 'user-beto', attended: true, score: 50 },
        ]),
        on('2026-04-15'),
      )
      .thenRefuses('INVALID_SCORE', 'attendance');
  });

  it('an agent may not record attendance', () => {
    given(history).when(recordAttendance(), on('2026-04-15', agent)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('the session keeps its attendance in the plan’s state', () => {
    const state = given(history)
      .when(recordAttendance(), on('2026-04-15', undefined, '16:00'))
      .then([attendanceRecorded()]);
    expect(state.sessions[SESSION]?.attendance).toEqual(attendanceRecorded().data.attendance);
    expect(state.sessions[SESSION]?.attendeeIds).toEqual([ana.id, beto.id]);
  });
});
