// The affiliation statistics: the default period, its checks, the breakdowns and their sentences.
import {
  affiliationBreakdownSummary,
  defaultStatisticsPeriod,
  formatAverageDays,
  receivedByStatus,
  receivedByType,
  statisticsHeadline,
  statisticsPeriodProblem,
  type AffiliationStatisticsFigures,
} from '../../web/src/logic/affiliation-statistics.js';

const FIGURES: AffiliationStatisticsFigures = {
  received: 3,
  approved: 1,
  rejected: 0,
  averageDaysToDecision: 4.25,
  byStatus: [
    { status: 'RECEIVED', count: 2 },
    { status: 'APPROVED', count: 1 },
  ],
  byType: [{ affiliationType: 'COMPANY', count: 3 }],
};

describe('the period', () => {
  it('is the month so far by default', () => {
    expect(defaultStatisticsPeriod('2026-03-16')).toEqual({ from: '2026-03-01', to: '2026-03-16' });
  });

  it('needs two real days, the first not after the last', () => {
    expect(statisticsPeriodProblem({ from: '', to: '2026-03-16' })).toEqual({
      field: 'from',
      message: 'Indique la fecha inicial.',
    });
    expect(statisticsPeriodProblem({ from: '2026-03-01', to: '2026-02-30' })?.field).toBe('to');
    expect(statisticsPeriodProblem({ from: '2026-03-17', to: '2026-03-16' })).toEqual({
      field: 'to',
      message: 'La fecha final es anterior a la inicial.',
    });
    expect(statisticsPeriodProblem({ from: '2026-03-16', to: '2026-03-16' })).toBeNull();
  });
});

describe('the breakdowns', () => {
  it('shows every status, in the list order, with zeros for the missing ones', () => {
    expect(receivedByStatus(FIGURES).map((count) => [count.label, count.value])).toEqual([
      ['Recibida', 2],
      ['Asignada', 0],
      ['Requisitos verificados', 0],
      ['Aprobada', 1],
      ['Rechazada', 0],
      ['Retirada', 0],
    ]);
  });

  it('shows every type with its Spanish name', () => {
    expect(receivedByType(FIGURES).map((count) => [count.label, count.value])).toEqual([
      ['Persona dependiente', 0],
      ['Trabajador independiente', 0],
      ['Empresa', 3],
    ]);
  });
});

describe('the figures in words', () => {
  it('says the period, the counts and the average time to a decision', () => {
    expect(statisticsHeadline({ from: '2026-03-01', to: '2026-03-16' }, FIGURES)).toBe(
      'Del 01/03/2026 al 16/03/2026: 3 solicitudes recibidas, 1 aprobada y 0 rechazadas. ' +
        'Tiempo promedio hasta la decisión: 4,3 días.',
    );
  });

  it('says when nothing was decided', () => {
    expect(formatAverageDays(null)).toBe('sin decisiones en el periodo');
    expect(formatAverageDays(1)).toBe('1 día');
  });

  it('describes a chart by its non-zero bars, largest first', () => {
    expect(affiliationBreakdownSummary('por estado actual', receivedByStatus(FIGURES))).toBe(
      'Solicitudes recibidas por estado actual: Recibida, 2; Aprobada, 1.',
    );
    expect(affiliationBreakdownSummary('por tipo', [])).toBe(
      'En el periodo no se recibieron solicitudes, así que no hay desglose por tipo.',
    );
  });
});
