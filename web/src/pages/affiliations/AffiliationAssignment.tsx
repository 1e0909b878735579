// Assigning a request to the staff member who reviews it: a list of active staff who work cases and a
// button. Offered only to the roles that may assign (coordinators), while the request is undecided.
import { Alert, Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { assignableStaff, staffName } from '../../logic/affiliation-actions';
import type { RuleError } from '../../logic/rule-errors';
import { ASSIGNABLE_USERS } from '../case/case-operations';

export function AffiliationAssignment({
  currentAssigneeId,
  onAssign,
}: {
  readonly currentAssigneeId: string | null;
  /** Sends the assignment; resolves to the server's refusal, or null when it was done. */
  readonly onAssign: (assigneeId: string) => Promise<RuleError | null>;
}) {
  const [{ data, error, fetching }] = useQuery({ query: ASSIGNABLE_USERS });
  const [chosen, setChosen] = useState(currentAssigneeId ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<RuleError | null>(null);
  const staff = assignableStaff(data?.users ?? []);
  const missing =
    submitted && chosen === '' ? 'Seleccione el funcionario que revisa la solicitud.' : undefined;
  const fieldMessage = missing ?? (refusal?.field === 'assigneeId' ? refusal.message : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(null);
    if (chosen === '') return;
    setSending(true);
    try {
      setRefusal(await onAssign(chosen));
    } finally {
      setSending(false);
    }
  }

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Asignar la solicitud">
      <Stack spacing={2}>
        {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
        {refusal && refusal.field !== 'assigneeId' && <Alert severity="error">{refusal.message}</Alert>}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
          <TextField
            select
            required
            label="Funcionario que revisa"
            value={staff.some((member) => member.id === chosen) ? chosen : ''}
            onChange={(event) => setChosen(event.target.value)}
            error={Boolean(fieldMessage)}
            helperText={fieldMessage ?? (fetching ? 'Cargando funcionarios…' : undefined)}
            sx={{ minWidth: 320 }}
            size="small"
          >
            {staff.map((member) => (
              <MenuItem key={member.id} value={member.id}>
                {staffName(member)}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="contained" disabled={sending}>
            Asignar
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
