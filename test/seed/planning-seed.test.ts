// The demo seed fills a year of Planeación (issue 16), seeded once and read back over GraphQL:
// - the action plan: the demo's last calendar year gets its plan, three goals and nine activities whose
//   weights add to 100 %, progress reported month by month and approved by a coordinator who did not
//   report it; a few activities fall behind and show overdue;
// - the marketing and media plan: a campaign, fair, visit or dissemination action about every month,
//   planned ahead, its result recorded after it ends; a share of the affiliation requests come from the
//   campaign under way (or just ended), linked by its id;
// - the training plan (PIC) from the year's own data: frequent PQRS subjects and improvement actions
//   accepted or dismissed as needs, an induction and a session per accepted need, attendance and
//   evaluation for the sessions held, and the PIC report issued on it;
// - the risk map: five risks with their controls, monitored once for each quarter that ended, and a
//   materialisation or two linked to a late-answered case (with its indicator) or an improvement action.
// The two management reviews are test/seed/demo-management-reviews.test.ts's (a year cut at mid-year).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const UNTIL = '2026-11-30';
const SEEDED_AT = new Date('2026-12-01T13:00:00.000Z');

const ACTION_PLAN = `query ($year: Int!) { actionPlan(year: $year) {
  year executionPercent weightTotal weightsBalanced overdueActivities pendingReports
  goals { description activities { id } }
  activities { description weight approvedProgress weightedExecution status responsible { username }
    progressReports { status progressPercent reportedBy { id } reviewedBy { id } } } } }`;

const STATISTICS = `{ campaignStatistics {
  byCampaign { campaign { id name kind municipality { code } startDate endDate budget actualCost attendance }
    figures { applications approved costPerAffiliation } }
  byMunicipality { municipality { name } campaigns applications approved }
} }`;

const TRAINING_PLAN = `query ($year: Int!) {
  trainingNeeds(year: $year) { needKey status reason sessionIds basis { kind label receivedCount } }
  trainingSessions(year: $year) { id date topic trainer attendeeIds needKeys passingScore
    attendance { userId attended score approved } } }`;

const RISK_MAP = `{ riskMap {
  inherentHeatMap { count } residualHeatMap { count }
  risks { name inherent { zone } residual { zone } controls { id responsibleId }
    monitorings { quarter controlsEffective materializations }
    materializations { quarter links { kind reference } } } } }`;

