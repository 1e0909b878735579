// The constancia de radicación, ready to print: the entity and office that received the PQRS, its
// radicado, when, what, who filed it, by which channel and who received it, the legal term and the due date. Printing hides the navigation and the buttons,
// leaving the constancia alone on the page.
import { Alert, Box, Button, GlobalStyles, Paper, Skeleton, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import { receiptLines, TERM_COUNTING_NOTE } from '../../logic/filing-receipt';

const FILING_RECEIPT = graphql(`
  query FilingReceipt($radicado: String!) {
    filingReceipt(radicado: $radicado) {
      entityName
      officeName
      radicado
      receivedAt
      kind
      subject
      dueDate
      termBusinessDays
      legalBasis
      channel
      receivedByName
      verbal
      reasons
      documents
      petitioner {
        id
        erased
        name
        documentType
        documentNumber
        email
        address
      }
    }
  }
`);

/** Whatever carries this class stays on screen but not on paper. */
export const SCREEN_ONLY = 'solo-pantalla';

const PRINT_STYLES = (
  <GlobalStyles
    styles={{
      '@media print': {
        [`header, nav, a[href="#contenido"], .${SCREEN_ONLY}`]: { display: 'none !important' },
        body: { backgroundColor: '#fff' },
        '#contenido': { padding: 0, maxWidth: 'none' },
        '[data-testid="filing-receipt"]': { border: 'none !important', padding: '0 !important' },
      },
    }}
  />
);

/** `actions` join the "Imprimir" button, on screen only. */
export function FilingReceiptView({
  radicado,
  accessCode = null,
  actions,
}: {
  readonly radicado: string;
  /** The code to follow the case on the Ventanilla virtual: printed right after filing, never again. */
  readonly accessCode?: string | null;
  readonly actions?: ReactNode;
}) {
  const [{ data, fetching, error }] = useQuery({ query: FILING_RECEIPT, variables: { radicado } });
  const receipt = data?.filingReceipt;
  if (error) return <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  if (!receipt)
    return fetching ? (
      <Skeleton variant="rectangular" height={320} aria-label="Cargando la constancia" />
    ) : null;
  return (
    <>
      {PRINT_STYLES}
      <Paper
        component="section"
        variant="outlined"
        aria-labelledby="constancia-title"
        data-testid="filing-receipt"
        sx={{ p: { xs: 2, sm: 4 }, maxWidth: 760 }}
      >
        <Typography variant="subtitle1" component="p" sx={{ fontWeight: 700 }}>
          {receipt.entityName}
        </Typography>
        <Typography variant="body1" component="p" gutterBottom>
          {receipt.officeName}
        </Typography>
        <Typography id="constancia-title" variant="h5" component="h2" sx={{ mt: 2, mb: 2 }}>
          Constancia de radicación
        </Typography>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '16rem 1fr' },
            columnGap: 2,
            rowGap: 1,
            m: 0,
          }}
        >
          {receiptLines(receipt).map((line) => (
            <Box key={line.label} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ fontWeight: 600 }}>
                {line.label}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {line.value}
              </Box>
            </Box>
          ))}
        </Box>
        <Typography variant="body2" sx={{ mt: 3 }}>
          {TERM_COUNTING_NOTE}
        </Typography>
        {accessCode ? (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="filing-access-code">
            Código de acceso: <strong>{accessCode}</strong>. Con el radicado y este código consulte el estado
            de su solicitud y lea la respuesta en {window.location.origin}/ventanilla/consulta. Guárdelo: no
            se volverá a mostrar.
          </Typography>
        ) : (
          <Typography variant="body2" sx={{ mt: 1 }}>
            Conserve este número de radicado para consultar el estado de su solicitud.
          </Typography>
        )}
      </Paper>
      <Stack direction="row" spacing={2} className={SCREEN_ONLY} sx={{ mt: 2 }}>
        <Button variant="contained" onClick={() => window.print()}>
          Imprimir
        </Button>
        {actions}
      </Stack>
    </>
  );
}
