// The two checks an auditor runs: that no stored event was changed after the fact (verifyAuditTrail
// re-walks every hash chain), and that a report is what was issued — a downloaded file by its SHA-256,
// computed here in the browser, or the report regenerated from the log. Both only read.
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { ReportKind } from '../../graphql/generated/graphql';
import {
  auditTrailVerdict,
  hexOfDigest,
  issuedReportForFile,
  reportFileVerdict,
  reportRegenerationVerdict,
  type Verdict,
} from '../../logic/audit';
import { formatInstant, periodName, REPORT_KIND_LABELS } from '../../logic/report-periods';

const VERIFY_AUDIT_TRAIL = graphql(`
  query VerifyAuditTrail($head: String) {
    verifyAuditTrail(head: $head) {
      ok
      streamsChecked
      eventsChecked
      firstMismatch {
        stream
        revision
        position
        eventId
        type
        reason
      }
      findings {
        kind
        description
      }
      signedHeads
      lastSignedHead
    }
  }
`);

const REPORTS_TO_VERIFY = graphql(`
  query ReportsToVerify($first: Int!) {
    issuedReports(first: $first) {
      id
      kind
      from
      to
      format
      fileName
      issuedAt
    }
  }
`);

const VERIFY_REPORT_FILE = graphql(`
  query VerifyReportFile($reportId: ID!, $fileSha256: String!) {
    verifyReportFile(reportId: $reportId, fileSha256: $fileSha256) {
      matches
      report {
        id
        fileName
        issuedAt
        contentHash
      }
    }
  }
`);

const VERIFY_REPORT = graphql(`
  query VerifyReport($reportId: ID!) {
    verifyReport(reportId: $reportId) {
      matches
      regeneratedContentHash
      report {
        id
        fileName
        issuedAt
        contentHash
      }
    }
  }
`);

/** How many issued reports the picker offers: a few years of the office's reports. */
const LISTED_REPORTS = 500;

type Check =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly verdict: Verdict }
  | { readonly state: 'failed'; readonly message: string };

const IDLE: Check = { state: 'idle' };

function CheckResult({ check, testId }: { readonly check: Check; readonly testId: string }) {
  if (check.state === 'running') return <Typography role="status">Verificando…</Typography>;
  if (check.state === 'failed')
    return (
      <Alert severity="error" data-testid={testId}>
        {check.message}
      </Alert>
    );
  if (check.state === 'done')
    return (
      <Alert
        severity={check.verdict.ok ? 'success' : 'error'}
        data-testid={testId}
        sx={{ wordBreak: 'break-word' }}
      >
        {check.verdict.text}
      </Alert>
    );
  return null;
}

function messageOf(
  error: { readonly graphQLErrors: readonly { readonly message: string }[] } | undefined,
  fallback: string,
) {
  return error?.graphQLErrors[0]?.message ?? fallback;
}

