// A case replayed from the log: its history gives the instants events were recorded at; a slider steps
// through them, and the panel shows the case as it stood at the chosen one (caseHistory with asOf: the
// server folds the events recorded up to it) and the events up to it, with who and when.
import {
  Alert,
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Slider,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { Role } from '../../graphql/generated/graphql';
import {
  caseStateRows,
  formatAuditInstant,
  historyEventLabel,
  normalizeRadicado,
  replayInstants,
  replayMarks,
  replayStepText,
} from '../../logic/audit';
import { ROLE_LABELS } from '../../logic/roles';

const CASE_INSTANTS = graphql(`
  query CaseReplayInstants($radicado: String!) {
    caseHistory(radicado: $radicado) {
      radicado
      events {
        id
        stream
        type
        recordedAt
      }
    }
  }
`);

const CASE_AS_OF = graphql(`
  query CaseReplayAsOf($radicado: String!, $asOf: DateTime!) {
    caseHistory(radicado: $radicado, asOf: $asOf) {
      radicado
      asOf
      state
      events {
        id
        stream
        type
        revision
        occurredAt
        recordedAt
        actor {
          id
          username
          role
        }
      }
    }
  }
`);

export function CaseReplay({
  radicado,
  names,
  onRadicadoChange,
}: {
  /** The case being replayed ('' for none), as the URL holds it. */
  readonly radicado: string;
  readonly names: ReadonlyMap<string, string>;
  readonly onRadicadoChange: (radicado: string) => void;
}) {
  // Keyed by the radicado where it is used: a case chosen elsewhere (a row of the search) starts afresh.
  const [draft, setDraft] = useState(radicado);

  function submit(event: FormEvent) {
    event.preventDefault();
    onRadicadoChange(normalizeRadicado(draft));
  }

  return (
    <>
      <Box component="form" noValidate onSubmit={submit} aria-label="Reproducir un caso" sx={{ mb: 2 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            label="Radicado del caso"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="PQRS-2026-000001"
            sx={{ minWidth: 240 }}
          />
          <Button type="submit" variant="contained" disabled={draft.trim() === ''}>
            Cargar historial
          </Button>
        </Stack>
      </Box>
      {radicado !== '' && <ReplayOfCase key={radicado} radicado={radicado} names={names} />}
    </>
  );
}

function ReplayOfCase({
  radicado,
  names,
}: {
  readonly radicado: string;
  readonly names: ReadonlyMap<string, string>;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: CASE_INSTANTS,
    variables: { radicado },
    requestPolicy: 'network-only',
  });
  const events = data?.caseHistory.events ?? [];
  const instants = replayInstants(events);
  // Until staff move the slider, the latest instant: the case as it stands.
  const [chosen, setChosen] = useState<number | null>(null);
  const step = chosen === null ? instants.length - 1 : Math.min(chosen, instants.length - 1);

  if (error)
    return (
      <Alert severity="error">
        {error.graphQLErrors[0]?.message ?? 'No fue posible consultar el historial del caso.'}
      </Alert>
    );
  if (fetching && !data)
    return <Typography role="status">Consultando el historial de {radicado}…</Typography>;
  if (instants.length === 0)
    return <Alert severity="info">El caso {radicado} no tiene eventos registrados.</Alert>;

  return (
    <Box data-testid="case-replay">
      <Typography id="replay-slider-label" gutterBottom>
        Instante del historial de {radicado} ({instants.length}{' '}
        {instants.length === 1 ? 'instante registrado' : 'instantes registrados'})
      </Typography>
      {instants.length > 1 ? (
        <Box sx={{ px: { xs: 6, sm: 8 }, pb: 2 }}>
          <Slider
            aria-labelledby="replay-slider-label"
            value={step}
            min={0}
            max={instants.length - 1}
            step={1}
            marks={replayMarks(instants)}
            onChange={(_event, value) => setChosen(value as number)}
            getAriaValueText={(value) => replayStepText(instants, value, events)}
            valueLabelDisplay="auto"
            valueLabelFormat={(value) => formatAuditInstant(instants[value] ?? '')}
          />
        </Box>
      ) : null}
      <Typography data-testid="replay-step" aria-live="polite" sx={{ mb: 2 }}>
        {replayStepText(instants, step, events)}
      </Typography>
      <CaseAsOf radicado={radicado} asOf={instants[step]!} names={names} />
    </Box>
  );
}

function CaseAsOf({
  radicado,
  asOf,
  names,
}: {
  readonly radicado: string;
  readonly asOf: string;
  readonly names: ReadonlyMap<string, string>;
}) {
  const [{ data, fetching, error }] = useQuery({ query: CASE_AS_OF, variables: { radicado, asOf } });
  if (error)
    return (
      <Alert severity="error">
        {error.graphQLErrors[0]?.message ?? 'No fue posible reproducir el caso en ese instante.'}
      </Alert>
    );
  // The answer for another instant is still on screen while this one loads: say which it is.
  const history = data?.caseHistory;
  if (!history) return <Typography role="status">Reproduciendo el caso…</Typography>;
  const rows = caseStateRows(history.state, names);
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={4} aria-busy={fetching}>
      <Box sx={{ flex: 1 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          El caso el {formatAuditInstant(history.asOf ?? asOf)}
        </Typography>
        <Box
          component="dl"
          data-testid="replay-state"
          sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
        >
          {rows.map((row) => (
            <Box key={row.label} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ fontWeight: 600 }}>
                {row.label}
              </Box>
              <Box
                component="dd"
                sx={{ m: 0 }}
                data-testid={row.label === 'Estado' ? 'replay-status' : undefined}
              >
                {row.value}
              </Box>
            </Box>
          ))}
        </Box>
      </Box>
      <Box sx={{ flex: 1 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          Eventos hasta ese instante
        </Typography>
        <List dense component="ol" aria-label="Eventos hasta ese instante" data-testid="replay-events">
          {history.events.map((event) => (
            <ListItem key={event.id} component="li" disableGutters>
              <ListItemText
                primary={historyEventLabel(event)}
                secondary={`${formatAuditInstant(event.recordedAt)} · ${names.get(event.actor.id) ?? event.actor.username ?? event.actor.id} (${ROLE_LABELS[event.actor.role as Role] ?? event.actor.role})`}
              />
            </ListItem>
          ))}
        </List>
      </Box>
    </Stack>
  );
}
