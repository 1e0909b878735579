// One management review's record: the meeting, the inputs put before the committee (as gathered when it
// was opened, with their cut), the decisions — each with the improvement action it formulated, or that
// action still pending — and the minutes' conclusions; for coordinators, recording a decision and
// approving the minutes, which closes the review.
import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import type { ActionSourceKind } from '../../../graphql/generated/graphql';
import { ACTION_SOURCE_LABELS } from '../../../logic/improvement-action-board';
import { formatDate, formatInstant } from '../../../logic/report-periods';
import { ruleErrorOf } from '../../../logic/rule-errors';
import { useSession } from '../../../session/session';
import { StepForm } from '../../steps/StepForm';
import { DecisionForm } from './DecisionForm';
import {
  DECISION_KIND_LABELS,
  mayKeepReviews,
  numberText,
  RISK_ZONE_LABELS,
  shareText,
  statusLabel,
} from './management-review-logic';

const REVIEW = graphql(`
  query ManagementReviewRecord($reviewId: ID!) {
    managementReview(reviewId: $reviewId) {
      id
      title
      meetingDate
      status
      revision
      openedAt
      closedAt
      conclusions
      attendeeIds
      period {
        from
        to
      }
      inputs {
        assembledAt
        pqrs {
          received
          answered
          answeredOnTime
          answeredLate
          onTimeRate
          averageResponseBusinessDays
          open
          overdue
        }
        pqrsReport {
          reportId
          from
          to
          contentHash
        }
        satisfaction {
          responses
          satisfactionIndex
        }
        improvementActions {
          formulated
          closedEffective
          closedNotEffective
          effectivenessRate
          open {
            actionId
            sourceKind
            sourceReference
            dueDate
            overdue
          }
        }
        actionPlan {
          year
          executionPercent
          activities
          completed
          overdue {
            activityId
          }
        }
        riskMonitoring {
          byResidualZone {
            zone
            count
          }
          risks {
            riskId
            name
            residualZone
            lastMonitoringQuarter
            controlsEffective
            materializationsInPeriod
          }
        }
      }
      decisions {
        number
        reference
        kind
        description
        responsibleId
        dueDate
        improvementActionId
        actionFormulated
      }
    }
  }
`);

const REVIEW_CLOSE = graphql(`
  mutation ManagementReviewClose($reviewId: ID!, $conclusions: String!, $expectedRevision: Int) {
    closeManagementReview(
      reviewId: $reviewId
      conclusions: $conclusions
      expectedRevision: $expectedRevision
    ) {
      id
      status
    }
  }
`);

function Figure({ label, value }: { readonly label: string; readonly value: string | number }) {
  return (
    <Box component="div" sx={{ minWidth: 180 }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontWeight: 600 }}>
        {value}
      </Typography>
    </Box>
  );
}

