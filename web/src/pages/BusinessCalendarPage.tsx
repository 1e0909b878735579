// Calendario (ADMIN): the days the office declares non-working besides weekends and holidays, every
// version of the calendar with its act, and a form to declare a day non-working or working again.
import {
  Alert,
  Button,
  Checkbox,
  FormControlLabel,
  List,
  ListItem,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import { calendarChangeSentence } from '../logic/business-calendar';
import { formatDate } from '../logic/report-periods';
import { ruleErrorOf } from '../logic/rule-errors';
import { DateField } from './common/DateField';
import { SuccessMessage } from './common/SuccessMessage';

const CALENDAR = graphql(`
  query OfficeCalendar {
    nonWorkingDays
    calendarHistory {
      revision
      calendarVersion
      change
      day
      retroactive
      nonWorkingDays
      act {
        number
        title
        date
      }
    }
  }
`);

const ADD_DAY = graphql(`
  mutation AddNonWorkingDay($day: Date!, $act: DeclaringActInput!, $retroactive: Boolean!) {
    addNonWorkingDay(day: $day, act: $act, retroactive: $retroactive) {
      revision
    }
  }
`);

const REMOVE_DAY = graphql(`
  mutation RemoveNonWorkingDay($day: Date!, $act: DeclaringActInput!, $retroactive: Boolean!) {
    removeNonWorkingDay(day: $day, act: $act, retroactive: $retroactive) {
      revision
    }
  }
`);

type Change = 'ADD' | 'REMOVE';

export function BusinessCalendarPage() {
  const [{ data, error }, reload] = useQuery({ query: CALENDAR });
  const [adding, addDay] = useMutation(ADD_DAY);
  const [removing, removeDay] = useMutation(REMOVE_DAY);
  const [change, setChange] = useState<Change>('ADD');
  const [day, setDay] = useState('');
  const [actNumber, setActNumber] = useState('');
  const [actTitle, setActTitle] = useState('');
  const [actDate, setActDate] = useState('');
  const [retroactive, setRetroactive] = useState(false);
  const [problem, setProblem] = useState<{ message: string; field: string | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const variables = { day, act: { number: actNumber, title: actTitle, date: actDate }, retroactive };
    const result = change === 'ADD' ? await addDay(variables) : await removeDay(variables);
    const refused = ruleErrorOf(result.error, 'No se pudo registrar el cambio del calendario.');
    setProblem(refused);
    if (refused) return;
    setDone(`${formatDate(day)} ${change === 'ADD' ? 'declarado no hábil' : 'declarado hábil'}.`);
    reload({ requestPolicy: 'network-only' });
  };
  const errorOf = (field: string) =>
    problem && (problem.field === field || problem.field?.endsWith(`.${field}`))
      ? problem.message
      : undefined;

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Calendario de días hábiles
      </Typography>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      <Paper sx={{ p: 2, mb: 2 }}>
        <Typography variant="h6" component="h2">
          Días declarados no hábiles
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          Además de sábados, domingos y festivos. Los casos ya radicados conservan el calendario con que se
          radicaron, salvo que el acto del cambio sea retroactivo.
        </Typography>
        <Typography data-testid="non-working-days">
          {(data?.nonWorkingDays ?? []).map(formatDate).join(', ') || 'Ninguno'}
        </Typography>
      </Paper>
      <Paper component="form" onSubmit={submit} sx={{ p: 2, mb: 2 }} noValidate>
        <Typography variant="h6" component="h2" gutterBottom>
          Registrar un cambio con su acto
        </Typography>
        <Stack spacing={2}>
          <TextField
            select
            label="Cambio"
            value={change}
            onChange={(event) => setChange(event.target.value as Change)}
            sx={{ maxWidth: 320 }}
          >
            <MenuItem value="ADD">Declarar no hábil</MenuItem>
            <MenuItem value="REMOVE">Declarar hábil</MenuItem>
          </TextField>
          <DateField
            label="Día"
            value={day}
            onChange={setDay}
            required
            error={Boolean(errorOf('day'))}
            helperText={errorOf('day')}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              label="Número del acto"
              value={actNumber}
              onChange={(event) => setActNumber(event.target.value)}
              required
              error={Boolean(errorOf('number'))}
              helperText={errorOf('number')}
            />
            <TextField
              label="Nombre del acto"
              value={actTitle}
              onChange={(event) => setActTitle(event.target.value)}
              required
              error={Boolean(errorOf('title'))}
              helperText={errorOf('title') ?? 'Por ejemplo «Resolución de la Gerencia»'}
              sx={{ flexGrow: 1 }}
            />
            <DateField
              label="Fecha del acto"
              value={actDate}
              onChange={setActDate}
              required
              error={Boolean(errorOf('date'))}
              helperText={errorOf('date')}
            />
          </Stack>
          <FormControlLabel
            control={
              <Checkbox checked={retroactive} onChange={(event) => setRetroactive(event.target.checked)} />
            }
            label="El acto es retroactivo: alcanza los casos abiertos ya radicados"
          />
          {problem && !['day', 'number', 'title', 'date'].some((field) => errorOf(field)) && (
            <Alert severity="error">{problem.message}</Alert>
          )}
          {done && <SuccessMessage onClose={() => setDone(null)}>{done}</SuccessMessage>}
          <div>
            <Button type="submit" variant="contained" disabled={adding.fetching || removing.fetching}>
              Registrar el cambio
            </Button>
          </div>
        </Stack>
      </Paper>
      <Paper sx={{ p: 2 }}>
        <Typography variant="h6" component="h2">
          Versiones del calendario
        </Typography>
        <List dense>
          {(data?.calendarHistory ?? []).map((version) => (
            <ListItem key={version.revision}>{calendarChangeSentence(version)}</ListItem>
          ))}
        </List>
      </Paper>
    </>
  );
}
