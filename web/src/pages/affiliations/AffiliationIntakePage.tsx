// Nueva solicitud de afiliación: the intake form (type, channel, the campaign of the plan it came from —
// chosen from the list, never typed —, when it arrived, and the applicant). Each field shows its own problem once left or once the form was sent; the server's refusals
// land on the field they name. Once received, the request's own page opens, saying its number.
import { Alert, Box, Button, Link, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  AFFILIATION_INTAKE_LIMITS,
  affiliationIntakeFieldOf,
  affiliationIntakeProblems,
  EMPTY_AFFILIATION_INTAKE_DRAFT,
  firstAffiliationIntakeProblem,
  receiveAffiliationInputOf,
  type AffiliationIntakeDraft,
  type AffiliationIntakeField,
} from '../../logic/affiliation-intake';
import { mayReceiveAffiliation } from '../../logic/affiliation-actions';
import { AFFILIATION_TYPE_LABELS, AFFILIATION_TYPES } from '../../logic/affiliations';
import { PQRS_CHANNEL_LABELS, PQRS_CHANNELS } from '../../logic/pqrs-labels';
import type { PetitionerDraft } from '../../logic/receive-form';
import { LateEntryReasonField } from '../common/LateEntryReasonField';
import { bogotaDateTimeInputValue } from '../../logic/report-periods';
import { ruleErrorOf } from '../../logic/rule-errors';
import { PersonFields } from '../common/PersonFields';
import { useSession } from '../../session/session';
import { AFFILIATION_RECEIVE, AFFILIATION_CAMPAIGN_CHOICES } from './affiliation-operations';
import { campaignChoiceLabel, campaignChoices } from '../../logic/campaign-plan';
import { todayInBogota } from '../../logic/report-periods';
import { DateTimeField } from '../common/DateField.js';

/** What the request's page is told when it opens right after the intake. */
export interface ReceivedState {
  readonly receivedId: string;
}

function fieldId(field: AffiliationIntakeField): string {
  return `afiliacion-${field.replace('.', '-')}`;
}

function focusField(field: AffiliationIntakeField): void {
  document.getElementById(fieldId(field))?.focus();
}