export function ReviewDetail() {
  const { reviewId = '' } = useParams();
  const { user } = useSession();
  const keeper = mayKeepReviews(user?.roles ?? []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: REVIEW, variables: { reviewId } });
  const [, closeReview] = useMutation(REVIEW_CLOSE);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const review = data?.managementReview ?? null;

  if (fetching && !data) return <CircularProgress aria-label="Cargando la revisión por la dirección" />;
  if (error || review === null) {
    return (
      <Alert severity="error">
        {error?.graphQLErrors[0]?.message ?? 'No fue posible consultar la revisión por la dirección.'}
      </Alert>
    );
  }
  const { inputs } = review;
  const pending = review.decisions.filter((decision) => decision.actionFormulated === false);

  return (
    <Box>
      <Link component={RouterLink} to="/planeacion/revision-por-la-direccion">
        Volver a las revisiones
      </Link>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, my: 2 }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          {review.title}
        </Typography>
        <Chip label={statusLabel(review.status)} color={review.status === 'CLOSED' ? 'success' : 'default'} />
      </Stack>
      <Typography sx={{ mb: 2 }}>
        Reunión del {formatDate(review.meetingDate)} · periodo revisado del {formatDate(review.period.from)}{' '}
        al {formatDate(review.period.to)} · {review.attendeeIds.length} asistente(s)
      </Typography>

      <Paper component="section" aria-labelledby="review-inputs-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="review-inputs-title" variant="h6" component="h3">
          Entradas de la revisión (9.3.2)
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Reunidas al abrir la revisión, con corte al {formatInstant(inputs.assembledAt)}: las cifras que tuvo
          el comité.
        </Typography>
        <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, m: 0 }}>
          <Figure label="PQRS recibidas" value={inputs.pqrs.received} />
          <Figure label="PQRS respondidas" value={inputs.pqrs.answered} />
          <Figure label="Oportunidad en la respuesta" value={shareText(inputs.pqrs.onTimeRate)} />
          <Figure
            label="Tiempo promedio de respuesta (días hábiles)"
            value={numberText(inputs.pqrs.averageResponseBusinessDays)}
          />
          <Figure
            label="PQRS abiertas / vencidas al corte"
            value={`${inputs.pqrs.open} / ${inputs.pqrs.overdue}`}
          />
          <Figure
            label="Informe de PQRS"
            value={
              inputs.pqrsReport
                ? `${formatDate(inputs.pqrsReport.from)} a ${formatDate(inputs.pqrsReport.to)}`
                : 'No se había expedido'
            }
          />
          <Figure label="Encuestas respondidas" value={inputs.satisfaction.responses} />
          <Figure label="Índice de satisfacción" value={shareText(inputs.satisfaction.satisfactionIndex)} />
          <Figure label="Acciones formuladas en el periodo" value={inputs.improvementActions.formulated} />
          <Figure
            label="Eficacia de las acciones cerradas"
            value={shareText(inputs.improvementActions.effectivenessRate)}
          />
          <Figure
            label="Ejecución del plan de acción"
            value={
              inputs.actionPlan
                ? `${numberText(inputs.actionPlan.executionPercent)} % (${inputs.actionPlan.completed} de ${inputs.actionPlan.activities} actividades cumplidas)`
                : 'No disponible'
            }
          />
          <Figure
            label="Riesgos por zona residual"
            value={
              inputs.riskMonitoring
                ? inputs.riskMonitoring.byResidualZone
                    .map(
                      ({ zone, count }) =>
                        `${RISK_ZONE_LABELS[zone as keyof typeof RISK_ZONE_LABELS] ?? zone}: ${count}`,
                    )
                    .join(' · ')
                : 'No disponible'
            }
          />
        </Box>
        <Typography id="review-open-actions" variant="subtitle1" component="h4" sx={{ mt: 2 }}>
          Acciones de mejora abiertas al corte ({inputs.improvementActions.open.length})
        </Typography>
        {inputs.improvementActions.open.length > 0 && (
          <TableContainer>
            <Table size="small" aria-labelledby="review-open-actions">
              <TableHead>
                <TableRow>
                  <TableCell>Origen</TableCell>
                  <TableCell>Referencia</TableCell>
                  <TableCell>Fecha límite</TableCell>
                  <TableCell>Estado al corte</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {inputs.improvementActions.open.map((action) => (
                  <TableRow key={action.actionId}>
                    <TableCell>
                      {ACTION_SOURCE_LABELS[action.sourceKind as ActionSourceKind] ?? action.sourceKind}
                    </TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={`/acciones/${action.actionId}`}>
                        {action.sourceReference}
                      </Link>
                    </TableCell>
                    <TableCell>{formatDate(action.dueDate)}</TableCell>
                    <TableCell>{action.overdue ? 'Vencida' : 'En plazo'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {inputs.riskMonitoring && inputs.riskMonitoring.risks.length > 0 && (
          <>
            <Typography id="review-risks" variant="subtitle1" component="h4" sx={{ mt: 2 }}>
              Monitoreo del mapa de riesgos al corte
            </Typography>
            <TableContainer>
              <Table size="small" aria-labelledby="review-risks">
                <TableHead>
                  <TableRow>
                    <TableCell>Riesgo</TableCell>
                    <TableCell>Zona residual</TableCell>
                    <TableCell>Último monitoreo</TableCell>
                    <TableCell>Controles eficaces</TableCell>
                    <TableCell align="right">Materializaciones en el periodo</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {inputs.riskMonitoring.risks.map((risk) => (
                    <TableRow key={risk.riskId}>
                      <TableCell>{risk.name}</TableCell>
                      <TableCell>
                        {RISK_ZONE_LABELS[risk.residualZone as keyof typeof RISK_ZONE_LABELS] ??
                          risk.residualZone}
                      </TableCell>
                      <TableCell>{risk.lastMonitoringQuarter ?? 'Sin monitoreo'}</TableCell>
                      <TableCell>
                        {risk.controlsEffective === null
                          ? 'Sin monitoreo'
                          : risk.controlsEffective
                            ? 'Sí'
                            : 'No'}
                      </TableCell>
                      <TableCell align="right">{risk.materializationsInPeriod}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </>
        )}
      </Paper>

      <Paper component="section" aria-labelledby="review-decisions-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="review-decisions-title" variant="h6" component="h3" gutterBottom>
          Decisiones (9.3.3)
        </Typography>
        {review.decisions.length === 0 ? (
          <Typography color="text.secondary">Aún no hay decisiones registradas.</Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-labelledby="review-decisions-title">
              <TableHead>
                <TableRow>
                  <TableCell>N.º</TableCell>
                  <TableCell>Tipo</TableCell>
                  <TableCell>Decisión</TableCell>
                  <TableCell>Fecha límite</TableCell>
                  <TableCell>Acción de mejora</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {review.decisions.map((decision) => (
                  <TableRow key={decision.number} data-testid="review-decision">
                    <TableCell>{decision.number}</TableCell>
                    <TableCell>{DECISION_KIND_LABELS[decision.kind]}</TableCell>
                    <TableCell>{decision.description}</TableCell>
                    <TableCell>{decision.dueDate ? formatDate(decision.dueDate) : 'Sin fecha'}</TableCell>
                    <TableCell>
                      {decision.improvementActionId === null ? (
                        'No formula'
                      ) : decision.actionFormulated ? (
                        <Link component={RouterLink} to={`/acciones/${decision.improvementActionId}`}>
                          Ver la acción formulada
                        </Link>
                      ) : (
                        `Pendiente de formular (referencia ${decision.reference})`
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {pending.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            Hay acciones de mejora de decisiones sin formular: formúlelas desde Acciones de mejora con origen
            «Revisión por la dirección» y la referencia de la decisión, o reenvíe la decisión.
          </Alert>
        )}
      </Paper>

      {review.status === 'CLOSED' ? (
        <Paper component="section" aria-labelledby="review-conclusions-title" sx={{ p: 2, mb: 3 }}>
          <Typography id="review-conclusions-title" variant="h6" component="h3" gutterBottom>
            Conclusiones del acta aprobada
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{review.conclusions}</Typography>
          {review.closedAt && (
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              Acta aprobada el {formatInstant(review.closedAt)}.
            </Typography>
          )}
        </Paper>
      ) : (
        keeper && (
          <>
            <DecisionForm reviewId={review.id} revision={review.revision} onRecorded={reload} />
            <Paper
              component="section"
              aria-labelledby="review-close-title"
              sx={{ p: 2, mb: 3, maxWidth: 760 }}
            >
              <Typography id="review-close-title" variant="h6" component="h3" gutterBottom>
                Aprobar el acta
              </Typography>
              <StepForm
                title="Aprobar el acta y cerrar la revisión"
                fields={[
                  {
                    name: 'conclusions',
                    label: 'Conclusiones sobre la conveniencia, adecuación y eficacia del sistema',
                    kind: 'multiline',
                    requiredMessage: 'Escriba las conclusiones de la revisión.',
                  },
                ]}
                submitLabel="Aprobar el acta"
                onSubmit={async ({ conclusions = '' }) => {
                  const refusal = ruleErrorOf(
                    (
                      await closeReview({
                        reviewId: review.id,
                        conclusions,
                        expectedRevision: review.revision,
                      })
                    ).error,
                    'No fue posible aprobar el acta.',
                  );
                  if (refusal === null) reload();
                  return refusal;
                }}
              />
            </Paper>
          </>
        )
      )}
    </Box>
  );
}
