// One application: its data, the checklist of support documents (each registered or rejected with its
// reason), the verification of requirements, and the decision — approval shows the member number, a
// rejection needs its reason; assigning it to a staff member, and, once approved, its novelties. Only
// the steps the user's role may take on it now are offered; the server's rule errors are shown in its
// own words. Opened right after the intake, it says the new request's number (AFI-2026-000042). Below,
// the affiliate's history: the novelties reported and the applicant's other requests.
import { Alert, Box, Button, Chip, CircularProgress, Link, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type {
  AffiliationStatus,
  AffiliationType,
  SupportDocumentState,
} from '../../graphql/generated/graphql';
import {
  approvalConfirmation,
  mayAssignAffiliation,
  NOVELTY_KIND_LABELS,
  reportableNovelties,
} from '../../logic/affiliation-actions';
import {
  AFFILIATION_STATUS_LABELS,
  AFFILIATION_TYPE_LABELS,
  affiliationSteps,
  checklistSummary,
  documentLabel,
  requestReference,
  withDocumentNames,
} from '../../logic/affiliations';
import { labelOf, PQRS_CHANNEL_LABELS } from '../../logic/pqrs-labels';
import { formatInstant } from '../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../logic/rule-errors';
import { useSession } from '../../session/session';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Facts } from '../steps/Facts';
import { StepFeedback, type Feedback } from '../steps/StepFeedback';
import { StepForm } from '../steps/StepForm';
import { MASKED_NOTE } from '../../logic/personal-data';
import { AFFILIATION_ASSIGN, AFFILIATION_REPORT_NOVELTY } from './affiliation-operations';
import { AffiliationAssignment } from './AffiliationAssignment';
import type { ReceivedState } from './AffiliationIntakePage';
import { AffiliateHistory } from './AffiliateHistory';
import { AffiliationNoveltyForm } from './AffiliationNoveltyForm';
import { DocumentChecklist, type ChecklistDocument } from './DocumentChecklist';

const AFFILIATION_DETAIL = graphql(`
  query AffiliationDetail($id: ID!) {
    affiliation(id: $id) {
      id
      requestNumber
      revision
      status
      affiliationType
      channel
      campaign
      plannedCampaignName
      receivedAt
      verifiedAt
      decidedAt
      decision
      memberNumber
      rejectionReason
      applicant {
        name
        documentType
        documentNumber
        erased
        masked
      }
      assignee {
        id
        username
        fullName
      }
      documents {
        documentType
        state
        evidenceReference
        attachment {
          id
          fileName
          mediaType
          size
          sha256
        }
        rejectionReason
        checkedAt
        checkedBy {
          username
          fullName
        }
      }
      novelties {
        id
        kind
        description
        effectiveDate
        reportedAt
      }
      otherRequests {
        id
        requestNumber
        status
        receivedAt
        memberNumber
      }
    }
  }
`);

const AFFILIATION_SUBMIT_DOCUMENT = graphql(`
  mutation AffiliationSubmitDocument(
    $id: ID!
    $expectedRevision: Int
    $input: SubmitAffiliationDocumentInput!
  ) {
    submitAffiliationDocument(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      status
    }
  }
`);

const AFFILIATION_REJECT_DOCUMENT = graphql(`
  mutation AffiliationRejectDocument(
    $id: ID!
    $expectedRevision: Int
    $documentType: String!
    $reason: String!
  ) {
    rejectAffiliationDocument(
      id: $id
      expectedRevision: $expectedRevision
      documentType: $documentType
      reason: $reason
    ) {
      id
      revision
      status
    }
  }
`);

const AFFILIATION_VERIFY_REQUIREMENTS = graphql(`
  mutation AffiliationVerifyRequirements($id: ID!, $expectedRevision: Int) {
    verifyAffiliationRequirements(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
      status
    }
  }
`);

const AFFILIATION_APPROVE = graphql(`
  mutation AffiliationApprove($id: ID!, $expectedRevision: Int) {
    approveAffiliation(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
      status
      memberNumber
    }
  }
`);

