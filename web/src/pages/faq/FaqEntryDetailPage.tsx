// One FAQ entry: its current content and status, the steps the user's role may take on it now (edit,
// publish, retire with a reason), and its history of versions from the event log — who changed what,
// in which role, and when.
import { Alert, Box, Button, Chip, CircularProgress, Link, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { FaqEntryStatus } from '../../graphql/generated/graphql';
import { FAQ_ENTRY_STATUS_LABELS, faqDraftOf, faqEntrySteps, faqUpdateInput } from '../../logic/faq-entries';
import { formatInstant } from '../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../logic/rule-errors';
import { useSession } from '../../session/session';
import { Facts } from '../steps/Facts';
import { StepForm } from '../steps/StepForm';
import { FaqEntryForm } from './FaqEntryForm';
import { FaqHistory } from './FaqHistory';

const FAQ_ENTRY_DETAIL = graphql(`
  query FaqEntryDetail($id: ID!) {
    faqEntry(id: $id) {
      id
      revision
      version
      status
      question
      answer
      category
      tags
      linkedRadicados
      createdAt
      publishedAt
      retiredAt
      retiredReason
      updatedAt
      createdBy {
        username
        fullName
      }
      updatedBy {
        username
        fullName
      }
    }
  }
`);

const FAQ_UPDATE_ENTRY = graphql(`
  mutation FaqUpdateEntry($id: ID!, $expectedRevision: Int, $input: UpdateFaqEntryInput!) {
    updateFaqEntry(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      version
    }
  }
`);

const FAQ_PUBLISH_ENTRY = graphql(`
  mutation FaqPublishEntry($id: ID!, $expectedRevision: Int) {
    publishFaqEntry(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
      status
    }
  }
`);

const FAQ_RETIRE_ENTRY = graphql(`
  mutation FaqRetireEntry($id: ID!, $expectedRevision: Int, $reason: String!) {
    retireFaqEntry(id: $id, expectedRevision: $expectedRevision, reason: $reason) {
      id
      revision
      status
    }
  }
`);

type Step = 'edit' | 'retire' | null;

export function FaqEntryDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: FAQ_ENTRY_DETAIL, variables: { id } });
  const [, update] = useMutation(FAQ_UPDATE_ENTRY);
  const [publishing, publish] = useMutation(FAQ_PUBLISH_ENTRY);
  const [, retire] = useMutation(FAQ_RETIRE_ENTRY);
  const [open, setOpen] = useState<Step>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<RuleError | null>(null);

  const entry = data?.faqEntry;
  if (!entry) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          Pregunta frecuente
        </Typography>
        <BackLink />
        {fetching && <CircularProgress aria-label="Cargando la entrada" />}
        {error && (
          <Alert severity="error">
            {error.graphQLErrors[0]?.message ?? 'No fue posible consultar la entrada.'}
          </Alert>
        )}
      </>
    );
  }

  const status = entry.status as FaqEntryStatus;
  const steps = faqEntrySteps(user?.roles ?? [], status);
  const expectedRevision = entry.revision;
  const who = (person: { username: string; fullName?: string | null } | null | undefined) =>
    person ? (person.fullName ?? person.username) : 'un funcionario';

  function report(refusal: RuleError | null, success: string): RuleError | null {
    if (refusal === null) {
      setNotice(success);
      setOpen(null);
    }
    return refusal;
  }

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {entry.question}
      </Typography>
      <BackLink />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography component="span">Estado:</Typography>
        <Chip label={FAQ_ENTRY_STATUS_LABELS[status]} data-testid="faq-entry-status" />
        <Typography component="span">Versión {entry.version}</Typography>
      </Stack>
      {notice && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {failure && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {failure.message}
        </Alert>
      )}

      {(steps.edit || steps.publish || steps.retire) && open === null && (
        <Stack direction="row" spacing={1} sx={{ mb: 3 }}>
          {steps.edit && (
            <Button variant="outlined" onClick={() => setOpen('edit')}>
              Editar
            </Button>
          )}
          {steps.publish && (
            <Button
              variant="contained"
              disabled={publishing.fetching}
              onClick={async () => {
                setNotice(null);
                const result = await publish({ id, expectedRevision });
                setFailure(
                  report(
                    ruleErrorOf(result.error, 'No fue posible publicar la entrada.'),
                    'Entrada publicada.',
                  ),
                );
              }}
            >
              Publicar
            </Button>
          )}
          {steps.retire && (
            <Button color="error" onClick={() => setOpen('retire')}>
              Retirar
            </Button>
          )}
        </Stack>
      )}
      {open === 'edit' && (
        <Paper component="section" aria-labelledby="edit-faq-title" sx={{ p: 2, mb: 3 }}>
          <Typography id="edit-faq-title" variant="h5" component="h2" gutterBottom>
            Editar la entrada
          </Typography>
          <FaqEntryForm
            initial={faqDraftOf(entry)}
            submitLabel="Guardar la versión nueva"
            onCancel={() => setOpen(null)}
            onSubmit={async (draft) => {
              setNotice(null);
              const changes = faqUpdateInput(entry, draft);
              if (Object.keys(changes).length === 0) {
                setOpen(null);
                setNotice('No hubo cambios: la entrada sigue igual.');
                return null;
              }
              const result = await update({ id, expectedRevision, input: changes });
              return report(
                ruleErrorOf(result.error, 'No fue posible guardar la entrada.'),
                'Versión nueva guardada.',
              );
            }}
          />
        </Paper>
      )}
      {open === 'retire' && (
        <Paper component="section" aria-labelledby="retire-faq-title" sx={{ p: 2, mb: 3 }}>
          <Typography id="retire-faq-title" variant="h5" component="h2" gutterBottom>
            Retirar la entrada
          </Typography>
          <StepForm
            title="Retirar la entrada"
            fields={[
              {
                name: 'reason',
                label: 'Motivo del retiro',
                requiredMessage: 'Indique por qué se retira la entrada.',
                helperText: 'Queda en el historial.',
              },
            ]}
            submitLabel="Retirar la entrada"
            onCancel={() => setOpen(null)}
            onSubmit={async ({ reason = '' }) => {
              setNotice(null);
              const result = await retire({ id, expectedRevision, reason });
              return report(
                ruleErrorOf(result.error, 'No fue posible retirar la entrada.'),
                'Entrada retirada.',
              );
            }}
          />
        </Paper>
      )}

      <Paper component="section" aria-labelledby="faq-answer-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="faq-answer-title" variant="h5" component="h2" gutterBottom>
          Respuesta
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap', mb: 2 }} data-testid="faq-entry-answer">
          {entry.answer}
        </Typography>
        <Facts
          facts={[
            ['Categoría', entry.category],
            ['Etiquetas', entry.tags.length > 0 ? entry.tags.join(', ') : 'Sin etiquetas'],
            [
              'Radicados vinculados',
              entry.linkedRadicados.length > 0 ? entry.linkedRadicados.join(', ') : 'Ninguno',
            ],
            ['Creada', `${formatInstant(entry.createdAt)} por ${who(entry.createdBy)}`],
            ['Último cambio', `${formatInstant(entry.updatedAt)} por ${who(entry.updatedBy)}`],
            ...(entry.publishedAt ? [['Publicada', formatInstant(entry.publishedAt)] as const] : []),
            ...(entry.retiredAt
              ? [['Retirada', `${formatInstant(entry.retiredAt)}: ${entry.retiredReason ?? ''}`] as const]
              : []),
          ]}
        />
      </Paper>

      <Box component="section" aria-labelledby="faq-history-title">
        <Typography id="faq-history-title" variant="h5" component="h2" gutterBottom>
          Historial de versiones
        </Typography>
        <FaqHistory id={id} />
      </Box>
    </>
  );
}

function BackLink() {
  return (
    <Link component={RouterLink} to="/preguntas-frecuentes" sx={{ display: 'inline-block', mb: 2 }}>
      Volver a las preguntas frecuentes
    </Link>
  );
}
