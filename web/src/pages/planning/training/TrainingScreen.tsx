// Capacitación (PIC): the year's training needs — accepted, proposed by the data (frequent PQRS subjects,
// improvement actions) and dismissed, each with the figures it rests on — and its sessions with their
// attendance and evaluation. Coordinators accept or dismiss needs (a dismissal with its reason), schedule
// sessions and record attendance; everyone else reads.
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import { formatDate, todayInBogota } from '../../../logic/report-periods';
import { ruleErrorOf } from '../../../logic/rule-errors';
import { useSession } from '../../../session/session';
import { StepForm } from '../../steps/StepForm';
import { AttendancePanel } from './AttendancePanel';
import { ScheduleSessionForm } from './ScheduleSessionForm';
import {
  attendanceText,
  basisText,
  mayPlanTraining,
  NEED_SOURCE_LABELS,
  NEED_STATUS_LABELS,
} from './training-logic';

const TRAINING_PLAN = graphql(`
  query TrainingPlanOfYear($year: Int!) {
    trainingPlanRevision(year: $year)
    trainingNeeds(year: $year) {
      needKey
      status
      reason
      decidedAt
      sessionIds
      basis {
        kind
        label
        receivedCount
        firstReceivedOn
        lastReceivedOn
        actionStatus
        formulatedOn
        dueDate
      }
    }
    trainingSessions(year: $year) {
      id
      topic
      date
      trainer
      attendeeIds
      needKeys
      passingScore
      attendance {
        userId
        attended
        score
        approved
      }
    }
  }
`);

const ACCEPT_NEED = graphql(`
  mutation TrainingAcceptNeed($year: Int!, $needKey: String!, $expectedRevision: Int) {
    acceptTrainingNeed(year: $year, needKey: $needKey, expectedRevision: $expectedRevision) {
      needKey
      status
    }
  }
`);

const DISMISS_NEED = graphql(`
  mutation TrainingDismissNeed($year: Int!, $needKey: String!, $reason: String!, $expectedRevision: Int) {
    dismissTrainingNeed(
      year: $year
      needKey: $needKey
      reason: $reason
      expectedRevision: $expectedRevision
    ) {
      needKey
      status
    }
  }
`);

