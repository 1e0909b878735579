// The demo seed fills the risk map: five risks of the process registered early in the year with their
// controls, every risk monitored once for each quarter that ended in the year, and a materialisation or two
// linked to a late-answered PQRS case (with its indicator) or an improvement action. Read back over GraphQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const UNTIL = '2026-11-30';
const SEEDED_AT = new Date('2026-12-01T13:00:00.000Z');

const MAP = `{ riskMap {
  inherentHeatMap { count } residualHeatMap { count }
  risks { name inherent { zone } residual { zone } controls { id responsibleId }
    monitorings { quarter controlsEffective materializations }
    materializations { quarter links { kind reference } } } } }`;

describe('the demo seed’s risk map', () => {
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-seed-risks-'));
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

  it('has five risks, each with its controls, counted once in each heat map', async () => {
    const { riskMap } = await ventanilla.ok(MAP, {}, admin);
    expect(riskMap.risks).toHaveLength(5);
    for (const risk of riskMap.risks) expect(risk.controls.length).toBeGreaterThan(0);
    const total = (cells: { count: number }[]) => cells.reduce((sum, cell) => sum + cell.count, 0);
    expect(total(riskMap.inherentHeatMap)).toBe(5);
    expect(total(riskMap.residualHeatMap)).toBe(5);
    // A catastrophic impact stays extreme whatever the controls on the probability.
    expect(riskMap.risks.map((risk: any) => risk.inherent.zone)).toContain('EXTREME');
  });

  it('monitors every risk once for each quarter that ended by the cut (from the last of 2025 to the third of 2026)', async () => {
    const { riskMap } = await ventanilla.ok(MAP, {}, admin);
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
    const { riskMap } = await ventanilla.ok(MAP, {}, admin);
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
