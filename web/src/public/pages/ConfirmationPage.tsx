// What the citizen gets once their request is filed: the radicado, the access code (shown this once, so
// they are told to keep it), the legal term and its due date, the constancia in PDF and the way to follow
// the case. The data comes in this tab's history state from the filing form: nothing is stored, and a
// visit without it says there is nothing to show.
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import type { SubmitPublicPqrsMutation } from '../../graphql/generated/graphql';
import { formatDate, formatInstant } from '../../logic/report-periods';
import { usePageTitle } from '../common/page-title';
import { groupAccessCode } from '../logic/access-code';
import { businessDaysText } from '../logic/filing-texts';
import type { TrackingState } from './TrackingPage';
import { Fact } from '../common/Fact';

export interface ConfirmationState {
  readonly filing: SubmitPublicPqrsMutation['submitPublicPqrs'];
  readonly kindLabel: string;
}

function isConfirmationState(state: unknown): state is ConfirmationState {
  return typeof state === 'object' && state !== null && 'filing' in state && 'kindLabel' in state;
}

/** The constancia's address: the radicado and the code, which prove the right to it. */
export function constanciaHref(radicado: string, accessCode: string): string {
  return `/ventanilla/constancia.pdf?${new URLSearchParams({ radicado, code: accessCode }).toString()}`;
}

export function ConfirmationPage() {
  const { state } = useLocation();
  usePageTitle(isConfirmationState(state) ? 'Solicitud radicada' : 'Sin radicación para mostrar');
  if (!isConfirmationState(state))
    return (
      <Stack spacing={2}>
        <Typography variant="h4" component="h1" tabIndex={-1}>
          No hay una radicación para mostrar
        </Typography>
        <Typography>
          Esta página muestra el radicado y el código de consulta justo después de radicar, una sola vez. Si
          ya radicó, consulte su solicitud con esos datos.
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Button component={RouterLink} to="/ventanilla/consulta" variant="contained">
            Consultar mi solicitud
          </Button>
          <Button component={RouterLink} to="/ventanilla/radicar" variant="outlined">
            Radicar una solicitud
          </Button>
        </Stack>
      </Stack>
    );

  const { filing, kindLabel } = state;
  const tracking: TrackingState = { radicado: filing.radicado };
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1" tabIndex={-1} data-testid="confirmation-heading">
        Su solicitud quedó radicada
      </Typography>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Box component="dl" sx={{ m: 0 }}>
          <Fact label="Número de radicado" testId="filed-radicado">
            {filing.radicado}
          </Fact>
          <Fact label="Código de consulta" testId="filed-access-code">
            {groupAccessCode(filing.accessCode)}
          </Fact>
          <Fact label="Tipo de solicitud">{kindLabel}</Fact>
          <Fact label="Recibida el">{`${formatInstant(filing.receivedAt)} (hora de Bogotá)`}</Fact>
          <Fact label="Plazo para responder">{businessDaysText(filing.termBusinessDays)}</Fact>
          {filing.termRunsFrom && (
            <Fact label="El término corre desde" testId="filed-term-runs-from">
              {formatDate(filing.termRunsFrom)}
            </Fact>
          )}
          <Fact label="Fecha de vencimiento" testId="filed-due-date">
            {formatDate(filing.dueDate)}
          </Fact>
        </Box>
      </Paper>
      <Alert severity="warning" data-testid="access-code-warning">
        <strong>Guarde el código de consulta: no se lo volveremos a mostrar.</strong> Con el radicado y este
        código puede consultar su solicitud, aportar la información que le pidamos y leer la respuesta.
        Descargue la constancia o anótelo en un lugar seguro.
      </Alert>
      {filing.anonymous && (
        <Typography>
          Como la presentó de forma anónima, no le enviaremos la respuesta: léala en «Consultar», con el
          radicado y el código, a partir de la fecha de vencimiento o antes.
        </Typography>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Button
          component="a"
          href={constanciaHref(filing.radicado, filing.accessCode)}
          download={`constancia-${filing.radicado}.pdf`}
          variant="contained"
        >
          Descargar la constancia (PDF)
        </Button>
        <Button component={RouterLink} to="/ventanilla/consulta" state={tracking} variant="outlined">
          Consultar mi solicitud
        </Button>
      </Stack>
    </Stack>
  );
}
