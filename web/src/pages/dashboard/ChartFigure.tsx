// One chart of the Tablero as an accessible figure: a heading, the chart itself announced as an image
// named by the heading and described by a sentence everyone can read, and its data as a table on demand.
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Paper,
  SvgIcon,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, type ReactNode } from 'react';
import { chartHasData, NO_CHART_DATA } from '../../logic/chart-data';

function ExpandIcon() {
  return (
    <SvgIcon aria-hidden>
      <path d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z" />
    </SvgIcon>
  );
}

export interface ChartData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export function ChartFigure({
  title,
  summary,
  data,
  testId,
  children,
}: {
  readonly title: string;
  readonly summary: string;
  readonly data: ChartData;
  readonly testId: string;
  readonly children: ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  // Nothing to draw: say so, rather than empty axes and a table of zeros.
  if (!chartHasData(data))
    return (
      <Paper component="section" aria-labelledby={titleId} sx={{ p: 2, height: '100%' }} data-testid={testId}>
        <Typography id={titleId} variant="h6" component="h3" gutterBottom>
          {title}
        </Typography>
        <Typography color="text.secondary" data-testid="chart-no-data">
          {NO_CHART_DATA}
        </Typography>
      </Paper>
    );
  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: 2, height: '100%' }} data-testid={testId}>
      <Typography id={titleId} variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      <Typography id={summaryId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {summary}
      </Typography>
      {/* The chart is one image to assistive technology: its words are the summary and the table. */}
      <Box role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
        {children}
      </Box>
      <Accordion disableGutters elevation={0} sx={{ mt: 1, '&::before': { display: 'none' } }}>
        <AccordionSummary expandIcon={<ExpandIcon />}>
          <Typography variant="body2">Ver los datos del gráfico</Typography>
        </AccordionSummary>
        <AccordionDetails sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <caption>{title}</caption>
            <TableHead>
              <TableRow>
                {data.columns.map((column, index) => (
                  <TableCell key={column} align={index === 0 ? 'left' : 'right'} scope="col">
                    {column}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.rows.map((row) => (
                <TableRow key={String(row[0])}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <TableCell key={index} component="th" scope="row">
                        {cell}
                      </TableCell>
                    ) : (
                      <TableCell key={index} align="right">
                        {cell}
                      </TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </AccordionDetails>
      </Accordion>
    </Paper>
  );
}
