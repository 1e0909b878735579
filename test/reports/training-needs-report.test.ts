// Necesidades de capacitación para el PIC against a small year worked by hand. The events come from the
// real decider, each recorded on its own Bogotá day (the store's clock):
//
//   2 Feb   accept S (PQRS subject, 14 cases 12/01–30/01)      10 Feb  session 1 on 5 Mar: Ana, Beto, Carla; S; pass 70
//   3 Feb   accept A (improvement action, open)                11 Feb  session 2 on 20 Apr: Ana, Beto; S and A; pass 60
//   4 Feb   dismiss D (improvement action), with its reason    12 Feb  session 3 on 15 Sep: Carla; A; pass 70
//   5 Mar   session 1: Ana 90 (approves), Beto 65 (does not), Carla absent
//   20 Apr  session 2: Ana 80 (approves), Beto 60 (approves: 60 ≥ 60)
//   2 Jul   session 2 corrected: Beto 55 (does not approve)
//
// As of 30 June, the year: sessions held 2 of 3 (session 3 is after the cut); called 3 + 2 = 5, attended
// 2 + 2 = 4 (80 %), scores 90, 65, 80, 60 → average 73,75; approved 1 + 2 = 3 (75 % of attendees).
// Need S: sessions 1 and 2 → 4 attended, 3 approved; need A: session 2 → 2 attended, 2 approved.
// As of 3 July the correction counts: approved 2 (50 %), average 72,5.
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { isDomainError } from '../../src/domain/shared/domain-error.js';
import { activeStaffMember } from '../../src/domain/shared/staff-spec-fixtures.js';
import {
  TRAINING_EVENT_SCHEMA_VERSIONS,
  trainingDecider,
  trainingNeedKeyOf,
  trainingStreamOf,
  type ImprovementActionBasis,
  type PqrsSubjectBasis,
  type TrainingCommand,
  type TrainingPlanState,
} from '../../src/domain/training/index.js';
import { TRAINING_PROJECTIONS } from '../../src/features/planning/training/read-models/training-projections.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import type { ReportFigures, ReportTable } from '../../src/features/reports/report-document.js';
import { generateReport } from '../../src/features/reports/report-generator.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { InMemoryEventStore } from '../projections/in-memory-event-store.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';

const PARAMETERS = { entityName: 'Corporación de prueba', officeName: 'Atención al Cliente', layout: 7 };
const COORDINATOR: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
const S: PqrsSubjectBasis = {
  kind: 'PQRS_SUBJECT',
  reference: 'aaaaaaaaaaaaaaaa',
  label: 'Certificado de afiliación',
  receivedCount: 14,
  firstReceivedOn: '2026-01-12',
  lastReceivedOn: '2026-01-30',
};
const A: ImprovementActionBasis = {
  kind: 'IMPROVEMENT_ACTION',
  reference: '00000000-0000-4000-8000-0000000000a1',
  label: 'Respuestas sin fundamento legal',
  actionStatus: 'OPEN',
  formulatedOn: '2026-01-20',
  dueDate: '2026-03-31',
};
const D: ImprovementActionBasis = {
  ...A,
  reference: '00000000-0000-4000-8000-0000000000d1',
  label: 'Plantilla vieja',
};
const SESSION_1 = '00000000-0000-4000-8000-00000000c001';
const SESSION_2 = '00000000-0000-4000-8000-00000000c002';
const SESSION_3 = '00000000-0000-4000-8000-00000000c003';
const [ana, beto, carla] = ['user-ana', 'user-beto', 'user-carla'].map((id) => activeStaffMember(id));

const schedule = (
  sessionId: string,
  date: string,
  attendees: (typeof ana)[],
  needs: string[],
  passingScore: number,
): TrainingCommand => ({
  type: 'ScheduleTraining',
  data: {
    year: 2026,
    sessionId,
    topic: `Sesión del ${date}`,
    date,
    trainer: 'Talento Humano',
    attendees,
    needKeys: needs,
    passingScore,
    textOwnerId: 'plan-owner',
  },
});
const attendance = (sessionId: string, records: [string, number | null][]): TrainingCommand => ({
  type: 'RecordTrainingAttendance',
  data: {
    sessionId,
    attendance: records.map(([userId, score]) => ({ userId, attended: score !== null, score })),
  },
});

