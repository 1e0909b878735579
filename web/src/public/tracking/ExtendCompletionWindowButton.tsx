// The citizen asks, before the window to complete ends, for its one extension "hasta por un término igual"
// (Ley 1755 de 2015, art. 17). The office records it as asked now; the page then shows the new last day.
import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import { formatDate } from '../../logic/report-periods';
import { ruleErrorOf } from '../../logic/rule-errors';
import type { CaseCredentials, PublicCaseView } from './public-case';

const EXTEND_PUBLIC_COMPLETION_WINDOW = graphql(`
  mutation ExtendPublicCompletionWindow($radicado: String!, $accessCode: String!) {
    extendPublicCompletionWindow(radicado: $radicado, accessCode: $accessCode) {
      ...PublicCaseFields
    }
  }
`);

interface Props {
  readonly found: PublicCaseView;
  readonly credentials: CaseCredentials;
  readonly onExtended: (updated: PublicCaseView) => void;
}

export function ExtendCompletionWindowButton({ found, credentials, onExtended }: Props) {
  const [{ fetching }, extend] = useMutation(EXTEND_PUBLIC_COMPLETION_WINDOW);
  const [problem, setProblem] = useState<string | null>(null);
  if (!found.awaitingInformation || !found.completeBy) return null;
  if (found.completionWindowExtended) {
    return (
      <Typography variant="body2" sx={{ mb: 2 }} data-testid="completion-window-extended">
        Ya pidió la prórroga: tiene hasta el {formatDate(found.completeBy)} para aportar lo que falta.
      </Typography>
    );
  }

  async function ask() {
    if (fetching) return;
    setProblem(null);
    const result = await extend(credentials);
    if (result.data?.extendPublicCompletionWindow) {
      onExtended(result.data.extendPublicCompletionWindow);
      return;
    }
    setProblem(
      ruleErrorOf(result.error, 'No fue posible pedir la prórroga. Intente de nuevo.')?.message ?? null,
    );
  }

  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Si necesita más tiempo, puede pedir hasta el {formatDate(found.completeBy)} una prórroga por un
        término igual (una sola vez).
      </Typography>
      <Button
        variant="outlined"
        onClick={() => void ask()}
        disabled={fetching}
        data-testid="extend-completion-window"
      >
        Pedir prórroga del plazo
      </Button>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
    </Box>
  );
}
