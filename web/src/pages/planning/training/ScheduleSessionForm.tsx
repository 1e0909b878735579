// Scheduling a session of the year's plan: topic, day within the year, who gives it, the staff called
// (active accounts), the accepted needs it answers and the score that approves its evaluation. Checked as
// the server checks it; its refusals are shown next to the field they name.
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
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { DateField } from '../../common/DateField.js';
import {
  EMPTY_SESSION_DRAFT,
  scoreOf,
  sessionDraftProblems,
  sessionFieldOf,
  type SessionDraft,
  type SessionDraftField,
} from './training-logic';

const TRAINING_STAFF = graphql(`
  query TrainingStaff {
    users {
      id
      username
      fullName
      active
    }
  }
`);

const SCHEDULE_TRAINING = graphql(`
  mutation TrainingSchedule($input: ScheduleTrainingInput!, $expectedRevision: Int) {
    scheduleTraining(input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);

function toggled(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((each) => each !== value);
}

export function ScheduleSessionForm({
  year,
  revision,
  acceptedNeeds,
  onScheduled,
}: {
  readonly year: number;
  readonly revision: number | null;
  readonly acceptedNeeds: readonly { readonly needKey: string; readonly label: string }[];
  readonly onScheduled: () => void;
}) {
  const [draft, setDraft] = useState<SessionDraft>(EMPTY_SESSION_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const [{ data: staff }] = useQuery({ query: TRAINING_STAFF });
  const [{ fetching }, schedule] = useMutation(SCHEDULE_TRAINING);
  const problems = sessionDraftProblems(draft, year);
  const serverField = sessionFieldOf(failure?.field);
  const errorOf = (field: SessionDraftField): string | undefined =>
    (submitted ? problems[field] : undefined) ?? (serverField === field ? failure?.message : undefined);
  const people = (staff?.users ?? []).filter((user) => user.active);

  function change(patch: Partial<SessionDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    const result = await schedule({
      input: {
        year,
        topic: draft.topic,
        date: draft.date,
        trainer: draft.trainer,
        attendeeIds: [...draft.attendeeIds],
        needKeys: [...draft.needKeys],
        passingScore: scoreOf(draft.passingScore) ?? 0,
      },
      expectedRevision: revision,
    });
    const refusal = ruleErrorOf(result.error, 'No fue posible programar la sesión.');
    if (refusal || !result.data) {
      setFailure(refusal);
      return;
    }
    setDraft(EMPTY_SESSION_DRAFT);
    setSubmitted(false);
    onScheduled();
  }

  return (
    <Paper component="section" aria-labelledby="schedule-training-title" sx={{ p: 2, mb: 3, maxWidth: 820 }}>
      <Typography id="schedule-training-title" variant="h5" component="h2" gutterBottom>
        Programar una sesión
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {failure && serverField === null && <Alert severity="error">{failure.message}</Alert>}
        <TextField
          label="Tema"
          value={draft.topic}
          onChange={(event) => change({ topic: event.target.value })}
          error={Boolean(errorOf('topic'))}
          helperText={errorOf('topic')}
          required
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <DateField
            label="Fecha de la sesión"
            value={draft.date}
            onChange={(date) => change({ date })}
            error={Boolean(errorOf('date'))}
            helperText={errorOf('date')}
            required
            min={`${year}-01-01`}
            max={`${year}-12-31`}
          />
          <TextField
            label="Capacitador"
            value={draft.trainer}
            onChange={(event) => change({ trainer: event.target.value })}
            error={Boolean(errorOf('trainer'))}
            helperText={errorOf('trainer') ?? 'Quién la dicta: un funcionario o una entidad externa'}
            required
            sx={{ flexGrow: 1 }}
          />
          <TextField
            label="Puntaje mínimo para aprobar"
            value={draft.passingScore}
            onChange={(event) => change({ passingScore: event.target.value })}
            error={Boolean(errorOf('passingScore'))}
            helperText={errorOf('passingScore') ?? 'De 0 a 100'}
            required
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ maxWidth: 240 }}
          />
        </Stack>
        <FormControl component="fieldset" error={Boolean(errorOf('attendeeIds'))} required>
          <FormLabel component="legend">Funcionarios convocados</FormLabel>
          <FormGroup row>
            {people.map((person) => (
              <FormControlLabel
                key={person.id}
                control={
                  <Checkbox
                    checked={draft.attendeeIds.includes(person.id)}
                    onChange={(event) =>
                      change({ attendeeIds: toggled(draft.attendeeIds, person.id, event.target.checked) })
                    }
                  />
                }
                label={person.fullName || person.username}
              />
            ))}
          </FormGroup>
          {errorOf('attendeeIds') && <FormHelperText>{errorOf('attendeeIds')}</FormHelperText>}
        </FormControl>
        <FormControl component="fieldset" error={Boolean(errorOf('needKeys'))}>
          <FormLabel component="legend">Necesidades aceptadas que atiende</FormLabel>
          {acceptedNeeds.length === 0 ? (
            <FormHelperText>No hay necesidades aceptadas en {year}.</FormHelperText>
          ) : (
            <FormGroup>
              {acceptedNeeds.map((need) => (
                <FormControlLabel
                  key={need.needKey}
                  control={
                    <Checkbox
                      checked={draft.needKeys.includes(need.needKey)}
                      onChange={(event) =>
                        change({ needKeys: toggled(draft.needKeys, need.needKey, event.target.checked) })
                      }
                    />
                  }
                  label={need.label}
                />
              ))}
            </FormGroup>
          )}
          {errorOf('needKeys') && <FormHelperText>{errorOf('needKeys')}</FormHelperText>}
        </FormControl>
        <Box>
          <Button type="submit" variant="contained" disabled={fetching}>
            {fetching ? 'Programando…' : 'Programar la sesión'}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}
