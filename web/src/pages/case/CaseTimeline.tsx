// The case's history as an ordered list, oldest first: what happened, what it said, who did it (and in
// which role) and when — when it happened and when the log recorded it.
import { Alert, Box, List, ListItem, Paper, Typography } from '@mui/material';
import type { CaseTimelineQuery } from '../../graphql/generated/graphql';
import { timelineEntryOf } from '../../logic/case-timeline';

export function CaseTimeline({
  events,
  error,
  userNames,
}: {
  readonly events: CaseTimelineQuery['caseHistory']['events'] | undefined;
  readonly error: string | null;
  readonly userNames: ReadonlyMap<string, string>;
}) {
  const entries = (events ?? []).map((event) => timelineEntryOf(event, userNames));
  return (
    <Paper component="section" aria-labelledby="case-timeline-title" sx={{ p: 2 }}>
      <Typography id="case-timeline-title" variant="h5" component="h2" gutterBottom>
        Historial
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <List component="ol" data-testid="case-timeline" sx={{ listStyle: 'none', p: 0 }}>
        {entries.map((entry) => (
          <ListItem
            key={entry.id}
            data-testid="timeline-entry"
            sx={{ display: 'block', borderLeft: 3, borderColor: 'primary.main', pl: 2, mb: 1.5 }}
          >
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
              {entry.title}
            </Typography>
            {entry.detail && (
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {entry.detail}
              </Typography>
            )}
            <Box component="p" sx={{ m: 0, color: 'text.secondary', fontSize: '0.875rem' }}>
              <span data-testid="timeline-who">{entry.who}</span> · ocurrió el{' '}
              <span data-testid="timeline-occurred">{entry.occurredAt}</span> · registrado el{' '}
              <span data-testid="timeline-recorded">{entry.recordedAt}</span>
            </Box>
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
