// Bandeja: the cases, filtered and ordered as the address bar says (so a view can be bookmarked), paged
// from the server, each with its semáforo. "Mis casos" shows the ones assigned to whoever is signed in.
import { Typography } from '@mui/material';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  changeInboxView,
  inboxSearchOf,
  mayFilterByAssignee,
  parseInboxView,
  type InboxView,
} from '../logic/inbox-view';
import { useSession } from '../session/session';
import { inboxSearchTextOf } from '../logic/person-search';
import { InboxFilters } from './inbox/InboxFilters';
import { InboxGrid } from './inbox/InboxGrid';
import { InboxExportButton } from './inbox/InboxExportButton';

export function InboxPage() {
  const { user } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseInboxView(searchParams.toString()), [searchParams]);

  // From the address as it is when the change applies, not as this render saw it: the table may report
  // its sort while another filter's change is still on its way.
  function change(patch: Partial<InboxView>) {
    setSearchParams((current) => inboxSearchOf(changeInboxView(parseInboxView(current.toString()), patch)));
  }

  if (!user) return null;
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        Bandeja
      </Typography>
      <InboxFilters
        view={view}
        onChange={change}
        assigneeChoice={mayFilterByAssignee(user.roles)}
        searchText={inboxSearchTextOf(user.roles)}
      />
      <InboxExportButton view={view} signedInUserId={user.id} />
      <InboxGrid view={view} signedInUserId={user.id} onSortChange={(sort) => change({ sort })} />
    </>
  );
}
