// The event-log search form: case, the cases' petitioner (for the roles that see them), event type
// (within its category), who recorded it and the recorded days. It edits a draft; searching puts the search in the URL, so a search can be shared and reloaded.
import { Box, Button, ListSubheader, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import {
  AUDIT_CATEGORY_LABELS,
  auditSearchProblems,
  categoryLabel,
  EMPTY_AUDIT_SEARCH,
  EVENT_TYPE_OPTIONS,
  eventTypeOptionValue,
  parseEventTypeOptionValue,
  type AuditSearch,
} from '../../logic/audit';
import type { StaffMember } from './staff';
import { DateField } from '../common/DateField.js';

/** The select's items: "any", then each category's "every event" and its types under a heading. */
function eventTypeItems() {
  return Object.keys(AUDIT_CATEGORY_LABELS).flatMap((category) => [
    <ListSubheader key={`${category}-heading`}>{categoryLabel(category)}</ListSubheader>,
    <MenuItem key={category} value={category}>
      Todos los eventos de {categoryLabel(category)}
    </MenuItem>,
    ...EVENT_TYPE_OPTIONS.filter((option) => option.category === category).map((option) => (
      <MenuItem key={option.value} value={option.value} sx={{ pl: 4 }}>
        {option.label}
      </MenuItem>
    )),
  ]);
}

export function AuditSearchForm({
  search,
  staff,
  onSearch,
  petitionerSearch,
}: {
  readonly search: AuditSearch;
  readonly staff: readonly StaffMember[];
  readonly onSearch: (search: AuditSearch) => void;
  /** Whether the role may find events by the petitioner (the server refuses it to auditors). */
  readonly petitionerSearch: boolean;
}) {
  const [draft, setDraft] = useState<AuditSearch>(search);
  const [submitted, setSubmitted] = useState(false);
  const problems = submitted ? auditSearchProblems(draft) : {};
  const change = (part: Partial<AuditSearch>) => setDraft((current) => ({ ...current, ...part }));
  const eventTypeValue =
    draft.category === ''
      ? ''
      : draft.type === ''
        ? draft.category
        : eventTypeOptionValue(draft.category, draft.type);
  const actorKnown = draft.actorId === '' || staff.some((member) => member.id === draft.actorId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(auditSearchProblems(draft)).length > 0) return;
    onSearch(draft);
  }

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Buscar eventos" sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          label="Radicado"
          value={draft.radicado}
          onChange={(event) => change({ radicado: event.target.value })}
          placeholder="PQRS-2026-000001"
          sx={{ minWidth: 200 }}
        />
        {petitionerSearch && (
          <TextField
            label="Peticionario"
            value={draft.petitioner}
            onChange={(event) => change({ petitioner: event.target.value })}
            helperText="Nombre o su comienzo («diaz yol»), o documento completo. No queda en el enlace."
            slotProps={{ htmlInput: { maxLength: 200 } }}
            sx={{ minWidth: 260 }}
          />
        )}
        <TextField
          select
          label="Tipo de evento"
          value={eventTypeValue}
          onChange={(event) => change(parseEventTypeOptionValue(event.target.value))}
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="">Cualquiera</MenuItem>
          {eventTypeItems()}
        </TextField>
        <TextField
          select
          label="Registrado por"
          value={draft.actorId}
          onChange={(event) => change({ actorId: event.target.value })}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">Cualquiera</MenuItem>
          {staff.map((member) => (
            <MenuItem key={member.id} value={member.id}>
              {member.name}
            </MenuItem>
          ))}
          {!actorKnown && <MenuItem value={draft.actorId}>{draft.actorId}</MenuItem>}
        </TextField>
        <DateField
          label="Registrados desde"
          value={draft.from}
          onChange={(from) => change({ from })}
          error={Boolean(problems.from)}
          helperText={problems.from}
        />
        <DateField
          label="Hasta (incluido)"
          value={draft.to}
          onChange={(to) => change({ to })}
          error={Boolean(problems.to)}
          helperText={problems.to}
        />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button type="submit" variant="contained">
          Buscar
        </Button>
        <Button
          onClick={() => {
            setDraft(EMPTY_AUDIT_SEARCH);
            setSubmitted(false);
            onSearch(EMPTY_AUDIT_SEARCH);
          }}
        >
          Limpiar filtros
        </Button>
      </Stack>
    </Box>
  );
}
