// The Tablero's figures: headline totals (flows added, rates recomputed from the sums, stocks from the
// last bucket), bucket names in Spanish, breakdowns with their Spanish names, and the sentences that
// describe each chart.
import {
  backlogSummary,
  breakdownSummary,
  bucketAxisName,
  bucketName,
  dashboardPeriodProblem,
  dashboardSeries,
  defaultDashboardPeriod,
  countOf,
  formatCount,
  formatRate,
  headlineFigures,
  onTimeSummary,
  receivedAnsweredSummary,
  receivedByChannel,
  receivedByKind,
  satisfactionSummary,
  type DashboardBucket,
} from '../../web/src/logic/dashboard-figures.js';

interface BucketFigures {
  readonly received?: number;
  readonly byKind?: Record<string, number>;
  readonly byChannel?: Record<string, number>;
  readonly answered?: number;
  readonly onTime?: number;
  readonly open?: number;
  readonly overdue?: number;
  readonly surveyAnswered?: number;
  readonly surveySatisfied?: number;
}

function bucket(label: string, figures: BucketFigures): DashboardBucket {
  const answered = figures.answered ?? 0;
  const onTime = figures.onTime ?? 0;
  const surveyAnswered = figures.surveyAnswered ?? 0;
  const surveySatisfied = figures.surveySatisfied ?? 0;
  const counts = (values: Record<string, number> = {}) =>
    Object.entries(values).map(([key, value]) => ({ key, value }));
  return {
    label,
    from: `${label}-01`,
    to: `${label}-28`,
    pqrs: {
      received: {
        total: figures.received ?? 0,
        byKind: counts(figures.byKind),
        byChannel: counts(figures.byChannel),
      },
      answered: { total: answered },
      answeredOnTime: { total: onTime },
      onTimeRate: answered === 0 ? null : onTime / answered,
      open: { total: figures.open ?? 0 },
      overdue: { total: figures.overdue ?? 0 },
    },
    satisfaction: {
      overall: {
        answered: surveyAnswered,
        satisfied: surveySatisfied,
        satisfactionIndex: surveyAnswered === 0 ? null : surveySatisfied / surveyAnswered,
      },
    },
  };
}

const QUARTER = [
  bucket('2026-01', {
    received: 10,
    byKind: { PETITION: 6, COMPLAINT: 4, CLAIM: 0 },
    byChannel: { EMAIL: 7, WEB: 3 },
    answered: 1,
    onTime: 1,
    open: 9,
    overdue: 0,
    surveyAnswered: 2,
    surveySatisfied: 2,
  }),
  bucket('2026-02', {
    received: 2,
    byKind: { PETITION: 1, COMPLAINT: 1, CLAIM: 0 },
    byChannel: { EMAIL: 0, WEB: 2 },
    answered: 9,
    onTime: 6,
    open: 2,
    overdue: 1,
    surveyAnswered: 8,
    surveySatisfied: 4,
  }),
  bucket('2026-03', {
    received: 0,
    byKind: { PETITION: 0, COMPLAINT: 0, CLAIM: 0 },
    byChannel: { EMAIL: 0, WEB: 0 },
    open: 2,
    overdue: 2,
  }),
];

describe('headline figures', () => {
  const figures = headlineFigures(QUARTER);

  it('adds up what flowed in the period', () => {
    expect(figures).toMatchObject({ received: 12, answered: 10, answeredOnTime: 7 });
  });

  it('recomputes the on-time rate from the sums, not as an average of the monthly rates', () => {
    // Monthly rates 100 % and 66,7 % would average 83,3 %; 7 of 10 answers were on time.
    expect(figures.onTimeRate).toBeCloseTo(0.7);
    expect(figures.satisfactionIndex).toBeCloseTo(0.6);
  });

  it('reads the open and overdue cases at the close of the last bucket', () => {
    expect(figures).toMatchObject({ open: 2, overdue: 2 });
  });

  it('has no rates when nothing was answered', () => {
    const quiet = headlineFigures([QUARTER[2]!]);
    expect(quiet.onTimeRate).toBeNull();
    expect(quiet.satisfactionIndex).toBeNull();
    expect(headlineFigures([])).toMatchObject({ received: 0, open: 0, overdue: 0, onTimeRate: null });
  });
});

describe('numbers in Spanish', () => {
  it('writes counts with a dot for thousands and rates with a comma for decimals', () => {
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(999)).toBe('999');
    expect(formatRate(0.5)).toBe('50 %');
    expect(formatRate(5 / 6)).toBe('83,3 %');
    expect(formatRate(null)).toBe('sin datos');
  });

  it('agrees a noun with its count', () => {
    expect(countOf(1, 'respuesta', 'respuestas')).toBe('1 respuesta');
    expect(countOf(0, 'respuesta', 'respuestas')).toBe('0 respuestas');
    expect(countOf(1200, 'respuesta', 'respuestas')).toBe('1.200 respuestas');
  });
});

