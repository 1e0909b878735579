// The plan's execution weighted by activity, the overdue rule and the quarters, worked by hand.
import {
  executionPercentOf,
  isBalanced,
  isOverdue,
  isValidWeight,
  lastDayOfQuarter,
  quarterOf,
  weightTotalOf,
} from './execution.js';

describe('the execution weighted by activity', () => {
  it('is Σ weight × approved progress / 100: 40 % at 50 and 60 % at 25 give 20 + 15 = 35 %', () => {
    expect(
      executionPercentOf([
        { weight: 40, progress: 50 },
        { weight: 60, progress: 25 },
      ]),
    ).toBe(35);
  });

  it('is exact in hundredths: thirds of the plan all done give 100 %', () => {
    expect(
      executionPercentOf([
        { weight: 33.33, progress: 100 },
        { weight: 33.33, progress: 100 },
        { weight: 33.34, progress: 100 },
      ]),
    ).toBe(100);
  });

  it('rounds to two decimals: 25,55 % at 33 gives 8,43 %', () => {
    expect(executionPercentOf([{ weight: 25.55, progress: 33 }])).toBe(8.43);
  });

  it('in an unbalanced plan cannot pass the weights given: 80 % of weights all done is 80 %', () => {
    const activities = [
      { weight: 50, progress: 100 },
      { weight: 30, progress: 100 },
    ];
    expect(executionPercentOf(activities)).toBe(80);
    expect(weightTotalOf(activities)).toBe(80);
    expect(isBalanced(activities)).toBe(false);
    expect(isBalanced([...activities, { weight: 20, progress: 0 }])).toBe(true);
  });

  it('is 0 for a plan with no activities', () => {
    expect(executionPercentOf([])).toBe(0);
  });
});

describe('the rules on numbers', () => {
  it('accepts weights above 0 up to 100 with two decimals', () => {
    expect([0.01, 12.5, 100].every(isValidWeight)).toBe(true);
    expect([0, 100.01, 1.005, Number.POSITIVE_INFINITY, '10'].some(isValidWeight)).toBe(false);
  });
});

describe('an overdue activity', () => {
  it('is one whose end date has passed with approved progress below 100 %', () => {
    expect(isOverdue({ endDate: '2026-04-30', progress: 99 }, '2026-05-01')).toBe(true);
  });
  it('is not one that ends today', () => {
    expect(isOverdue({ endDate: '2026-04-30', progress: 0 }, '2026-04-30')).toBe(false);
  });
  it('is not one completed', () => {
    expect(isOverdue({ endDate: '2026-04-30', progress: 100 }, '2026-06-01')).toBe(false);
  });
});

describe('quarters', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-12-31', 4],
  ])('%s is in quarter %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });
  it('ends each quarter on its last day', () => {
    expect([1, 2, 3, 4].map((q) => lastDayOfQuarter(2026, q as 1 | 2 | 3 | 4))).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });
});
