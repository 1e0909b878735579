// The Tablero's charts, each an accessible figure (ChartFigure): received vs answered, on-time rate,
// received by kind and by channel, backlog, and satisfaction, over the buckets of the period.
import { Box } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTheme } from '@mui/material/styles';
import {
  backlogSummary,
  breakdownSummary,
  dashboardSeries,
  formatPercent,
  onTimeSummary,
  receivedAnsweredSummary,
  receivedByChannel,
  receivedByKind,
  satisfactionSummary,
  type DashboardBucket,
  type LabelledCount,
} from '../../logic/dashboard-figures';
import { ChartFigure, type ChartData } from './ChartFigure';

const CHART_HEIGHT = 300;
/** The charts' own words, in Spanish (x-charts ships no Spanish locale). */
const CHART_LOCALE = { noData: 'No hay datos en el periodo', loading: 'Cargando datos…' };
const percentAxis = {
  width: 56,
  min: 0,
  max: 100,
  valueFormatter: (value: number) => `${value} %`,
};
const percentValue = (value: number | null) => formatPercent(value);

function breakdownData(what: string, counts: readonly LabelledCount[]): ChartData {
  return { columns: [what, 'Radicadas'], rows: counts.map((count) => [count.label, count.value]) };
}

function BreakdownChart({
  counts,
  color,
}: {
  readonly counts: readonly LabelledCount[];
  readonly color: string;
}) {
  return (
    <BarChart
      height={Math.max(CHART_HEIGHT, counts.length * 36 + 60)}
      layout="horizontal"
      localeText={CHART_LOCALE}
      hideLegend
      yAxis={[{ scaleType: 'band', data: counts.map((count) => count.label), width: 250 }]}
      xAxis={[{ tickMinStep: 1 }]}
      series={[{ data: counts.map((count) => count.value), label: 'Radicadas', color }]}
    />
  );
}

export function DashboardCharts({ buckets }: { readonly buckets: readonly DashboardBucket[] }) {
  const { palette } = useTheme();
  const series = dashboardSeries(buckets);
  const byKind = receivedByKind(buckets);
  const byChannel = receivedByChannel(buckets);
  const axis = [{ scaleType: 'band' as const, data: [...series.axis] }];
  const pointAxis = [{ scaleType: 'point' as const, data: [...series.axis] }];
  const perBucket = (columns: string[], ...values: readonly (readonly (number | string | null)[])[]) => ({
    columns: ['Intervalo', ...columns],
    rows: series.names.map((name, index) => [
      name,
      ...values.map((value) => {
        const cell = value[index];
        return cell === null || cell === undefined ? 'sin datos' : cell;
      }),
    ]),
  });

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
        gap: 3,
      }}
    >
      <ChartFigure
        title="PQRS radicadas y respondidas"
        summary={receivedAnsweredSummary(buckets)}
        data={perBucket(['Radicadas', 'Respondidas'], series.received, series.answered)}
        testId="chart-received-answered"
      >
        <BarChart
          height={CHART_HEIGHT}
          localeText={CHART_LOCALE}
          xAxis={axis}
          yAxis={[{ tickMinStep: 1 }]}
          series={[
            { data: [...series.received], label: 'Radicadas', color: palette.primary.main },
            { data: [...series.answered], label: 'Respondidas', color: palette.success.main },
          ]}
        />
      </ChartFigure>

      <ChartFigure
        title="Oportunidad de respuesta (respondidas a tiempo)"
        summary={onTimeSummary(buckets)}
        data={perBucket(
          ['Respondidas a tiempo'],
          series.onTimePercent.map((percent) => (percent === null ? null : formatPercent(percent))),
        )}
        testId="chart-on-time"
      >
        <LineChart
          height={CHART_HEIGHT}
          localeText={CHART_LOCALE}
          xAxis={pointAxis}
          yAxis={[percentAxis]}
          series={[
            {
              data: [...series.onTimePercent],
              label: 'A tiempo',
              color: palette.success.main,
              valueFormatter: percentValue,
              shape: 'circle',
              showMark: true,
              curve: 'linear',
            },
          ]}
        />
      </ChartFigure>

      <ChartFigure
        title="PQRS radicadas por tipo"
        summary={breakdownSummary('por tipo', byKind)}
        data={breakdownData('Tipo', byKind)}
        testId="chart-by-kind"
      >
        <BreakdownChart counts={byKind} color={palette.primary.main} />
      </ChartFigure>

      <ChartFigure
        title="PQRS radicadas por canal"
        summary={breakdownSummary('por canal', byChannel)}
        data={breakdownData('Canal', byChannel)}
        testId="chart-by-channel"
      >
        <BreakdownChart counts={byChannel} color={palette.secondary.main} />
      </ChartFigure>

      <ChartFigure
        title="PQRS abiertas y vencidas al cierre de cada intervalo"
        summary={backlogSummary(buckets)}
        data={perBucket(['Abiertas', 'Vencidas'], series.open, series.overdue)}
        testId="chart-backlog"
      >
        <LineChart
          height={CHART_HEIGHT}
          localeText={CHART_LOCALE}
          xAxis={pointAxis}
          yAxis={[{ tickMinStep: 1 }]}
          series={[
            {
              data: [...series.open],
              label: 'Abiertas',
              color: palette.primary.main,
              shape: 'circle',
              showMark: true,
              curve: 'linear',
            },
            {
              data: [...series.overdue],
              label: 'Vencidas',
              color: palette.error.main,
              shape: 'square',
              showMark: true,
              curve: 'linear',
            },
          ]}
        />
      </ChartFigure>

      <ChartFigure
        title="Índice de satisfacción"
        summary={satisfactionSummary(buckets)}
        data={perBucket(
          ['Índice de satisfacción'],
          series.satisfactionPercent.map((percent) => (percent === null ? null : formatPercent(percent))),
        )}
        testId="chart-satisfaction"
      >
        <LineChart
          height={CHART_HEIGHT}
          localeText={CHART_LOCALE}
          xAxis={pointAxis}
          yAxis={[percentAxis]}
          series={[
            {
              data: [...series.satisfactionPercent],
              label: 'Satisfechas',
              color: palette.secondary.main,
              valueFormatter: percentValue,
              shape: 'diamond',
              showMark: true,
              curve: 'linear',
            },
          ]}
        />
      </ChartFigure>
    </Box>
  );
}
