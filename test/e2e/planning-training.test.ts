// End to end over HTTP: the year's training plan (capacitación, PIC) — needs proposed from the PQRS
// subjects and the improvement actions, accepted or dismissed by a coordinator, sessions scheduled with
// staff attendees, attendance and evaluation recorded — through GraphQL only, on a fixed clock.
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const NEED = `year needKey status decidedAt decidedById reason sessionIds
  basis { kind reference label receivedCount firstReceivedOn lastReceivedOn actionStatus formulatedOn dueDate }`;
const SESSION = `id year topic date trainer attendeeIds needKeys passingScore scheduledAt attendanceRecordedAt
  attendance { userId attended score approved }`;

const NEEDS = `query ($year: Int!) { trainingNeeds(year: $year) { ${NEED} } }`;
const SESSIONS = `query ($year: Int!) { trainingSessions(year: $year) { ${SESSION} } }`;
const REVISION = `query ($year: Int!) { trainingPlanRevision(year: $year) }`;
const ACCEPT = `mutation ($year: Int!, $needKey: String!, $rev: Int) {
  acceptTrainingNeed(year: $year, needKey: $needKey, expectedRevision: $rev) { ${NEED} } }`;
const DISMISS = `mutation ($year: Int!, $needKey: String!, $reason: String!) {
  dismissTrainingNeed(year: $year, needKey: $needKey, reason: $reason) { ${NEED} } }`;
const SCHEDULE = `mutation ($input: ScheduleTrainingInput!, $rev: Int) {
  scheduleTraining(input: $input, expectedRevision: $rev) { ${SESSION} } }`;
const ATTENDANCE = `mutation ($sessionId: ID!, $attendance: [TrainingAttendanceInput!]!) {
  recordTrainingAttendance(sessionId: $sessionId, attendance: $attendance) { ${SESSION} } }`;

/** Monday 15 June 2026, 10:00 in Bogotá. */
const NOW = new Date('2026-06-15T15:00:00Z');
const SUBJECT = 'Certificado de afiliación con datos errados';