describe('the demo seed’s year of Planeación', () => {
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-seed-planning-'));
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

  describe('the action plan', () => {
    it('has this year’s plan with its goals and activities weighing 100 %', async () => {
      const { actionPlan } = await ventanilla.ok(ACTION_PLAN, { year: 2026 }, admin);
      expect(actionPlan).toMatchObject({ year: 2026, weightTotal: 100, weightsBalanced: true });
      expect(actionPlan.goals.map((goal: { activities: unknown[] }) => goal.activities.length)).toEqual([
        3, 3, 3,
      ]);
    });

    it('counts only approved progress, each approved by someone other than who reported it', async () => {
      const { actionPlan } = await ventanilla.ok(ACTION_PLAN, { year: 2026 }, admin);
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
      const { actionPlan } = await ventanilla.ok(ACTION_PLAN, { year: 2026 }, admin);
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
      const { actionPlan } = await ventanilla.ok(ACTION_PLAN, { year: 2025 }, admin);
      expect(actionPlan).toBeNull();
      const { actionPlanYears } = await ventanilla.ok(`query { actionPlanYears }`, {}, admin);
      expect(actionPlanYears).toEqual([2026]);
    });
  });

  describe('the campaigns', () => {
    it('plans a year of campaigns of every kind, in Cundinamarca, each with its result once it ended', async () => {
      const { campaignStatistics } = await ventanilla.ok(STATISTICS, {}, admin);
      const campaigns = campaignStatistics.byCampaign.map((entry: any) => entry.campaign);
      expect(campaigns).toHaveLength(12);
      expect(new Set(campaigns.map((campaign: any) => campaign.kind))).toEqual(
        new Set(['CAMPAIGN', 'FAIR', 'VISIT', 'DISSEMINATION']),
      );
      for (const campaign of campaigns) {
        expect(campaign.municipality.code).toMatch(/^25\d{3}$/);
        expect(campaign.budget).toBeGreaterThan(0);
        // Ended before the last day: its result is in; the last one may still be running.
        if (campaign.endDate < UNTIL) expect(campaign.actualCost).toEqual(expect.any(Number));
      }
    });

    it('links affiliation requests to the campaigns, giving a cost per affiliation', async () => {
      const { campaignStatistics } = await ventanilla.ok(STATISTICS, {}, admin);
      const figures = campaignStatistics.byCampaign.map((entry: any) => entry.figures);
      const applications = figures.reduce((sum: number, figure: any) => sum + figure.applications, 0);
      expect(applications).toBeGreaterThan(5);
      expect(figures.some((figure: any) => figure.costPerAffiliation !== null)).toBe(true);
      const { affiliations } = await ventanilla.ok(
        `{ affiliations(first: 200) { nodes { campaignId plannedCampaignName } } }`,
        {},
        admin,
      );
      const linked = affiliations.nodes.filter((node: any) => node.campaignId !== null);
      expect(linked.length).toBe(applications);
      expect(linked.every((node: any) => typeof node.plannedCampaignName === 'string')).toBe(true);
      expect(
        campaignStatistics.byMunicipality.reduce((sum: number, row: any) => sum + row.applications, 0),
      ).toBe(applications);
    });
  });

  describe('the training plan', () => {
    it('accepts and dismisses needs of both sources, each with its basis', async () => {
      const { trainingNeeds } = await ventanilla.ok(TRAINING_PLAN, { year: 2026 }, admin);
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
      const { trainingNeeds, trainingSessions } = await ventanilla.ok(TRAINING_PLAN, { year: 2026 }, admin);
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

  describe('the risk map', () => {
    it('has five risks, each with its controls, counted once in each heat map', async () => {
      const { riskMap } = await ventanilla.ok(RISK_MAP, {}, admin);
      expect(riskMap.risks).toHaveLength(5);
      for (const risk of riskMap.risks) expect(risk.controls.length).toBeGreaterThan(0);
      const total = (cells: { count: number }[]) => cells.reduce((sum, cell) => sum + cell.count, 0);
      expect(total(riskMap.inherentHeatMap)).toBe(5);
      expect(total(riskMap.residualHeatMap)).toBe(5);
      // A catastrophic impact stays extreme whatever the controls on the probability.
      expect(riskMap.risks.map((risk: any) => risk.inherent.zone)).toContain('EXTREME');
    });

    it('monitors every risk once for each quarter that ended by the cut (from the last of 2025 to the third of 2026)', async () => {
      const { riskMap } = await ventanilla.ok(RISK_MAP, {}, admin);
      for (const risk of riskMap.risks) {
        expect(risk.monitorings.map((monitoring: any) => monitoring.quarter)).toEqual([
          '2025-T4',
          '2026-T1',
          '2026-T2',
          '2026-T3',
        ]);
      }
    });

    it('records a materialisation or two, linked to what shows them, and the quarter’s monitoring says so', async () => {
      const { riskMap } = await ventanilla.ok(RISK_MAP, {}, admin);
      const materialized = riskMap.risks.filter((risk: any) => risk.materializations.length > 0);
      expect(materialized.length).toBeGreaterThanOrEqual(1);
      expect(materialized.length).toBeLessThanOrEqual(2);
      for (const risk of materialized) {
        const [materialization] = risk.materializations;
        expect(materialization.links.length).toBeGreaterThan(0);
        const monitoring = risk.monitorings.find((each: any) => each.quarter === materialization.quarter);
        if (monitoring) expect(monitoring).toMatchObject({ controlsEffective: false, materializations: 1 });
      }
      const kinds = materialized.flatMap((risk: any) =>
        risk.materializations[0].links.map((link: any) => link.kind),
      );
      expect(kinds).toEqual(expect.arrayContaining(['PQRS', 'INDICATOR']));
    });
  });
});
