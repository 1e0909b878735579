// The Afiliaciones screen's statistics: a period (the month so far unless staff pick another), the
// headline figures in one sentence, and the requests received by current status, by type and by campaign, each an
// accessible chart figure (a heading, a sentence that says what it shows, and its data as a table).
import { Alert, Box, Paper, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useQuery } from 'urql';
import {
  affiliationBreakdownSummary,
  defaultStatisticsPeriod,
  receivedByCampaign,
  receivedByStatus,
  receivedByType,
  statisticsHeadline,
  statisticsPeriodProblem,
} from '../../logic/affiliation-statistics';
import type { LabelledCount } from '../../logic/dashboard-figures';
import { todayInBogota, type Period } from '../../logic/report-periods';
import { PeriodForm } from '../common/PeriodForm';
import { ChartFigure } from '../dashboard/ChartFigure';
import { AFFILIATION_STATISTICS } from './affiliation-operations';

/** The chart's own words, in Spanish (x-charts ships no Spanish locale). */
const CHART_LOCALE = { noData: 'No hay datos en el periodo', loading: 'Cargando datos…' };

function CountChart({
  counts,
  color,
}: {
  readonly counts: readonly LabelledCount[];
  readonly color: string;
}) {
  return (
    <BarChart
      height={Math.max(220, counts.length * 36 + 60)}
      layout="horizontal"
      localeText={CHART_LOCALE}
      hideLegend
      yAxis={[{ scaleType: 'band', data: counts.map((count) => count.label), width: 190 }]}
      xAxis={[{ tickMinStep: 1 }]}
      series={[{ data: counts.map((count) => count.value), label: 'Solicitudes', color }]}
    />
  );
}

export function AffiliationStatisticsSection() {
  const { palette } = useTheme();
  const [period, setPeriod] = useState<Period>(() => defaultStatisticsPeriod(todayInBogota(new Date())));
  const [{ data, error }] = useQuery({
    query: AFFILIATION_STATISTICS,
    variables: period,
    requestPolicy: 'cache-and-network',
  });
  const figures = data?.affiliationStatistics;
  const byStatus = figures ? receivedByStatus(figures) : [];
  const byType = figures ? receivedByType(figures) : [];
  const byCampaign = figures ? receivedByCampaign(figures) : [];

  return (
    <Paper component="section" aria-labelledby="affiliation-statistics-title" sx={{ p: 2, mt: 3 }}>
      <Typography id="affiliation-statistics-title" variant="h5" component="h2" gutterBottom>
        Estadísticas
      </Typography>
      <PeriodForm
        label="Periodo de las estadísticas"
        period={period}
        problemOf={statisticsPeriodProblem}
        onApply={setPeriod}
        dense
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar las estadísticas de afiliaciones.'}
        </Alert>
      )}
      {figures && (
        <>
          <Typography sx={{ mb: 2 }} data-testid="affiliation-statistics-headline" aria-live="polite">
            {statisticsHeadline(period, figures)}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3 }}>
            <ChartFigure
              title="Solicitudes recibidas por estado actual"
              summary={affiliationBreakdownSummary('por estado actual', byStatus)}
              data={{
                columns: ['Estado', 'Solicitudes'],
                rows: byStatus.map((count) => [count.label, count.value]),
              }}
              testId="chart-affiliations-by-status"
            >
              <CountChart counts={byStatus} color={palette.primary.main} />
            </ChartFigure>
            <ChartFigure
              title="Solicitudes recibidas por tipo"
              summary={affiliationBreakdownSummary('por tipo', byType)}
              data={{
                columns: ['Tipo', 'Solicitudes'],
                rows: byType.map((count) => [count.label, count.value]),
              }}
              testId="chart-affiliations-by-type"
            >
              <CountChart counts={byType} color={palette.secondary.main} />
            </ChartFigure>
            <ChartFigure
              title="Solicitudes recibidas por campaña"
              summary={affiliationBreakdownSummary('por campaña', byCampaign)}
              data={{
                columns: ['Campaña', 'Solicitudes'],
                rows: byCampaign.map((count) => [count.label, count.value]),
              }}
              testId="chart-affiliations-by-campaign"
            >
              <CountChart counts={byCampaign} color={palette.info.main} />
            </ChartFigure>
          </Box>
        </>
      )}
    </Paper>
  );
}