describe('bucket names', () => {
  it('names each granularity in words for tables and summaries', () => {
    expect(bucketName('2026-03-02')).toBe('2 de marzo de 2026');
    expect(bucketName('2026-03')).toBe('marzo de 2026');
    expect(bucketName('2026-T1')).toBe('primer trimestre de 2026');
    expect(bucketName('2026-T4')).toBe('cuarto trimestre de 2026');
    expect(bucketName('2026-S2')).toBe('segundo semestre de 2026');
    expect(bucketName('2026')).toBe('2026');
  });

  it('abbreviates them for chart axes', () => {
    expect(bucketAxisName('2026-03-02')).toBe('2 mar');
    expect(bucketAxisName('2026-09')).toBe('sept 2026');
    expect(bucketAxisName('2026-T1')).toBe('T1 2026');
    expect(bucketAxisName('2026-S2')).toBe('S2 2026');
  });
});

describe('series per bucket', () => {
  it('gives each chart one value per bucket, rates as percentages and gaps where there is nothing to divide', () => {
    const series = dashboardSeries(QUARTER);
    expect(series.axis).toEqual(['ene 2026', 'feb 2026', 'mar 2026']);
    expect(series.received).toEqual([10, 2, 0]);
    expect(series.answered).toEqual([1, 9, 0]);
    expect(series.onTimePercent).toEqual([100, 66.7, null]);
    expect(series.open).toEqual([9, 2, 2]);
    expect(series.overdue).toEqual([0, 1, 2]);
    expect(series.satisfactionPercent).toEqual([100, 50, null]);
  });

  it('adds up breakdowns over the buckets and names kinds and channels in Spanish', () => {
    expect(receivedByKind(QUARTER)).toEqual([
      { key: 'PETITION', label: 'Petición', value: 7 },
      { key: 'COMPLAINT', label: 'Queja', value: 5 },
      { key: 'CLAIM', label: 'Reclamo', value: 0 },
    ]);
    expect(receivedByChannel(QUARTER)).toEqual([
      { key: 'EMAIL', label: 'Correo electrónico', value: 7 },
      { key: 'WEB', label: 'Página web', value: 5 },
    ]);
  });
});

describe('the sentences that describe the charts', () => {
  it('tells received against answered and the busiest bucket', () => {
    expect(receivedAnsweredSummary(QUARTER)).toBe(
      'En el periodo se radicaron 12 PQRS y se respondieron 10. El intervalo con más radicadas fue enero de 2026 (10).',
    );
  });

  it('tells the on-time rate and the bucket where it was lowest', () => {
    expect(onTimeSummary(QUARTER)).toBe(
      'De 10 respuestas, 7 a tiempo (70 %). La oportunidad más baja fue en febrero de 2026 (66,7 %).',
    );
  });

  it('lists a breakdown from the largest, leaving out zeros', () => {
    expect(breakdownSummary('por tipo', receivedByKind(QUARTER))).toBe(
      'Radicadas por tipo: Petición, 7; Queja, 5.',
    );
  });

  it('tells the backlog at the close of the period and its peak', () => {
    expect(backlogSummary(QUARTER)).toBe(
      'Al cierre del periodo quedaban 2 PQRS abiertas, 2 vencidas. El mayor número de abiertas fue al cierre de enero de 2026 (9).',
    );
  });

  it('tells the satisfaction index of the period', () => {
    expect(satisfactionSummary(QUARTER)).toBe(
      'Índice de satisfacción del periodo: 60 % (6 de 10 respuestas calificadas, satisfechas).',
    );
  });

  it('says so when there is nothing to tell', () => {
    const quiet = [QUARTER[2]!];
    expect(receivedAnsweredSummary(quiet)).toBe('En el periodo no se radicaron ni se respondieron PQRS.');
    expect(onTimeSummary(quiet)).toMatch(/no hubo respuestas/);
    expect(breakdownSummary('por canal', receivedByChannel(quiet))).toMatch(/no se radicaron PQRS/);
    expect(satisfactionSummary(quiet)).toMatch(/no se respondieron encuestas/);
  });
});

describe('the dashboard period', () => {
  it('starts as this year so far, by month', () => {
    expect(defaultDashboardPeriod('2026-11-29')).toEqual({
      from: '2026-01-01',
      to: '2026-11-29',
      granularity: 'MONTH',
    });
  });

  it('refuses an incomplete or reversed period, and more than 400 days by day', () => {
    expect(dashboardPeriodProblem({ from: '', to: '2026-01-31', granularity: 'MONTH' })?.field).toBe('from');
    expect(dashboardPeriodProblem({ from: '2026-02-01', to: '2026-01-31', granularity: 'MONTH' })).toEqual({
      field: 'to',
      message: 'La fecha final es anterior a la inicial.',
    });
    expect(dashboardPeriodProblem({ from: '2025-01-01', to: '2026-02-05', granularity: 'DAY' })?.field).toBe(
      'granularity',
    );
    expect(dashboardPeriodProblem({ from: '2025-01-01', to: '2026-02-04', granularity: 'DAY' })).toBeNull();
  });
});
