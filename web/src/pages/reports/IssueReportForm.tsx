// Issuing a report: which one, for which period (with the semester shortcuts), in which format and, if
// wanted, as of which instant. The file downloads as soon as it is issued, and its content hash is shown
// so it can be checked later against the printed one.
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import type { ReportFormat, ReportKind } from '../../graphql/generated/graphql';
import {
  asOfInstant,
  bogotaDateTimeInputValue,
  lastClosedSemester,
  periodName,
  REPORT_FORMAT_LABELS,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  reportFormatsFor,
  reportRequestProblems,
  semesterPeriod,
  SEMESTER_NAMES,
  todayInBogota,
  type ReportRequestField,
  type Semester,
} from '../../logic/report-periods';
import { downloadReport } from './download-report';
import { DateField, DateTimeField } from '../common/DateField.js';
import { SuccessMessage } from '../common/SuccessMessage';
import {
  MAX_CONCLUSIONS_LENGTH,
  REPORT_KINDS_WITH_CONCLUSIONS,
} from '../../../../src/domain/report/events.js';

const ISSUE_REPORT = graphql(`
  mutation IssueReport(
    $kind: ReportKind!
    $from: Date!
    $to: Date!
    $format: ReportFormat!
    $asOf: DateTime
    $conclusions: String
  ) {
    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf, conclusions: $conclusions) {
      id
      kind
      from
      to
      asOf
      format
      contentHash
      fileName
      downloadUrl
      issuedAt
    }
  }
`);

interface Issued {
  readonly kind: ReportKind;
  readonly from: string;
  readonly to: string;
  readonly contentHash: string;
  readonly fileName: string;
  readonly downloadUrl: string;
}

interface Failure {
  readonly message: string;
  readonly field: ReportRequestField | 'conclusions' | null;
}

const REQUEST_FIELDS: readonly string[] = ['from', 'to', 'asOf', 'conclusions'];

/** The first and last day of a quarter of the year. */
function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): { from: string; to: string } {
  const ends = ['03-31', '06-30', '09-30', '12-31'] as const;
  const firstMonth = String(quarter * 3 - 2).padStart(2, '0');
  return { from: `${year}-${firstMonth}-01`, to: `${year}-${ends[quarter - 1]}` };
}

function initialDraft(now: Date) {
  const today = todayInBogota(now);
  const { year, semester } = lastClosedSemester(today);
  return {
    kind: 'PQRS' as ReportKind,
    year: String(year),
    ...semesterPeriod(year, semester),
    format: 'PDF' as ReportFormat,
    asOf: '',
    conclusions: '',
  };
}

