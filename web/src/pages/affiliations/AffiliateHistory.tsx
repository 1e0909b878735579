// The affiliate's history on their page: the novelties reported on this affiliation and the applicant's
// other requests, newest first, each request by its number and a link to it.
import { Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { affiliateHistory, type HistoryNovelty, type HistoryRequest } from '../../logic/affiliations';

export function AffiliateHistory({
  novelties,
  otherRequests,
}: {
  readonly novelties: readonly HistoryNovelty[];
  readonly otherRequests: readonly HistoryRequest[];
}) {
  const entries = affiliateHistory(novelties, otherRequests);
  return (
    <Paper component="section" aria-labelledby="affiliate-history-title" sx={{ p: 2, mb: 3 }}>
      <Typography id="affiliate-history-title" variant="h5" component="h2" gutterBottom>
        Historial del afiliado
      </Typography>
      {entries.length === 0 ? (
        <Typography color="text.secondary">Sin novedades ni otras solicitudes.</Typography>
      ) : (
        <List dense data-testid="affiliate-history">
          {entries.map((entry) => (
            <ListItem key={entry.key} disableGutters>
              <ListItemText
                primary={
                  entry.requestId === null ? (
                    entry.what
                  ) : (
                    <Link component={RouterLink} to={`/afiliaciones/${encodeURIComponent(entry.requestId)}`}>
                      {entry.what}
                    </Link>
                  )
                }
                secondary={entry.on}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
