// The office's outbox under the bar of every screen: e-mails waiting because no mail server is configured
// (nothing is lost, they go once one is), and the notices that failed, with where to see them. The counts
// are read again whenever a step on a notice or a case is recorded (urql's document cache refetches a
// query whose typenames a mutation returns), so a postal dispatch takes its notice off the count at once.
import { Alert, Link, Stack } from '@mui/material';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { outboxWarnings } from '../logic/notices';
import { FAILED_NOTICES_PATH } from '../pages/FailedNoticesPage';
import { NOTIFICATION_OUTBOX } from '../pages/notices/notices-operations';

export function OutboxBanner() {
  // The outbox's own type is in no mutation's result: the notices' and the records' steps are.
  const context = useMemo(() => ({ additionalTypenames: ['Notice', 'Pqrs', 'Affiliation'] }), []);
  const [{ data }] = useQuery({ query: NOTIFICATION_OUTBOX, requestPolicy: 'cache-and-network', context });
  if (!data) return null;
  const warnings = outboxWarnings(data.notificationOutbox);
  if (!warnings.waiting && !warnings.failed) return null;
  return (
    // Dense: a warning under the bar, not a block that pushes the screen's own content out of view.
    <Stack spacing={1} sx={{ mb: 1.5, '& .MuiAlert-root': { py: 0 } }} data-testid="outbox-banner">
      {warnings.waiting && (
        <Alert severity="warning" data-testid="outbox-waiting">
          {warnings.waiting}
        </Alert>
      )}
      {warnings.failed && (
        <Alert severity="error" data-testid="outbox-failed">
          {warnings.failed}{' '}
          <Link component={RouterLink} to={FAILED_NOTICES_PATH}>
            Ver los avisos fallidos
          </Link>
        </Alert>
      )}
    </Stack>
  );
}
