// Plan de acción: a year's plan — its execution weighted by activity (only approved progress counts), its
// goals with their activities (responsible, dates, weight, indicator and target, approved progress, overdue
// flagged), and, for the activity opened, its progress reports with their evidence and review. Planners
// create the plan and add goals and activities; the steps each user may take are the only ones offered.
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  LinearProgress,
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
import { ActivityPanel } from './ActivityPanel';
import { AddActivityForm } from './AddActivityForm';
import { ACTIVITY_STATUS_LABELS, mayPlan, percentText, yearOptions } from './action-plan-logic';

const PLAN_YEARS = graphql(`
  query ActionPlanYears {
    actionPlanYears
  }
`);

const ACTION_PLAN = graphql(`
  query ActionPlanOfYear($year: Int!) {
    actionPlan(year: $year) {
      year
      title
      asOf
      revision
      executionPercent
      weightTotal
      weightsBalanced
      overdueActivities
      pendingReports
      goals {
        id
        description
        weight
        execution
        activities {
          id
          description
          startDate
          endDate
          weight
          indicator
          target
          approvedProgress
          weightedExecution
          status
          pendingReportId
          responsible {
            id
            username
            fullName
          }
          progressReports {
            id
            progressPercent
            note
            evidence
            status
            reportedOn
            reviewedOn
            rejectionReason
            reportedBy {
              id
              username
              fullName
            }
            reviewedBy {
              id
              username
              fullName
            }
            attachments {
              id
              fileName
              mediaType
              size
              sha256
            }
          }
        }
      }
    }
  }
`);

const PLAN_CREATE = graphql(`
  mutation PlanCreate($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) {
      year
      revision
    }
  }
`);

const PLAN_ADD_GOAL = graphql(`
  mutation PlanAddGoal($year: Int!, $description: String!, $expectedRevision: Int) {
    addPlanGoal(year: $year, description: $description, expectedRevision: $expectedRevision) {
      year
      revision
    }
  }
`);

