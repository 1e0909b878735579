// One improvement action: what it is about and where it comes from, its progress notes with their
// evidence (described, and its files to download), its effectiveness checks with theirs, and closing it
// on the last check. Only the steps the user's role
// may take on it now are offered; the server's rule errors are shown in its own words.
import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  Link,
  List,
  ListItem,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { ImprovementActionStatus } from '../../graphql/generated/graphql';
import {
  ACTION_STATUS_LABELS,
  actionSteps,
  closingConfirmation,
  closingOutcome,
  dueDescription,
} from '../../logic/improvement-action-board';
import { formatDate, formatInstant, todayInBogota } from '../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../logic/rule-errors';
import { useSession } from '../../session/session';
import { ActionSourceText } from './ActionSourceText';
import { AttachmentList } from '../common/AttachmentList';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Facts } from '../steps/Facts';
import { StepFeedback, type Feedback } from '../steps/StepFeedback';
import { StepForm } from '../steps/StepForm';

const ACTION_DETAIL = graphql(`
  query ActionDetail($id: ID!) {
    improvementAction(id: $id) {
      id
      revision
      status
      problem
      rootCause
      action
      dueDate
      formulatedAt
      closedAt
      closedEffective
      linkedActionId
      source {
        kind
        reference
      }
      responsible {
        id
        username
        fullName
      }
      progress {
        note
        evidence
        recordedOn
        recordedAt
        attachments {
          id
          fileName
          mediaType
          size
          sha256
        }
      }
      verifications {
        effective
        evidence
        verifiedOn
        verifiedAt
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
`);

const ACTION_RECORD_PROGRESS = graphql(`
  mutation ActionRecordProgress(
    $id: ID!
    $expectedRevision: Int
    $note: String!
    $evidence: String!
    $attachmentIds: [ID!]
  ) {
    recordActionProgress(
      id: $id
      expectedRevision: $expectedRevision
      note: $note
      evidence: $evidence
      attachmentIds: $attachmentIds
    ) {
      id
      revision
      status
    }
  }
`);

const ACTION_VERIFY = graphql(`
  mutation ActionVerify(
    $id: ID!
    $expectedRevision: Int
    $effective: Boolean!
    $evidence: String!
    $attachmentIds: [ID!]
  ) {
    verifyActionEffectiveness(
      id: $id
      expectedRevision: $expectedRevision
      effective: $effective
      evidence: $evidence
      attachmentIds: $attachmentIds
    ) {
      id
      revision
      status
    }
  }
`);

const ACTION_CLOSE = graphql(`
  mutation ActionClose($id: ID!, $expectedRevision: Int) {
    closeImprovementAction(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
      status
      closedEffective
    }
  }
`);

type Place = 'top' | 'progress' | 'verifications' | 'close';

