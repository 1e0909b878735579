// Screen 4, the case detail (/casos/:radicado): the case's data and the standing of its term in business
// days, the steps the user's role may take on it now (each its own form), its files (from the filing, the
// information provided and the answer), its history with who and when, the improvement actions
// formulated from it and the FAQ entries that may answer it; why a step is not offered (an extension
// after the due date) or none is (the case waits for the petitioner, it is someone else's); the answer
// in review (visto bueno) and, once answered, its letter; the case's notices with their proof. An
// auditor reads everything and is offered no step.
import { Alert, Box, Button, CircularProgress, Link, Paper, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  availableCaseActions,
  awaitingInformationNote,
  CASE_ACTION_DONE,
  CASE_ACTION_LABELS,
  lastInformationRequest,
  notAssignedNote,
  offeredCaseActions,
  REVIEW_ACTIONS,
  selfApprovalNote,
  unavailableCaseActions,
  lateCaseActionNotes,
  type CaseAction,
  type CaseFacts,
} from '../logic/case-actions';
import { mayFollowUpNotices } from '../logic/notices';
import { todayInBogota } from '../logic/report-periods';
import { useSession } from '../session/session';
import { AttachmentList } from './common/AttachmentList';
import { CaseActionDialog } from './case/CaseActionDialog';
import { CaseAnswerDraft, CaseAnswerLetter } from './case/CaseAnswer';
import { CaseNotices } from './case/CaseNotices';
import { ASSIGNABLE_USERS, CASE_DETAIL, CASE_FAQ_SUGGESTIONS, CASE_TIMELINE } from './case/case-operations';
import { CaseFaqSuggestions, CaseImprovementActions } from './case/CaseRelated';
import { CaseStanding, CaseSummary } from './case/CaseSummary';
import { CaseTimeline } from './case/CaseTimeline';
import { MeritEvaluationForm } from './case/MeritEvaluationForm';
import { mayEvaluateMerit } from '../logic/priority';
import { SuccessMessage } from './common/SuccessMessage';

