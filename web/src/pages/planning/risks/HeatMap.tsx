// One heat map of the risk map (inherent or residual): a 5 × 5 grid, probability from Muy Alta down to Muy
// Baja and impact from Leve to Catastrófico, each cell filled with its zone's colour and saying in words its
// zone and how many risks fall in it — colour is never the only carrier —, and below it the same map as a
// table, its text alternative for screen readers and for anyone who prefers to read it.
import {
  Box,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  cellAt,
  cellText,
  HEAT_MAP_COLUMNS,
  HEAT_MAP_ROWS,
  IMPACT_LABELS,
  PROBABILITY_LABELS,
  RISK_ZONE_LABELS,
  ZONE_COLORS,
  type HeatMapCellView,
} from './risk-logic';

export function HeatMap({
  id,
  title,
  cells,
}: {
  readonly id: string;
  readonly title: string;
  readonly cells: readonly HeatMapCellView[];
}) {
  const titleId = `${id}-title`;
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2, flex: 1, minWidth: 320 }}
      data-testid={id}
    >
      <Typography id={titleId} variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      {/* The drawing: its words are repeated in the table below, which is what assistive technology reads. */}
      <Box
        aria-hidden="true"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'auto repeat(5, minmax(56px, 1fr))',
          gap: '2px',
          fontSize: '0.75rem',
          mb: 2,
        }}
      >
        <Box />
        {HEAT_MAP_COLUMNS.map((impact) => (
          <Box key={impact} sx={{ textAlign: 'center', fontWeight: 600, p: 0.5 }}>
            {IMPACT_LABELS[impact]}
          </Box>
        ))}
        {HEAT_MAP_ROWS.map((probability) => (
          <Box key={probability} sx={{ display: 'contents' }}>
            <Box sx={{ fontWeight: 600, p: 0.5, alignSelf: 'center' }}>{PROBABILITY_LABELS[probability]}</Box>
            {HEAT_MAP_COLUMNS.map((impact) => {
              const cell = cellAt(cells, probability, impact);
              if (!cell) return <Box key={impact} />;
              const colors = ZONE_COLORS[cell.zone];
              return (
                <Box
                  key={impact}
                  data-testid={`${id}-${probability}-${impact}`}
                  sx={{
                    bgcolor: colors.fill,
                    color: colors.text,
                    minHeight: 52,
                    p: 0.5,
                    display: 'flex',
                    flexDirection: 'column',
                    alignItems: 'center',
                    justifyContent: 'center',
                    textAlign: 'center',
                    borderRadius: 0.5,
                    outline: cell.count > 0 ? '3px solid #000' : 'none',
                    outlineOffset: '-3px',
                  }}
                >
                  <Box component="span" sx={{ fontSize: '1.25rem', fontWeight: 700, lineHeight: 1.1 }}>
                    {cell.count}
                  </Box>
                  <Box component="span">{RISK_ZONE_LABELS[cell.zone]}</Box>
                </Box>
              );
            })}
          </Box>
        ))}
      </Box>
      <Typography variant="caption" component="p" sx={{ mb: 1 }}>
        Filas: probabilidad. Columnas: impacto. Cada celda dice su zona de severidad y el número de riesgos.
      </Typography>
      <TableContainer tabIndex={0} role="region" aria-label={`${title}, como tabla`}>
        <Table size="small">
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>{`${title}, como tabla`}</caption>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Probabilidad \ Impacto
              </TableCell>
              {HEAT_MAP_COLUMNS.map((impact) => (
                <TableCell key={impact} component="th" scope="col">
                  {IMPACT_LABELS[impact]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {HEAT_MAP_ROWS.map((probability) => (
              <TableRow key={probability}>
                <TableCell component="th" scope="row">
                  {PROBABILITY_LABELS[probability]}
                </TableCell>
                {HEAT_MAP_COLUMNS.map((impact) => {
                  const cell = cellAt(cells, probability, impact);
                  return <TableCell key={impact}>{cell ? cellText(cell) : ''}</TableCell>;
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