export function AuditTrailVerification() {
  const client = useClient();
  const [check, setCheck] = useState<Check>(IDLE);
  const [head, setHead] = useState('');

  async function verify() {
    setCheck({ state: 'running' });
    const result = await client
      .query(
        VERIFY_AUDIT_TRAIL,
        { head: head.trim() === '' ? null : head.trim() },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setCheck(
      result.data
        ? { state: 'done', verdict: auditTrailVerdict(result.data.verifyAuditTrail) }
        : {
            state: 'failed',
            message: messageOf(result.error, 'No fue posible verificar la cadena de auditoría.'),
          },
    );
  }

  return (
    <Box component="section" aria-labelledby="audit-trail-title" sx={{ mb: 3 }}>
      <Typography id="audit-trail-title" variant="h6" component="h3" gutterBottom>
        Cadena de auditoría
      </Typography>
      <Typography sx={{ mb: 1 }}>
        Cada evento guarda la huella (SHA-256) del anterior de su flujo y la suya propia, y la instalación
        firma cada tanto la cabeza del registro. La verificación recorre todo el registro (flujos, orden,
        radicados y cabezas firmadas) y señala lo que se haya alterado después de grabado. Para anclarla a un
        informe, pegue la cabeza firmada impresa en él.
      </Typography>
      <TextField
        label="Cabeza firmada impresa en un informe (opcional)"
        value={head}
        onChange={(event) => setHead(event.target.value)}
        size="small"
        fullWidth
        sx={{ mb: 1 }}
      />
      <Button
        variant="outlined"
        onClick={() => void verify()}
        disabled={check.state === 'running'}
        sx={{ mb: 1 }}
      >
        Verificar la cadena de auditoría
      </Button>
      <CheckResult check={check} testId="audit-trail-result" />
    </Box>
  );
}

interface ChosenFile {
  readonly name: string;
  readonly sha256: string;
}

export function ReportVerification() {
  const client = useClient();
  const [{ data: reports, error: reportsError }] = useQuery({
    query: REPORTS_TO_VERIFY,
    variables: { first: LISTED_REPORTS },
  });
  const [reportId, setReportId] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [hashing, setHashing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<Check>(IDLE);
  const issued = reports?.issuedReports ?? [];

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setCheck(IDLE);
    setFile(null);
    if (!globalThis.crypto?.subtle) {
      setCheck({
        state: 'failed',
        message:
          'Este navegador no puede calcular la huella del archivo: abra Ventanilla por una conexión segura (HTTPS).',
      });
      return;
    }
    setHashing(true);
    try {
      const sha256 = hexOfDigest(await crypto.subtle.digest('SHA-256', await chosen.arrayBuffer()));
      setFile({ name: chosen.name, sha256 });
      const sameName = issuedReportForFile(issued, chosen.name);
      if (sameName && reportId === '') setReportId(sameName.id);
    } catch {
      setCheck({ state: 'failed', message: `No fue posible leer el archivo «${chosen.name}».` });
    } finally {
      setHashing(false);
    }
  }

  async function verifyFile() {
    if (!file || reportId === '') return;
    setCheck({ state: 'running' });
    const result = await client
      .query(VERIFY_REPORT_FILE, { reportId, fileSha256: file.sha256 }, { requestPolicy: 'network-only' })
      .toPromise();
    setCheck(
      result.data
        ? { state: 'done', verdict: reportFileVerdict(result.data.verifyReportFile, file.name, file.sha256) }
        : { state: 'failed', message: messageOf(result.error, 'No fue posible verificar el archivo.') },
    );
  }

  async function regenerate() {
    if (reportId === '') return;
    setCheck({ state: 'running' });
    const result = await client
      .query(VERIFY_REPORT, { reportId }, { requestPolicy: 'network-only' })
      .toPromise();
    setCheck(
      result.data
        ? { state: 'done', verdict: reportRegenerationVerdict(result.data.verifyReport) }
        : { state: 'failed', message: messageOf(result.error, 'No fue posible regenerar el informe.') },
    );
  }

  return (
    <Box component="section" aria-labelledby="report-verification-title">
      <Typography id="report-verification-title" variant="h6" component="h3" gutterBottom>
        Informe descargado
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Elija el informe emitido y el archivo que recibió: su huella SHA-256 se calcula en este navegador (el
        archivo no se envía) y se compara con la registrada al emitirlo. También puede regenerar el informe
        con sus mismos datos y comparar la huella de contenido.
      </Typography>
      {reportsError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {messageOf(reportsError, 'No fue posible consultar los informes emitidos.')}
        </Alert>
      )}
      {/* The native picker stays hidden: the button opens it, so it is reached and named like any other. */}
      <input
        ref={fileInput}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="report-file-input"
        onChange={(event) => void chooseFile(event)}
        accept=".pdf,.csv,.xlsx"
      />
      <Stack spacing={2} sx={{ maxWidth: 720 }}>
        <TextField
          select
          label="Informe emitido"
          value={reportId}
          onChange={(event) => {
            setReportId(event.target.value);
            setCheck(IDLE);
          }}
          helperText={issued.length === 0 ? 'Aún no se ha emitido ningún informe.' : undefined}
        >
          {issued.map((report) => (
            <MenuItem key={report.id} value={report.id}>
              {REPORT_KIND_LABELS[report.kind as ReportKind] ?? report.kind} · {periodName(report)} ·{' '}
              {report.format} · emitido el {formatInstant(report.issuedAt)}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Button
            variant="outlined"
            disabled={hashing}
            onClick={() => fileInput.current?.click()}
            sx={{ flexShrink: 0 }}
          >
            Elegir el archivo descargado…
          </Button>
          <Typography data-testid="chosen-file" sx={{ wordBreak: 'break-all' }}>
            {hashing
              ? 'Calculando la huella del archivo…'
              : file
                ? `${file.name} · SHA-256 ${file.sha256}`
                : 'Ningún archivo elegido.'}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            onClick={() => void verifyFile()}
            disabled={!file || reportId === '' || check.state === 'running'}
          >
            Comprobar el archivo
          </Button>
          <Button
            variant="outlined"
            onClick={() => void regenerate()}
            disabled={reportId === '' || check.state === 'running'}
          >
            Regenerar y comparar
          </Button>
        </Stack>
        <CheckResult check={check} testId="report-verification-result" />
      </Stack>
    </Box>
  );
}
