// An improvement action's origin in words, its reference a link to where it can be seen (the case, the
// survey results, the indicators) when the person may open that screen.
import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ActionSourceKind } from '../../graphql/generated/graphql';
import { actionSourcePath } from '../../logic/action-source-link';
import { ACTION_SOURCE_LABELS } from '../../logic/improvement-action-board';
import { useSession } from '../../session/session';

export function ActionSourceText({ kind, reference }: { readonly kind: string; readonly reference: string }) {
  const { user } = useSession();
  const path = user ? actionSourcePath({ kind, reference }, user.roles) : null;
  return (
    <>
      {ACTION_SOURCE_LABELS[kind as ActionSourceKind] ?? kind} ·{' '}
      {path ? (
        <Link component={RouterLink} to={path}>
          {reference}
        </Link>
      ) : (
        reference
      )}
    </>
  );
}
