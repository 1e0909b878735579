// Recording a session's attendance and evaluation: for each staff member called, whether they attended
// and, if so, their evaluation score (0–100); the server judges approval against the session's passing
// score. A later record corrects an earlier one.
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import { formatDate } from '../../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { attendanceProblems, scoreOf, type AttendanceRow } from './training-logic';

const ATTENDEE_NAMES = graphql(`
  query TrainingAttendeeNames {
    users {
      id
      username
      fullName
    }
  }
`);

const RECORD_ATTENDANCE = graphql(`
  mutation TrainingRecordAttendance(
    $sessionId: ID!
    $attendance: [TrainingAttendanceInput!]!
    $expectedRevision: Int
  ) {
    recordTrainingAttendance(
      sessionId: $sessionId
      attendance: $attendance
      expectedRevision: $expectedRevision
    ) {
      id
    }
  }
`);

export function AttendancePanel({
  session,
  revision,
  onClose,
  onRecorded,
}: {
  readonly session: {
    readonly id: string;
    readonly topic: string;
    readonly date: string;
    readonly passingScore: number;
    readonly attendeeIds: readonly string[];
    readonly attendance?:
      | readonly { readonly userId: string; readonly attended: boolean; readonly score?: number | null }[]
      | null;
  };
  readonly revision: number | null;
  readonly onClose: () => void;
  readonly onRecorded: () => void;
}) {
  const [{ data: staff }] = useQuery({ query: ATTENDEE_NAMES });
  const [{ fetching }, record] = useMutation(RECORD_ATTENDANCE);
  const [rows, setRows] = useState<AttendanceRow[]>(() =>
    session.attendeeIds.map((userId) => {
      const recorded = session.attendance?.find((each) => each.userId === userId);
      return {
        userId,
        attended: recorded?.attended ?? true,
        score: recorded?.score == null ? '' : String(recorded.score),
      };
    }),
  );
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const problems = attendanceProblems(rows);
  const nameOf = (userId: string) => {
    const user = staff?.users.find((each) => each.id === userId);
    return user ? user.fullName || user.username : 'Funcionario';
  };

  function change(userId: string, patch: Partial<AttendanceRow>) {
    setRows((current) => current.map((row) => (row.userId === userId ? { ...row, ...patch } : row)));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const result = await record({
      sessionId: session.id,
      attendance: rows.map((row) => ({
        userId: row.userId,
        attended: row.attended,
        score: row.attended ? scoreOf(row.score) : null,
      })),
      expectedRevision: revision,
    });
    const refusal = ruleErrorOf(result.error, 'No fue posible registrar la asistencia.');
    if (refusal || !result.data) {
      setFailure(refusal);
      return;
    }
    onRecorded();
  }

  return (
    <Paper component="section" aria-labelledby="attendance-title" sx={{ p: 2, mb: 3, maxWidth: 820 }}>
      <Typography id="attendance-title" variant="h5" component="h2" gutterBottom>
        Asistencia: {session.topic} ({formatDate(session.date)})
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        Aprueba quien asiste con un puntaje de {session.passingScore} o más.
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {failure && <Alert severity="error">{failure.message}</Alert>}
        <Table size="small" aria-labelledby="attendance-title">
          <TableHead>
            <TableRow>
              <TableCell>Funcionario</TableCell>
              <TableCell>Asistencia</TableCell>
              <TableCell>Puntaje de la evaluación</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const name = nameOf(row.userId);
              const problem = submitted ? problems[row.userId] : undefined;
              return (
                <TableRow key={row.userId} data-testid="attendance-row">
                  <TableCell>{name}</TableCell>
                  <TableCell>
                    <FormControlLabel
                      control={
                        <Checkbox
                          checked={row.attended}
                          onChange={(event) =>
                            change(row.userId, {
                              attended: event.target.checked,
                              score: event.target.checked ? row.score : '',
                            })
                          }
                        />
                      }
                      label={`Asistió ${name}`}
                    />
                  </TableCell>
                  <TableCell>
                    <TextField
                      size="small"
                      label={`Puntaje de ${name}`}
                      value={row.score}
                      disabled={!row.attended}
                      onChange={(event) => change(row.userId, { score: event.target.value })}
                      error={Boolean(problem)}
                      helperText={problem}
                      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={1}>
          <Box>
            <Button type="submit" variant="contained" disabled={fetching}>
              {fetching ? 'Registrando…' : 'Registrar la asistencia'}
            </Button>
          </Box>
          <Button onClick={onClose}>Cancelar</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
