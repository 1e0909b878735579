// The list's filters: the search by request number, status, type, channel, campaign and pending
// documents, applied together.
import { Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import {
  campaignPlanFilterValue,
  AFFILIATION_STATUS_LABELS,
  AFFILIATION_STATUSES,
  AFFILIATION_TYPE_LABELS,
  AFFILIATION_TYPES,
  NO_AFFILIATION_FILTER,
  PENDING_DOCUMENTS_LABELS,
  type AffiliationFilterDraft,
  type PendingDocumentsFilter,
} from '../../logic/affiliations';
import { PQRS_CHANNEL_LABELS, PQRS_CHANNELS } from '../../logic/pqrs-labels';
import { spanishDate } from '../../../../src/domain/shared/time.js';
import { AFFILIATION_CAMPAIGN_FILTER_CHOICES } from './affiliation-operations';

export function AffiliationFilters({
  applied,
  onApply,
}: {
  readonly applied: AffiliationFilterDraft;
  readonly onApply: (filter: AffiliationFilterDraft) => void;
}) {
  const [draft, setDraft] = useState(applied);
  const [{ data: campaignChoices }] = useQuery({ query: AFFILIATION_CAMPAIGN_FILTER_CHOICES });
  const change = (patch: Partial<AffiliationFilterDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <Box component="form" role="search" aria-label="Filtrar afiliaciones" onSubmit={submit} sx={{ mb: 3 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          type="search"
          label="Buscar"
          value={draft.search}
          onChange={(event) => change({ search: event.target.value })}
          size="small"
          helperText="Número de solicitud: AFI-2026-000042 o solo 42"
          slotProps={{ htmlInput: { 'data-testid': 'affiliation-search', maxLength: 200 } }}
        />
        <TextField
          select
          label="Estado"
          value={draft.status}
          onChange={(event) => change({ status: event.target.value as AffiliationFilterDraft['status'] })}
          sx={{ minWidth: 200 }}
          size="small"
        >
          <MenuItem value="">Todos</MenuItem>
          {AFFILIATION_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {AFFILIATION_STATUS_LABELS[status]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Tipo"
          value={draft.affiliationType}
          onChange={(event) =>
            change({ affiliationType: event.target.value as AffiliationFilterDraft['affiliationType'] })
          }
          sx={{ minWidth: 220 }}
          size="small"
        >
          <MenuItem value="">Todos</MenuItem>
          {AFFILIATION_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {AFFILIATION_TYPE_LABELS[type]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Canal"
          value={draft.channel}
          onChange={(event) => change({ channel: event.target.value as AffiliationFilterDraft['channel'] })}
          sx={{ minWidth: 190 }}
          size="small"
        >
          <MenuItem value="">Todos</MenuItem>
          {PQRS_CHANNELS.map((channel) => (
            <MenuItem key={channel} value={channel}>
              {PQRS_CHANNEL_LABELS[channel]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Campaña o feria"
          value={draft.campaign}
          onChange={(event) => change({ campaign: event.target.value })}
          size="small"
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="">Todas</MenuItem>
          {(campaignChoices?.campaigns ?? []).map((campaign) => (
            <MenuItem key={campaign.id} value={campaignPlanFilterValue(campaign.id)}>
              {campaign.name} (desde {spanishDate(campaign.startDate)})
            </MenuItem>
          ))}
          {(campaignChoices?.legacyCampaignNames ?? []).map((legacy) => (
            <MenuItem key={`legacy:${legacy.name}`} value={legacy.name}>
              {legacy.name} (escrita a mano, anterior al plan)
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Documentos"
          value={draft.pendingDocuments}
          onChange={(event) => change({ pendingDocuments: event.target.value as PendingDocumentsFilter })}
          sx={{ minWidth: 240 }}
          size="small"
        >
          {(Object.keys(PENDING_DOCUMENTS_LABELS) as PendingDocumentsFilter[]).map((option) => (
            <MenuItem key={option} value={option}>
              {PENDING_DOCUMENTS_LABELS[option]}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Button type="submit" variant="contained">
            Filtrar
          </Button>
          <Button
            onClick={() => {
              setDraft(NO_AFFILIATION_FILTER);
              onApply(NO_AFFILIATION_FILTER);
            }}
          >
            Quitar filtros
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