export function CasePage() {
  const { radicado = '' } = useParams();
  const { user } = useSession();
  const [{ data, fetching, error }, reloadCase] = useQuery({ query: CASE_DETAIL, variables: { radicado } });
  const [history, reloadHistory] = useQuery({ query: CASE_TIMELINE, variables: { radicado } });
  const [faq] = useQuery({ query: CASE_FAQ_SUGGESTIONS, variables: { radicado } });
  // The server lists users to managers and auditors only; agents see the assignee's dependency instead.
  const mayListUsers = Boolean(user?.roles.some((role) => role !== 'AGENT'));
  const [users] = useQuery({ query: ASSIGNABLE_USERS, pause: !mayListUsers });
  const [openAction, setOpenAction] = useState<CaseAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The case says whether its kind goes through review; a refused direct answer says so too should the
  // office's setting change while the page is open.
  const [reviewLearned, setReviewLearned] = useState(false);

  const userNames = useMemo(
    () => new Map((users.data?.users ?? []).map((person) => [person.id, person.fullName ?? person.username])),
    [users.data],
  );

  const reload = () => {
    reloadCase({ requestPolicy: 'network-only' });
    reloadHistory({ requestPolicy: 'network-only' });
  };

  const pqrs = data?.pqrs;
  const facts: CaseFacts | null = pqrs
    ? {
        radicado: pqrs.radicado,
        revision: pqrs.revision,
        kind: pqrs.kind,
        channel: pqrs.channel,
        status: pqrs.status,
        assigneeId: pqrs.assignee?.id ?? null,
        dueDate: pqrs.dueDate,
        maxDueDate: pqrs.maxDueDate,
        extendedOn: pqrs.extendedOn,
        informationRequestAllowedUntil: pqrs.informationRequestAllowedUntil,
        transferAllowedUntil: pqrs.transferAllowedUntil,
        tacitWithdrawalFrom: pqrs.tacitWithdrawalFrom,
        completionWindowExtendedOn: pqrs.completionWindowExtendedOn,
        copiesOwed: pqrs.positiveSilence?.copiesStatus === 'PENDING',
        answerDraft: pqrs.answerDraft
          ? {
              draft: pqrs.answerDraft.draft,
              status: pqrs.answerDraft.status === 'RETURNED' ? 'RETURNED' : 'DRAFTED',
              draftedById: pqrs.answerDraft.draftedById,
            }
          : null,
        answerReviewed: pqrs.answerReviewRequired || reviewLearned,
        claimInProcessMarked: Boolean(pqrs.claimInProcessMark),
      }
    : null;
  // The date-bound rules are read on today in Bogotá, as the server reads them.
  const today = todayInBogota(new Date());
  const allActions = facts && user ? offeredCaseActions(user, facts, today) : [];
  const actions = allActions.filter((action) => !REVIEW_ACTIONS.has(action));
  // Why a step is missing or none is offered, in words beside the steps (not a tooltip).
  const actionNotes =
    facts && user
      ? [
          ...unavailableCaseActions(user, facts, today).map(
            ({ action, reason }) => `«${CASE_ACTION_LABELS[action]}» no está disponible. ${reason}`,
          ),
          ...lateCaseActionNotes(user, facts, today).map(
            ({ action, reason }) =>
              `«${CASE_ACTION_LABELS[action]}» está disponible, pero fuera de plazo. ${reason}`,
          ),
          awaitingInformationNote(
            user,
            facts,
            lastInformationRequest(history.data?.caseHistory.events ?? []),
          ),
          availableCaseActions(user, facts).length === 0 ? notAssignedNote(user, facts) : null,
        ].filter((note): note is string => note !== null)
      : [];
  const reviewActions = allActions.filter((action) => REVIEW_ACTIONS.has(action));
  const reviewNote = facts && user ? selfApprovalNote(user, facts) : null;
  const startAction = (action: CaseAction) => {
    setDone(null);
    setOpenAction(action);
  };
  // Correcting a draft starts from its text and keeps its files.
  const previousDraft = openAction === 'draftAnswer' ? (pqrs?.answerDraft ?? null) : null;

  return (
    <>
      <Link component={RouterLink} to="/bandeja" sx={{ display: 'inline-block', mb: 1 }}>
        Volver a la bandeja
      </Link>
      <Typography variant="h4" component="h1" gutterBottom>
        Caso {radicado}
      </Typography>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {fetching && !pqrs && <CircularProgress aria-label="Cargando el caso" />}
      {pqrs && facts && (
        <>
          <CaseStanding pqrs={pqrs} />
          <Typography variant="h6" component="p" sx={{ mb: 2 }}>
            {pqrs.subject}
          </Typography>
          <Box role="status" aria-live="polite">
            {done && (
              <SuccessMessage inLiveRegion onClose={() => setDone(null)} sx={{ mb: 2 }}>
                {done}
              </SuccessMessage>
            )}
          </Box>
          {actions.length > 0 && (
            <Stack
              component="section"
              aria-label="Trámites del caso"
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ flexWrap: 'wrap', mb: 3 }}
              data-testid="case-actions"
            >
              {actions.map((action) => (
                <Button
                  key={action}
                  variant={action === 'answer' || action === 'assign' ? 'contained' : 'outlined'}
                  onClick={() => startAction(action)}
                >
                  {CASE_ACTION_LABELS[action]}
                </Button>
              ))}
            </Stack>
          )}
          {actionNotes.length > 0 && (
            <Alert severity="info" sx={{ mb: 3 }} data-testid="case-action-notes">
              {actionNotes.map((note) => (
                <Typography key={note} variant="body2" sx={{ '& + &': { mt: 1 } }}>
                  {note}
                </Typography>
              ))}
            </Alert>
          )}
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
              alignItems: 'start',
            }}
          >
            <Stack spacing={2}>
              {pqrs.answerDraft && (
                <CaseAnswerDraft
                  draft={pqrs.answerDraft}
                  reviewActions={reviewActions}
                  reviewNote={reviewNote}
                  onAction={startAction}
                />
              )}
              <CaseAnswerLetter pqrs={pqrs} />
              <CaseSummary pqrs={pqrs} />
              {mayEvaluateMerit(user?.roles ?? [], pqrs) && (
                <MeritEvaluationForm
                  radicado={pqrs.radicado}
                  revision={pqrs.revision}
                  onDone={(message) => {
                    setDone(message);
                    reload();
                  }}
                />
              )}
              <Paper component="section" aria-labelledby="case-files-title" sx={{ p: 2 }}>
                <Typography id="case-files-title" variant="h5" component="h2" gutterBottom>
                  Archivos del caso
                </Typography>
                <AttachmentList
                  attachments={pqrs.attachments}
                  label="Archivos del caso"
                  emptyText="El caso no tiene archivos."
                  testId="case-attachments"
                />
              </Paper>
              <CaseNotices
                notices={pqrs.notifications}
                mayFollowUp={user ? mayFollowUpNotices(user, facts) : false}
                onDone={(message) => {
                  setDone(message);
                  reload();
                }}
              />
              <CaseTimeline
                events={history.data?.caseHistory.events}
                error={history.error ? history.error.message : null}
                userNames={userNames}
              />
            </Stack>
            <Stack spacing={2}>
              <CaseImprovementActions actions={pqrs.improvementActions} />
              <CaseFaqSuggestions
                suggestions={faq.data?.faqSuggestions}
                error={faq.error ? faq.error.message : null}
              />
            </Stack>
          </Box>
          {openAction && (
            <CaseActionDialog
              key={openAction}
              action={openAction}
              facts={facts}
              onClose={() => setOpenAction(null)}
              onConflict={reload}
              onReviewRequired={() => setReviewLearned(true)}
              opening={
                previousDraft
                  ? {
                      answer: previousDraft.answer,
                      accessDecision: previousDraft.accessDecision ?? '',
                      accessDenialGround: previousDraft.accessDenialGround ?? '',
                      accessDenialDetail: previousDraft.accessDenialDetail ?? '',
                      accessDenialProvision: previousDraft.accessDenialProvision ?? '',
                      accessDenialHarm: previousDraft.accessDenialHarm ?? '',
                      publicVersionDelivered:
                        previousDraft.publicVersionDelivered === null ||
                        previousDraft.publicVersionDelivered === undefined
                          ? ''
                          : String(previousDraft.publicVersionDelivered),
                    }
                  : undefined
              }
              keptAttachments={previousDraft?.attachments ?? []}
              onDone={(action) => {
                setOpenAction(null);
                setDone(CASE_ACTION_DONE[action]);
                reload();
              }}
            />
          )}
        </>
      )}
    </>
  );
}