const STEPS: readonly [string, TrainingCommand][] = [
  [
    '2026-02-02',
    {
      type: 'AcceptTrainingNeed',
      data: { year: 2026, needKey: trainingNeedKeyOf(S), basis: S, textOwnerId: 'plan-owner' },
    },
  ],
  [
    '2026-02-03',
    { type: 'AcceptTrainingNeed', data: { year: 2026, needKey: trainingNeedKeyOf(A), basis: A } },
  ],
  [
    '2026-02-04',
    {
      type: 'DismissTrainingNeed',
      data: {
        year: 2026,
        needKey: trainingNeedKeyOf(D),
        basis: D,
        reason: 'Se atiende con un cambio de plantilla.',
      },
    },
  ],
  ['2026-02-10', schedule(SESSION_1, '2026-03-05', [ana!, beto!, carla!], [trainingNeedKeyOf(S)], 70)],
  [
    '2026-02-11',
    schedule(SESSION_2, '2026-04-20', [ana!, beto!], [trainingNeedKeyOf(S), trainingNeedKeyOf(A)], 60),
  ],
  ['2026-02-12', schedule(SESSION_3, '2026-09-15', [carla!], [trainingNeedKeyOf(A)], 70)],
  [
    '2026-03-05',
    attendance(SESSION_1, [
      ['user-ana', 90],
      ['user-beto', 65],
      ['user-carla', null],
    ]),
  ],
  [
    '2026-04-20',
    attendance(SESSION_2, [
      ['user-ana', 80],
      ['user-beto', 60],
    ]),
  ],
  [
    '2026-07-02',
    attendance(SESSION_2, [
      ['user-ana', 80],
      ['user-beto', 55],
    ]),
  ],
];

let readModels: TemporaryReadModels;
let sources: ReportSources;

beforeAll(async () => {
  const clock = { now: new Date('2026-02-02T15:00:00.000Z') };
  const eventStore = new InMemoryEventStore({ clock: () => clock.now });
  const calendar = createBusinessCalendar();
  let state: TrainingPlanState = trainingDecider.initialState;
  let revision: number | 'no_stream' = 'no_stream';
  for (const [index, [day, command]] of STEPS.entries()) {
    clock.now = new Date(`${day}T15:00:00.000Z`);
    const events = trainingDecider.decide(command, state, {
      now: clock.now.toISOString(),
      actor: COORDINATOR,
      calendar,
    });
    if (isDomainError(events)) throw new Error(`${day}: ${events.code} ${events.message}`);
    await eventStore.append(
      trainingStreamOf('2026'),
      events.map((event, at) => ({
        id: `step-${index}-${at}`,
        type: event.type,
        schemaVersion: TRAINING_EVENT_SCHEMA_VERSIONS[event.type],
        data: event.data,
        metadata: {
          actorId: COORDINATOR.id,
          actorRole: COORDINATOR.role,
          occurredAt: clock.now.toISOString(),
          correlationId: `step-${index}`,
          causationId: `step-${index}`,
        },
      })),
      revision,
    );
    state = events.reduce(trainingDecider.evolve, state);
    revision = revision === 'no_stream' ? events.length - 1 : revision + events.length;
  }
  readModels = await temporaryReadModels();
  await rebuildProjections(eventStore, readModels.store, TRAINING_PROJECTIONS);
  sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
});

afterAll(async () => {
  await readModels.cleanup();
});

const report = (asOf: string) =>
  generateReport('TRAINING_NEEDS', { from: '2026-01-01', to: '2026-12-31' }, asOf, PARAMETERS, sources);
const section = <Section>(document: { sections: readonly unknown[] }, title: string): Section =>
  document.sections.find((each) => (each as { title: string }).title === title) as Section;
const figure = (figures: ReportFigures, label: string) =>
  figures.items.find((item) => item.label === label)?.value;

/** 30 June 2026, 23:59:59 in Bogotá. */
const END_OF_JUNE = '2026-07-01T04:59:59.000Z';

