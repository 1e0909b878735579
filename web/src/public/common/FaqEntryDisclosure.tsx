// One published question with its answer behind it: a native <details>/<summary>, which every browser
// and screen reader opens and closes with the keyboard without any script of ours.
import { Box, Typography } from '@mui/material';

export interface PublicFaqEntryView {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly category: string;
}

export function FaqEntryDisclosure({ entry }: { readonly entry: PublicFaqEntryView }) {
  return (
    <Box
      component="details"
      data-testid="faq-entry"
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        '& > summary': { cursor: 'pointer', p: 1.5, fontWeight: 600 },
        '&[open] > summary': { borderBottom: 1, borderColor: 'divider' },
      }}
    >
      <summary>{entry.question}</summary>
      <Box sx={{ p: 1.5 }}>
        <Typography sx={{ whiteSpace: 'pre-line' }}>{entry.answer}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Tema: {entry.category}
        </Typography>
      </Box>
    </Box>
  );
}