export function TrainingScreen() {
  const { user } = useSession();
  const planner = mayPlanTraining(user?.roles ?? []);
  const thisYear = Number(todayInBogota(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [openSessionId, setOpenSessionId] = useState<string | null>(null);
  const [acceptFailure, setAcceptFailure] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: TRAINING_PLAN, variables: { year } });
  const [accepting, acceptNeed] = useMutation(ACCEPT_NEED);
  const [, dismissNeed] = useMutation(DISMISS_NEED);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const needs = data?.trainingNeeds ?? [];
  const sessions = data?.trainingSessions ?? [];
  const revision = data?.trainingPlanRevision ?? null;
  const accepted = needs.filter((need) => need.status === 'ACCEPTED');
  const openSession = sessions.find((session) => session.id === openSessionId) ?? null;

  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          Plan institucional de capacitación {year}
        </Typography>
        <TextField
          select
          label="Año del plan"
          value={year}
          onChange={(event) => {
            setYear(Number(event.target.value));
            setOpenSessionId(null);
            setDismissing(null);
          }}
          size="small"
          sx={{ minWidth: 160 }}
        >
          {[thisYear + 1, thisYear, thisYear - 1].map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {fetching && !data && <CircularProgress aria-label="Cargando el plan de capacitación" />}
      {error && (
        <Alert severity="error">
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar el plan de capacitación.'}
        </Alert>
      )}

      {data && (
        <>
          <Paper component="section" aria-labelledby="training-needs-title" sx={{ p: 2, mb: 3 }}>
            <Typography id="training-needs-title" variant="h6" component="h3" gutterBottom>
              Necesidades de capacitación
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              Las proponen los datos del año: los asuntos de PQRS recibidos al menos tres veces (los diez más
              frecuentes) y las acciones de mejora formuladas. Las consultas a las preguntas frecuentes no se
              registran, por eso no son fuente.
            </Typography>
            {acceptFailure && (
              <Alert severity="error" sx={{ mb: 1 }}>
                {acceptFailure}
              </Alert>
            )}
            {needs.length === 0 ? (
              <Typography color="text.secondary">Los datos de {year} no proponen necesidades.</Typography>
            ) : (
              <TableContainer>
                <Table size="small" aria-labelledby="training-needs-title">
                  <TableHead>
                    <TableRow>
                      <TableCell>Origen</TableCell>
                      <TableCell>Necesidad</TableCell>
                      <TableCell>Fundamento</TableCell>
                      <TableCell>Estado</TableCell>
                      <TableCell>Sesiones</TableCell>
                      {planner && <TableCell>Decisión</TableCell>}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {needs.map((need) => (
                      <TableRow key={need.needKey} data-testid="training-need">
                        <TableCell>{NEED_SOURCE_LABELS[need.basis.kind] ?? need.basis.kind}</TableCell>
                        <TableCell>{need.basis.label}</TableCell>
                        <TableCell>{basisText(need.basis)}</TableCell>
                        <TableCell>
                          <Chip
                            size="small"
                            label={NEED_STATUS_LABELS[need.status] ?? need.status}
                            color={need.status === 'ACCEPTED' ? 'success' : 'default'}
                          />
                          {need.reason && (
                            <Typography variant="body2" sx={{ mt: 0.5 }}>
                              Motivo: {need.reason}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell>{need.sessionIds.length}</TableCell>
                        {planner && (
                          <TableCell>
                            {need.status === 'PROPOSED' && (
                              <Stack direction="row" spacing={1}>
                                <Button
                                  size="small"
                                  variant="contained"
                                  disabled={accepting.fetching}
                                  aria-label={`Aceptar la necesidad ${need.basis.label}`}
                                  onClick={async () => {
                                    setAcceptFailure(null);
                                    const refusal = ruleErrorOf(
                                      (
                                        await acceptNeed({
                                          year,
                                          needKey: need.needKey,
                                          expectedRevision: revision,
                                        })
                                      ).error,
                                      'No fue posible aceptar la necesidad.',
                                    );
                                    if (refusal) setAcceptFailure(refusal.message);
                                    else reload();
                                  }}
                                >
                                  Aceptar
                                </Button>
                                <Button
                                  size="small"
                                  variant="outlined"
                                  aria-label={`Descartar la necesidad ${need.basis.label}`}
                                  onClick={() => setDismissing(need.needKey)}
                                >
                                  Descartar
                                </Button>
                              </Stack>
                            )}
                          </TableCell>
                        )}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
            {planner && dismissing !== null && (
              <Box sx={{ mt: 2, maxWidth: 640 }}>
                <StepForm
                  title={`Descartar: ${needs.find((need) => need.needKey === dismissing)?.basis.label ?? ''}`}
                  fields={[
                    {
                      name: 'reason',
                      label: 'Motivo del descarte',
                      kind: 'multiline',
                      requiredMessage: 'Indique el motivo por el que se descarta la necesidad.',
                    },
                  ]}
                  submitLabel="Descartar la necesidad"
                  onCancel={() => setDismissing(null)}
                  onSubmit={async ({ reason = '' }) => {
                    const refusal = ruleErrorOf(
                      (await dismissNeed({ year, needKey: dismissing, reason, expectedRevision: revision }))
                        .error,
                      'No fue posible descartar la necesidad.',
                    );
                    if (refusal === null) {
                      setDismissing(null);
                      reload();
                    }
                    return refusal;
                  }}
                />
              </Box>
            )}
          </Paper>

          <Paper component="section" aria-labelledby="training-sessions-title" sx={{ p: 2, mb: 3 }}>
            <Typography id="training-sessions-title" variant="h6" component="h3" gutterBottom>
              Sesiones
            </Typography>
            {sessions.length === 0 ? (
              <Typography color="text.secondary">No hay sesiones programadas en {year}.</Typography>
            ) : (
              <TableContainer>
                <Table size="small" aria-labelledby="training-sessions-title">
                  <TableHead>
                    <TableRow>
                      <TableCell>Fecha</TableCell>
                      <TableCell>Tema</TableCell>
                      <TableCell>Capacitador</TableCell>
                      <TableCell align="right">Convocados</TableCell>
                      <TableCell align="right">Puntaje mínimo</TableCell>
                      <TableCell>Asistencia y evaluación</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {sessions.map((session) => (
                      <TableRow
                        key={session.id}
                        data-testid="training-session"
                        selected={session.id === openSessionId}
                      >
                        <TableCell>{formatDate(session.date)}</TableCell>
                        <TableCell>{session.topic}</TableCell>
                        <TableCell>{session.trainer}</TableCell>
                        <TableCell align="right">{session.attendeeIds.length}</TableCell>
                        <TableCell align="right">{session.passingScore}</TableCell>
                        <TableCell>
                          {attendanceText(session.attendeeIds.length, session.attendance ?? null)}
                          {planner && (
                            <Button
                              size="small"
                              sx={{ ml: 1 }}
                              aria-label={`Registrar la asistencia de ${session.topic}`}
                              onClick={() => setOpenSessionId(session.id)}
                            >
                              {session.attendance ? 'Corregir' : 'Registrar'}
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Paper>

          {planner && openSession && (
            <AttendancePanel
              key={openSession.id}
              session={openSession}
              revision={revision}
              onClose={() => setOpenSessionId(null)}
              onRecorded={() => {
                setOpenSessionId(null);
                reload();
              }}
            />
          )}

          {planner && (
            <ScheduleSessionForm
              year={year}
              revision={revision}
              acceptedNeeds={accepted.map((need) => ({ needKey: need.needKey, label: need.basis.label }))}
              onScheduled={reload}
            />
          )}
        </>
      )}
    </Box>
  );
}
