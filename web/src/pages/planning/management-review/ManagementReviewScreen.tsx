// Revisión por la dirección: the year's management reviews (meeting, period reviewed, status, decisions),
// each opening its record — the inputs put before the committee, the decisions and the minutes — and, for
// coordinators, the form that opens a new review (its inputs are gathered by the server as it opens).
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, Route, Routes } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import { formatDate, todayInBogota } from '../../../logic/report-periods';
import { useSession } from '../../../session/session';
import { mayKeepReviews, statusLabel } from './management-review-logic';
import { OpenReviewForm } from './OpenReviewForm';
import { ReviewDetail } from './ReviewDetail';

const REVIEWS_OF_YEAR = graphql(`
  query ManagementReviewsOfYear($year: Int) {
    managementReviews(year: $year) {
      id
      title
      meetingDate
      status
      period {
        from
        to
      }
      decisions {
        number
      }
    }
  }
`);

export function ManagementReviewScreen() {
  return (
    <Routes>
      <Route index element={<ReviewList />} />
      <Route path=":reviewId" element={<ReviewDetail />} />
    </Routes>
  );
}

function ReviewList() {
  const { user } = useSession();
  const keeper = mayKeepReviews(user?.roles ?? []);
  const thisYear = Number(todayInBogota(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [opening, setOpening] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: REVIEWS_OF_YEAR, variables: { year } });
  const reviews = data?.managementReviews ?? [];

  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          Revisiones por la dirección {year}
        </Typography>
        <TextField
          select
          label="Año de la reunión"
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          size="small"
          sx={{ minWidth: 180 }}
        >
          {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
        {keeper && !opening && (
          <Button variant="contained" onClick={() => setOpening(true)}>
            Abrir una revisión
          </Button>
        )}
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 900 }}>
        ISO 9001:2015, 9.3. Al abrir una revisión se reúnen sus entradas tal como están en ese momento
        (indicadores de PQRS, satisfacción, Informe de PQRS, ejecución del plan de acción, monitoreo de
        riesgos y acciones de mejora abiertas) y quedan guardadas con ella: el acta muestra lo que vio el
        comité.
      </Typography>
      {opening && (
        <OpenReviewForm
          onClose={() => setOpening(false)}
          onOpened={() => {
            setOpening(false);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {fetching && !data && <CircularProgress aria-label="Cargando las revisiones por la dirección" />}
      {error && (
        <Alert severity="error">
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar las revisiones por la dirección.'}
        </Alert>
      )}
      {data && reviews.length === 0 && (
        <Typography color="text.secondary">
          No hay revisiones por la dirección con reunión en {year}.
        </Typography>
      )}
      {reviews.length > 0 && (
        <Paper component="section" aria-labelledby="reviews-title" sx={{ p: 2 }}>
          <Typography id="reviews-title" variant="h6" component="h3" gutterBottom>
            Revisiones del año
          </Typography>
          <TableContainer>
            <Table size="small" aria-labelledby="reviews-title">
              <TableHead>
                <TableRow>
                  <TableCell>Revisión</TableCell>
                  <TableCell>Reunión</TableCell>
                  <TableCell>Periodo revisado</TableCell>
                  <TableCell align="right">Decisiones</TableCell>
                  <TableCell>Estado</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {reviews.map((review) => (
                  <TableRow key={review.id} data-testid="management-review-row">
                    <TableCell>
                      <Button
                        component={RouterLink}
                        to={review.id}
                        variant="text"
                        sx={{ textAlign: 'left', textTransform: 'none', p: 0 }}
                      >
                        {review.title}
                      </Button>
                    </TableCell>
                    <TableCell>{formatDate(review.meetingDate)}</TableCell>
                    <TableCell>
                      {formatDate(review.period.from)} a {formatDate(review.period.to)}
                    </TableCell>
                    <TableCell align="right">{review.decisions.length}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={statusLabel(review.status)}
                        color={review.status === 'CLOSED' ? 'success' : 'default'}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      )}
    </Box>
  );
}
