// The answer on the case page: while it is in review, the draft (its text, its annexes, where it stands,
// the remarks it came back with) and, for a coordinator, approving or returning it; once given, the
// answer letter (oficio) with its outgoing number and download, the visto bueno it had and the day the
// answer was notified.
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { answerApprovalSentence, answerDraftStanding, answerNotifiedText } from '../../logic/answer-review';
import { CASE_ACTION_LABELS, type CaseAction } from '../../logic/case-actions';
import { AttachmentList } from '../common/AttachmentList';
import type { CaseDetail } from './CaseSummary';

/** The draft in review, with the review's steps the user may take on it. */
export function CaseAnswerDraft({
  draft,
  reviewActions,
  reviewNote,
  onAction,
}: {
  readonly draft: NonNullable<CaseDetail['answerDraft']>;
  readonly reviewActions: readonly CaseAction[];
  /** Why approving is not offered to this user (they wrote the draft), or null. */
  readonly reviewNote: string | null;
  readonly onAction: (action: CaseAction) => void;
}) {
  return (
    <Paper
      component="section"
      aria-labelledby="case-answer-draft-title"
      sx={{ p: 2 }}
      data-testid="answer-draft"
    >
      <Typography id="case-answer-draft-title" variant="h5" component="h2" gutterBottom>
        Respuesta en revisión
      </Typography>
      <Typography data-testid="answer-draft-standing" sx={{ mb: 1 }}>
        {answerDraftStanding(draft)}
      </Typography>
      {draft.status === 'RETURNED' && draft.remarks && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="answer-draft-remarks">
          <strong>Observaciones:</strong> {draft.remarks}
        </Alert>
      )}
      <Box
        component="blockquote"
        sx={{ m: 0, mb: 2, pl: 2, borderLeft: 4, borderColor: 'divider', whiteSpace: 'pre-wrap' }}
        data-testid="answer-draft-text"
      >
        {draft.answer}
      </Box>
      <AttachmentList
        attachments={draft.attachments}
        label="Anexos del borrador"
        testId="answer-draft-files"
      />
      {reviewActions.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }}>
          {reviewActions.map((action) => (
            <Button
              key={action}
              variant={action === 'approveAnswer' ? 'contained' : 'outlined'}
              onClick={() => onAction(action)}
            >
              {CASE_ACTION_LABELS[action]}
            </Button>
          ))}
        </Stack>
      )}
      {reviewNote && (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="answer-draft-review-note">
          {reviewNote}
        </Alert>
      )}
    </Paper>
  );
}

/** The answer letter, its visto bueno and the notification date, once the case is answered. */
export function CaseAnswerLetter({ pqrs }: { readonly pqrs: CaseDetail }) {
  const letter = pqrs.answerLetter;
  if (!letter && !pqrs.answerApproval && !pqrs.answeredAt) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="case-answer-letter-title"
      sx={{ p: 2 }}
      data-testid="answer-letter"
    >
      <Typography id="case-answer-letter-title" variant="h5" component="h2" gutterBottom>
        Oficio de respuesta
      </Typography>
      {letter ? (
        <>
          <Typography sx={{ mb: 1 }}>
            Radicado de salida:{' '}
            <Box component="strong" data-testid="answer-outgoing-number">
              {letter.outgoingNumber}
            </Box>
          </Typography>
          <AttachmentList
            attachments={[letter.attachment]}
            label="Oficio de respuesta"
            testId="answer-letter-file"
          />
        </>
      ) : (
        <Typography color="text.secondary">
          La respuesta se dio sin oficio generado por Ventanilla.
        </Typography>
      )}
      {pqrs.answerApproval && (
        <Typography sx={{ mt: 1 }} data-testid="answer-approval">
          {answerApprovalSentence(pqrs.answerApproval)}
        </Typography>
      )}
      <Typography sx={{ mt: 1 }} data-testid="answer-notified-on">
        Notificada: {answerNotifiedText(pqrs.answerNotifiedOn)}
      </Typography>
    </Paper>
  );
}
