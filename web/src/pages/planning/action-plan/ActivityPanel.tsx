// One activity of the plan, opened from its row: its data, its progress reports with their evidence and
// review, and the steps the user may take on it now — report progress (the responsible agent or a
// coordinator), approve or reject a pending report (a coordinator who did not file it).
import { Box, Button, Chip, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../graphql/generated';
import type { PlanActivityStatus, ProgressReportStatus, Role } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { AttachmentList } from '../../common/AttachmentList';
import { Facts } from '../../steps/Facts';
import { StepFeedback, type Feedback } from '../../steps/StepFeedback';
import { StepForm } from '../../steps/StepForm';
import {
  ACTIVITY_STATUS_LABELS,
  mayReport,
  mayReview,
  percentText,
  REPORT_STATUS_LABELS,
} from './action-plan-logic';

const PLAN_REPORT_PROGRESS = graphql(`
  mutation PlanReportProgress(
    $year: Int!
    $activityId: ID!
    $progressPercent: Int!
    $note: String!
    $evidence: String
    $attachmentIds: [ID!]
    $expectedRevision: Int
  ) {
    reportActivityProgress(
      year: $year
      activityId: $activityId
      progressPercent: $progressPercent
      note: $note
      evidence: $evidence
      attachmentIds: $attachmentIds
      expectedRevision: $expectedRevision
    ) {
      year
      revision
    }
  }
`);

const PLAN_APPROVE_PROGRESS = graphql(`
  mutation PlanApproveProgress($year: Int!, $progressReportId: ID!, $expectedRevision: Int) {
    approveActivityProgress(
      year: $year
      progressReportId: $progressReportId
      expectedRevision: $expectedRevision
    ) {
      year
      revision
    }
  }
`);

const PLAN_REJECT_PROGRESS = graphql(`
  mutation PlanRejectProgress($year: Int!, $progressReportId: ID!, $reason: String!, $expectedRevision: Int) {
    rejectActivityProgress(
      year: $year
      progressReportId: $progressReportId
      reason: $reason
      expectedRevision: $expectedRevision
    ) {
      year
      revision
    }
  }
`);

export interface PanelActivity {
  readonly id: string;
  readonly description: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly weight: number;
  readonly indicator: string;
  readonly target: string;
  readonly approvedProgress: number;
  readonly weightedExecution: number;
  readonly status: PlanActivityStatus;
  readonly pendingReportId?: string | null;
  readonly responsible?: {
    readonly id: string;
    readonly username: string;
    readonly fullName: string | null;
  } | null;
  readonly progressReports: readonly {
    readonly id: string;
    readonly progressPercent: number;
    readonly note: string;
    readonly evidence: string;
    readonly status: ProgressReportStatus;
    readonly reportedOn: string;
    readonly reviewedOn?: string | null;
    readonly rejectionReason?: string | null;
    readonly reportedBy?: {
      readonly id: string;
      readonly username: string;
      readonly fullName: string | null;
    } | null;
    readonly reviewedBy?: {
      readonly id: string;
      readonly username: string;
      readonly fullName: string | null;
    } | null;
    readonly attachments: readonly {
      readonly id: string;
      readonly fileName: string;
      readonly mediaType: string;
      readonly size: number;
      readonly sha256: string;
    }[];
  }[];
}

type Place = 'reports' | 'review';

const nameOf = (user: { readonly username: string; readonly fullName: string | null } | null | undefined) =>
  user ? user.fullName || user.username : 'Usuario no disponible';

export function ActivityPanel({
  year,
  revision,
  activity,
  roles,
  userId,
  onChanged,
}: {
  readonly year: number;
  readonly revision: number;
  readonly activity: PanelActivity;
  readonly roles: readonly Role[];
  readonly userId: string;
  readonly onChanged: () => void;
}) {
  const [, reportProgress] = useMutation(PLAN_REPORT_PROGRESS);
  const [approving, approve] = useMutation(PLAN_APPROVE_PROGRESS);
  const [, reject] = useMutation(PLAN_REJECT_PROGRESS);
  const [feedback, setFeedback] = useState<Feedback<Place> | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const titleId = `activity-${activity.id}-title`;
  const pending = activity.progressReports.find((report) => report.status === 'PENDING') ?? null;
  const canReport =
    mayReport(roles, userId, activity.responsible?.id ?? '') &&
    pending === null &&
    activity.approvedProgress < 100;
  const canReview = pending !== null && mayReview(roles, userId, pending.reportedBy?.id ?? '');

  async function run(
    result: Promise<{ error?: Parameters<typeof ruleErrorOf>[0] }>,
    place: Place,
    success: string,
    fallback: string,
    fromForm: boolean,
  ): Promise<RuleError | null> {
    setFeedback(null);
    const refusal = ruleErrorOf((await result).error, fallback);
    if (refusal === null) {
      setFeedback({ place, kind: 'success', message: success });
      setRejecting(false);
      onChanged();
    } else if (!fromForm) setFeedback({ place, kind: 'error', message: refusal.message });
    return refusal;
  }

  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: 2, mb: 3 }} data-testid="activity-panel">
      <Typography id={titleId} variant="h5" component="h2" gutterBottom>
        Actividad: {activity.description}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography component="span">Estado:</Typography>
        <Chip
          label={ACTIVITY_STATUS_LABELS[activity.status]}
          color={
            activity.status === 'OVERDUE' ? 'error' : activity.status === 'COMPLETED' ? 'success' : 'default'
          }
        />
      </Stack>
      <Facts
        facts={[
          ['Responsable', nameOf(activity.responsible)],
          ['Fechas', `${formatDate(activity.startDate)} a ${formatDate(activity.endDate)}`],
          ['Peso', percentText(activity.weight)],
          ['Indicador', activity.indicator],
          ['Meta del indicador', activity.target],
          ['Avance aprobado', percentText(activity.approvedProgress)],
          ['Aporte a la ejecución del plan', `${percentText(activity.weightedExecution)} del plan`],
        ]}
      />

      <Typography id={`${titleId}-reports`} variant="h6" component="h3" sx={{ mt: 2 }}>
        Reportes de avance
      </Typography>
      <StepFeedback feedback={feedback} place="reports" />
      {activity.progressReports.length === 0 ? (
        <Typography color="text.secondary">Aún no se ha reportado ningún avance.</Typography>
      ) : (
        <List aria-labelledby={`${titleId}-reports`} data-testid="progress-reports">
          {activity.progressReports.map((report) => (
            <ListItem key={report.id} divider disableGutters sx={{ display: 'block' }}>
              <Typography variant="body2" color="text.secondary">
                {formatDate(report.reportedOn)}, por {nameOf(report.reportedBy)}
              </Typography>
              <Typography sx={{ fontWeight: 600 }}>
                {percentText(report.progressPercent)} acumulado · {REPORT_STATUS_LABELS[report.status]}
                {report.reviewedOn
                  ? ` el ${formatDate(report.reviewedOn)} por ${nameOf(report.reviewedBy)}`
                  : ''}
              </Typography>
              <Typography>{report.note}</Typography>
              {report.evidence && <Typography variant="body2">Evidencia: {report.evidence}</Typography>}
              {report.rejectionReason && (
                <Typography variant="body2">Motivo del rechazo: {report.rejectionReason}</Typography>
              )}
              <AttachmentList
                attachments={report.attachments}
                label={`Archivos de evidencia del reporte del ${formatDate(report.reportedOn)}`}
                testId="report-attachments"
              />
            </ListItem>
          ))}
        </List>
      )}

      {/* Outside the review block: once reviewed, the block goes and the outcome stays said. */}
      <StepFeedback feedback={feedback} place="review" />
      {canReview && pending && (
        <Box sx={{ mt: 2 }}>
          <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
            <Button
              variant="contained"
              disabled={approving.fetching}
              onClick={() =>
                void run(
                  approve({ year, progressReportId: pending.id, expectedRevision: revision }),
                  'review',
                  'Reporte de avance aprobado.',
                  'No fue posible aprobar el reporte.',
                  false,
                )
              }
            >
              Aprobar el avance de {percentText(pending.progressPercent)}
            </Button>
            {!rejecting && (
              <Button variant="outlined" onClick={() => setRejecting(true)}>
                Rechazar…
              </Button>
            )}
          </Stack>
          {rejecting && (
            <StepForm
              title="Rechazar el reporte de avance"
              fields={[
                {
                  name: 'reason',
                  label: 'Motivo del rechazo',
                  kind: 'multiline',
                  requiredMessage: 'Indique por qué se rechaza el reporte de avance.',
                },
              ]}
              submitLabel="Rechazar el reporte"
              onCancel={() => setRejecting(false)}
              onSubmit={({ reason = '' }) =>
                run(
                  reject({ year, progressReportId: pending.id, reason, expectedRevision: revision }),
                  'review',
                  'Reporte de avance rechazado.',
                  'No fue posible rechazar el reporte.',
                  true,
                )
              }
            />
          )}
        </Box>
      )}

      {canReport && (
        <StepForm
          title="Reportar avance"
          fields={[
            {
              name: 'progressPercent',
              label: 'Avance acumulado (%)',
              requiredMessage: 'Indique el avance acumulado, de 0 a 100.',
              helperText: `Cuánto lleva la actividad en total (aprobado hasta hoy: ${percentText(activity.approvedProgress)}).`,
            },
            { name: 'note', label: 'Qué se hizo', kind: 'multiline', requiredMessage: 'Describa el avance.' },
            {
              name: 'evidence',
              label: 'Evidencia',
              requiredMessage: 'Adjunte la evidencia del avance o indique dónde se encuentra.',
              helperText: 'Documento o acta; puede dejarse en blanco si adjunta archivos.',
              optionalWithFile: true,
            },
          ]}
          attachments={{ label: 'Archivos de evidencia del avance' }}
          submitLabel="Reportar el avance"
          onSubmit={({ progressPercent = '', note = '', evidence = '' }, attachmentIds) => {
            const percent = Number(progressPercent.trim());
            if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
              return Promise.resolve({
                message: 'El avance es un porcentaje entero entre 0 y 100.',
                field: 'progressPercent',
              });
            }
            return run(
              reportProgress({
                year,
                activityId: activity.id,
                progressPercent: percent,
                note,
                evidence,
                attachmentIds: [...attachmentIds],
                expectedRevision: revision,
              }),
              'reports',
              'Avance reportado: cuenta cuando un coordinador lo apruebe.',
              'No fue posible reportar el avance.',
              true,
            );
          }}
        />
      )}
    </Paper>
  );
}
