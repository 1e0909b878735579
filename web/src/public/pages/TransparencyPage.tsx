// Transparencia: the reports the office has issued on its PQRS (Ley 1712 de 2014, art. 11 h) and on the
// requests for access to information (Decreto 103 de 2015, art. 52), each with its period, issue date and
// hashes, the PDF as issued, the access figures on the page and, for the Informe de PQRS, the period's data
// without personal data. Read from the server's plain routes: no session, nothing to send.
import {
  Alert,
  Box,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { formatDate } from '../../logic/report-periods';
import { Fact } from '../common/Fact';
import { usePageTitle } from '../common/page-title';

const REPORTS_URL = '/ventanilla/transparencia/informes';

interface PublishedIssue {
  readonly id: string;
  readonly issuedOn: string;
  readonly contentHash: string;
  readonly fileSha256: string;
  readonly fileName: string;
  readonly pdfUrl: string;
}

interface PublishedReport extends PublishedIssue {
  readonly kind: string;
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly periodName: string;
  readonly datasetUrl: string | null;
  readonly earlierIssues: readonly PublishedIssue[];
  /** null: the figures could not be shown now (they are in the PDF). */
  readonly figures: readonly { readonly label: string; readonly value: string }[] | null;
}

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'loaded'; readonly reports: readonly PublishedReport[] };

export function TransparencyPage() {
  usePageTitle('Transparencia');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetch(REPORTS_URL, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as {
          reports?: PublishedReport[];
          error?: { message?: string };
        };
        if (!response.ok || body.reports === undefined) {
          setLoaded({
            state: 'failed',
            message: body.error?.message ?? 'No fue posible consultar los informes publicados.',
          });
          return;
        }
        setLoaded({ state: 'loaded', reports: body.reports });
      })
      .catch(() => {
        if (!controller.signal.aborted)
          setLoaded({
            state: 'failed',
            message:
              'No fue posible consultar los informes publicados. Revise su conexión e inténtelo de nuevo.',
          });
      });
    return () => controller.abort();
  }, []);

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h4" component="h1" tabIndex={-1} gutterBottom>
          Transparencia
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Informes de peticiones, quejas, reclamos, sugerencias y denuncias (Ley 1712 de 2014, artículo 11,
          literal h) y de solicitudes de acceso a la información (Decreto 103 de 2015, artículo 52), tal como
          la oficina los emitió. Cuando un periodo se emite de nuevo, se muestra la última emisión; las
          anteriores siguen disponibles.
        </Typography>
        <Typography>
          Cada informe lleva impresa su huella de contenido. La huella del archivo (SHA-256) permite comprobar
          que el PDF descargado es el emitido, por ejemplo con <code>sha256sum</code> o{' '}
          <code>certutil -hashfile archivo.pdf SHA256</code>.
        </Typography>
      </Box>
      {loaded.state === 'loading' && (
        <Typography role="status">Consultando los informes publicados…</Typography>
      )}
      {loaded.state === 'failed' && <Alert severity="error">{loaded.message}</Alert>}
      {loaded.state === 'loaded' && loaded.reports.length === 0 && (
        <Typography role="status">Aún no hay informes publicados.</Typography>
      )}
      {loaded.state === 'loaded' &&
        loaded.reports.map((report) => <PublishedReportSection key={report.id} report={report} />)}
    </Stack>
  );
}

function PublishedReportSection({ report }: { readonly report: PublishedReport }) {
  const headingId = `informe-${report.id}`;
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 } }}
      data-testid="published-report"
    >
      <Typography variant="h5" component="h2" id={headingId} gutterBottom>
        {report.title} — {report.periodName}
      </Typography>
      <Box component="dl" sx={{ m: 0 }}>
        <Fact label="Periodo">
          {formatDate(report.from)} a {formatDate(report.to)}
        </Fact>
      </Box>
      <IssueFacts issue={report} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 1, sm: 3 }} sx={{ mt: 1 }}>
        <Link href={report.pdfUrl} download={report.fileName}>
          Descargar el informe (PDF)
        </Link>
        {report.datasetUrl && (
          <Link href={report.datasetUrl} download>
            Descargar los datos del periodo (CSV, sin datos personales)
          </Link>
        )}
      </Stack>
      {report.figures === null && (
        <Typography sx={{ mt: 2 }}>
          No fue posible mostrar aquí las cifras de este informe en este momento; están en el PDF.
        </Typography>
      )}
      {report.figures !== null && report.figures.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="h6" component="h3" gutterBottom>
            Cifras del periodo
          </Typography>
          <Table size="small" aria-label={`Cifras de ${report.title.toLowerCase()}, ${report.periodName}`}>
            <TableBody>
              {report.figures.map((figure) => (
                <TableRow key={figure.label}>
                  <TableCell component="th" scope="row">
                    {figure.label}
                  </TableCell>
                  <TableCell align="right">{figure.value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {report.datasetUrl && (
        <Typography variant="body2" sx={{ mt: 2 }}>
          Los datos traen, por cada radicado del periodo, el tipo, el canal, la dependencia, las fechas, el
          estado, los días hábiles y la oportunidad de la respuesta. No traen nombres, documentos, datos de
          contacto ni el asunto o la descripción de las solicitudes.
        </Typography>
      )}
      {report.earlierIssues.length > 0 && (
        <Box component="details" sx={{ mt: 2 }}>
          <Box component="summary" sx={{ cursor: 'pointer' }}>
            Emisiones anteriores de este periodo ({report.earlierIssues.length})
          </Box>
          {report.earlierIssues.map((issue) => (
            <Box key={issue.id} sx={{ mt: 1, pl: 2, borderLeft: 2, borderColor: 'divider' }}>
              <IssueFacts issue={issue} />
              <Link href={issue.pdfUrl} download={issue.fileName}>
                Descargar la emisión del {issue.issuedOn} (PDF)
              </Link>
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}

function IssueFacts({ issue }: { readonly issue: PublishedIssue }) {
  return (
    <Box component="dl" sx={{ m: 0 }}>
      <Fact label="Fecha de emisión">{issue.issuedOn}</Fact>
      <Fact label="Huella del contenido">
        <code>{issue.contentHash}</code>
      </Fact>
      <Fact label="Huella del archivo (SHA-256)">
        <code>{issue.fileSha256}</code>
      </Fact>
    </Box>
  );
}
