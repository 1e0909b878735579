// The demo seed fills the year's training plan (PIC) from the year's own data: the most frequent PQRS
// subjects accepted as needs and the next one dismissed with its reason, improvement actions weighed
// (accepted and dismissed), an induction session and a session per accepted need with staff called, and
// attendance and evaluation recorded for the sessions already held. Read back over GraphQL, and the PIC
// report issued on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const UNTIL = '2026-11-30';
const SEEDED_AT = new Date('2026-12-01T13:00:00.000Z');

const PLAN = `query ($year: Int!) {
  trainingNeeds(year: $year) { needKey status reason sessionIds basis { kind label receivedCount } }
  trainingSessions(year: $year) { id date topic trainer attendeeIds needKeys passingScore
    attendance { userId attended score approved } } }`;

describe('the demo seed’s training plan', () => {
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-seed-training-'));
    const env = {
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      LOG_LEVEL: 'error',
    };
    const err: string[] = [];
    const code = await runSeed(
      ['--demo', '--cases', '400', '--seed', '7', '--until', UNTIL],
      env,
      { out: () => undefined, err: (line) => err.push(line) },
      () => SEEDED_AT,
    );
    expect({ code, err: code === SEED_EXIT_CODE.seeded ? [] : err }).toEqual({
      code: SEED_EXIT_CODE.seeded,
      err: [],
    });
    ventanilla = await VentanillaHarness.start({}, dataDir, undefined, () => SEEDED_AT);
    admin = await ventanilla.login();
  }, 600_000);

  afterAll(async () => {
    await ventanilla?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('accepts and dismisses needs of both sources, each with its basis', async () => {
    const { trainingNeeds } = await ventanilla.ok(PLAN, { year: 2026 }, admin);
    const decided = trainingNeeds.filter((need: any) => need.status !== 'PROPOSED');
    const count = (kind: string, status: string) =>
      decided.filter((need: any) => need.basis.kind === kind && need.status === status).length;
    expect(count('PQRS_SUBJECT', 'ACCEPTED')).toBe(3);
    expect(count('PQRS_SUBJECT', 'DISMISSED')).toBe(1);
    expect(count('IMPROVEMENT_ACTION', 'ACCEPTED')).toBe(2);
    expect(count('IMPROVEMENT_ACTION', 'DISMISSED')).toBe(1);
    for (const need of decided) {
      expect(need.basis.label).not.toBe('');
      expect(need.reason === null).toBe(need.status === 'ACCEPTED');
    }
    for (const need of decided.filter((each: any) => each.basis.kind === 'PQRS_SUBJECT')) {
      expect(need.basis.receivedCount).toBeGreaterThanOrEqual(3);
    }
  });

  it('schedules an induction and a session per accepted need, with attendance for those held', async () => {
    const { trainingNeeds, trainingSessions } = await ventanilla.ok(PLAN, { year: 2026 }, admin);
    const accepted = trainingNeeds.filter((need: any) => need.status === 'ACCEPTED');
    expect(trainingSessions.filter((session: any) => session.needKeys.length === 0)).toHaveLength(1);
    for (const need of accepted) expect(need.sessionIds).toHaveLength(1);
    const held = trainingSessions.filter((session: any) => session.date <= UNTIL);
    expect(held.length).toBeGreaterThanOrEqual(4);
    for (const session of trainingSessions) {
      expect(session.attendeeIds.length).toBeGreaterThanOrEqual(5);
      expect(session.attendance === null).toBe(session.date > UNTIL);
    }
    const records = held.flatMap((session: any) => session.attendance);
    expect(records.some((record: any) => !record.attended)).toBe(true);
    expect(records.some((record: any) => record.approved)).toBe(true);
    expect(records.some((record: any) => record.attended && !record.approved)).toBe(true);
  });

  it('issues the PIC report on the seeded year', async () => {
    const { report } = await ventanilla.ok(
      `mutation { report(kind: TRAINING_NEEDS, from: "2026-01-01", to: "2026-12-31", format: CSV) { kind fileName } }`,
      {},
      admin,
    );
    expect(report).toMatchObject({
      kind: 'TRAINING_NEEDS',
      fileName: expect.stringMatching(/^necesidades-capacitacion-pic/),
    });
  });
});
