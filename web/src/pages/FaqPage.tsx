// Preguntas frecuentes: search the published entries (tolerant of typos and missing accents), list every
// entry with its status (drafts too) and, for the roles that write them, create a new one. Each entry
// opens its content, steps and history of versions (/preguntas-frecuentes/:id).
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { mayAsk } from '../logic/domain-permissions';
import { useSession } from '../session/session';
import { FaqEntriesGrid } from './faq/FaqEntriesGrid';
import { FaqSearch } from './faq/FaqSearch';
import { NewFaqEntry } from './faq/NewFaqEntry';

export function FaqPage() {
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const mayCreate = mayAsk(user?.roles ?? [], 'CreateFaqEntry');
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Preguntas frecuentes
      </Typography>
      {mayCreate && !creating && (
        <Button variant="contained" sx={{ mb: 3 }} onClick={() => setCreating(true)}>
          Nueva entrada
        </Button>
      )}
      {mayCreate && creating && <NewFaqEntry onClose={() => setCreating(false)} />}
      <FaqSearch />
      <FaqEntriesGrid />
    </>
  );
}
