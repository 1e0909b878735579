// "Revelar datos": an auditor (or administrator) asks to see in full a person shown masked, giving the
// reason that goes into the access log with the reveal.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import type { RevealPersonalDataMutation } from '../../graphql/generated/graphql';
import { REVEAL_REASON_MAX_LENGTH, revealReasonProblem } from '../../logic/personal-data';

const REVEAL_PERSONAL_DATA = graphql(`
  mutation RevealPersonalData($personId: ID!, $version: Int!, $reason: String!, $reference: String) {
    revealPersonalData(personId: $personId, version: $version, reason: $reason, reference: $reference) {
      id
      version
      name
      documentType
      documentNumber
      email
      phone
      address
      erased
      masked
    }
  }
`);

export type RevealedPerson = RevealPersonalDataMutation['revealPersonalData'];

export function RevealPersonalData({
  personId,
  version,
  reference,
  onRevealed,
}: {
  readonly personId: string;
  readonly version: number;
  /** The record the person is shown on (a radicado, an affiliation id). */
  readonly reference: string;
  readonly onRevealed: (person: RevealedPerson) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching, error }, reveal] = useMutation(REVEAL_PERSONAL_DATA);

  const submit = async () => {
    const found = revealReasonProblem(reason);
    setProblem(found);
    if (found) return;
    const result = await reveal({ personId, version, reason: reason.trim(), reference });
    if (result.data) {
      setOpen(false);
      onRevealed(result.data.revealPersonalData);
    }
  };

  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} sx={{ ml: 1 }}>
        Revelar datos
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="reveal-title" fullWidth>
        <DialogTitle id="reveal-title">Revelar datos personales</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            La consulta queda en el registro de accesos, con su usuario, la fecha y el motivo.
          </DialogContentText>
          {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
          <TextField
            label="Motivo de la consulta"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={problem !== null}
            helperText={problem ?? ' '}
            multiline
            minRows={2}
            fullWidth
            autoFocus
            slotProps={{ htmlInput: { maxLength: REVEAL_REASON_MAX_LENGTH } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancelar</Button>
          <Button variant="contained" onClick={() => void submit()} disabled={fetching}>
            Revelar
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
