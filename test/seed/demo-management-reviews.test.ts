// The demo year's management reviews: two, one per half of the year, each closed with its minutes, the
// first with a decision that formulated an improvement action (source MANAGEMENT_REVIEW), and each with
// the inputs gathered as it opened — among them, in the second, that action, open.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const UNTIL = '2026-06-30';

describe('the demo year’s management reviews', () => {
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-demo-reviews-'));
    const err: string[] = [];
    const code = await runSeed(
      ['--demo', '--cases', '60', '--seed', '3', '--until', UNTIL],
      {
        VENTANILLA_DATA_DIR: dataDir,
        VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
        LOG_LEVEL: 'error',
      },
      { out: () => undefined, err: (line) => err.push(line) },
      () => new Date('2026-07-01T12:00:00.000Z'),
    );
    expect({ code, err: code === SEED_EXIT_CODE.seeded ? [] : err }).toEqual({
      code: SEED_EXIT_CODE.seeded,
      err: [],
    });
    ventanilla = await VentanillaHarness.start({}, dataDir);
    token = await ventanilla.login();
  }, 300_000);

  afterAll(async () => {
    await ventanilla?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds two reviews in the year, closed, one decision of which formulated an improvement action', async () => {
    const { managementReviews } = await ventanilla.ok(
      `query { managementReviews { id meetingDate status conclusions period { from to }
        inputs { pqrs { received } improvementActions { open { actionId sourceKind } } }
        decisions { number reference improvementActionId actionFormulated } } }`,
      {},
      token,
    );
    expect(managementReviews).toHaveLength(2);
    const [second, first] = managementReviews;
    expect(first.meetingDate < second.meetingDate).toBe(true);
    expect(managementReviews.every((review: any) => review.status === 'CLOSED' && review.conclusions)).toBe(
      true,
    );
    expect(first.period.from).toBe('2025-07-01');
    expect(second.period.to < UNTIL).toBe(true);
    expect(first.inputs.pqrs.received).toBeGreaterThan(0);

    const formulating = [...first.decisions, ...second.decisions].filter(
      (decision: any) => decision.improvementActionId !== null,
    );
    expect(formulating).toEqual([
      {
        number: 2,
        reference: `${first.id}/2`,
        improvementActionId: expect.any(String),
        actionFormulated: true,
      },
    ]);
    const actionId = formulating[0].improvementActionId;
    const { improvementAction } = await ventanilla.ok(
      `query ($id: ID!) { improvementAction(id: $id) { source { kind reference } } }`,
      { id: actionId },
      token,
    );
    expect(improvementAction.source).toEqual({ kind: 'MANAGEMENT_REVIEW', reference: `${first.id}/2` });
    // The second review found it open among its inputs.
    expect(second.inputs.improvementActions.open).toContainEqual({
      actionId,
      sourceKind: 'MANAGEMENT_REVIEW',
    });
  });
});
