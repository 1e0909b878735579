// What hangs from the case: the improvement actions formulated from it, and the published FAQ entries
// most alike to its subject and description (to answer with what the office already said).
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Link,
  List,
  ListItem,
  Paper,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useId } from 'react';
import type { CaseFaqSuggestionsQuery } from '../../graphql/generated/graphql';
import { ACTION_STATUS_LABELS } from '../../logic/improvement-action-board';
import { labelOf } from '../../logic/pqrs-labels';
import { formatDate } from '../../logic/report-periods';
import type { CaseDetail } from './CaseSummary';

export function CaseImprovementActions({ actions }: { readonly actions: CaseDetail['improvementActions'] }) {
  return (
    <Paper component="section" aria-labelledby="case-actions-title" sx={{ p: 2 }}>
      <Typography id="case-actions-title" variant="h5" component="h2" gutterBottom>
        Acciones de mejora
      </Typography>
      {actions.length === 0 ? (
        <Typography color="text.secondary">
          No se han formulado acciones de mejora a partir de este caso.
        </Typography>
      ) : (
        <List data-testid="case-improvement-actions" sx={{ p: 0 }}>
          {actions.map((action) => (
            <ListItem key={action.id} sx={{ display: 'block', px: 0 }}>
              <Link component={RouterLink} to={`/acciones/${action.id}`} sx={{ fontWeight: 600 }}>
                {action.action}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {labelOf(ACTION_STATUS_LABELS, action.status)} · fecha límite {formatDate(action.dueDate)} ·
                responsable{' '}
                {action.responsible
                  ? (action.responsible.fullName ?? action.responsible.username)
                  : '(usuario eliminado)'}
              </Typography>
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}

function Suggestion({
  entry,
}: {
  readonly entry: CaseFaqSuggestionsQuery['faqSuggestions'][number]['entry'];
}) {
  const id = useId();
  return (
    <Accordion disableGutters>
      {/* The accordion wraps its summary in an h3 of its own: the question is that heading. */}
      <AccordionSummary id={`${id}-summary`} aria-controls={`${id}-answer`}>
        <Typography component="span" variant="subtitle1">
          {entry.question}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id={`${id}-answer`}>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          Categoría: {entry.category}
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap' }}>{entry.answer}</Typography>
        <Link component={RouterLink} to={`/preguntas-frecuentes/${entry.id}`}>
          Ver la entrada completa
        </Link>
      </AccordionDetails>
    </Accordion>
  );
}

export function CaseFaqSuggestions({
  suggestions,
  error,
}: {
  readonly suggestions: CaseFaqSuggestionsQuery['faqSuggestions'] | undefined;
  readonly error: string | null;
}) {
  return (
    <Paper component="section" aria-labelledby="case-faq-title" sx={{ p: 2 }}>
      <Typography id="case-faq-title" variant="h5" component="h2" gutterBottom>
        Preguntas frecuentes sugeridas
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {suggestions && suggestions.length === 0 && (
        <Typography color="text.secondary">No hay entradas publicadas parecidas a este caso.</Typography>
      )}
      <div data-testid="case-faq-suggestions">
        {(suggestions ?? []).map(({ entry }) => (
          <Suggestion key={entry.id} entry={entry} />
        ))}
      </div>
    </Paper>
  );
}
