// Tablero: the indicators of a period (this year by month unless staff pick another): headline figures
// and the charts of PQRS flows, timeliness, backlog and satisfaction.
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import { defaultDashboardPeriod, headlineFigures, type DashboardPeriod } from '../logic/dashboard-figures';
import { periodName, todayInBogota } from '../logic/report-periods';
import { DashboardCharts } from './dashboard/DashboardCharts';
import { HeadlineFigures } from './dashboard/HeadlineFigures';
import { PeriodForm } from './dashboard/PeriodForm';

const DASHBOARD_INDICATORS = graphql(`
  query DashboardIndicators($from: Date!, $to: Date!, $granularity: IndicatorGranularity!) {
    indicators(from: $from, to: $to, granularity: $granularity) {
      from
      to
      granularity
      buckets {
        label
        from
        to
        pqrs {
          received {
            total
            byKind {
              key
              value
            }
            byChannel {
              key
              value
            }
          }
          answered {
            total
          }
          answeredOnTime {
            total
          }
          onTimeRate
          open {
            total
          }
          overdue {
            total
          }
        }
        satisfaction {
          overall {
            answered
            satisfied
            satisfactionIndex
          }
        }
      }
    }
  }
`);

export function DashboardPage() {
  const [period, setPeriod] = useState<DashboardPeriod>(() =>
    defaultDashboardPeriod(todayInBogota(new Date())),
  );
  const [{ data, fetching, error }] = useQuery({ query: DASHBOARD_INDICATORS, variables: period });
  const buckets = useMemo(() => data?.indicators.buckets ?? [], [data]);
  const figures = useMemo(() => headlineFigures(buckets), [buckets]);

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Tablero
      </Typography>
      <PeriodForm period={period} onApply={setPeriod} />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar los indicadores.'}
        </Alert>
      )}
      <Typography variant="h5" component="h2" gutterBottom data-testid="dashboard-period">
        Periodo: {periodName(period)}
      </Typography>
      <Box aria-live="polite" sx={{ minHeight: 24, mb: 1 }}>
        {fetching && (
          <Typography sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <CircularProgress size={18} aria-hidden /> Consultando los indicadores…
          </Typography>
        )}
      </Box>
      {data && (
        <>
          <HeadlineFigures figures={figures} />
          <DashboardCharts buckets={buckets} />
        </>
      )}
    </>
  );
}