const AFFILIATION_REJECT = graphql(`
  mutation AffiliationReject($id: ID!, $expectedRevision: Int, $reason: String!) {
    rejectAffiliation(id: $id, expectedRevision: $expectedRevision, reason: $reason) {
      id
      revision
      status
    }
  }
`);

type Place = 'top' | 'documents' | 'decision' | 'assignment' | 'novelty';

export function AffiliationDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: AFFILIATION_DETAIL, variables: { id } });
  const [, submitDocument] = useMutation(AFFILIATION_SUBMIT_DOCUMENT);
  const [, rejectDocument] = useMutation(AFFILIATION_REJECT_DOCUMENT);
  const [verifying, verify] = useMutation(AFFILIATION_VERIFY_REQUIREMENTS);
  const [approving, approve] = useMutation(AFFILIATION_APPROVE);
  const [, reject] = useMutation(AFFILIATION_REJECT);
  const [, assign] = useMutation(AFFILIATION_ASSIGN);
  const [, reportNovelty] = useMutation(AFFILIATION_REPORT_NOVELTY);
  const location = useLocation();
  const receivedId = (location.state as ReceivedState | null)?.receivedId;
  const [feedback, setFeedback] = useState<Feedback<Place> | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [confirmingApproval, setConfirmingApproval] = useState(false);

  const affiliation = data?.affiliation;
  if (!affiliation) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          Afiliación
        </Typography>
        <BackLink />
        {fetching && <CircularProgress aria-label="Cargando la afiliación" />}
        {error && (
          <Alert severity="error">
            {error.graphQLErrors[0]?.message ?? 'No fue posible consultar la afiliación.'}
          </Alert>
        )}
      </>
    );
  }

  const status = affiliation.status as AffiliationStatus;
  const steps = affiliationSteps(user?.roles ?? [], user?.id ?? '', {
    status,
    assigneeId: affiliation.assignee?.id ?? null,
  });
  const expectedRevision = affiliation.revision;
  const roles = user?.roles ?? [];
  const mayAssign = mayAssignAffiliation(roles, status);
  const novelties = reportableNovelties(roles, status);
  const applicantName = affiliation.applicant.erased
    ? 'Datos suprimidos'
    : (affiliation.applicant.name ?? 'Sin nombre');
  const documents: ChecklistDocument[] = affiliation.documents.map((document) => ({
    documentType: document.documentType,
    state: document.state as SupportDocumentState,
    evidenceReference: document.evidenceReference ?? null,
    attachment: document.attachment ?? null,
    rejectionReason: document.rejectionReason ?? null,
    checkedAt: document.checkedAt ?? null,
    checkedBy: document.checkedBy ? (document.checkedBy.fullName ?? document.checkedBy.username) : null,
  }));

  /**
   * Runs a step and says what came of it at `place`: done (unless the page shows it, success null), or
   * the server's refusal with the documents named in Spanish. A step sent from a form also gets its
   * refusal back, to show next to its fields.
   */
  async function run(
    result: Promise<{ error?: Parameters<typeof ruleErrorOf>[0] }>,
    place: Place,
    success: string | null,
    fallback: string,
    fromForm: boolean,
  ): Promise<RuleError | null> {
    setFeedback(null);
    const refusal = ruleErrorOf((await result).error, fallback);
    if (refusal === null) {
      if (success !== null) setFeedback({ place, kind: 'success', message: success });
      return null;
    }
    const named = { ...refusal, message: withDocumentNames(refusal.message) };
    if (!fromForm) setFeedback({ place, kind: 'error', message: named.message });
    return named;
  }

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Afiliación de {applicantName}
      </Typography>
      <BackLink />
      {receivedId === affiliation.id && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="affiliation-received">
          Solicitud de afiliación recibida. Número de la solicitud:{' '}
          <Box component="strong" data-testid="affiliation-received-id">
            {requestReference(affiliation)}
          </Box>
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography component="span">Estado:</Typography>
        <Chip label={AFFILIATION_STATUS_LABELS[status]} data-testid="affiliation-status" />
      </Stack>
      {affiliation.memberNumber && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="affiliation-approved">
          Afiliación aprobada. Número de afiliado:{' '}
          <Box component="strong" data-testid="member-number">
            {affiliation.memberNumber}
          </Box>
        </Alert>
      )}
      <StepFeedback feedback={feedback} place="top" />

      <Paper component="section" aria-labelledby="affiliation-data-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="affiliation-data-title" variant="h5" component="h2" gutterBottom>
          Datos de la solicitud
        </Typography>
        <Facts
          facts={[
            ['Número de la solicitud', requestReference(affiliation)],
            ['Tipo', AFFILIATION_TYPE_LABELS[affiliation.affiliationType as AffiliationType]],
            [
              'Solicitante',
              affiliation.applicant.erased
                ? 'Datos suprimidos (Ley 1581 de 2012)'
                : `${applicantName} · ${affiliation.applicant.documentType ?? ''} ${affiliation.applicant.documentNumber ?? ''}`.trim(),
            ],
            ...(affiliation.applicant.masked ? ([['Datos personales', MASKED_NOTE]] as const) : []),
            ['Canal', labelOf(PQRS_CHANNEL_LABELS, affiliation.channel)],
            // The plan's campaign by id; an old request keeps the name it was typed with.
            ['Campaña o feria', affiliation.plannedCampaignName ?? affiliation.campaign ?? 'Sin campaña'],
            ['Recibida', formatInstant(affiliation.receivedAt)],
            [
              'Asignada a',
              affiliation.assignee
                ? (affiliation.assignee.fullName ?? affiliation.assignee.username)
                : 'Sin asignar',
            ],
            [
              'Requisitos verificados',
              affiliation.verifiedAt ? formatInstant(affiliation.verifiedAt) : 'Aún no',
            ],
            [
              'Decisión',
              affiliation.decision === 'APPROVED'
                ? `Aprobada el ${formatInstant(affiliation.decidedAt ?? '')}`
                : affiliation.decision === 'REJECTED'
                  ? `Rechazada el ${formatInstant(affiliation.decidedAt ?? '')}: ${affiliation.rejectionReason ?? ''}`
                  : 'Pendiente',
            ],
          ]}
        />
      </Paper>

      {mayAssign && (
        <Paper component="section" aria-labelledby="affiliation-assignment-title" sx={{ p: 2, mb: 3 }}>
          <Typography id="affiliation-assignment-title" variant="h5" component="h2" gutterBottom>
            Asignación
          </Typography>
          <StepFeedback feedback={feedback} place="assignment" />
          <AffiliationAssignment
            key={affiliation.assignee?.id ?? 'sin-asignar'}
            currentAssigneeId={affiliation.assignee?.id ?? null}
            onAssign={(assigneeId) =>
              run(
                assign({ id, expectedRevision, assigneeId }),
                'assignment',
                'Solicitud asignada.',
                'No fue posible asignar la solicitud.',
                true,
              )
            }
          />
        </Paper>
      )}

      <Paper component="section" aria-labelledby="affiliation-documents-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="affiliation-documents-title" variant="h5" component="h2" gutterBottom>
          Documentos soporte
        </Typography>
        <Typography sx={{ mb: 1 }} data-testid="checklist-summary">
          {checklistSummary(documents)}
        </Typography>
        <StepFeedback feedback={feedback} place="documents" />
        <DocumentChecklist
          documents={documents}
          mayReview={steps.reviewDocuments}
          onSubmit={(documentType, evidenceReference, attachmentId) =>
            run(
              submitDocument({
                id,
                expectedRevision,
                input: { documentType, evidenceReference: evidenceReference || null, attachmentId },
              }),
              'documents',
              `${documentLabel(documentType)}: registrado como recibido y aceptado.`,
              'No fue posible registrar el documento.',
              true,
            )
          }
          onReject={(documentType, reason) =>
            run(
              rejectDocument({ id, expectedRevision, documentType, reason }),
              'documents',
              `${documentLabel(documentType)}: rechazado.`,
              'No fue posible rechazar el documento.',
              true,
            )
          }
        />
      </Paper>

      {(steps.verifyRequirements || steps.approve || steps.reject) && (
        <Paper component="section" aria-labelledby="affiliation-decision-title" sx={{ p: 2, mb: 3 }}>
          <Typography id="affiliation-decision-title" variant="h5" component="h2" gutterBottom>
            Verificación y decisión
          </Typography>
          <StepFeedback feedback={feedback} place="decision" />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1 }}>
            {steps.verifyRequirements && (
              <Button
                variant="outlined"
                disabled={verifying.fetching}
                onClick={() =>
                  run(
                    verify({ id, expectedRevision }),
                    'decision',
                    'Requisitos verificados: todos los documentos requeridos fueron aceptados.',
                    'No fue posible verificar los requisitos.',
                    false,
                  )
                }
              >
                Verificar requisitos
              </Button>
            )}
            {steps.approve && (
              <Button
                variant="contained"
                disabled={approving.fetching}
                onClick={() => setConfirmingApproval(true)}
              >
                Aprobar
              </Button>
            )}
            <ConfirmDialog
              open={confirmingApproval}
              {...approvalConfirmation(applicantName)}
              busy={approving.fetching}
              onCancel={() => setConfirmingApproval(false)}
              onConfirm={() => {
                setConfirmingApproval(false);
                // Approved, the decision section goes and the member number shows at the top.
                void run(
                  approve({ id, expectedRevision }),
                  'decision',
                  null,
                  'No fue posible aprobar la afiliación.',
                  false,
                );
              }}
            />
            {steps.reject && !rejecting && (
              <Button color="error" variant="outlined" onClick={() => setRejecting(true)}>
                Rechazar la solicitud
              </Button>
            )}
          </Stack>
          {steps.reject && rejecting && (
            <StepForm
              title="Rechazar la solicitud de afiliación"
              fields={[
                {
                  name: 'reason',
                  label: 'Motivo del rechazo',
                  kind: 'multiline',
                  requiredMessage: 'El rechazo de la afiliación debe ser motivado.',
                },
              ]}
              submitLabel="Rechazar la solicitud"
              onCancel={() => setRejecting(false)}
              onSubmit={async ({ reason = '' }) => {
                const refusal = await run(
                  reject({ id, expectedRevision, reason }),
                  'top',
                  'Solicitud de afiliación rechazada.',
                  'No fue posible rechazar la afiliación.',
                  true,
                );
                if (refusal === null) setRejecting(false);
                return refusal;
              }}
            />
          )}
        </Paper>
      )}

      {novelties.length > 0 && (
        <Paper component="section" aria-labelledby="affiliation-novelty-title" sx={{ p: 2, mb: 3 }}>
          <Typography id="affiliation-novelty-title" variant="h5" component="h2" gutterBottom>
            Novedades del afiliado
          </Typography>
          <StepFeedback feedback={feedback} place="novelty" />
          <AffiliationNoveltyForm
            kinds={novelties}
            onReport={(input) =>
              run(
                reportNovelty({ id, expectedRevision, input }),
                'novelty',
                `Novedad reportada: ${NOVELTY_KIND_LABELS[input.kind]}.`,
                'No fue posible reportar la novedad.',
                true,
              )
            }
          />
        </Paper>
      )}

      <AffiliateHistory
        novelties={affiliation.novelties}
        otherRequests={affiliation.otherRequests.map((request) => ({
          ...request,
          status: request.status as AffiliationStatus,
        }))}
      />
    </>
  );
}

function BackLink() {
  return (
    <Link component={RouterLink} to="/afiliaciones" sx={{ display: 'inline-block', mb: 2 }}>
      Volver a las afiliaciones
    </Link>
  );
}
