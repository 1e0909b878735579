// What the portal is told once, at its opening, and every public page reads: the entity and office, the
// kinds a citizen may file with their explanation and term, the priority reasons, the habeas-data policy
// and its version, whether the proof of work is asked for, and the limits on attachments.
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import type { PublicPortalQuery } from '../graphql/generated/graphql';
import { NETWORK_FAILURE_MESSAGE } from '../logic/rule-errors';

const PUBLIC_PORTAL = graphql(`
  query PublicPortal {
    publicPortal {
      entityName
      officeName
      policyText
      policyVersion
      challengeRequired
      maxFileBytes
      maxFilesPerFiling
      maxTotalBytesPerFiling
      acceptedFileKinds
      kinds {
        kind
        label
        explanation
        termBusinessDays
        anonymousAllowed
      }
      priorityReasons {
        value
        label
      }
    }
  }
`);

export type Portal = PublicPortalQuery['publicPortal'];

interface PortalState {
  readonly portal: Portal | null;
  readonly failure: string | null;
  readonly retry: () => void;
}

const PortalContext = createContext<PortalState | null>(null);

/** Asks for the portal's settings once; the frame draws at once, the pages when they have arrived. */
export function PortalProvider({ children }: { readonly children: ReactNode }) {
  const [{ data, error }, reload] = useQuery({ query: PUBLIC_PORTAL, requestPolicy: 'cache-first' });
  const failure = error
    ? error.networkError
      ? NETWORK_FAILURE_MESSAGE
      : (error.graphQLErrors[0]?.message ?? 'No fue posible abrir la Ventanilla virtual.')
    : null;
  const state = useMemo<PortalState>(
    () => ({
      portal: data?.publicPortal ?? null,
      failure,
      retry: () => reload({ requestPolicy: 'network-only' }),
    }),
    [data, failure, reload],
  );
  return <PortalContext.Provider value={state}>{children}</PortalContext.Provider>;
}

function usePortalState(): PortalState {
  const state = useContext(PortalContext);
  if (!state) throw new Error('usePortal outside PortalProvider');
  return state;
}

/** The portal's settings, or null while they load (the frame's header and footer). */
export function usePortalIfLoaded(): Portal | null {
  return usePortalState().portal;
}

/** The portal's settings, inside a PortalGate. */
export function usePortal(): Portal {
  const { portal } = usePortalState();
  if (!portal) throw new Error('usePortal outside PortalGate');
  return portal;
}

/** Draws its children once the settings are there; says so while they load, or why they failed. */
export function PortalGate({ children }: { readonly children: ReactNode }) {
  const { portal, failure, retry } = usePortalState();
  if (portal) return children;
  if (failure)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={retry}>
            Reintentar
          </Button>
        }
      >
        {failure}
      </Alert>
    );
  return (
    <Box role="status" sx={{ display: 'flex', gap: 2, alignItems: 'center', p: 3 }}>
      <CircularProgress size={24} aria-hidden="true" />
      <Typography>Cargando la Ventanilla virtual…</Typography>
    </Box>
  );
}
