// The history of an entry as the event log recorded it, oldest first: each step's name and version, who
// did it in which role and when, what it changed, and the new wording of what changed.
import { Alert, List, ListItem, Typography } from '@mui/material';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { Role } from '../../graphql/generated/graphql';
import { historyStepChange, historyStepTitle } from '../../logic/faq-entries';
import { formatInstant } from '../../logic/report-periods';
import { ROLE_LABELS } from '../../logic/roles';

const FAQ_ENTRY_HISTORY = graphql(`
  query FaqEntryVersions($id: ID!) {
    faqEntryHistory(id: $id) {
      eventId
      type
      version
      revision
      recordedAt
      changedFields
      reason
      question
      answer
      category
      tags
      linkedRadicados
      actor {
        id
        role
        username
      }
    }
  }
`);

/** A step's history must follow the entry's own changes. */
const HISTORY_CONTEXT = { additionalTypenames: ['FaqEntry'] };

const NEW_WORDING_LABELS: Readonly<Record<string, string>> = {
  question: 'Pregunta',
  answer: 'Respuesta',
  category: 'Categoría',
  tags: 'Etiquetas',
  linkedRadicados: 'Radicados vinculados',
};

export function FaqHistory({ id }: { readonly id: string }) {
  const [{ data, error }] = useQuery({
    query: FAQ_ENTRY_HISTORY,
    variables: { id },
    context: HISTORY_CONTEXT,
  });
  if (error)
    return (
      <Alert severity="error">
        {error.graphQLErrors[0]?.message ?? 'No fue posible consultar el historial.'}
      </Alert>
    );
  if (!data) return <Typography>Consultando el historial…</Typography>;
  return (
    <List component="ol" aria-label="Versiones de la entrada" data-testid="faq-history">
      {data.faqEntryHistory.map((step) => {
        const values: Readonly<Record<string, string>> = {
          question: step.question,
          answer: step.answer,
          category: step.category,
          tags: step.tags.join(', '),
          linkedRadicados: step.linkedRadicados.join(', '),
        };
        return (
          <ListItem key={step.eventId} divider disableGutters sx={{ display: 'block' }}>
            <Typography variant="h6" component="h3" sx={{ fontSize: '1rem' }}>
              {historyStepTitle(step)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formatInstant(step.recordedAt)} · {step.actor.username ?? step.actor.id} (
              {ROLE_LABELS[step.actor.role as Role] ?? step.actor.role})
            </Typography>
            <Typography>{historyStepChange(step)}</Typography>
            {step.type === 'FaqEntryUpdated' &&
              step.changedFields.map((field) => (
                <Typography key={field} variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {NEW_WORDING_LABELS[field] ?? field}, tras el cambio: {values[field] ?? ''}
                </Typography>
              ))}
          </ListItem>
        );
      })}
    </List>
  );
}
