// Searching the published entries: words (accents and small typos do not matter) and, if wanted, a
// category; the most relevant first, each a link to the entry.
import { Alert, Box, Button, Chip, Link, List, ListItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

const FAQ_SEARCH = graphql(`
  query FaqSearch($search: String, $category: String, $first: Int!) {
    faq(search: $search, category: $category, first: $first) {
      score
      matchedTerms
      entry {
        id
        question
        answer
        category
        tags
      }
    }
  }
`);

const SEARCH_CONTEXT = { additionalTypenames: ['FaqEntry'] };

/** The first lines of an answer, so a result can be recognised without opening it. */
function excerpt(answer: string): string {
  return answer.length > 220 ? `${answer.slice(0, 220).trimEnd()}…` : answer;
}

export function FaqSearch() {
  const [draft, setDraft] = useState({ search: '', category: '' });
  const [applied, setApplied] = useState({ search: '', category: '' });
  const [{ data, fetching, error }] = useQuery({
    query: FAQ_SEARCH,
    variables: {
      search: applied.search.trim() || null,
      category: applied.category.trim() || null,
      first: 20,
    },
    context: SEARCH_CONTEXT,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setApplied(draft);
  }

  const results = data?.faq ?? [];
  return (
    <Box component="section" aria-labelledby="faq-search-title" sx={{ mb: 4 }}>
      <Typography id="faq-search-title" variant="h5" component="h2" gutterBottom>
        Buscar en las publicadas
      </Typography>
      <Stack
        component="form"
        role="search"
        aria-label="Buscar preguntas frecuentes"
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        onSubmit={submit}
        sx={{ mb: 2, alignItems: { sm: 'flex-start' } }}
      >
        <TextField
          label="Buscar"
          type="search"
          value={draft.search}
          onChange={(event) => setDraft((current) => ({ ...current, search: event.target.value }))}
          sx={{ minWidth: 320 }}
          helperText="Palabras de la pregunta, la categoría o las etiquetas"
        />
        <TextField
          label="Categoría (opcional)"
          value={draft.category}
          onChange={(event) => setDraft((current) => ({ ...current, category: event.target.value }))}
        />
        <Button type="submit" variant="contained" sx={{ mt: { sm: 1 } }}>
          Buscar
        </Button>
      </Stack>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? 'No fue posible buscar.'}</Alert>}
      <Typography role="status" variant="body2" color="text.secondary" data-testid="faq-search-count">
        {fetching
          ? 'Buscando…'
          : data
            ? `${results.length} ${results.length === 1 ? 'resultado' : 'resultados'}`
            : ''}
      </Typography>
      <List aria-label="Resultados de la búsqueda" data-testid="faq-search-results">
        {results.map(({ entry, matchedTerms }) => (
          <ListItem key={entry.id} divider disableGutters sx={{ display: 'block' }}>
            <Typography variant="h6" component="h3" sx={{ fontSize: '1.05rem' }}>
              <Link component={RouterLink} to={`/preguntas-frecuentes/${encodeURIComponent(entry.id)}`}>
                {entry.question}
              </Link>
            </Typography>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              {excerpt(entry.answer)}
            </Typography>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <Typography variant="body2" color="text.secondary">
                Categoría: {entry.category}
              </Typography>
              {entry.tags.map((tag) => (
                <Chip key={tag} label={tag} size="small" variant="outlined" />
              ))}
              {matchedTerms.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  Coincide: {matchedTerms.join(', ')}
                </Typography>
              )}
            </Stack>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
