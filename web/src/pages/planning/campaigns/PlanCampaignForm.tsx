// Planning a campaign, fair, visit or dissemination action: its kind, name, municipality of Cundinamarca
// (by its DIVIPOLA code, chosen by name), dates, channels and media, and budget in pesos. Checked as the
// server checks it; its refusals are shown next to the field they name.
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
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { CampaignKind } from '../../../graphql/generated/graphql';
import {
  CAMPAIGN_CHANNEL_LABELS,
  CAMPAIGN_CHANNELS,
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_KINDS,
  CAMPAIGN_LIMITS,
  campaignDraftProblems,
  CUNDINAMARCA_MUNICIPALITIES,
  EMPTY_CAMPAIGN_DRAFT,
  planCampaignInputOf,
  type CampaignDraft,
  type CampaignDraftField,
} from '../../../logic/campaign-plan';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { DateField } from '../../common/DateField.js';
import { CAMPAIGN_PLAN_MUTATION } from './campaign-operations';

const MUNICIPALITIES_BY_NAME = [...CUNDINAMARCA_MUNICIPALITIES].sort((left, right) =>
  left.name.localeCompare(right.name, 'es'),
);

export function PlanCampaignForm({
  onPlanned,
  onClose,
}: {
  readonly onPlanned: (campaign: { name: string; year: number }) => void;
  readonly onClose: () => void;
}) {
  const [draft, setDraft] = useState<CampaignDraft>(EMPTY_CAMPAIGN_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const [{ fetching }, plan] = useMutation(CAMPAIGN_PLAN_MUTATION);

  const problems = campaignDraftProblems(draft);
  const serverField = (failure?.field?.replace(/^input\./, '') ?? null) as CampaignDraftField | null;
  const errorOf = (field: CampaignDraftField): string | undefined =>
    (submitted ? problems[field] : undefined) ?? (serverField === field ? failure?.message : undefined);
  const fieldProps = (field: CampaignDraftField) => ({
    id: `campana-${field}`,
    error: Boolean(errorOf(field)),
    helperText: errorOf(field),
  });

  function change(patch: Partial<CampaignDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    const first = (Object.keys(problems) as CampaignDraftField[])[0];
    if (first) {
      document.getElementById(`campana-${first}`)?.focus();
      return;
    }
    const result = await plan({ input: planCampaignInputOf(draft) }, { additionalTypenames: ['Campaign'] });
    const refusal = ruleErrorOf(result.error, 'No fue posible planear la campaña.');
    if (refusal || !result.data) {
      setFailure(refusal);
      return;
    }
    onPlanned(result.data.planCampaign);
    setDraft(EMPTY_CAMPAIGN_DRAFT);
    setSubmitted(false);
  }

  return (
    <Paper component="section" aria-labelledby="plan-campaign-title" sx={{ p: 2, mb: 3, maxWidth: 880 }}>
      <Typography id="plan-campaign-title" variant="h5" component="h2" gutterBottom>
        Planear una campaña, feria, visita o acción de difusión
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Planear una campaña">
        {failure && serverField === null && <Alert severity="error">{failure.message}</Alert>}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            required
            label="Tipo"
            value={draft.kind}
            onChange={(event) => change({ kind: event.target.value as CampaignKind })}
            {...fieldProps('kind')}
            sx={{ minWidth: 220 }}
          >
            {CAMPAIGN_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {CAMPAIGN_KIND_LABELS[kind]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            required
            label="Nombre"
            value={draft.name}
            onChange={(event) => change({ name: event.target.value })}
            slotProps={{ htmlInput: { maxLength: CAMPAIGN_LIMITS.name } }}
            {...fieldProps('name')}
            sx={{ flex: 1 }}
          />
        </Stack>
        <TextField
          select
          required
          label="Municipio (Cundinamarca)"
          value={draft.municipalityCode}
          onChange={(event) => change({ municipalityCode: event.target.value })}
          {...fieldProps('municipalityCode')}
          helperText={errorOf('municipalityCode') ?? 'Se guarda con su código DIVIPOLA del DANE.'}
          sx={{ maxWidth: 420 }}
        >
          {MUNICIPALITIES_BY_NAME.map((municipality) => (
            <MenuItem key={municipality.code} value={municipality.code}>
              {municipality.name} ({municipality.code})
            </MenuItem>
          ))}
        </TextField>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <DateField
            label="Fecha de inicio"
            required
            value={draft.startDate}
            onChange={(startDate) => change({ startDate })}
            {...fieldProps('startDate')}
          />
          <DateField
            label="Fecha de cierre"
            required
            value={draft.endDate}
            onChange={(endDate) => change({ endDate })}
            {...fieldProps('endDate')}
            {...(draft.startDate ? { min: draft.startDate } : {})}
          />
        </Stack>
        <FormControl component="fieldset" error={Boolean(errorOf('channels'))} required>
          <FormLabel component="legend">Canales y medios</FormLabel>
          <FormGroup row>
            {CAMPAIGN_CHANNELS.map((channel) => (
              <FormControlLabel
                key={channel}
                control={
                  <Checkbox
                    id={channel === CAMPAIGN_CHANNELS[0] ? 'campana-channels' : undefined}
                    checked={draft.channels.includes(channel)}
                    onChange={(event) =>
                      change({
                        channels: event.target.checked
                          ? [...draft.channels, channel]
                          : draft.channels.filter((chosen) => chosen !== channel),
                      })
                    }
                  />
                }
                label={CAMPAIGN_CHANNEL_LABELS[channel]}
              />
            ))}
          </FormGroup>
          {errorOf('channels') && <FormHelperText>{errorOf('channels')}</FormHelperText>}
        </FormControl>
        <TextField
          label="Medios (emisoras, periódicos, páginas)"
          value={draft.media}
          onChange={(event) => change({ media: event.target.value })}
          slotProps={{ htmlInput: { maxLength: CAMPAIGN_LIMITS.media } }}
          {...fieldProps('media')}
          helperText={errorOf('media') ?? 'Opcional.'}
        />
        <TextField
          required
          label="Presupuesto (pesos)"
          value={draft.budget}
          onChange={(event) => change({ budget: event.target.value })}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          {...fieldProps('budget')}
          helperText={errorOf('budget') ?? 'En pesos, sin decimales: 4.500.000.'}
          sx={{ maxWidth: 320 }}
        />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained" disabled={fetching}>
            {fetching ? 'Planeando…' : 'Planear la campaña'}
          </Button>
          <Button onClick={onClose}>Cerrar</Button>
        </Box>
      </Stack>
    </Paper>
  );
}
