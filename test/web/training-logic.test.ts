// The Capacitación screen's rules: who plans, how a need's basis and a session's attendance read, and the
// checks of a new session and of an attendance record before they are sent.
import {
  attendanceProblems,
  attendanceText,
  basisText,
  EMPTY_SESSION_DRAFT,
  mayPlanTraining,
  scoreOf,
  sessionDraftProblems,
  sessionFieldOf,
} from '../../web/src/pages/planning/training/training-logic.js';

describe('who plans training', () => {
  it('coordinators and administrators; agents and auditors read', () => {
    expect(mayPlanTraining(['COORDINATOR'])).toBe(true);
    expect(mayPlanTraining(['ADMIN'])).toBe(true);
    expect(mayPlanTraining(['AGENT', 'AUDITOR'])).toBe(false);
  });
});

describe('how a need and a session read', () => {
  it('a PQRS subject by its count and days, dd/mm/aaaa', () => {
    expect(
      basisText({
        kind: 'PQRS_SUBJECT',
        receivedCount: 14,
        firstReceivedOn: '2026-01-12',
        lastReceivedOn: '2026-03-20',
      }),
    ).toBe('14 PQRS con este asunto entre el 12/01/2026 y el 20/03/2026');
  });

  it('an improvement action by its days and status in the domain’s words', () => {
    expect(
      basisText({
        kind: 'IMPROVEMENT_ACTION',
        actionStatus: 'OVERDUE',
        formulatedOn: '2026-02-10',
        dueDate: '2026-04-30',
      }),
    ).toBe('Formulada el 10/02/2026, fecha límite 30/04/2026, abierta, vencida');
  });

  it('attendance as attended of called and approved, or not recorded yet', () => {
    expect(attendanceText(3, null)).toBe('Sin registrar');
    expect(
      attendanceText(3, [
        { attended: true, approved: true },
        { attended: true, approved: false },
        { attended: false, approved: false },
      ]),
    ).toBe('2 de 3 asistieron · 1 aprobaron');
  });
});

describe('checking a session before it is scheduled', () => {
  const draft = {
    ...EMPTY_SESSION_DRAFT,
    topic: 'Tema',
    trainer: 'Talento Humano',
    date: '2026-05-04',
    attendeeIds: ['user-1'],
  };

  it('accepts a complete session of the plan’s year', () => {
    expect(sessionDraftProblems(draft, 2026)).toEqual({});
  });

  it('names each missing or wrong field as the server would', () => {
    expect(sessionDraftProblems(EMPTY_SESSION_DRAFT, 2026)).toEqual({
      topic: 'Indique el tema de la capacitación.',
      trainer: 'Indique quién dicta la capacitación.',
      date: 'Indique la fecha de la sesión.',
      attendeeIds: 'Indique al menos un funcionario asistente.',
    });
    expect(sessionDraftProblems({ ...draft, date: '2027-01-10', passingScore: '101' }, 2026)).toEqual({
      date: 'La sesión debe caer en el año del plan (2026).',
      passingScore: 'El puntaje mínimo para aprobar es un número entero de 0 a 100.',
    });
  });

  it('puts a server refusal next to the field it names', () => {
    expect(sessionFieldOf('input.passingScore')).toBe('passingScore');
    expect(sessionFieldOf('attendeeIds')).toBe('attendeeIds');
    expect(sessionFieldOf('year')).toBeNull();
    expect(sessionFieldOf(null)).toBeNull();
  });
});

describe('checking an attendance record', () => {
  it('reads whole scores 0 to 100 only', () => {
    expect(scoreOf(' 85 ')).toBe(85);
    expect(scoreOf('100')).toBe(100);
    expect(scoreOf('101')).toBeNull();
    expect(scoreOf('7,5')).toBeNull();
    expect(scoreOf('')).toBeNull();
  });

  it('asks for the score of each attendee present, not of those absent', () => {
    expect(
      attendanceProblems([
        { userId: 'a', attended: true, score: '' },
        { userId: 'b', attended: false, score: '' },
        { userId: 'c', attended: true, score: '90' },
      ]),
    ).toEqual({ a: 'Indique el puntaje de la evaluación (0 a 100).' });
  });
});
