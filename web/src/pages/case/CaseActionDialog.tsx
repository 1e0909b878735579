// The form of one step on a case, in a dialog: its fields, each required one checked before sending, and
// the server's refusal in its own Spanish words — in an alert above the form that screen readers
// announce, and on the field it blamed. It sends the revision the user saw; when someone else changed the
// case meanwhile, the page reloads it and the alert says so. A step that takes files (an answer, the
// information provided) sends each one as it is chosen and the step waits for them. The page offers the
// draft for review when the case says its kind is reviewed; should an answer still be refused for review
// (ANSWER_REVIEW_REQUIRED: the office's setting changed while the page was open), it becomes, with its
// text and files kept, a draft to send for a coordinator's visto bueno. A step that ends the case or
// sends what cannot be recalled asks first (ConfirmDialog); one with nothing to fill in is only the
// question.
import {
  Alert,
  Box,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { DialogFormActions } from '../common/DialogFormActions.js';
import { SpecField } from '../common/SpecField.js';
import { useId, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import {
  ANSWER_REVIEW_REQUIRED,
  caseActionConfirmation,
  caseActionForm,
  caseActionProblems,
  caseActionRefusal,
  caseActionVariables,
  initialDraft,
  type CaseAction,
  type CaseActionDraft,
  type CaseActionField,
  type CaseActionFieldSpec,
  type CaseActionRefusal,
  type CaseFacts,
} from '../../logic/case-actions';
import { NO_UPLOADS, uploadsProblem, type UploadsValue } from '../../logic/attachments';
import { messageForField } from '../../logic/rule-errors';
import { AttachmentUpload } from '../common/AttachmentUpload';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ASSIGNABLE_USERS, runCaseAction } from './case-operations';

/** Who a case may be assigned to: active staff who work cases (never an auditor only). */
function useAssignableUsers(needed: boolean) {
  const [{ data, error }] = useQuery({ query: ASSIGNABLE_USERS, pause: !needed });
  const users = (data?.users ?? []).filter(
    (user) => user.active && user.roles.some((role) => role !== 'AUDITOR'),
  );
  return { users, error };
}

export function CaseActionDialog({
  action: requestedAction,
  facts,
  onClose,
  onDone,
  onConflict,
  onReviewRequired,
  opening,
  keptAttachments = [],
}: {
  readonly action: CaseAction;
  readonly facts: CaseFacts;
  readonly onClose: () => void;
  /** The step was recorded: the page reloads the case and says so. */
  readonly onDone: (action: CaseAction) => void;
  /** Someone else changed the case: the page reloads it so the next try sends the new revision. */
  readonly onConflict: () => void;
  /** The server said the case's answers go through review: the page offers drafting from now on. */
  readonly onReviewRequired?: () => void;
  /** The form's opening values (a returned draft's text, to correct). */
  readonly opening?: CaseActionDraft;
  /** Files the step keeps from before (a returned draft's annexes), sent with the new ones. */
  readonly keptAttachments?: readonly { readonly id: string; readonly fileName: string }[];
}) {
  const id = useId();
  const client = useClient();
  const [action, setAction] = useState<CaseAction>(requestedAction);
  const [switchedToReview, setSwitchedToReview] = useState<string | null>(null);
  const form = caseActionForm(action, facts);
  const [draft, setDraft] = useState<CaseActionDraft>(() => ({
    ...initialDraft(action, new Date()),
    ...opening,
  }));
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<CaseActionRefusal | null>(null);
  const [uploads, setUploads] = useState<UploadsValue>(NO_UPLOADS);
  const { users, error: usersError } = useAssignableUsers(form.fields.some((field) => field.kind === 'user'));
  const confirmation = caseActionConfirmation(action, facts);
  const [confirming, setConfirming] = useState(false);

  const problems = caseActionProblems(form, draft);
  const errorOf = (name: CaseActionField) =>
    messageForField(name, submitted ? problems[name] : undefined, refusal);
  // The refusal is always announced above the form; the field it blamed, if any, is marked too.
  const general = refusal?.message ?? null;
  const filesProblem = form.attachments ? uploadsProblem(uploads) : undefined;
  const filesError = messageForField('attachmentIds', submitted ? filesProblem : undefined, refusal);
  const set = (name: CaseActionField, value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(null);
    if (Object.keys(problems).length > 0 || filesProblem !== undefined) return;
    // A step that ends the case asks first; Cancelar goes back to the form as it was.
    if (confirmation) setConfirming(true);
    else void send();
  }

  async function send() {
    setConfirming(false);
    setRefusal(null);
    setSending(true);
    try {
      const attachmentIds = [...keptAttachments.map((file) => file.id), ...uploads.ids];
      const result = await runCaseAction(
        client,
        action,
        caseActionVariables(action, facts, draft, attachmentIds),
      );
      const refused = caseActionRefusal(result.error);
      if (refused === null) {
        onDone(action);
        return;
      }
      if (action === 'answer' && refused.rule === ANSWER_REVIEW_REQUIRED) {
        // Same text, same files: only the step changes, and the user sends it knowingly.
        setAction('draftAnswer');
        setSwitchedToReview(refused.message);
        onReviewRequired?.();
        return;
      }
      setRefusal(refused);
      if (refused.conflict) onConflict();
    } finally {
      setSending(false);
    }
  }

  function renderField(field: CaseActionFieldSpec) {
    const error = errorOf(field.name);
    const helperText = error ?? field.helperText;
    const value = draft[field.name] ?? '';
    const required = field.requiredMessage !== undefined;
    if (field.kind === 'user') {
      return (
        <TextField
          key={field.name}
          select
          label={field.label}
          required={required}
          value={value}
          onChange={(event) => {
            const chosen = users.find((user) => user.id === event.target.value);
            setDraft((current) => ({
              ...current,
              assigneeId: event.target.value,
              // The chosen person's own unit, unless the user already wrote another.
              dependency: current.dependency?.trim() ? current.dependency : (chosen?.dependency ?? ''),
            }));
          }}
          error={Boolean(error)}
          helperText={helperText ?? (usersError ? usersError.message : undefined)}
        >
          {users.map((user) => (
            <MenuItem key={user.id} value={user.id}>
              {user.fullName ? `${user.fullName} (${user.username})` : user.username}
              {user.dependency ? ` — ${user.dependency}` : ''}
            </MenuItem>
          ))}
        </TextField>
      );
    }
    return (
      <SpecField
        key={field.name}
        id={id}
        field={{ ...field, kind: field.kind }}
        value={value}
        error={error}
        helperText={helperText}
        required={required}
        minRows={3}
        onChange={(typed) => set(field.name, typed)}
      />
    );
  }

  // A step with nothing to fill in (closing, the visto bueno) is the question itself.
  if (confirmation && form.fields.length === 0 && !form.attachments) {
    return (
      <ConfirmDialog
        open
        title={confirmation.title}
        consequence={confirmation.consequence}
        confirmLabel={confirmation.confirmLabel}
        onConfirm={() => void send()}
        onCancel={onClose}
        destructive={confirmation.destructive}
        busy={sending}
        error={general}
      />
    );
  }

  const titleId = `${id}-title`;
  const formId = `${id}-form`;
  return (
    <Dialog open onClose={sending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{form.title}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{form.intro}</DialogContentText>
        <Box component="form" id={formId} onSubmit={submit} noValidate aria-labelledby={titleId}>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general && <Alert severity="error">{general}</Alert>}
            {switchedToReview && (
              <Alert severity="info" data-testid="answer-review-required">
                {switchedToReview}
              </Alert>
            )}
            {form.fields.map(renderField)}
            {keptAttachments.length > 0 && (
              <Box data-testid="kept-attachments">
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  Anexos del borrador anterior (se conservan)
                </Typography>
                <Typography variant="body2">
                  {keptAttachments.map((file) => file.fileName).join(', ')}
                </Typography>
              </Box>
            )}
            {form.attachments && (
              <AttachmentUpload
                id={`${id}-files`}
                label={form.attachments.label}
                helperText={form.attachments.helperText}
                onChange={setUploads}
                error={filesError}
                disabled={sending}
              />
            )}
          </Stack>
        </Box>
      </DialogContent>
      <DialogFormActions formId={formId} submitLabel={form.submitLabel} busy={sending} onCancel={onClose} />
      {confirmation && (
        <ConfirmDialog
          open={confirming}
          title={confirmation.title}
          consequence={confirmation.consequence}
          confirmLabel={confirmation.confirmLabel}
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
          destructive={confirmation.destructive}
        />
      )}
    </Dialog>
  );
}
