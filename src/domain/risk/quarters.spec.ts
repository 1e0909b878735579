import { isQuarter, quarterEnd, quarterLabel, quarterOf, quarterStart } from './quarters.js';

describe('quarters', () => {
  it('a day falls in the quarter of its month', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-T1',
      '2026-T1',
      '2026-T2',
      '2026-T3',
      '2026-T4',
    ]);
  });

  it('each quarter runs from its first to its last day', () => {
    expect(['2026-T1', '2026-T2', '2026-T3', '2026-T4'].map((q) => [quarterStart(q), quarterEnd(q)])).toEqual(
      [
        ['2026-01-01', '2026-03-31'],
        ['2026-04-01', '2026-06-30'],
        ['2026-07-01', '2026-09-30'],
        ['2026-10-01', '2026-12-31'],
      ],
    );
  });

  it('is written YYYY-Tn and read in Spanish', () => {
    expect(isQuarter('2026-T4')).toBe(true);
    expect(isQuarter('2026-T0')).toBe(false);
    expect(quarterLabel('2026-T3')).toBe('T3 2026 (julio a septiembre)');
  });
});