export function ImprovementActionDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: ACTION_DETAIL, variables: { id } });
  const [, recordProgress] = useMutation(ACTION_RECORD_PROGRESS);
  const [, verifyEffectiveness] = useMutation(ACTION_VERIFY);
  const [closing, close] = useMutation(ACTION_CLOSE);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [feedback, setFeedback] = useState<Feedback<Place> | null>(null);

  const action = data?.improvementAction;
  if (!action) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          Acción de mejora
        </Typography>
        <BackLink />
        {fetching && <CircularProgress aria-label="Cargando la acción de mejora" />}
        {error && (
          <Alert severity="error">
            {error.graphQLErrors[0]?.message ?? 'No fue posible consultar la acción de mejora.'}
          </Alert>
        )}
      </>
    );
  }

  const status = action.status as ImprovementActionStatus;
  const steps = actionSteps(user?.roles ?? [], user?.id ?? '', {
    status,
    responsibleId: action.responsible?.id ?? null,
  });
  const expectedRevision = action.revision;

  /**
   * Runs a step and says what came of it at `place`: done, or the server's refusal. A step sent from a
   * form also gets its refusal back, to show next to its fields.
   */
  async function run(
    result: Promise<{ error?: Parameters<typeof ruleErrorOf>[0] }>,
    place: Place,
    success: string,
    fallback: string,
    fromForm: boolean,
  ): Promise<RuleError | null> {
    setFeedback(null);
    const refusal = ruleErrorOf((await result).error, fallback);
    if (refusal === null) setFeedback({ place, kind: 'success', message: success });
    else if (!fromForm) setFeedback({ place, kind: 'error', message: refusal.message });
    return refusal;
  }

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Acción de mejora: {action.problem}
      </Typography>
      <BackLink />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography component="span">Estado:</Typography>
        <Chip
          label={ACTION_STATUS_LABELS[status]}
          color={status === 'OVERDUE' ? 'error' : 'default'}
          data-testid="action-status"
        />
        <Typography component="span">{dueDescription(action, todayInBogota(new Date()))}</Typography>
      </Stack>
      <StepFeedback feedback={feedback} place="top" />

      <Paper component="section" aria-labelledby="action-data-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="action-data-title" variant="h5" component="h2" gutterBottom>
          Formulación
        </Typography>
        <Facts
          facts={[
            ['Origen', <ActionSourceText kind={action.source.kind} reference={action.source.reference} />],
            ['Problema', action.problem],
            ['Causa raíz', action.rootCause],
            ['Acción', action.action],
            [
              'Responsable',
              action.responsible
                ? (action.responsible.fullName ?? action.responsible.username)
                : 'Usuario no disponible',
            ],
            ['Fecha límite', formatDate(action.dueDate)],
            ['Formulada', formatInstant(action.formulatedAt)],
            ...(action.linkedActionId
              ? [
                  [
                    'Da continuidad a',
                    <Link
                      component={RouterLink}
                      to={`/acciones/${encodeURIComponent(action.linkedActionId)}`}
                    >
                      la acción anterior (no eficaz)
                    </Link>,
                  ] as const,
                ]
              : []),
            ...(action.closedAt
              ? [
                  [
                    'Cerrada',
                    `${formatInstant(action.closedAt)}, ${action.closedEffective ? 'eficaz' : 'no eficaz'}`,
                  ] as const,
                ]
              : []),
          ]}
        />
      </Paper>

      <Paper component="section" aria-labelledby="action-progress-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="action-progress-title" variant="h5" component="h2" gutterBottom>
          Avances
        </Typography>
        <StepFeedback feedback={feedback} place="progress" />
        {action.progress.length === 0 ? (
          <Typography color="text.secondary">Aún no se ha registrado ningún avance.</Typography>
        ) : (
          <List aria-labelledby="action-progress-title" data-testid="action-progress">
            {action.progress.map((note, index) => (
              <ListItem key={index} divider disableGutters sx={{ display: 'block' }}>
                <Typography variant="body2" color="text.secondary">
                  {formatDate(note.recordedOn)}
                </Typography>
                <Typography>{note.note}</Typography>
                <Typography variant="body2">Evidencia: {note.evidence}</Typography>
                <AttachmentList
                  attachments={note.attachments}
                  label={`Archivos de evidencia del avance del ${formatDate(note.recordedOn)}`}
                  testId="progress-attachments"
                />
              </ListItem>
            ))}
          </List>
        )}
        {steps.recordProgress && (
          <StepForm
            title="Registrar un avance"
            fields={[
              {
                name: 'note',
                label: 'Avance realizado',
                kind: 'multiline',
                requiredMessage: 'Describa el avance.',
              },
              {
                name: 'evidence',
                label: 'Evidencia',
                requiredMessage: 'Indique la evidencia del avance.',
                helperText: 'Documento, acta o archivo que lo respalda; adjunte abajo sus archivos.',
              },
            ]}
            attachments={{ label: 'Archivos de evidencia del avance' }}
            submitLabel="Registrar el avance"
            onSubmit={({ note = '', evidence = '' }, attachmentIds) =>
              run(
                recordProgress({ id, expectedRevision, note, evidence, attachmentIds: [...attachmentIds] }),
                'progress',
                'Avance registrado.',
                'No fue posible registrar el avance.',
                true,
              )
            }
          />
        )}
      </Paper>

      <Paper component="section" aria-labelledby="action-verifications-title" sx={{ p: 2, mb: 3 }}>
        <Typography id="action-verifications-title" variant="h5" component="h2" gutterBottom>
          Verificaciones de eficacia
        </Typography>
        <StepFeedback feedback={feedback} place="verifications" />
        {action.verifications.length === 0 ? (
          <Typography color="text.secondary">Aún no se ha verificado la eficacia.</Typography>
        ) : (
          <List aria-labelledby="action-verifications-title">
            {action.verifications.map((verification, index) => (
              <ListItem key={index} divider disableGutters sx={{ display: 'block' }}>
                <Typography variant="body2" color="text.secondary">
                  {formatDate(verification.verifiedOn)}
                </Typography>
                <Typography sx={{ fontWeight: 600 }}>
                  {verification.effective ? 'Eficaz' : 'No eficaz'}
                </Typography>
                <Typography variant="body2">Evidencia: {verification.evidence}</Typography>
                <AttachmentList
                  attachments={verification.attachments}
                  label={`Archivos de evidencia de la verificación del ${formatDate(verification.verifiedOn)}`}
                  testId="verification-attachments"
                />
              </ListItem>
            ))}
          </List>
        )}
        {steps.verifyEffectiveness && (
          <StepForm
            title="Verificar la eficacia"
            fields={[
              {
                name: 'effective',
                label: '¿La acción eliminó la causa del problema?',
                kind: 'yesNo',
                yesLabel: 'Eficaz',
                noLabel: 'No eficaz',
                requiredMessage: 'Indique si la acción fue eficaz o no.',
              },
              {
                name: 'evidence',
                label: 'Evidencia de la verificación',
                requiredMessage: 'Indique la evidencia de la verificación de eficacia.',
              },
            ]}
            attachments={{ label: 'Archivos de evidencia de la verificación' }}
            submitLabel="Registrar la verificación"
            onSubmit={({ effective = '', evidence = '' }, attachmentIds) =>
              run(
                verifyEffectiveness({
                  id,
                  expectedRevision,
                  effective: effective === 'YES',
                  evidence,
                  attachmentIds: [...attachmentIds],
                }),
                'verifications',
                'Verificación de eficacia registrada.',
                'No fue posible registrar la verificación.',
                true,
              )
            }
          />
        )}
      </Paper>

      {steps.close && (
        <Paper component="section" aria-labelledby="action-close-title" sx={{ p: 2, mb: 3 }}>
          <Typography id="action-close-title" variant="h5" component="h2" gutterBottom>
            Cierre
          </Typography>
          <Typography sx={{ mb: 1 }}>{closingOutcome(action.verifications)}</Typography>
          <StepFeedback feedback={feedback} place="close" />
          {/* The decider closes only on a verification: until there is one, the sentence says why. */}
          {action.verifications.length > 0 && (
            <Button variant="contained" disabled={closing.fetching} onClick={() => setConfirmingClose(true)}>
              Cerrar la acción
            </Button>
          )}
          <ConfirmDialog
            open={confirmingClose}
            {...closingConfirmation(action.verifications)}
            busy={closing.fetching}
            onCancel={() => setConfirmingClose(false)}
            onConfirm={() => {
              setConfirmingClose(false);
              // Closed, this section goes: the outcome is said at the top.
              void run(
                close({ id, expectedRevision }),
                'top',
                'Acción de mejora cerrada.',
                'No fue posible cerrar la acción de mejora.',
                false,
              );
            }}
          />
        </Paper>
      )}
    </>
  );
}

function BackLink() {
  return (
    <Link component={RouterLink} to="/acciones" sx={{ display: 'inline-block', mb: 2 }}>
      Volver al tablero de acciones
    </Link>
  );
}
