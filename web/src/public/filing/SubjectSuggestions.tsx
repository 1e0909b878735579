// While the citizen writes the subject, the published FAQ entries that match it, in case one already
// answers the question: only those above the relevance threshold staff's suggestions use (`suggest`), so a
// subject that shares one common word with an entry shows nothing. Asked once typing pauses; screen readers
// hear how many there are, not the list.
import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import { FaqEntryDisclosure } from '../common/FaqEntryDisclosure';
import { useDebouncedValue } from '../common/debounced-value';
import { VISUALLY_HIDDEN } from '../common/visually-hidden';

const FAQ_SUGGESTIONS = graphql(`
  query PublicFaqSuggestions($text: String, $first: Int) {
    publicFaq(text: $text, first: $first, suggest: true) {
      id
      question
      answer
      category
    }
  }
`);

/** Fewer letters than this say too little to search by. */
const MINIMUM_LETTERS = 4;
const PAUSE_MS = 400;

export function SubjectSuggestions({ subject }: { readonly subject: string }) {
  const text = useDebouncedValue(subject.trim(), PAUSE_MS);
  const [{ data }] = useQuery({
    query: FAQ_SUGGESTIONS,
    variables: { text, first: 3 },
    pause: text.length < MINIMUM_LETTERS,
  });
  const entries = text.length < MINIMUM_LETTERS ? [] : (data?.publicFaq ?? []);
  const count =
    entries.length === 0
      ? ''
      : entries.length === 1
        ? 'Hay una pregunta frecuente que quizá responde su inquietud, debajo del asunto.'
        : `Hay ${entries.length} preguntas frecuentes que quizá responden su inquietud, debajo del asunto.`;
  return (
    <>
      <Box role="status" sx={VISUALLY_HIDDEN}>
        {count}
      </Box>
      {entries.length > 0 && (
        <Box component="section" aria-labelledby="sugerencias-titulo" data-testid="faq-suggestions">
          <Typography id="sugerencias-titulo" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            ¿Su inquietud es alguna de estas?
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            Si la respuesta le sirve, no necesita radicar. Si no, siga con el formulario.
          </Typography>
          <Stack spacing={1}>
            {entries.map((entry) => (
              <FaqEntryDisclosure key={entry.id} entry={entry} />
            ))}
          </Stack>
        </Box>
      )}
    </>
  );
}
