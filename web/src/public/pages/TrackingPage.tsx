// Consultar: the radicado and the access code open the case — its status and dates, the office's request
// and the form to answer it, the answer and its documents. An unknown radicado and a wrong code get one
// and the same message (the server answers both alike). The code stays in this page's memory: it never
// goes into the address.
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { useClient } from 'urql';
import { ruleErrorOf } from '../../logic/rule-errors';
import { usePageTitle } from '../common/page-title';
import { compactAccessCode, normaliseRadicado, trackingProblems } from '../logic/access-code';
import { usePortal } from '../portal';
import { CaseDetails } from '../tracking/CaseDetails';
import { ProvideInformationForm } from '../tracking/ProvideInformationForm';
import { ExtendCompletionWindowButton } from '../tracking/ExtendCompletionWindowButton';
import { PUBLIC_CASE, type CaseCredentials, type PublicCaseView } from '../tracking/public-case';

/** What the confirmation page hands over: the radicado, so only the code remains to be typed. */
export interface TrackingState {
  readonly radicado: string;
}

function radicadoFrom(state: unknown): string {
  return typeof state === 'object' &&
    state !== null &&
    'radicado' in state &&
    typeof state.radicado === 'string'
    ? state.radicado
    : '';
}

const NOT_FOUND =
  'No encontramos una solicitud con ese radicado y ese código de consulta. Revise los dos datos e intente de nuevo.';

type Outcome =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'found';
      readonly found: PublicCaseView;
      readonly credentials: CaseCredentials;
      readonly provided: boolean;
    }
  | { readonly kind: 'refused'; readonly message: string };

export function TrackingPage() {
  usePageTitle('Consultar mi solicitud');
  const portal = usePortal();
  const client = useClient();
  const { state } = useLocation();
  const [radicado, setRadicado] = useState(() => radicadoFrom(state));
  const [accessCode, setAccessCode] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const refusal = useRef<HTMLDivElement>(null);
  const providedMessage = useRef<HTMLDivElement>(null);

  const problems = attempted ? trackingProblems(radicado, accessCode) : {};

  useEffect(() => {
    if (outcome.kind === 'found' && outcome.provided) providedMessage.current?.focus();
    else if (outcome.kind === 'found') resultHeading.current?.focus();
    else if (outcome.kind === 'refused') refusal.current?.focus();
  }, [outcome]);

  async function ask(event: FormEvent) {
    event.preventDefault();
    if (asking) return;
    setAttempted(true);
    const found = trackingProblems(radicado, accessCode);
    if (found.radicado) return document.getElementById('consulta-radicado')?.focus();
    if (found.accessCode) return document.getElementById('consulta-codigo')?.focus();
    const credentials = { radicado: normaliseRadicado(radicado), accessCode: compactAccessCode(accessCode) };
    setAsking(true);
    setOutcome({ kind: 'none' });
    const result = await client
      .query(PUBLIC_CASE, credentials, { requestPolicy: 'network-only' })
      .toPromise();
    setAsking(false);
    const publicCase = result.data?.publicCase;
    if (publicCase) {
      setOutcome({ kind: 'found', found: publicCase, credentials, provided: false });
      return;
    }
    if (result.error) {
      const failure = ruleErrorOf(result.error, NOT_FOUND);
      setOutcome({ kind: 'refused', message: failure?.message ?? NOT_FOUND });
      return;
    }
    setOutcome({ kind: 'refused', message: NOT_FOUND });
  }

  const fieldMessage = (message: string | undefined) => ({
    error: Boolean(message),
    helperText: message,
  });

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h4" component="h1" tabIndex={-1} gutterBottom>
          Consultar mi solicitud
        </Typography>
        <Typography>
          Escriba el número de radicado y el código de consulta que recibió al radicar. Con ellos puede ver el
          estado, aportar la información que le pidamos y leer la respuesta.
        </Typography>
      </Box>
      <Stack
        component="form"
        noValidate
        onSubmit={ask}
        spacing={2}
        aria-label="Consultar una solicitud"
        sx={{ maxWidth: 520 }}
      >
        <TextField
          id="consulta-radicado"
          required
          label="Número de radicado"
          value={radicado}
          onChange={(event) => setRadicado(event.target.value)}
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, maxLength: 40 }, formHelperText: { role: 'alert' } }}
          {...fieldMessage(problems.radicado)}
          helperText={problems.radicado ?? 'Por ejemplo, PQRS-2026-000123.'}
        />
        <TextField
          id="consulta-codigo"
          required
          label="Código de consulta"
          value={accessCode}
          onChange={(event) => setAccessCode(event.target.value)}
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, maxLength: 40 }, formHelperText: { role: 'alert' } }}
          {...fieldMessage(problems.accessCode)}
          helperText={problems.accessCode ?? '16 letras y números, con o sin guiones: XXXX-XXXX-XXXX-XXXX.'}
        />
        <Box>
          <Button type="submit" variant="contained">
            {asking ? 'Consultando…' : 'Consultar'}
          </Button>
        </Box>
      </Stack>

      {outcome.kind === 'refused' && (
        <Alert severity="error" role="alert" ref={refusal} tabIndex={-1} data-testid="tracking-refusal">
          {outcome.message}
        </Alert>
      )}

      {outcome.kind === 'found' && (
        <Box component="section" aria-labelledby="estado-solicitud">
          <Typography
            id="estado-solicitud"
            ref={resultHeading}
            tabIndex={-1}
            variant="h5"
            component="h2"
            gutterBottom
          >
            Estado de su solicitud
          </Typography>
          {outcome.provided && (
            <Alert
              severity="success"
              role="status"
              ref={providedMessage}
              tabIndex={-1}
              sx={{ mb: 2 }}
              data-testid="information-provided"
            >
              Recibimos la información que aportó. El plazo para responderle vuelve a contar desde el día
              hábil siguiente.
            </Alert>
          )}
          <CaseDetails found={outcome.found} credentials={outcome.credentials}>
            <ExtendCompletionWindowButton
              found={outcome.found}
              credentials={outcome.credentials}
              onExtended={(updated) =>
                setOutcome({
                  kind: 'found',
                  found: updated,
                  credentials: outcome.credentials,
                  provided: false,
                })
              }
            />
            <ProvideInformationForm
              credentials={outcome.credentials}
              limits={portal}
              onProvided={(updated) =>
                setOutcome({
                  kind: 'found',
                  found: updated,
                  credentials: outcome.credentials,
                  provided: true,
                })
              }
            />
          </CaseDetails>
        </Box>
      )}
    </Stack>
  );
}
