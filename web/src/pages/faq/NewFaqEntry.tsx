// Creating an entry: it starts as a draft, and its page opens to publish it or go on editing.
import { Paper, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import { EMPTY_FAQ_DRAFT, faqContentOf } from '../../logic/faq-entries';
import { ruleErrorOf } from '../../logic/rule-errors';
import { FaqEntryForm } from './FaqEntryForm';

const FAQ_CREATE_ENTRY = graphql(`
  mutation FaqCreateEntry($input: CreateFaqEntryInput!) {
    createFaqEntry(input: $input) {
      id
      status
      version
    }
  }
`);

export function NewFaqEntry({ onClose }: { readonly onClose: () => void }) {
  const [, create] = useMutation(FAQ_CREATE_ENTRY);
  const navigate = useNavigate();
  return (
    <Paper component="section" aria-labelledby="new-faq-entry-title" sx={{ p: 2, mb: 4 }}>
      <Typography id="new-faq-entry-title" variant="h5" component="h2" gutterBottom>
        Nueva entrada
      </Typography>
      <FaqEntryForm
        initial={EMPTY_FAQ_DRAFT}
        submitLabel="Guardar como borrador"
        onCancel={onClose}
        onSubmit={async (draft) => {
          const result = await create({ input: faqContentOf(draft) });
          const refusal = ruleErrorOf(result.error, 'No fue posible crear la entrada.');
          if (refusal === null && result.data)
            navigate(`/preguntas-frecuentes/${encodeURIComponent(result.data.createFaqEntry.id)}`);
          return refusal;
        }}
      />
    </Paper>
  );
}