export function IssueReportForm({ onIssued }: { readonly onIssued: () => void }) {
  const [draft, setDraft] = useState(() => initialDraft(new Date()));
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const [{ fetching }, issue] = useMutation(ISSUE_REPORT);
  const [downloading, setDownloading] = useState(false);

  const problems = reportRequestProblems(draft, new Date());
  const withConclusions = REPORT_KINDS_WITH_CONCLUSIONS.includes(draft.kind);
  const conclusionsError = failure?.field === 'conclusions' ? failure.message : undefined;
  const errorOf = (field: ReportRequestField): string | undefined =>
    (submitted ? problems[field] : undefined) ?? (failure?.field === field ? failure.message : undefined);

  function change(patch: Partial<typeof draft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  function pickSemester(semester: Semester) {
    const year = Number(draft.year);
    if (Number.isInteger(year) && year >= 1900) change(semesterPeriod(year, semester));
  }

  async function download(report: Issued) {
    setDownloading(true);
    setDownloadFailure(null);
    try {
      await downloadReport(report.downloadUrl, report.fileName);
    } catch (error) {
      setDownloadFailure(error instanceof Error ? error.message : 'No fue posible descargar el informe.');
    } finally {
      setDownloading(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    const result = await issue({
      kind: draft.kind,
      from: draft.from,
      to: draft.to,
      format: draft.format,
      asOf: draft.asOf === '' ? null : asOfInstant(draft.asOf),
      // Only the Informe de PQRS has a conclusions section: another kind would be refused with them.
      conclusions: withConclusions && draft.conclusions.trim() !== '' ? draft.conclusions : null,
    });
    if (result.error || !result.data) {
      const first = result.error?.graphQLErrors[0];
      const field = first?.extensions?.['field'];
      setFailure({
        message: first?.message ?? 'No fue posible emitir el informe.',
        field:
          typeof field === 'string' && REQUEST_FIELDS.includes(field) ? (field as Failure['field']) : null,
      });
      return;
    }
    const report = result.data.report;
    setIssued(report);
    onIssued();
    await download(report);
  }

  const yearValid = /^\d{4}$/.test(draft.year);
  return (
    <Box component="section" aria-labelledby="issue-report-title" sx={{ mb: 4 }}>
      <Typography id="issue-report-title" variant="h5" component="h2" gutterBottom>
        Emitir un informe
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 720 }}>
        {failure && failure.field === null && <Alert severity="error">{failure.message}</Alert>}
        <TextField
          select
          label="Informe"
          value={draft.kind}
          onChange={(event) => {
            const kind = event.target.value as ReportKind;
            // A data CSV picked for the Contraloría becomes the report's CSV for a report without one.
            change(reportFormatsFor(kind).includes(draft.format) ? { kind } : { kind, format: 'CSV' });
          }}
        >
          {REPORT_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {REPORT_KIND_LABELS[kind]}
            </MenuItem>
          ))}
        </TextField>

        <FormControl component="fieldset">
          <FormLabel component="legend">Periodo</FormLabel>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ mt: 1, alignItems: { sm: 'center' } }}
          >
            <TextField
              label="Año"
              value={draft.year}
              onChange={(event) => change({ year: event.target.value })}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
              sx={{ width: 110 }}
              error={!yearValid}
              helperText={yearValid ? undefined : 'Año de cuatro cifras'}
            />
            {([1, 2] as const).map((semester) => (
              <Button
                key={semester}
                variant="outlined"
                onClick={() => pickSemester(semester)}
                disabled={!yearValid}
              >
                {SEMESTER_NAMES[semester]}
              </Button>
            ))}
            {/* The action plan's execution is reported by quarter. */}
            {draft.kind === 'ACTION_PLAN_EXECUTION' &&
              ([1, 2, 3, 4] as const).map((quarter) => (
                <Button
                  key={`quarter-${quarter}`}
                  variant="outlined"
                  onClick={() => change(quarterPeriod(Number(draft.year), quarter))}
                  disabled={!yearValid}
                >
                  Trimestre {quarter}
                </Button>
              ))}
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2 }}>
            <DateField
              label="Desde"
              value={draft.from}
              onChange={(from) => change({ from })}
              error={Boolean(errorOf('from'))}
              helperText={errorOf('from')}
              required
            />
            <DateField
              label="Hasta (incluido)"
              value={draft.to}
              onChange={(to) => change({ to })}
              error={Boolean(errorOf('to'))}
              helperText={errorOf('to')}
              required
            />
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="report-period-name">
            {problems.from || problems.to ? '' : periodName(draft)}
          </Typography>
        </FormControl>

        <FormControl component="fieldset">
          <FormLabel component="legend">Formato</FormLabel>
          <RadioGroup
            row
            name="format"
            value={draft.format}
            onChange={(event) => change({ format: event.target.value as ReportFormat })}
          >
            {reportFormatsFor(draft.kind).map((format) => (
              <FormControlLabel
                key={format}
                value={format}
                control={<Radio />}
                label={REPORT_FORMAT_LABELS[format]}
              />
            ))}
          </RadioGroup>
        </FormControl>

        <DateTimeField
          label="Fecha de corte (opcional, hora de Bogotá)"
          value={draft.asOf}
          onChange={(asOf) => change({ asOf })}
          error={Boolean(errorOf('asOf'))}
          helperText={
            errorOf('asOf') ??
            'Las cifras serán las registradas hasta ese instante. Si la deja vacía, hasta el momento de emitir.'
          }
          max={bogotaDateTimeInputValue(new Date())}
          sx={{ maxWidth: 360 }}
        />

        {withConclusions && (
          <TextField
            label="Conclusiones y recomendaciones (opcional)"
            value={draft.conclusions}
            onChange={(event) => change({ conclusions: event.target.value })}
            multiline
            minRows={4}
            slotProps={{ htmlInput: { maxLength: MAX_CONCLUSIONS_LENGTH } }}
            error={Boolean(conclusionsError)}
            helperText={
              conclusionsError ??
              `Se imprimen al final del informe tal como las escriba (una línea en blanco separa los párrafos) y quedan registradas con él. Si lo deja vacío, el informe dice que no hay conclusiones. ${draft.conclusions.length} de ${MAX_CONCLUSIONS_LENGTH} caracteres.`
            }
            sx={{ maxWidth: 720 }}
            data-testid="report-conclusions"
          />
        )}

        <Box>
          <Button type="submit" variant="contained" disabled={fetching || downloading}>
            {fetching ? 'Emitiendo…' : 'Emitir y descargar'}
          </Button>
        </Box>
      </Stack>

      {issued && (
        <SuccessMessage sx={{ mt: 3, maxWidth: 720 }} data-testid="issued-report">
          <Typography variant="body1" sx={{ fontWeight: 600 }}>
            Informe emitido: {REPORT_KIND_LABELS[issued.kind]}, {periodName(issued)}.
          </Typography>
          <Typography variant="body2">Archivo: {issued.fileName}</Typography>
          <Typography variant="body2">
            Huella de contenido (SHA-256):{' '}
            <Box
              component="code"
              data-testid="issued-content-hash"
              sx={{ wordBreak: 'break-all', fontFamily: 'monospace' }}
            >
              {issued.contentHash}
            </Box>
          </Typography>
          <Button size="small" sx={{ mt: 1 }} onClick={() => download(issued)} disabled={downloading}>
            Descargar de nuevo
          </Button>
        </SuccessMessage>
      )}
      {downloadFailure && (
        <Alert severity="error" sx={{ mt: 2, maxWidth: 720 }}>
          {downloadFailure}
        </Alert>
      )}
    </Box>
  );
}
