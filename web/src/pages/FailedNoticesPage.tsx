// Avisos fallidos: the notices whose last try failed, across the office's cases, each to be given by
// another means (a postal dispatch, or a resend once the address is corrected) from its case's page. The
// schema counts them (notificationOutbox.failed) but lists them only per case, so this page reads the case
// list page by page.
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
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useClient, type OperationResult } from 'urql';
import type { CasesWithNoticesQuery } from '../graphql/generated/graphql';
import {
  failedNoticesOf,
  NOTICE_CHANNEL_LABELS,
  NOTICE_KIND_LABELS,
  type CaseWithNotices,
  type FailedNoticeRow,
} from '../logic/notices';
import { formatInstant } from '../logic/report-periods';
import { ruleErrorOf } from '../logic/rule-errors';
import { CASES_WITH_NOTICES } from './notices/notices-operations';

/** Enough for years of an office's cases; past it, the page says the list may be incomplete. */
const MAX_PAGES = 100;

export const FAILED_NOTICES_PATH = '/avisos-fallidos';

export function FailedNoticesPage() {
  const client = useClient();
  const [rows, setRows] = useState<FailedNoticeRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [truncated, setTruncated] = useState(false);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      const cases: CaseWithNotices[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result: OperationResult<CasesWithNoticesQuery> = await client
          .query(CASES_WITH_NOTICES, { after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        const refused = ruleErrorOf(result.error, 'No fue posible leer los casos.');
        if (refused || !result.data) {
          setFailure(refused?.message ?? 'No fue posible leer los casos.');
          return;
        }
        const { nodes, pageInfo } = result.data.pqrsList;
        cases.push(...nodes);
        if (!pageInfo.hasNextPage || !pageInfo.endCursor) {
          setRows(failedNoticesOf(cases, { kinds: NOTICE_KIND_LABELS, channels: NOTICE_CHANNEL_LABELS }));
          return;
        }
        after = pageInfo.endCursor;
      }
      setTruncated(true);
      setRows(failedNoticesOf(cases, { kinds: NOTICE_KIND_LABELS, channels: NOTICE_CHANNEL_LABELS }));
    }
    void load();
    return () => {
      cancelled = true;
    };
  }, [client]);

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Avisos fallidos
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Avisos cuyo último intento de envío falló: deben darse por otro medio. Desde el caso se registra su
        envío postal o se reenvían por correo una vez corregida la dirección.
      </Typography>
      {failure && <Alert severity="error">{failure}</Alert>}
      {truncated && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Se leyeron los {MAX_PAGES * 100} casos más recientes: puede haber avisos fallidos en casos más
          antiguos.
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
                <TableCell>Radicado</TableCell>
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
                    <Link component={RouterLink} to={`/casos/${row.radicado}`}>
                      {row.radicado}
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