export function ActionPlanScreen() {
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const planner = mayPlan(roles);
  const thisYear = Number(todayInBogota(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [openActivityId, setOpenActivityId] = useState<string | null>(null);
  const [{ data: years }, refetchYears] = useQuery({ query: PLAN_YEARS });
  const [{ data, fetching, error }, refetch] = useQuery({ query: ACTION_PLAN, variables: { year } });
  const [, createPlan] = useMutation(PLAN_CREATE);
  const [, addGoal] = useMutation(PLAN_ADD_GOAL);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    refetchYears({ requestPolicy: 'network-only' });
  };

  const plan = data?.actionPlan ?? null;
  const activities = plan?.goals.flatMap((goal) => goal.activities) ?? [];
  const openActivity = activities.find((activity) => activity.id === openActivityId) ?? null;

  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          {plan ? `Plan de acción ${plan.year}: ${plan.title}` : `Plan de acción ${year}`}
        </Typography>
        <TextField
          select
          label="Año del plan"
          value={year}
          onChange={(event) => {
            setYear(Number(event.target.value));
            setOpenActivityId(null);
          }}
          size="small"
          sx={{ minWidth: 160 }}
        >
          {yearOptions(years?.actionPlanYears ?? [], thisYear).map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {fetching && !data && <CircularProgress aria-label="Cargando el plan de acción" />}
      {error && (
        <Alert severity="error">
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar el plan de acción.'}
        </Alert>
      )}

      {data && plan === null && (
        <Paper component="section" aria-labelledby="no-plan-title" sx={{ p: 2, mb: 3, maxWidth: 760 }}>
          <Typography id="no-plan-title" variant="h6" component="h3" gutterBottom>
            No hay plan de acción para {year}
          </Typography>
          {planner ? (
            <StepForm
              title={`Crear el plan de acción ${year}`}
              fields={[
                {
                  name: 'title',
                  label: 'Nombre del plan',
                  requiredMessage: 'Indique el nombre del plan de acción.',
                },
              ]}
              submitLabel="Crear el plan"
              onSubmit={async ({ title = '' }) => {
                const refusal = ruleErrorOf(
                  (await createPlan({ input: { year, title } })).error,
                  'No fue posible crear el plan de acción.',
                );
                if (refusal === null) reload();
                return refusal;
              }}
            />
          ) : (
            <Typography color="text.secondary">Lo crea un coordinador o un administrador.</Typography>
          )}
        </Paper>
      )}

      {plan && (
        <>
          <Paper component="section" aria-labelledby="plan-execution-title" sx={{ p: 2, mb: 3 }}>
            <Typography id="plan-execution-title" variant="h6" component="h3" gutterBottom>
              Ejecución al {formatDate(plan.asOf)}
            </Typography>
            <Typography sx={{ fontSize: '2rem', fontWeight: 600 }} data-testid="plan-execution">
              {percentText(plan.executionPercent)}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={Math.min(100, plan.executionPercent)}
              aria-label="Ejecución del plan de acción"
              sx={{ height: 10, borderRadius: 1, my: 1, maxWidth: 480 }}
            />
            <Typography color="text.secondary">
              Ponderada por actividad: suma de peso × avance aprobado / 100. Los avances pendientes de
              aprobación no cuentan.
            </Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
              <Chip label={`Pesos asignados: ${percentText(plan.weightTotal)}`} />
              <Chip
                label={`Actividades vencidas: ${plan.overdueActivities}`}
                color={plan.overdueActivities > 0 ? 'error' : 'default'}
                data-testid="plan-overdue"
              />
              <Chip label={`Reportes por aprobar: ${plan.pendingReports}`} />
            </Stack>
            {!plan.weightsBalanced && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                Los pesos de las actividades suman {percentText(plan.weightTotal)}, no 100 %: el plan no puede
                llegar al 100 % de ejecución hasta asignar el resto.
              </Alert>
            )}
          </Paper>

          {plan.goals.length === 0 && (
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              El plan aún no tiene metas.
            </Typography>
          )}
          {plan.goals.map((goal, index) => (
            <Paper
              key={goal.id}
              component="section"
              aria-labelledby={`goal-${goal.id}`}
              sx={{ p: 2, mb: 3 }}
              data-testid="plan-goal"
            >
              <Typography id={`goal-${goal.id}`} variant="h6" component="h3">
                Meta {index + 1}: {goal.description}
              </Typography>
              <Typography color="text.secondary" sx={{ mb: 1 }}>
                Peso {percentText(goal.weight)} · aporta {percentText(goal.execution)} a la ejecución
              </Typography>
              {goal.activities.length === 0 ? (
                <Typography color="text.secondary">Sin actividades.</Typography>
              ) : (
                <TableContainer>
                  <Table size="small" aria-labelledby={`goal-${goal.id}`}>
                    <TableHead>
                      <TableRow>
                        <TableCell>Actividad</TableCell>
                        <TableCell>Responsable</TableCell>
                        <TableCell>Inicio</TableCell>
                        <TableCell>Fin</TableCell>
                        <TableCell align="right">Peso</TableCell>
                        <TableCell>Indicador y meta</TableCell>
                        <TableCell align="right">Avance aprobado</TableCell>
                        <TableCell>Estado</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {goal.activities.map((activity) => (
                        <TableRow
                          key={activity.id}
                          data-testid="plan-activity"
                          selected={activity.id === openActivityId}
                        >
                          <TableCell>
                            <Button
                              variant="text"
                              onClick={() => setOpenActivityId(activity.id)}
                              aria-label={`Abrir la actividad ${activity.description}`}
                              sx={{ textAlign: 'left', textTransform: 'none', p: 0 }}
                            >
                              {activity.description}
                            </Button>
                          </TableCell>
                          <TableCell>
                            {activity.responsible
                              ? activity.responsible.fullName || activity.responsible.username
                              : 'Usuario no disponible'}
                          </TableCell>
                          <TableCell>{formatDate(activity.startDate)}</TableCell>
                          <TableCell>{formatDate(activity.endDate)}</TableCell>
                          <TableCell align="right">{percentText(activity.weight)}</TableCell>
                          <TableCell>
                            {activity.indicator}: {activity.target}
                          </TableCell>
                          <TableCell align="right">
                            {percentText(activity.approvedProgress)}
                            {activity.pendingReportId ? ' (hay un reporte por aprobar)' : ''}
                          </TableCell>
                          <TableCell>
                            <Chip
                              size="small"
                              label={ACTIVITY_STATUS_LABELS[activity.status]}
                              color={
                                activity.status === 'OVERDUE'
                                  ? 'error'
                                  : activity.status === 'COMPLETED'
                                    ? 'success'
                                    : 'default'
                              }
                            />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              )}
            </Paper>
          ))}

          {openActivity && (
            <ActivityPanel
              key={openActivity.id}
              year={plan.year}
              revision={plan.revision}
              activity={openActivity}
              roles={roles}
              userId={user?.id ?? ''}
              onChanged={reload}
            />
          )}

          {planner && (
            <Paper component="section" aria-labelledby="add-goal-title" sx={{ p: 2, mb: 3, maxWidth: 760 }}>
              <Typography id="add-goal-title" variant="h5" component="h2" gutterBottom>
                Agregar una meta
              </Typography>
              <StepForm
                title="Nueva meta del plan"
                fields={[{ name: 'description', label: 'Meta', requiredMessage: 'Describa la meta.' }]}
                submitLabel="Agregar la meta"
                onSubmit={async ({ description = '' }) => {
                  const refusal = ruleErrorOf(
                    (await addGoal({ year: plan.year, description, expectedRevision: plan.revision })).error,
                    'No fue posible agregar la meta.',
                  );
                  if (refusal === null) reload();
                  return refusal;
                }}
              />
            </Paper>
          )}
          {planner && plan.goals.length > 0 && plan.weightTotal < 100 && (
            <AddActivityForm
              year={plan.year}
              revision={plan.revision}
              goals={plan.goals}
              weightTotal={plan.weightTotal}
              onAdded={reload}
            />
          )}
        </>
      )}
    </Box>
  );
}
