// The period queries `pqrsIndicators` and `improvementActionStatistics` on the demo year give, figure for
// figure, what they gave when two daily read models of their own answered them (pqrsIndicatorsDaily and
// improvementActionStatisticsDaily, which the indicator read models replace). Those answers were
// recorded once, before the old read models were removed, in fixtures/demo-year-indicators.json: this
// test seeds the same year (`npm run seed -- --demo --cases 500`, with a fixed last day) and asks the
// same questions over GraphQL, for a month, a quarter, the whole year, a cut across the new year, one
// day and a year with no activity, on two different todays (open and overdue are counted as of today).
// Since then the demo year holds one action more, and the fixture moved by exactly it: the one the first
// management review's decision formulates (src/seed/planning/plan-management-review.ts) on 5 January
// 2026, source MANAGEMENT_REVIEW, responsible demo.coordinadora, open and past its due date on both todays.
// Later the kinds grew by the habeas data consulta and reclamo (Ley 1581 de 2012, arts. 14 and 15), which the
// demo year does not deal: every byKind of the fixture lists them last, with 0.
//
// What the demo cannot reproduce is left out of the comparison: the application gives user accounts
// random ids, so a responsible is compared by username (the seed's staff have fixed usernames), and
// responsibles with the same count, ordered by id, are compared in username order. That the answer
// orders them by count, then id, is checked on its own.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const CASES = '500';
const SEED = '1';
/** The year seeded: 1 July 2025 to 30 June 2026, whatever the real date. */
const UNTIL = '2026-06-30';
/** The seed must end before the real present; this one stands for it. */
const SEEDED_AT = new Date('2026-07-01T12:00:00.000Z');

/** The days the questions are asked on (Bogotá noon): the day after the year, and six weeks later. */
const TODAYS = ['2026-07-01', '2026-08-14'] as const;

const PERIODS = [
  { name: 'a month', from: '2026-03-01', to: '2026-03-31' },
  { name: 'a quarter', from: '2025-10-01', to: '2025-12-31' },
  { name: 'the whole year', from: '2025-07-01', to: '2026-06-30' },
  { name: 'a cut across the new year', from: '2025-11-17', to: '2026-02-09' },
  { name: 'one day', from: '2026-05-12', to: '2026-05-12' },
  { name: 'a year with no activity', from: '2024-01-01', to: '2024-12-31' },
] as const;

const QUERY = `query ($from: Date!, $to: Date!) {
  pqrsIndicators(from: $from, to: $to) {
    from to received answered answeredOnTime answeredLate onTimeRate open overdue
    averageResponseBusinessDays byKind { kind count } byChannel { channel count }
  }
  improvementActionStatistics(from: $from, to: $to) {
    from to formulated bySourceKind { kind count }
    byResponsible { responsibleId responsible { username } count }
    closed closedEffective closedNotEffective effectivenessRate open overdue
  }
}`;

interface ResponsibleRow {
  readonly responsibleId: string;
  readonly responsible: { readonly username: string } | null;
  readonly count: number;
}

interface Answer {
  readonly today: string;
  readonly period: string;
  readonly pqrsIndicators: Record<string, unknown>;
  readonly improvementActionStatistics: Record<string, unknown>;
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/demo-year-indicators.json', import.meta.url), 'utf8'),
) as { readonly answers: readonly Answer[] };

/** The responsibles by username, with equal counts in username order (their ids are random). */
function reproducible(rows: readonly ResponsibleRow[]): { username: string | null; count: number }[] {
  return rows
    .map((row) => ({ username: row.responsible?.username ?? null, count: row.count }))
    .sort(
      (left, right) => right.count - left.count || (left.username ?? '').localeCompare(right.username ?? ''),
    );
}

describe('the period indicators on the demo year', () => {
  let dataDir: string;
  let today: string = TODAYS[0];
  let ventanilla: VentanillaHarness;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-demo-indicators-'));
    const err: string[] = [];
    const code = await runSeed(
      ['--demo', '--cases', CASES, '--seed', SEED, '--until', UNTIL],
      {
        VENTANILLA_DATA_DIR: dataDir,
        VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
        LOG_LEVEL: 'error',
      },
      { out: () => undefined, err: (line) => err.push(line) },
      () => SEEDED_AT,
    );
    expect({ code, err: code === SEED_EXIT_CODE.seeded ? [] : err }).toEqual({
      code: SEED_EXIT_CODE.seeded,
      err: [],
    });
    ventanilla = await VentanillaHarness.start(
      {},
      dataDir,
      undefined,
      () => new Date(`${today}T17:00:00.000Z`),
    );
    token = await ventanilla.login();
  }, 300_000);

  afterAll(async () => {
    await ventanilla?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function ask(period: (typeof PERIODS)[number]): Promise<Answer & { responsibles: ResponsibleRow[] }> {
    const data = await ventanilla.ok(QUERY, { from: period.from, to: period.to }, token);
    const { byResponsible, ...statistics } = data.improvementActionStatistics;
    return {
      today,
      period: period.name,
      pqrsIndicators: data.pqrsIndicators,
      improvementActionStatistics: { ...statistics, byResponsible: reproducible(byResponsible) },
      responsibles: byResponsible,
    };
  }

  describe.each(TODAYS)('asked on %s', (day) => {
    beforeAll(() => {
      today = day;
    });

    it.each(PERIODS)('gives the recorded figures for $name ($from to $to)', async (period) => {
      const { responsibles, ...answer } = await ask(period);
      const recorded = fixture.answers.find(
        (candidate) => candidate.today === day && candidate.period === period.name,
      );
      expect(answer).toEqual(recorded);
      // Most actions first; equal counts in id order, so the list is stable between calls.
      const order = [...responsibles].sort(
        (left, right) => right.count - left.count || left.responsibleId.localeCompare(right.responsibleId),
      );
      expect(responsibles).toEqual(order);
    });
  });

  it('the recorded figures cover every period on every day, with activity in all but the empty year', () => {
    expect(fixture.answers.map((answer) => [answer.today, answer.period])).toEqual(
      TODAYS.flatMap((day) => PERIODS.map((period) => [day, period.name])),
    );
    for (const answer of fixture.answers) {
      const received = answer.pqrsIndicators['received'] as number;
      expect({ period: answer.period, active: received > 0 }).toEqual({
        period: answer.period,
        active: answer.period !== 'a year with no activity',
      });
    }
  });
});
