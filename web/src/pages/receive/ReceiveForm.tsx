// The intake form of a PQRS: what was asked (kind, channel, subject, description, priority, when it
// arrived, the files that came with it) and who asks (person type, name, document, contact data, how they
// want the answer, their authorisation to process their data) — or nobody, for an anonymous filing. Each
// field shows its own problem once it has been left or the form was sent; the server's refusals land on
// the field they name.
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AnswerChannel, PersonType, PriorityReason } from '../../graphql/generated/graphql';
import type { UploadsValue } from '../../logic/attachments';
import {
  ANSWER_CHANNEL_LABELS,
  ANSWER_CHANNELS,
  PERSON_TYPE_LABELS,
  PERSON_TYPES,
  PQRS_CHANNEL_LABELS,
  PQRS_CHANNELS,
  PQRS_KIND_LABELS,
  PQRS_KINDS,
  PRIORITY_REASON_LABELS,
  PRIORITY_REASONS,
} from '../../logic/pqrs-labels';
import {
  firstProblemField,
  isAnonymous,
  RECEIVE_LIMITS,
  receiveDraftProblems,
  withPersonType,
  type PetitionerDraft,
  type ReceiveDraft,
  type ReceiveField,
  type ReceiveProblems,
} from '../../logic/receive-form';
import { LateEntryReasonField } from '../common/LateEntryReasonField';
import { bogotaDateTimeInputValue } from '../../logic/report-periods';
import { AttachmentUpload } from '../common/AttachmentUpload';
import { PersonFields } from '../common/PersonFields';
import { PossibleDuplicateWarning } from './PossibleDuplicateWarning';
import { DateTimeField } from '../common/DateField.js';

/** The id of a field's control, so a problem can move the cursor to it. */
export function receiveFieldId(field: ReceiveField): string {
  return `radicar-${field.replace('.', '-')}`;
}

export function focusReceiveField(field: ReceiveField): void {
  document.getElementById(receiveFieldId(field))?.focus();
}

export interface ServerRefusal {
  readonly message: string;
  readonly field: ReceiveField | null;
}

interface Props {
  readonly draft: ReceiveDraft;
  readonly onChange: (draft: ReceiveDraft) => void;
  /** The uploads change on their own time (a file finishes): the page merges them into its latest draft. */
  readonly onAttachmentsChange: (attachments: UploadsValue) => void;
  readonly onSubmit: () => void;
  readonly sending: boolean;
  readonly refusal: ServerRefusal | null;
}