/** A key for one filled-in form: sending it twice receives one request (see ReceivePage). */
function newFormKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `afiliacion-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

interface Refusal {
  readonly message: string;
  readonly field: AffiliationIntakeField | null;
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

export function AffiliationIntakePage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<AffiliationIntakeDraft>(EMPTY_AFFILIATION_INTAKE_DRAFT);
  const [formKey] = useState(newFormKey);
  const [left, setLeft] = useState<ReadonlySet<AffiliationIntakeField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ fetching }, receive] = useMutation(AFFILIATION_RECEIVE);
  const [{ data: plan }] = useQuery({ query: AFFILIATION_CAMPAIGN_CHOICES });

  const problems = affiliationIntakeProblems(draft, new Date());
  const problemCount = Object.keys(problems).length;

  if (!mayReceiveAffiliation(user?.roles ?? [])) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          Nueva solicitud de afiliación
        </Typography>
        <Alert severity="info">Su rol no permite recibir solicitudes de afiliación.</Alert>
        <BackLink />
      </>
    );
  }

  const messageOf = (field: AffiliationIntakeField): string | undefined =>
    ((attempted || left.has(field)) && problems[field]) ||
    (refusal?.field === field ? refusal.message : undefined);

  const fieldProps = (field: AffiliationIntakeField) => {
    const message = messageOf(field);
    return {
      id: fieldId(field),
      error: Boolean(message),
      helperText: message,
      onBlur: () => setLeft((current) => new Set(current).add(field)),
    };
  };

  const change = (next: AffiliationIntakeDraft) => {
    setDraft(next);
    setRefusal(null);
  };
  const set = (patch: Partial<AffiliationIntakeDraft>) => change({ ...draft, ...patch });
  const setApplicant = (patch: Partial<PetitionerDraft>) =>
    change({ ...draft, applicant: { ...draft.applicant, ...patch } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setRefusal(null);
    const first = firstAffiliationIntakeProblem(problems);
    if (first) {
      focusField(first);
      return;
    }
    const result = await receive({ input: receiveAffiliationInputOf(draft, formKey) });
    const received = result.data?.receiveAffiliation;
    if (received) {
      const state: ReceivedState = { receivedId: received.id };
      navigate(`/afiliaciones/${encodeURIComponent(received.id)}`, { state });
      return;
    }
    const failure = ruleErrorOf(result.error, 'No fue posible recibir la solicitud de afiliación.');
    if (!failure) return;
    const field = affiliationIntakeFieldOf(failure.field);
    setRefusal({ message: failure.message, field });
    if (field) focusField(field);
  }

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Nueva solicitud de afiliación
      </Typography>
      <BackLink />
      <Stack
        component="form"
        noValidate
        onSubmit={submit}
        spacing={3}
        sx={{ maxWidth: 880 }}
        aria-label="Nueva solicitud de afiliación"
      >
        {attempted && problemCount > 0 && (
          <Alert severity="error">
            {problemCount === 1
              ? 'Hay un campo por corregir antes de recibir la solicitud.'
              : `Hay ${problemCount} campos por corregir antes de recibir la solicitud.`}
          </Alert>
        )}
        {refusal && refusal.field === null && <Alert severity="error">{refusal.message}</Alert>}

        <Section id="afiliacion-solicitud" title="Solicitud">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              required
              label="Tipo de afiliación"
              value={draft.affiliationType}
              onChange={(event) =>
                set({ affiliationType: event.target.value as AffiliationIntakeDraft['affiliationType'] })
              }
              {...fieldProps('affiliationType')}
              sx={{ flex: 1 }}
            >
              {AFFILIATION_TYPES.map((type) => (
                <MenuItem key={type} value={type}>
                  {AFFILIATION_TYPE_LABELS[type]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              required
              label="Canal de recepción"
              value={draft.channel}
              onChange={(event) => set({ channel: event.target.value as AffiliationIntakeDraft['channel'] })}
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
            select
            label="Campaña, feria o visita"
            value={draft.campaignId}
            onChange={(event) => set({ campaignId: event.target.value })}
            {...fieldProps('campaignId')}
            helperText={
              messageOf('campaignId') ??
              'Opcional: la campaña del plan de la que proviene (las ya iniciadas a la fecha de recepción).'
            }
          >
            <MenuItem value="">Sin campaña</MenuItem>
            {campaignChoices(
              plan?.campaigns ?? [],
              draft.receivedAt.trim() === '' ? todayInBogota(new Date()) : draft.receivedAt.slice(0, 10),
            ).map((campaign) => (
              <MenuItem key={campaign.id} value={campaign.id}>
                {campaignChoiceLabel(campaign)}
              </MenuItem>
            ))}
          </TextField>
          <DateTimeField
            label="Fecha y hora de recepción (hora de Bogotá)"
            value={draft.receivedAt}
            onChange={(receivedAt) => set({ receivedAt })}
            {...fieldProps('receivedAt')}
            helperText={
              messageOf('receivedAt') ?? 'Déjela vacía para recibirla con la fecha y hora actuales.'
            }
            max={bogotaDateTimeInputValue(new Date())}
            sx={{ maxWidth: 420 }}
          />
          {draft.receivedAt.trim() !== '' && (
            <LateEntryReasonField
              value={draft.lateEntryReason}
              onChange={(lateEntryReason) => set({ lateEntryReason })}
              maxLength={AFFILIATION_INTAKE_LIMITS.lateEntryReason}
              fieldProps={fieldProps('lateEntryReason')}
              message={messageOf('lateEntryReason')}
            />
          )}
        </Section>

        <Section id="afiliacion-solicitante" title="Solicitante">
          <PersonFields
            person={draft.applicant}
            onChange={setApplicant}
            fieldProps={(field) => fieldProps(`applicant.${field}`)}
          />
          <Typography variant="body2" color="text.secondary">
            Los datos personales se guardan cifrados y solo se usan para tramitar la afiliación (Ley 1581 de
            2012).
          </Typography>
        </Section>

        <Box>
          <Button type="submit" variant="contained" size="large" disabled={fetching}>
            {fetching ? 'Recibiendo…' : 'Recibir la solicitud'}
          </Button>
        </Box>
      </Stack>
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
