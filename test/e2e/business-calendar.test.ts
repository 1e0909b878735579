// The calendar as facts, over HTTP: the configured days seed the record once; an ADMIN adds a day with its
// act; a case filed before keeps its due date, one filed after counts on the new day, and a retroactive act
// moves the earlier open case's due date too. A restart with other configured days changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const CASE = 'radicado dueDate maxDueDate calendarVersion businessDaysLeft';
const VERSIONS = `calendarHistory { revision change day retroactive nonWorkingDays act { number title date } }`;

describe('the calendar as facts, over HTTP', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-calendar-'));
  let ventanilla: VentanillaHarness;
  let admin: string;
  /** Monday 1 June 2026, 10:00 in Bogotá. */
  let now = new Date('2026-06-01T15:00:00Z');

  const start = async (days: string) => {
    ventanilla = await VentanillaHarness.start(
      { VENTANILLA_EXTRA_NON_WORKING_DAYS: days },
      dataDir,
      undefined,
      () => now,
    );
    admin = await ventanilla.login();
  };
  const graphql = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.ok<Data>(query, variables, admin) as Promise<Data>;

  const consultation = async (subject: string, receivedAt: string) => {
    const { receivePqrs } = await graphql<{ receivePqrs: Record<string, string> }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { ${CASE} } }`,
      {
        input: {
          kind: 'CONSULTATION',
          channel: 'IN_PERSON',
          subject,
          description: 'Caso para el calendario.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000222' },
          receivedAt,
        },
      },
    );
    return receivePqrs;
  };
  const caseNow = async (radicado: string) =>
    (
      await graphql<{ pqrs: Record<string, string> }>(
        `query ($r: String!) { pqrs(radicado: $r) { ${CASE} } }`,
        {
          r: radicado,
        },
      )
    ).pqrs;

  const ADD = `mutation ($day: Date!, $act: DeclaringActInput!, $retroactive: Boolean!) {
    addNonWorkingDay(day: $day, act: $act, retroactive: $retroactive) { revision change day calendarVersion }
  }`;

  beforeAll(async () => {
    await start('2026-12-24');
  });

  afterAll(async () => {
    await ventanilla?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records the configured days as its first version, then each change with its act', async () => {
    const seeded = await graphql<{ calendarHistory: unknown[]; nonWorkingDays: string[] }>(
      `{ ${VERSIONS} nonWorkingDays }`,
    );
    expect(seeded).toEqual({
      calendarHistory: [
        {
          revision: 1,
          change: 'SEED',
          day: null,
          retroactive: false,
          nonWorkingDays: ['2026-12-24'],
          act: null,
        },
      ],
      nonWorkingDays: ['2026-12-24'],
    });

    // A consultation (30 business days) filed Monday 1 June 2026: 2-5, 9-12 (Corpus Christi 8 June),
    // 16-19 (Sagrado Corazón 15 June), 22-26, 30 June (San Pedro 29 June), 1-3, 6-10, 13-16 July.
    const before = await consultation('Antes del acto', '2026-06-01T09:00:00-05:00');
    expect(before.dueDate).toBe('2026-07-16');

    // Monday 13 July 2026 (Virgen de Chiquinquirá, which one holiday source has and the other lacks).
    const { addNonWorkingDay } = await graphql<{ addNonWorkingDay: Record<string, unknown> }>(ADD, {
      day: '2026-07-13',
      act: { number: '045', title: 'Resolución de la Gerencia', date: '2026-05-28' },
      retroactive: false,
    });
    expect(addNonWorkingDay).toMatchObject({ revision: 2, change: 'ADD', day: '2026-07-13' });

    // The case filed before keeps its calendar; one filed after skips 13 July: due Friday 17 July.
    expect(await caseNow(before.radicado!)).toMatchObject({
      dueDate: '2026-07-16',
      calendarVersion: before.calendarVersion,
    });
    now = new Date('2026-06-01T16:00:00Z');
    const after = await consultation('Después del acto', '2026-06-01T11:00:00-05:00');
    expect(after.dueDate).toBe('2026-07-17');
    expect(after.calendarVersion).toBe(addNonWorkingDay['calendarVersion']);

    // Friday 26 June declared closed by a retroactive act: both open cases count it out. The first: 2-5,
    // 9-12, 16-19, 22-25, 30 June, 1-3, 6-10, 13-17 July (13 July still a working day on its calendar).
    // The second: 2-5, 9-12, 16-19, 22-25, 30 June, 1-3, 6-10, 14-17, 21 July (20 July a holiday).
    now = new Date('2026-06-02T15:00:00Z');
    await graphql(ADD, {
      day: '2026-06-26',
      act: { number: '052', title: 'Decreto municipal de cierre', date: '2026-06-02' },
      retroactive: true,
    });
    // Business days left on Tuesday 2 June, each on its own calendar: 29 to either due date (on the calendar
    // in force, without 13 July, the first would have 28).
    expect(await caseNow(before.radicado!)).toMatchObject({ dueDate: '2026-07-17', businessDaysLeft: 29 });
    expect(await caseNow(after.radicado!)).toMatchObject({ dueDate: '2026-07-21', businessDaysLeft: 29 });
  });

  it('a day already declared non-working is refused by its rule', async () => {
    const duplicate = await ventanilla.graphql(
      ADD,
      {
        day: '2026-07-13',
        act: { number: '046', title: 'Resolución de la Gerencia', date: '2026-05-28' },
        retroactive: false,
      },
      admin,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ rule: 'DUPLICATE_NON_WORKING_DAY' });
  });

  it('a restart with other configured days records nothing and keeps the record in force', async () => {
    await ventanilla.stop();
    await start('2026-12-24,2026-12-31');
    const { calendarHistory, nonWorkingDays } = await graphql<{
      calendarHistory: { revision: number }[];
      nonWorkingDays: string[];
    }>(`{ ${VERSIONS} nonWorkingDays }`);
    expect(calendarHistory.map((version) => version.revision)).toEqual([3, 2, 1]);
    expect(nonWorkingDays).toEqual(['2026-06-26', '2026-07-13', '2026-12-24']);
  });
});
