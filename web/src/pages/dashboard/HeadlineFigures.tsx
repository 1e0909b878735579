// The period at a glance: six figures as a description list, each with its explanation in words, labelled
// as the reports label the same counts.
import { Box, Paper, Typography } from '@mui/material';
import { headlineFigureCards, type HeadlineFigures as Figures } from '../../logic/dashboard-figures';

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
      {headlineFigureCards(figures).map((figure) => (
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
