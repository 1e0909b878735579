// Preguntas frecuentes: the entries the office has published, each a question that opens its answer, and
// a search over them (the server finds the best matches, tolerant of accents and small typos).
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import { FaqEntryDisclosure } from '../common/FaqEntryDisclosure';
import { usePageTitle } from '../common/page-title';

const PUBLIC_FAQ = graphql(`
  query PublicFaq($text: String, $first: Int) {
    publicFaq(text: $text, first: $first) {
      id
      question
      answer
      category
    }
  }
`);

export function FaqPage() {
  usePageTitle('Preguntas frecuentes');
  const [draft, setDraft] = useState('');
  const [applied, setApplied] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: PUBLIC_FAQ,
    variables: { text: applied === '' ? null : applied, first: 50 },
  });

  function search(event: FormEvent) {
    event.preventDefault();
    setApplied(draft.trim());
  }

  const entries = data?.publicFaq ?? [];
  const summary = fetching
    ? 'Buscando…'
    : applied === ''
      ? `${entries.length === 1 ? 'Una pregunta publicada' : `${entries.length} preguntas publicadas`}.`
      : entries.length === 0
        ? `No encontramos preguntas sobre «${applied}».`
        : `${entries.length === 1 ? 'Una pregunta encontrada' : `${entries.length} preguntas encontradas`} para «${applied}».`;

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h4" component="h1" tabIndex={-1} gutterBottom>
          Preguntas frecuentes
        </Typography>
        <Typography>
          Respuestas a lo que más nos preguntan. Si no encuentra la suya, puede{' '}
          <RouterLink to="/ventanilla/radicar">radicar una solicitud</RouterLink>.
        </Typography>
      </Box>
      <Stack
        component="form"
        role="search"
        aria-label="Buscar en las preguntas frecuentes"
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        onSubmit={search}
        sx={{ alignItems: { sm: 'flex-start' } }}
      >
        <TextField
          id="preguntas-buscar"
          type="search"
          label="Buscar"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          helperText="Palabras de su pregunta, por ejemplo «certificado»."
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="contained" sx={{ mt: { sm: 1 } }}>
          Buscar
        </Button>
      </Stack>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? 'No fue posible buscar.'}</Alert>}
      <Typography role="status" data-testid="faq-summary">
        {summary}
      </Typography>
      <Stack spacing={1} component="section" aria-label="Preguntas">
        {entries.map((entry) => (
          <FaqEntryDisclosure key={entry.id} entry={entry} />
        ))}
      </Stack>
    </Stack>
  );
}
