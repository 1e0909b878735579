// Correo por revisar: the messages of the office's mailbox that Ventanilla could not radicate (no sender
// address, nothing in them, an automatic reply, a refusal), each with why, for a coordinator or an
// administrator to handle (radicate it by hand from Radicar, answer it, or take it for junk) and dismiss
// with what was done. The message itself stays in the mailbox's review folder.
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import { formatInstant } from '../logic/report-periods';
import { VISUALLY_HIDDEN } from '../public/common/visually-hidden';
import { DismissMailDialog, type MailToDismiss } from './mail-review/DismissMailDialog';

const MAIL_FOR_REVIEW = graphql(`
  query MailForReview {
    mailForReview {
      id
      receivedAt
      from
      subject
      reason
    }
  }
`);

export function MailReviewPage() {
  const [{ data, fetching, error }] = useQuery({
    query: MAIL_FOR_REVIEW,
    context: { additionalTypenames: ['MailForReview', 'MailReviewDismissal'] },
  });
  const [dismissing, setDismissing] = useState<MailToDismiss | null>(null);
  const messages = data?.mailForReview;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Correo por revisar
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Mensajes del buzón de correo de la oficina que no se pudieron radicar solos. Revise cada uno en la
        carpeta de revisión del buzón: radíquelo a mano si es una solicitud, y retírelo de esta lista diciendo
        qué se hizo.
      </Typography>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {fetching && !messages && <CircularProgress aria-label="Cargando el correo por revisar" />}
      {messages && messages.length === 0 && (
        <Alert severity="success" role="status">
          No hay correo por revisar.
        </Alert>
      )}
      {messages && messages.length > 0 && (
        <TableContainer>
          <Table size="small">
            <caption>
              {messages.length === 1 ? 'Un mensaje' : `${messages.length} mensajes`} por revisar, el más
              antiguo primero
            </caption>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  Llegó
                </TableCell>
                <TableCell component="th" scope="col">
                  Remitente
                </TableCell>
                <TableCell component="th" scope="col">
                  Asunto
                </TableCell>
                <TableCell component="th" scope="col">
                  Motivo
                </TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={VISUALLY_HIDDEN}>
                    Acción
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {messages.map((message) => (
                <TableRow key={message.id}>
                  <TableCell>
                    {message.receivedAt ? formatInstant(message.receivedAt) : 'Sin fecha'}
                  </TableCell>
                  <TableCell>{message.from ?? 'Sin remitente'}</TableCell>
                  <TableCell component="th" scope="row">
                    {message.subject ?? 'Sin asunto'}
                  </TableCell>
                  <TableCell>{message.reason}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => setDismissing(message)}
                      aria-label={`Retirar de la lista el mensaje «${message.subject ?? 'sin asunto'}»`}
                    >
                      Retirar
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {dismissing && <DismissMailDialog message={dismissing} onClose={() => setDismissing(null)} />}
    </>
  );
}
