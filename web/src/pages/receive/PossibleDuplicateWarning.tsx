// The warning under the petitioner's document: the same person filed a similar subject in the last five
// business days (possibleDuplicates). Asked once staff pause typing, only when the document and the
// subject are both filled; it informs and never blocks the filing.
import { Alert, Stack } from '@mui/material';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import { useDebouncedValue } from '../../public/common/debounced-value';

const POSSIBLE_DUPLICATES = graphql(`
  query PossibleDuplicates($documentType: String!, $documentNumber: String!, $subject: String!) {
    possibleDuplicates(documentType: $documentType, documentNumber: $documentNumber, subject: $subject) {
      radicado
      message
    }
  }
`);

/** Long enough that a document number typed digit by digit is asked once. */
const PAUSE_MS = 600;
const DOCUMENT_NUMBER = /^[0-9A-Za-z.-]{3,30}$/;

export function PossibleDuplicateWarning({
  documentType,
  documentNumber,
  subject,
}: {
  readonly documentType: string;
  readonly documentNumber: string;
  readonly subject: string;
}) {
  // A string settles, not an object: a new object at every render would restart the pause forever.
  const settledKey = useDebouncedValue(
    JSON.stringify([documentType.trim(), documentNumber.trim(), subject.trim()]),
    PAUSE_MS,
  );
  const settled = useMemo(() => {
    const [type, number, text] = JSON.parse(settledKey) as [string, string, string];
    return { documentType: type, documentNumber: number, subject: text };
  }, [settledKey]);
  const ready =
    settled.documentType !== '' &&
    DOCUMENT_NUMBER.test(settled.documentNumber) &&
    settled.subject !== '' &&
    settled.subject.length <= 300;
  const [{ data }] = useQuery({ query: POSSIBLE_DUPLICATES, variables: settled, pause: !ready });
  const found = ready ? (data?.possibleDuplicates ?? []) : [];
  if (found.length === 0) return null;
  return (
    <Stack spacing={1} data-testid="possible-duplicates" role="status">
      {found.map((duplicate) => (
        <Alert key={duplicate.radicado} severity="warning">
          {duplicate.message}
        </Alert>
      ))}
    </Stack>
  );
}
