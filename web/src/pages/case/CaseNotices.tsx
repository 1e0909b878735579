// The case's notices (Avisos): each with what it is, how and to whom it goes, where it stands, and the
// facts that prove it was given (dates on Bogotá's clock, the Message-ID, the postal guide); a notice the
// law wanted given by a day already past is flagged in words. Whoever works the case resends an e-mail,
// records a postal dispatch (or one that replaces a failed e-mail) and the carrier's delivery or return,
// each in a dialog that shows the server's refusal on the field it blamed.
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { DialogFormActions } from '../common/DialogFormActions.js';
import { SpecField } from '../common/SpecField.js';
import { useId, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { labelOf } from '../../logic/pqrs-labels';
import {
  availableNoticeActions,
  initialNoticeDraft,
  LATE_NOTICE_FLAG,
  NOTICE_ACTION_DONE,
  NOTICE_ACTION_LABELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_KIND_LABELS,
  noticeActionForm,
  noticeActionProblems,
  noticeActionVariables,
  noticeFacts,
  noticeFieldOf,
  noticeIsLate,
  NOTIFICATION_STATUS_LABELS,
  RECIPIENT_LABELS,
  type NoticeAction,
  type NoticeActionDraft,
  type NoticeActionField,
  type NoticeView,
} from '../../logic/notices';
import { todayInBogota } from '../../logic/report-periods';
import { messageForField, ruleErrorOf, type RuleError } from '../../logic/rule-errors';
import { RECORD_POSTAL_DISPATCH, RECORD_POSTAL_OUTCOME, RESEND_NOTIFICATION } from './case-operations';

// The brand's colours, which keep AA contrast with white text (MUI's default info blue does not).
const STATUS_COLOURS: Readonly<Record<string, 'success' | 'warning' | 'error' | 'default' | 'primary'>> = {
  PENDING: 'warning',
  SENT: 'success',
  PUBLISHED: 'success',
  DISPATCHED: 'primary',
  DELIVERED: 'success',
  RETURNED: 'error',
  FAILED: 'error',
};

export function CaseNotices({
  notices,
  mayFollowUp,
  onDone,
}: {
  readonly notices: readonly NoticeView[];
  /** The user works this case (role, and an agent's own case): the follow-up steps show. */
  readonly mayFollowUp: boolean;
  /** A step was recorded: the page reloads the case and says so. */
  readonly onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState<{ action: NoticeAction; notice: NoticeView } | null>(null);
  const today = todayInBogota(new Date());
  return (
    <Paper component="section" aria-labelledby="case-notices-title" sx={{ p: 2 }}>
      <Typography id="case-notices-title" variant="h5" component="h2" gutterBottom>
        Avisos
      </Typography>
      {notices.length === 0 ? (
        <Typography color="text.secondary" data-testid="case-notices">
          El caso no tiene avisos.
        </Typography>
      ) : (
        <List aria-label="Avisos del caso" disablePadding data-testid="case-notices">
          {notices.map((notice) => {
            const kind = labelOf(NOTICE_KIND_LABELS, notice.kind);
            const late = noticeIsLate(notice, today);
            const actions = mayFollowUp ? availableNoticeActions(notice) : [];
            return (
              <ListItem
                key={notice.id}
                divider
                disableGutters
                data-testid="notice-item"
                data-notice-kind={notice.kind}
                sx={{ display: 'block' }}
              >
                <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {kind}
                </Typography>
                <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
                  <Chip
                    size="small"
                    label={labelOf(NOTIFICATION_STATUS_LABELS, notice.status)}
                    color={STATUS_COLOURS[notice.status] ?? 'default'}
                    data-testid="notice-status"
                  />
                  <Chip
                    size="small"
                    variant="outlined"
                    label={labelOf(NOTICE_CHANNEL_LABELS, notice.channel)}
                  />
                  <Chip
                    size="small"
                    variant="outlined"
                    label={`Para: ${RECIPIENT_LABELS[notice.recipientRole] ?? notice.recipientRole}`}
                  />
                  {late && (
                    <Chip size="small" color="error" label={LATE_NOTICE_FLAG} data-testid="notice-late" />
                  )}
                </Stack>
                <Box
                  component="dl"
                  sx={{
                    display: 'grid',
                    gridTemplateColumns: { xs: '1fr', sm: 'minmax(8rem, max-content) 1fr' },
                    columnGap: 2,
                    rowGap: 0.5,
                    m: 0,
                  }}
                  data-testid="notice-facts"
                >
                  {noticeFacts(notice).map(([name, value]) => (
                    <Box key={name} sx={{ display: 'contents' }}>
                      <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                        {name}
                      </Typography>
                      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                        {value}
                      </Typography>
                    </Box>
                  ))}
                </Box>
                {actions.length > 0 && (
                  <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
                    {actions.map((action) => (
                      <Button
                        key={action}
                        size="small"
                        variant="outlined"
                        onClick={() => setOpen({ action, notice })}
                        aria-label={`${NOTICE_ACTION_LABELS[action]}: ${kind}`}
                      >
                        {NOTICE_ACTION_LABELS[action]}
                      </Button>
                    ))}
                  </Stack>
                )}
              </ListItem>
            );
          })}
        </List>
      )}
      {open && (
        <NoticeActionDialog
          key={`${open.action}-${open.notice.id}`}
          action={open.action}
          notice={open.notice}
          today={today}
          onClose={() => setOpen(null)}
          onDone={(action) => {
            setOpen(null);
            onDone(NOTICE_ACTION_DONE[action]);
          }}
        />
      )}
    </Paper>
  );
}

function NoticeActionDialog({
  action,
  notice,
  today,
  onClose,
  onDone,
}: {
  readonly action: NoticeAction;
  readonly notice: NoticeView;
  readonly today: string;
  readonly onClose: () => void;
  readonly onDone: (action: NoticeAction) => void;
}) {
  const id = useId();
  const client = useClient();
  const form = noticeActionForm(action, notice, labelOf(NOTICE_KIND_LABELS, notice.kind));
  const [draft, setDraft] = useState<NoticeActionDraft>(() => initialNoticeDraft(action, today));
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<RuleError | null>(null);
  const problems = noticeActionProblems(form, draft);
  const errorOf = (name: NoticeActionField) =>
    messageForField(name, submitted ? problems[name] : undefined, refusal);
  const set = (name: NoticeActionField, value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(null);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      const variables = noticeActionVariables(action, notice, draft);
      // The variables' shape is the mutation's: the logic's tests check it.
      const send = (document: Parameters<typeof client.mutation>[0]) =>
        client.mutation(document, variables).toPromise();
      const result = await send(
        action === 'resend'
          ? RESEND_NOTIFICATION
          : action === 'postalDispatch'
            ? RECORD_POSTAL_DISPATCH
            : RECORD_POSTAL_OUTCOME,
      );
      const refused = ruleErrorOf(result.error, 'No fue posible registrarlo.');
      if (refused === null) {
        onDone(action);
        return;
      }
      setRefusal({ ...refused, field: noticeFieldOf(refused.field) });
    } finally {
      setSending(false);
    }
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
            {refusal && <Alert severity="error">{refusal.message}</Alert>}
            {form.fields.map((field) => {
              const error = errorOf(field.name);
              const helperText = error ?? field.helperText;
              const value = draft[field.name] ?? '';
              return (
                <SpecField
                  key={field.name}
                  id={id}
                  field={field}
                  value={value}
                  error={error}
                  helperText={helperText}
                  required
                  row
                  minRows={2}
                  onChange={(typed) => set(field.name, typed)}
                />
              );
            })}
          </Stack>
        </Box>
      </DialogContent>
      <DialogFormActions formId={formId} submitLabel={form.submitLabel} busy={sending} onCancel={onClose} />
    </Dialog>
  );
}
