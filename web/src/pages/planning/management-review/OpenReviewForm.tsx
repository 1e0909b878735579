// Opening a management review: its name, the meeting's date, the period under review and the members of
// top management who attend. Checked as the server checks it; its refusals shown next to the field named.
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import { todayInBogota } from '../../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { DateField } from '../../common/DateField.js';
import {
  OPENING_SERVER_FIELDS,
  openingProblems,
  type OpeningDraft,
  type OpeningField,
} from './management-review-logic';

const REVIEW_STAFF = graphql(`
  query ManagementReviewStaff {
    users {
      id
      username
      fullName
      roles
      active
    }
  }
`);

const REVIEW_OPEN = graphql(`
  mutation ManagementReviewOpen($input: OpenManagementReviewInput!) {
    openManagementReview(input: $input) {
      id
    }
  }
`);

export function OpenReviewForm({
  onClose,
  onOpened,
}: {
  readonly onClose: () => void;
  readonly onOpened: () => void;
}) {
  const today = todayInBogota(new Date());
  const [draft, setDraft] = useState<OpeningDraft>({
    title: '',
    meetingDate: today,
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    attendeeIds: [],
  });
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const [{ data: staff }] = useQuery({ query: REVIEW_STAFF });
  const [{ fetching }, open] = useMutation(REVIEW_OPEN);
  const problems = openingProblems(draft, today);
  const serverField = failure?.field ? (OPENING_SERVER_FIELDS[failure.field] ?? null) : null;
  const errorOf = (field: OpeningField) =>
    (submitted ? problems[field] : undefined) ?? (serverField === field ? failure?.message : undefined);
  const members = (staff?.users ?? []).filter((user) => user.active && !user.roles.includes('AUDITOR'));

  function change(patch: Partial<OpeningDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const result = await open({
      input: {
        title: draft.title,
        meetingDate: draft.meetingDate,
        period: { from: draft.from, to: draft.to },
        attendeeIds: [...draft.attendeeIds],
      },
    });
    const refusal = ruleErrorOf(result.error, 'No fue posible abrir la revisión.');
    if (refusal) setFailure(refusal);
    else onOpened();
  }

  return (
    <Paper component="section" aria-labelledby="open-review-title" sx={{ p: 2, mb: 3, maxWidth: 760 }}>
      <Typography id="open-review-title" variant="h6" component="h3" gutterBottom>
        Abrir una revisión por la dirección
      </Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {failure && serverField === null && <Alert severity="error">{failure.message}</Alert>}
          <TextField
            id="review-title"
            label="Nombre de la revisión"
            value={draft.title}
            onChange={(event) => change({ title: event.target.value })}
            error={Boolean(errorOf('title'))}
            helperText={errorOf('title') ?? 'Por ejemplo: «Revisión por la dirección, primer semestre».'}
            required
          />
          <DateField
            id="review-meeting-date"
            label="Fecha de la reunión"
            value={draft.meetingDate}
            onChange={(meetingDate) => change({ meetingDate })}
            min={today}
            error={Boolean(errorOf('meetingDate'))}
            helperText={errorOf('meetingDate')}
            required
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateField
              id="review-period-from"
              label="Periodo revisado: desde"
              value={draft.from}
              onChange={(from) => change({ from })}
              error={Boolean(errorOf('from'))}
              helperText={errorOf('from')}
              required
            />
            <DateField
              id="review-period-to"
              label="Periodo revisado: hasta"
              value={draft.to}
              onChange={(to) => change({ to })}
              error={Boolean(errorOf('to'))}
              helperText={errorOf('to')}
              required
            />
          </Stack>
          <FormControl component="fieldset" error={Boolean(errorOf('attendeeIds'))}>
            <FormLabel component="legend">Asistentes de la alta dirección</FormLabel>
            <FormGroup>
              {members.map((member) => (
                <FormControlLabel
                  key={member.id}
                  control={
                    <Checkbox
                      checked={draft.attendeeIds.includes(member.id)}
                      onChange={(event) =>
                        change({
                          attendeeIds: event.target.checked
                            ? [...draft.attendeeIds, member.id]
                            : draft.attendeeIds.filter((id) => id !== member.id),
                        })
                      }
                    />
                  }
                  label={member.fullName || member.username}
                />
              ))}
            </FormGroup>
            {errorOf('attendeeIds') && <FormHelperText>{errorOf('attendeeIds')}</FormHelperText>}
          </FormControl>
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={fetching}>
              Abrir la revisión y reunir sus entradas
            </Button>
            <Button onClick={onClose}>Cancelar</Button>
          </Stack>
        </Stack>
      </Box>
    </Paper>
  );
}
