// Avisos fallidos: the notices whose last try failed, across the office's cases and affiliations, newest
// first, each to be given by another means (a postal dispatch, or a resend once the address is corrected)
// from the page of its record, which each row links to.
import {
  Alert,
  CircularProgress,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { failedNoticeRows, NOTICE_CHANNEL_LABELS, NOTICE_KIND_LABELS } from '../logic/notices';
import { formatInstant } from '../logic/report-periods';
import { ruleErrorOf } from '../logic/rule-errors';
import { FAILED_NOTIFICATIONS } from './notices/notices-operations';

/** The most the server lists at once; past it, the page says older ones may be left out. */
const MAX_LISTED = 500;

export const FAILED_NOTICES_PATH = '/avisos-fallidos';

export function FailedNoticesPage() {
  const [{ data, error }] = useQuery({
    query: FAILED_NOTIFICATIONS,
    variables: { first: MAX_LISTED },
    requestPolicy: 'cache-and-network',
  });
  const failure = ruleErrorOf(error, 'No fue posible leer los avisos fallidos.')?.message ?? null;
  const rows = data
    ? failedNoticeRows(data.failedNotifications, {
        kinds: NOTICE_KIND_LABELS,
        channels: NOTICE_CHANNEL_LABELS,
      })
    : null;
  const truncated = rows !== null && rows.length >= MAX_LISTED;

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Avisos fallidos
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Avisos cuyo último intento de envío falló, del más reciente al más antiguo: deben darse por otro
        medio. Desde el caso o la afiliación se registra su envío postal o se reenvían por correo una vez
        corregida la dirección.
      </Typography>
      {failure && <Alert severity="error">{failure}</Alert>}
      {truncated && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Se muestran los {MAX_LISTED} avisos fallidos más recientes: puede haber otros más antiguos.
        </Alert>
      )}
      {!rows && !failure && <CircularProgress aria-label="Cargando los avisos fallidos" />}
      {rows && rows.length === 0 && (
        <Typography data-testid="failed-notices">No hay avisos fallidos.</Typography>
      )}
      {rows && rows.length > 0 && (
        <TableContainer component={Paper}>
          <Table aria-label="Avisos fallidos" data-testid="failed-notices">
            <TableHead>
              <TableRow>
                <TableCell>Expediente</TableCell>
                <TableCell>Aviso</TableCell>
                <TableCell>Canal</TableCell>
                <TableCell>Para</TableCell>
                <TableCell>Pedido</TableCell>
                <TableCell>Falla</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.noticeId}>
                  <TableCell>
                    <Link component={RouterLink} to={row.recordPath}>
                      {row.record}
                    </Link>
                  </TableCell>
                  <TableCell>{row.kind}</TableCell>
                  <TableCell>{row.channel}</TableCell>
                  <TableCell>{row.recipient}</TableCell>
                  <TableCell>{formatInstant(row.requestedAt)}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.failure}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