describe('the PIC needs of 2026, as of 30 June', () => {
  it('sums the held sessions’ attendance and evaluation as worked by hand', async () => {
    const { document } = await report(END_OF_JUNE);
    expect(document).toMatchObject({
      kind: 'TRAINING_NEEDS',
      title: 'Necesidades de capacitación para el PIC',
    });
    const summary = section<ReportFigures>(document, 'Resumen del periodo');
    expect(summary.items.map((item) => [item.label, item.value])).toEqual([
      ['Corte de las cifras', '2026-06-30'],
      ['Necesidades aceptadas', 2],
      ['Necesidades descartadas', 1],
      ['Sesiones programadas', 3],
      ['Sesiones realizadas', 2],
      ['Funcionarios convocados a sesiones realizadas', 5],
      ['Asistencias', 4],
      ['Tasa de asistencia', 0.8],
      ['Puntaje promedio de la evaluación', 73.75],
      ['Asistentes que aprobaron', 3],
      ['Tasa de aprobación (sobre asistentes)', 0.75],
    ]);
  });

  it('lists each accepted need with the basis it was accepted on and what was held for it', async () => {
    const { document } = await report(END_OF_JUNE);
    expect(section<ReportTable>(document, 'Necesidades aceptadas para el PIC').rows).toEqual([
      {
        year: 2026,
        source: 'Asunto frecuente de PQRS',
        need: 'Certificado de afiliación',
        basis: '14 PQRS con este asunto entre el 12/01/2026 y el 30/01/2026',
        acceptedOn: '2026-02-02',
        sessions: 2,
        attended: 4,
        approved: 3,
      },
      {
        year: 2026,
        source: 'Acción de mejora',
        need: 'Respuestas sin fundamento legal',
        basis: 'Acción de mejora formulada el 20/01/2026, fecha límite 31/03/2026, estado: abierta, en plazo',
        acceptedOn: '2026-02-03',
        sessions: 1,
        attended: 2,
        approved: 2,
      },
    ]);
  });

  it('lists each session, the one after the cut without figures', async () => {
    const { document } = await report(END_OF_JUNE);
    const rows = section<ReportTable>(document, 'Sesiones de capacitación').rows;
    expect(
      rows.map((row) => [
        row['date'],
        row['held'],
        row['called'],
        row['attended'],
        row['attendanceRate'],
        row['averageScore'],
        row['approved'],
        row['approvalRate'],
      ]),
    ).toEqual([
      ['2026-03-05', true, 3, 2, 2 / 3, 77.5, 1, 0.5],
      ['2026-04-20', true, 2, 2, 1, 70, 2, 1],
      ['2026-09-15', false, 1, null, null, null, null, null],
    ]);
  });

  it('lists the dismissed need with its reason', async () => {
    const { document } = await report(END_OF_JUNE);
    expect(section<ReportTable>(document, 'Necesidades descartadas').rows).toEqual([
      expect.objectContaining({
        need: 'Plantilla vieja',
        dismissedOn: '2026-02-04',
        reason: 'Se atiende con un cambio de plantilla.',
      }),
    ]);
  });
});

describe('as of another instant', () => {
  it('a correction recorded after the cut does not change the report as of the cut', async () => {
    const before = await report(END_OF_JUNE);
    const after = await report('2026-07-03T15:00:00.000Z');
    const summaryAfter = section<ReportFigures>(after.document, 'Resumen del periodo');
    expect(figure(summaryAfter, 'Asistentes que aprobaron')).toBe(2);
    expect(figure(summaryAfter, 'Puntaje promedio de la evaluación')).toBe(72.5);
    expect(figure(summaryAfter, 'Tasa de aprobación (sobre asistentes)')).toBe(0.5);
    expect((await report(END_OF_JUNE)).contentHash).toBe(before.contentHash);
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it('as of March nothing decided later appears, and only the first session was held', async () => {
    const { document } = await report('2026-03-06T15:00:00.000Z');
    const summary = section<ReportFigures>(document, 'Resumen del periodo');
    expect(figure(summary, 'Sesiones realizadas')).toBe(1);
    expect(figure(summary, 'Asistencias')).toBe(2);
    expect(figure(summary, 'Asistentes que aprobaron')).toBe(1);
  });
});
