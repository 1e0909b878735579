// The demo seed fills the action plan: the demo's last calendar year gets its plan, three goals and nine
// activities whose weights add to 100 %, progress reported month by month and approved by a
// coordinator who did not report it; a few activities fall behind and show overdue. Read back over GraphQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const UNTIL = '2026-11-30';
const SEEDED_AT = new Date('2026-12-01T13:00:00.000Z');

const PLAN = `query ($year: Int!) { actionPlan(year: $year) {
  year executionPercent weightTotal weightsBalanced overdueActivities pendingReports
  goals { description activities { id } }
  activities { description weight approvedProgress weightedExecution status responsible { username }
    progressReports { status progressPercent reportedBy { id } reviewedBy { id } } } } }`;

describe('the demo seed’s action plan', () => {
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-seed-action-plan-'));
    const env = {
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      LOG_LEVEL: 'error',
    };
    const err: string[] = [];
    const code = await runSeed(
      ['--demo', '--cases', '40', '--seed', '3', '--until', UNTIL],
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

  it('has this year’s plan with its goals and activities weighing 100 %', async () => {
    const { actionPlan } = await ventanilla.ok(PLAN, { year: 2026 }, admin);
    expect(actionPlan).toMatchObject({ year: 2026, weightTotal: 100, weightsBalanced: true });
    expect(actionPlan.goals.map((goal: { activities: unknown[] }) => goal.activities.length)).toEqual([
      3, 3, 3,
    ]);
  });

  it('counts only approved progress, each approved by someone other than who reported it', async () => {
    const { actionPlan } = await ventanilla.ok(PLAN, { year: 2026 }, admin);
    const reports = actionPlan.activities.flatMap((activity: any) => activity.progressReports);
    expect(reports.filter((report: any) => report.status === 'APPROVED').length).toBeGreaterThan(30);
    for (const report of reports.filter((each: any) => each.status !== 'PENDING')) {
      expect(report.reviewedBy.id).not.toBe(report.reportedBy.id);
    }
    const weighted = actionPlan.activities.reduce(
      (sum: number, activity: any) => sum + (activity.weight * activity.approvedProgress) / 100,
      0,
    );
    expect(actionPlan.executionPercent).toBeCloseTo(weighted, 2);
    expect(actionPlan.executionPercent).toBeGreaterThan(50);
    expect(actionPlan.executionPercent).toBeLessThan(100);
  });

  it('shows the activities that fell behind as overdue', async () => {
    const { actionPlan } = await ventanilla.ok(PLAN, { year: 2026 }, admin);
    const overdue = actionPlan.activities
      .filter((activity: any) => activity.status === 'OVERDUE')
      .map((activity: any) => activity.description);
    expect(overdue).toEqual(
      expect.arrayContaining([
        'Plantillas de respuesta por tipo de solicitud en el gestor documental',
        'Actualización y publicación de la carta de trato digno',
        'Revisión del mapa de riesgos del proceso',
      ]),
    );
    expect(actionPlan.overdueActivities).toBe(overdue.length);
    const completed = actionPlan.activities.filter((activity: any) => activity.status === 'COMPLETED');
    expect(completed.length).toBeGreaterThan(1);
  });

  it('loads only the last calendar year’s plan, so a year appended with --force never loads one twice', async () => {
    // The demo year began on 1 December 2025: that month is the previous run's year.
    const { actionPlan } = await ventanilla.ok(PLAN, { year: 2025 }, admin);
    expect(actionPlan).toBeNull();
    const { actionPlanYears } = await ventanilla.ok(`query { actionPlanYears }`, {}, admin);
    expect(actionPlanYears).toEqual([2026]);
  });
});