describe('the training plan (PIC), over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let actionId: string;
  let subjectNeed: string;
  let actionNeed: string;
  let sessionId: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => NOW);
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.talento', ['COORDINATOR']);
    agent = await ventanilla.userWithRoles(admin, 'agente.pic', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.pic', ['AUDITOR']);
    let radicado = '';
    for (const [index, subject] of [SUBJECT, SUBJECT, SUBJECT, 'Horario de atención'].entries()) {
      const received = await ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'CLAIM',
            channel: 'IN_PERSON',
            subject,
            description: 'El certificado trae la dirección anterior.',
            petitioner: { name: `Persona ${index}`, documentType: 'CC', documentNumber: `8011122${index}` },
          },
        },
        coordinator.token,
      );
      radicado = received.receivePqrs.radicado;
    }
    const formulated = await ventanilla.ok(
      `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
      {
        input: {
          source: { kind: 'PQRS', reference: radicado },
          problem: 'Las respuestas no citan el fundamento legal.',
          rootCause: 'El equipo no conoce la plantilla de respuesta.',
          action: 'Actualizar la plantilla.',
          responsibleId: agent.id,
          dueDate: '2026-07-31',
        },
      },
      coordinator.token,
    );
    actionId = formulated.formulateImprovementAction.id;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('proposes the year’s frequent PQRS subjects and its improvement actions, with their figures', async () => {
    const { trainingNeeds } = await ventanilla.ok(NEEDS, { year: 2026 }, auditor.token);
    // "Horario de atención" came once: fewer than three receipts are no pattern.
    expect(trainingNeeds).toEqual([
      expect.objectContaining({
        status: 'PROPOSED',
        needKey: expect.stringMatching(/^PQRS_SUBJECT:[0-9a-f]{16}$/),
        basis: expect.objectContaining({
          kind: 'PQRS_SUBJECT',
          label: SUBJECT,
          receivedCount: 3,
          firstReceivedOn: '2026-06-15',
          lastReceivedOn: '2026-06-15',
          actionStatus: null,
        }),
        decidedAt: null,
      }),
      expect.objectContaining({
        status: 'PROPOSED',
        needKey: `IMPROVEMENT_ACTION:${actionId}`,
        basis: expect.objectContaining({
          kind: 'IMPROVEMENT_ACTION',
          reference: actionId,
          label: 'Las respuestas no citan el fundamento legal.',
          actionStatus: 'OPEN',
          formulatedOn: '2026-06-15',
          dueDate: '2026-07-31',
          receivedCount: null,
        }),
      }),
    ]);
    subjectNeed = trainingNeeds[0].needKey;
    actionNeed = trainingNeeds[1].needKey;
    expect((await ventanilla.ok(NEEDS, { year: 2025 }, agent.token)).trainingNeeds).toEqual([]);
    expect((await ventanilla.ok(REVISION, { year: 2026 }, agent.token)).trainingPlanRevision).toBeNull();
  });

  it('an agent or an auditor may not accept, dismiss, schedule or record attendance', async () => {
    for (const token of [agent.token, auditor.token]) {
      for (const [query, variables] of [
        [ACCEPT, { year: 2026, needKey: subjectNeed }],
        [DISMISS, { year: 2026, needKey: subjectNeed, reason: 'No' }],
        [
          SCHEDULE,
          {
            input: {
              year: 2026,
              topic: 'Tema',
              date: '2026-06-10',
              trainer: 'Alguien',
              attendeeIds: [agent.id],
              passingScore: 70,
            },
          },
        ],
      ] as const) {
        const response = await ventanilla.graphql(query, variables, token);
        expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
    }
    const anonymous = await ventanilla.graphql(NEEDS, { year: 2026 });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('a coordinator accepts a need: the basis is recorded as it stood, with who and when', async () => {
    const { acceptTrainingNeed } = await ventanilla.ok(
      ACCEPT,
      { year: 2026, needKey: subjectNeed },
      coordinator.token,
    );
    expect(acceptTrainingNeed).toMatchObject({
      status: 'ACCEPTED',
      decidedById: coordinator.id,
      decidedAt: NOW.toISOString(),
      basis: { label: SUBJECT, receivedCount: 3 },
      reason: null,
    });
  });

  it('the basis stays as it stood when more cases of the subject arrive later', async () => {
    await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'IN_PERSON',
          subject: SUBJECT,
          description: 'Otro caso.',
          petitioner: { name: 'Persona 9', documentType: 'CC', documentNumber: '80111229' },
        },
      },
      coordinator.token,
    );
    const { trainingNeeds } = await ventanilla.ok(NEEDS, { year: 2026 }, auditor.token);
    expect(trainingNeeds.find((need: any) => need.needKey === subjectNeed).basis.receivedCount).toBe(3);
  });

  it('a dismissal needs a reason, records it, and a decided need is not decided again', async () => {
    const blank = await ventanilla.graphql(
      DISMISS,
      { year: 2026, needKey: actionNeed, reason: '' },
      coordinator.token,
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const { dismissTrainingNeed } = await ventanilla.ok(
      DISMISS,
      { year: 2026, needKey: actionNeed, reason: 'Se resuelve con la plantilla, no con capacitación.' },
      admin,
    );
    expect(dismissTrainingNeed).toMatchObject({
      status: 'DISMISSED',
      reason: 'Se resuelve con la plantilla, no con capacitación.',
      basis: { kind: 'IMPROVEMENT_ACTION', actionStatus: 'OPEN' },
    });

    const contrary = await ventanilla.graphql(ACCEPT, { year: 2026, needKey: actionNeed }, coordinator.token);
    expect(contrary.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'NEED_ALREADY_DECIDED',
    });
    const unknown = await ventanilla.graphql(
      ACCEPT,
      { year: 2026, needKey: 'PQRS_SUBJECT:0000000000000000' },
      coordinator.token,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ rule: 'NEED_NOT_PROPOSED', field: 'needKey' });
    expect(unknown.data).toBeNull();
  });

  it('the year’s needs list accepted first, then proposed, then dismissed', async () => {
    const { trainingNeeds } = await ventanilla.ok(NEEDS, { year: 2026 }, agent.token);
    expect(trainingNeeds.map((need: any) => [need.needKey, need.status])).toEqual([
      [subjectNeed, 'ACCEPTED'],
      [actionNeed, 'DISMISSED'],
    ]);
  });

  it('a stale plan revision is a concurrency conflict', async () => {
    const { trainingPlanRevision } = await ventanilla.ok(REVISION, { year: 2026 }, coordinator.token);
    expect(trainingPlanRevision).toBe(1);
    const stale = await ventanilla.graphql(
      SCHEDULE,
      {
        input: {
          year: 2026,
          topic: 'Tema',
          date: '2026-06-10',
          trainer: 'Alguien',
          attendeeIds: [agent.id],
          passingScore: 70,
        },
        rev: 0,
      },
      coordinator.token,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
  });

  it('schedules a session for an accepted need with active staff as attendees', async () => {
    const { scheduleTraining } = await ventanilla.ok(
      SCHEDULE,
      {
        input: {
          year: 2026,
          topic: 'Expedición de certificados de afiliación',
          date: '2026-06-12',
          trainer: 'Marta Ruiz (Talento Humano)',
          attendeeIds: [agent.id, coordinator.id],
          needKeys: [subjectNeed],
          passingScore: 70,
        },
        rev: 1,
      },
      coordinator.token,
    );
    sessionId = scheduleTraining.id;
    expect(scheduleTraining).toMatchObject({
      year: 2026,
      topic: 'Expedición de certificados de afiliación',
      date: '2026-06-12',
      trainer: 'Marta Ruiz (Talento Humano)',
      attendeeIds: [agent.id, coordinator.id],
      needKeys: [subjectNeed],
      passingScore: 70,
      attendance: null,
    });
    const { trainingNeeds } = await ventanilla.ok(NEEDS, { year: 2026 }, agent.token);
    expect(trainingNeeds[0]).toMatchObject({ needKey: subjectNeed, sessionIds: [sessionId] });
  });

  it('refuses unknown attendees, dismissed needs and dates outside the year, naming the field', async () => {
    const base = {
      year: 2026,
      topic: 'Tema',
      date: '2026-06-10',
      trainer: 'Alguien',
      attendeeIds: [agent.id],
      passingScore: 70,
    };
    const unknownAttendee = await ventanilla.graphql(
      SCHEDULE,
      { input: { ...base, attendeeIds: ['no-such-user'] } },
      coordinator.token,
    );
    expect(unknownAttendee.errors?.[0]?.extensions).toMatchObject({
      rule: 'INVALID_ATTENDEE',
      field: 'attendeeIds',
    });
    const dismissedNeed = await ventanilla.graphql(
      SCHEDULE,
      { input: { ...base, needKeys: [actionNeed] } },
      coordinator.token,
    );
    expect(dismissedNeed.errors?.[0]?.extensions).toMatchObject({ rule: 'NEED_NOT_ACCEPTED' });
    const nextYear = await ventanilla.graphql(
      SCHEDULE,
      { input: { ...base, date: '2027-01-20' } },
      coordinator.token,
    );
    expect(nextYear.errors?.[0]?.extensions).toMatchObject({ rule: 'SESSION_OUTSIDE_YEAR', field: 'date' });
    const badScore = await ventanilla.graphql(
      SCHEDULE,
      { input: { ...base, passingScore: 140 } },
      coordinator.token,
    );
    expect(badScore.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(badScore.errors?.[0]?.extensions)).toContain('passingScore');
    const { trainingSessions } = await ventanilla.ok(SESSIONS, { year: 2026 }, auditor.token);
    expect(trainingSessions.map((session: any) => session.id)).toEqual([sessionId]);
  });

  it('records attendance and evaluation: approved at or above the passing score', async () => {
    const forbidden = await ventanilla.graphql(
      ATTENDANCE,
      { sessionId, attendance: [{ userId: agent.id, attended: true, score: 90 }] },
      agent.token,
    );
    expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const incomplete = await ventanilla.graphql(
      ATTENDANCE,
      { sessionId, attendance: [{ userId: agent.id, attended: true, score: 90 }] },
      coordinator.token,
    );
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ rule: 'ATTENDANCE_INCOMPLETE' });

    const { recordTrainingAttendance } = await ventanilla.ok(
      ATTENDANCE,
      {
        sessionId,
        attendance: [
          { userId: coordinator.id, attended: false, score: null },
          { userId: agent.id, attended: true, score: 70 },
        ],
      },
      coordinator.token,
    );
    expect(recordTrainingAttendance).toMatchObject({
      attendanceRecordedAt: NOW.toISOString(),
      attendance: [
        { userId: agent.id, attended: true, score: 70, approved: true },
        { userId: coordinator.id, attended: false, score: null, approved: false },
      ],
    });
    const missing = await ventanilla.graphql(
      ATTENDANCE,
      {
        sessionId: '00000000-0000-4000-8000-000000000000',
        attendance: [{ userId: agent.id, attended: true, score: 90 }],
      },
      coordinator.token,
    );
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('refuses attendance before the session’s day', async () => {
    const { scheduleTraining } = await ventanilla.ok(
      SCHEDULE,
      {
        input: {
          year: 2026,
          topic: 'Ley 1755 de 2015: términos',
          date: '2026-07-01',
          trainer: 'Oficina Jurídica',
          attendeeIds: [agent.id],
          passingScore: 60,
        },
      },
      coordinator.token,
    );
    const early = await ventanilla.graphql(
      ATTENDANCE,
      { sessionId: scheduleTraining.id, attendance: [{ userId: agent.id, attended: true, score: 90 }] },
      coordinator.token,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'ATTENDANCE_BEFORE_SESSION',
    });
  });

  it('keeps every free text out of the log, and every event carries who, when and why', async () => {
    const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readAll(null, 10_000);
    const plan = log.filter((event) => event.stream === 'training-2026');
    expect(plan.map((event) => event.type)).toEqual([
      'TrainingNeedAccepted',
      'TrainingNeedDismissed',
      'TrainingScheduled',
      'TrainingAttendanceRecorded',
      'TrainingScheduled',
    ]);
    const stored = JSON.stringify(plan.map((event) => event.data));
    for (const text of [
      SUBJECT,
      'Se resuelve con la plantilla',
      'Marta Ruiz',
      'Expedición de certificados',
    ]) {
      expect(stored).not.toContain(text);
    }
    for (const event of plan) {
      expect(event.metadata).toMatchObject({
        actorId: expect.any(String),
        actorRole: expect.stringMatching(/^(ADMIN|COORDINATOR)$/),
        correlationId: expect.any(String),
        causationId: expect.any(String),
      });
      expect(event.schemaVersion).toBe(1);
    }
  });
});
