// The period at a glance: six figures as a description list, each with its explanation in words.
import { Box, Paper, Typography } from '@mui/material';
import {
  countOf,
  formatCount,
  formatRate,
  type HeadlineFigures as Figures,
} from '../../logic/dashboard-figures';

interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly detail: string;
}

function figuresOf(figures: Figures): Figure[] {
  return [
    { id: 'received', label: 'Radicadas', value: formatCount(figures.received), detail: 'PQRS del periodo' },
    { id: 'answered', label: 'Respondidas', value: formatCount(figures.answered), detail: 'en el periodo' },
    {
      id: 'on-time-rate',
      label: 'Oportunidad',
      value: formatRate(figures.onTimeRate),
      detail: `${countOf(figures.answeredOnTime, 'respondida', 'respondidas')} a tiempo`,
    },
    { id: 'open', label: 'Abiertas', value: formatCount(figures.open), detail: 'al cierre del periodo' },
    {
      id: 'overdue',
      label: 'Vencidas',
      value: formatCount(figures.overdue),
      detail: 'al cierre del periodo',
    },
    {
      id: 'satisfaction',
      label: 'Índice de satisfacción',
      value: formatRate(figures.satisfactionIndex),
      detail: `${formatCount(figures.satisfactionSatisfied)} de ${countOf(figures.satisfactionAnswered, 'respuesta satisfecha', 'respuestas satisfechas')}`,
    },
  ];
}

export function HeadlineFigures({ figures }: { readonly figures: Figures }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' },
        gap: 2,
        m: 0,
        mb: 3,
      }}
    >
      {figuresOf(figures).map((figure) => (
        <Paper key={figure.id} sx={{ p: 2 }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {figure.label}
          </Typography>
          <Typography
            component="dd"
            variant="h4"
            sx={{ m: 0, fontWeight: 600 }}
            data-testid={`headline-${figure.id}`}
          >
            {figure.value}
          </Typography>
          <Typography component="dd" variant="body2" color="text.secondary" sx={{ m: 0 }}>
            {figure.detail}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