function Section({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={id} variant="outlined" sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}

export function ReceiveForm({ draft, onChange, onAttachmentsChange, onSubmit, sending, refusal }: Props) {
  const [left, setLeft] = useState<ReadonlySet<ReceiveField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const problems: ReceiveProblems = receiveDraftProblems(draft, new Date());
  const problemCount = Object.keys(problems).length;
  const anonymous = isAnonymous(draft);

  const messageOf = (field: ReceiveField): string | undefined =>
    ((attempted || left.has(field)) && problems[field]) ||
    (refusal?.field === field ? refusal.message : undefined);

  /** The props every text field shares: its id, its message and when it counts as visited. */
  const fieldProps = (field: ReceiveField) => {
    const message = messageOf(field);
    return {
      id: receiveFieldId(field),
      error: Boolean(message),
      helperText: message,
      onBlur: () => setLeft((current) => new Set(current).add(field)),
    };
  };

  const set = (patch: Partial<ReceiveDraft>) => onChange({ ...draft, ...patch });
  const setPetitioner = (patch: Partial<PetitionerDraft>) =>
    onChange({ ...draft, petitioner: { ...draft.petitioner, ...patch } });

  function togglePriority(reason: PriorityReason, checked: boolean) {
    set({
      priority: checked
        ? PRIORITY_REASONS.filter((each) => each === reason || draft.priority.includes(each))
        : draft.priority.filter((each) => each !== reason),
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    const first = firstProblemField(problems);
    if (first) {
      focusReceiveField(first);
      return;
    }
    onSubmit();
  }

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={submit}
      spacing={3}
      sx={{ maxWidth: 880 }}
      aria-label="Radicar PQRS"
    >
      {attempted && problemCount > 0 && (
        <Alert severity="error">
          {problemCount === 1
            ? 'Hay un campo por corregir antes de radicar.'
            : `Hay ${problemCount} campos por corregir antes de radicar.`}
        </Alert>
      )}
      {refusal && refusal.field === null && <Alert severity="error">{refusal.message}</Alert>}

      <Section id="radicar-solicitud" title="Solicitud">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            required
            label="Tipo de PQRS"
            value={draft.kind}
            onChange={(event) => set({ kind: event.target.value as ReceiveDraft['kind'] })}
            {...fieldProps('kind')}
            sx={{ flex: 1 }}
          >
            {PQRS_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {PQRS_KIND_LABELS[kind]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            required
            label="Canal de recepción"
            value={draft.channel}
            onChange={(event) => set({ channel: event.target.value as ReceiveDraft['channel'] })}
            {...fieldProps('channel')}
            sx={{ flex: 1 }}
          >
            {PQRS_CHANNELS.map((channel) => (
              <MenuItem key={channel} value={channel}>
                {PQRS_CHANNEL_LABELS[channel]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <TextField
          required
          label="Asunto"
          value={draft.subject}
          onChange={(event) => set({ subject: event.target.value })}
          slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.subject } }}
          {...fieldProps('subject')}
        />
        <TextField
          required
          multiline
          minRows={4}
          label="Descripción de la solicitud"
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
          slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.description } }}
          {...fieldProps('description')}
        />
        <FormControl component="fieldset" error={Boolean(messageOf('priority'))}>
          <FormLabel component="legend">Atención prioritaria (Ley 1755 de 2015, artículo 20)</FormLabel>
          <FormGroup>
            {PRIORITY_REASONS.map((reason) => (
              <FormControlLabel
                key={reason}
                control={
                  <Checkbox
                    checked={draft.priority.includes(reason)}
                    onChange={(event) => togglePriority(reason, event.target.checked)}
                  />
                }
                label={PRIORITY_REASON_LABELS[reason]}
              />
            ))}
          </FormGroup>
          {messageOf('priority') && (
            <Typography variant="caption" color="error" id={receiveFieldId('priority')}>
              {messageOf('priority')}
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary">
            Los tres primeros motivos son de atención prioritaria (art. 20: cambian el orden de atención); los
            demás, de atención preferencial (Ley 1437 de 2011, art. 5 num. 6).
          </Typography>
        </FormControl>
        {draft.priority.includes('FUNDAMENTAL_RIGHT_RISK') && (
          <>
            <TextField
              multiline
              minRows={2}
              label="Prueba sumaria del riesgo (qué aporta el peticionario)"
              value={draft.priorityProof ?? ''}
              onChange={(event) => set({ priorityProof: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 5000 } }}
              {...fieldProps('priorityProof')}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={draft.lifeOrIntegrityRisk ?? false}
                  onChange={(event) => set({ lifeOrIntegrityRisk: event.target.checked })}
                />
              }
              label="Hay riesgo inminente para la vida o la integridad: alertar de inmediato a la coordinación"
            />
          </>
        )}
        <DateTimeField
          label="Fecha y hora de recepción (hora de Bogotá)"
          value={draft.receivedAt}
          onChange={(receivedAt) => set({ receivedAt })}
          {...fieldProps('receivedAt')}
          helperText={
            messageOf('receivedAt') ??
            'Déjela vacía para radicar con la fecha y hora actuales; úsela para lo que llegó antes, como la correspondencia.'
          }
          max={bogotaDateTimeInputValue(new Date())}
          sx={{ maxWidth: 420 }}
        />
        {draft.receivedAt.trim() !== '' && (
          <LateEntryReasonField
            value={draft.lateEntryReason}
            onChange={(lateEntryReason) => set({ lateEntryReason })}
            maxLength={RECEIVE_LIMITS.lateEntryReason}
            fieldProps={fieldProps('lateEntryReason')}
            message={messageOf('lateEntryReason')}
          />
        )}
        <AttachmentUpload
          id={receiveFieldId('attachmentIds')}
          label="Archivos de la solicitud"
          onChange={onAttachmentsChange}
          error={messageOf('attachmentIds')}
          disabled={sending}
        />
      </Section>

      <Section id="radicar-peticionario" title="Peticionario">
        <TextField
          select
          required
          label="Tipo de persona"
          value={draft.personType}
          onChange={(event) => onChange(withPersonType(draft, event.target.value as PersonType))}
          {...fieldProps('personType')}
          helperText={
            messageOf('personType') ??
            (anonymous
              ? 'Sin datos de quien la presenta: solo para los tipos que la oficina recibe de forma anónima.'
              : undefined)
          }
          sx={{ maxWidth: 420 }}
        >
          {PERSON_TYPES.map((personType) => (
            <MenuItem key={personType} value={personType}>
              {PERSON_TYPE_LABELS[personType]}
            </MenuItem>
          ))}
        </TextField>
        {!anonymous && (
          <>
            <PersonFields
              person={draft.petitioner}
              onChange={setPetitioner}
              fieldProps={(field) => fieldProps(`petitioner.${field}`)}
            />
            <PossibleDuplicateWarning
              documentType={draft.petitioner.documentType}
              documentNumber={draft.petitioner.documentNumber}
              subject={draft.subject}
            />
            <FormControl component="fieldset" error={Boolean(messageOf('answerChannel'))}>
              <FormLabel component="legend">Medio por el que quiere recibir la respuesta</FormLabel>
              <RadioGroup
                row
                name="radicar-answerChannel"
                value={draft.answerChannel}
                onChange={(event) => set({ answerChannel: event.target.value as AnswerChannel | '' })}
              >
                <FormControlLabel
                  value=""
                  control={<Radio id={receiveFieldId('answerChannel')} />}
                  label="No lo indicó"
                />
                {ANSWER_CHANNELS.map((channel) => (
                  <FormControlLabel
                    key={channel}
                    value={channel}
                    control={<Radio />}
                    label={ANSWER_CHANNEL_LABELS[channel]}
                  />
                ))}
              </RadioGroup>
              {messageOf('answerChannel') && <FormHelperText>{messageOf('answerChannel')}</FormHelperText>}
            </FormControl>
            <FormControl error={Boolean(messageOf('dataProcessingConsent'))}>
              <FormControlLabel
                control={
                  <Checkbox
                    id={receiveFieldId('dataProcessingConsent')}
                    checked={draft.dataProcessingConsent}
                    onChange={(event) => set({ dataProcessingConsent: event.target.checked })}
                  />
                }
                label="El peticionario autorizó el tratamiento de sus datos personales (Ley 1581 de 2012)"
              />
              <FormHelperText>
                {messageOf('dataProcessingConsent') ??
                  'Márquelo si firmó la autorización: se registra con la versión vigente de la política.'}
              </FormHelperText>
            </FormControl>
            <Typography variant="body2" color="text.secondary">
              Los datos personales se guardan cifrados y solo se usan para responder (Ley 1581 de 2012).
            </Typography>
          </>
        )}
      </Section>

      <Box>
        <Button type="submit" variant="contained" size="large" disabled={sending}>
          {sending ? 'Radicando…' : 'Radicar'}
        </Button>
      </Box>
    </Stack>
  );
}
