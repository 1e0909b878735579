// The Bandeja's filters: state, kind, channel, assignee (or "Mis casos"), overdue, text and the receipt
// period, plus the order. Choices apply at once; the text applies when searched, so the list does not
// reload at every keystroke. The view lives in the address bar (InboxPage), not here.
import {
  Box,
  Button,
  Collapse,
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { VISUALLY_HIDDEN } from '../../public/common/visually-hidden';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { PqrsListSort } from '../../graphql/generated/graphql';
import {
  DEFAULT_INBOX_VIEW,
  foldedFilterCount,
  INBOX_SORT_LABELS,
  INBOX_SORTS,
  inboxViewProblems,
  isFiltered,
  MAX_SEARCH_TEXT,
  type InboxView,
} from '../../logic/inbox-view';
import {
  PQRS_CHANNEL_LABELS,
  PQRS_CHANNELS,
  PQRS_KIND_LABELS,
  PQRS_KINDS,
  PQRS_STATUS_LABELS,
  PQRS_STATUSES,
} from '../../logic/pqrs-labels';
import { DateField } from '../common/DateField.js';
import type { SearchBoxText } from '../../logic/person-search.js';
import { isCalendarDate } from '../../logic/report-periods.js';

const STAFF = graphql(`
  query InboxStaff {
    users {
      id
      username
      fullName
      active
    }
  }
`);

const ANY = '';

interface Props {
  readonly view: InboxView;
  readonly onChange: (change: Partial<InboxView>) => void;
  /** Whether to offer the staff list (the roles that may read it). */
  readonly assigneeChoice: boolean;
  /** What the search box searches for the role at hand (the petitioner or not). */
  readonly searchText: SearchBoxText;
}

function Choice({
  label,
  value,
  onChange,
  children,
  disabled,
  minWidth = 180,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
  readonly disabled?: boolean;
  readonly minWidth?: number;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      // "Todos" is a choice like the others: show it rather than an empty box.
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth }}
    >
      {children}
    </TextField>
  );
}

function StaffChoice({ view, onChange }: Pick<Props, 'view' | 'onChange'>) {
  const [{ data }] = useQuery({ query: STAFF });
  const staff = [...(data?.users ?? [])]
    .filter((user) => user.active || user.id === view.assigneeId)
    .sort((left, right) =>
      (left.fullName ?? left.username).localeCompare(right.fullName ?? right.username, 'es'),
    );
  // Until the list arrives, a bookmarked assignee has no option to show: keep the value out of the select.
  const known = staff.some((user) => user.id === view.assigneeId);
  return (
    <Choice
      label="Asignado a"
      value={known && !view.mine ? (view.assigneeId ?? ANY) : ANY}
      onChange={(value) => onChange({ assigneeId: value || null })}
      disabled={view.mine}
      minWidth={220}
    >
      <MenuItem value={ANY}>Cualquiera</MenuItem>
      {staff.map((user) => (
        <MenuItem key={user.id} value={user.id}>
          {user.fullName ?? user.username}
        </MenuItem>
      ))}
    </Choice>
  );
}

export function InboxFilters({ view, onChange, assigneeChoice, searchText }: Props) {
  const [text, setText] = useState(view.text);
  // The address bar may change the search (back button, a bookmark): the field follows it.
  useEffect(() => setText(view.text), [view.text]);
  const problems = inboxViewProblems(view);
  // Folded by default so ten cases fit a 1366×768 screen under the bar; a view that uses them opens them.
  const folded = foldedFilterCount(view);
  const [unfolded, setUnfolded] = useState(folded > 0);
  const moreFiltersId = useId();

  function search(event: FormEvent) {
    event.preventDefault();
    onChange({ text: text.trim() });
  }

  return (
    <Paper
      component="section"
      aria-labelledby="inbox-filters-title"
      variant="outlined"
      sx={{ p: 1.5, mb: 2 }}
    >
      {/* Named for screen readers; on screen the fields say what they are, and the rows keep the height. */}
      <Typography id="inbox-filters-title" variant="h6" component="h2" sx={VISUALLY_HIDDEN}>
        Filtros
      </Typography>
      <Stack
        component="form"
        role="search"
        aria-label="Buscar casos"
        onSubmit={search}
        direction="row"
        spacing={1}
        sx={{ mb: 1.5 }}
      >
        <TextField
          size="small"
          label={searchText.label}
          value={text}
          onChange={(event) => setText(event.target.value)}
          helperText={searchText.hint}
          slotProps={{ htmlInput: { maxLength: MAX_SEARCH_TEXT } }}
          sx={{ flexGrow: 1, maxWidth: 720 }}
        />
        <Button type="submit" variant="contained" sx={{ alignSelf: 'flex-start', height: 40 }}>
          Buscar
        </Button>
        <Button
          variant="text"
          aria-expanded={unfolded}
          aria-controls={moreFiltersId}
          onClick={() => setUnfolded(!unfolded)}
          sx={{ alignSelf: 'flex-start', height: 40 }}
        >
          {unfolded ? 'Menos filtros' : folded > 0 ? `Más filtros (${folded})` : 'Más filtros'}
        </Button>
      </Stack>
      <Collapse in={unfolded} id={moreFiltersId} sx={{ mb: unfolded ? 2 : 0 }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', pt: 1 }}>
          <Choice
            label="Estado"
            value={view.status ?? ANY}
            onChange={(value) => onChange({ status: (value || null) as InboxView['status'] })}
          >
            <MenuItem value={ANY}>Todos</MenuItem>
            {PQRS_STATUSES.map((status) => (
              <MenuItem key={status} value={status}>
                {PQRS_STATUS_LABELS[status]}
              </MenuItem>
            ))}
          </Choice>
          <Choice
            label="Tipo"
            value={view.kind ?? ANY}
            onChange={(value) => onChange({ kind: (value || null) as InboxView['kind'] })}
            minWidth={220}
          >
            <MenuItem value={ANY}>Todos</MenuItem>
            {PQRS_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {PQRS_KIND_LABELS[kind]}
              </MenuItem>
            ))}
          </Choice>
          <Choice
            label="Canal"
            value={view.channel ?? ANY}
            onChange={(value) => onChange({ channel: (value || null) as InboxView['channel'] })}
          >
            <MenuItem value={ANY}>Todos</MenuItem>
            {PQRS_CHANNELS.map((channel) => (
              <MenuItem key={channel} value={channel}>
                {PQRS_CHANNEL_LABELS[channel]}
              </MenuItem>
            ))}
          </Choice>
          {assigneeChoice && <StaffChoice view={view} onChange={onChange} />}
          <Choice
            label="Vencimiento"
            value={view.overdue === null ? ANY : view.overdue ? 'OVERDUE' : 'NOT_OVERDUE'}
            onChange={(value) => onChange({ overdue: value === ANY ? null : value === 'OVERDUE' })}
          >
            <MenuItem value={ANY}>Todos</MenuItem>
            <MenuItem value="OVERDUE">Solo vencidas</MenuItem>
            <MenuItem value="NOT_OVERDUE">Sin vencer</MenuItem>
          </Choice>
          <DateField
            size="small"
            label="Radicadas desde"
            value={view.receivedFrom ?? ''}
            onChange={(value) => onChange({ receivedFrom: isCalendarDate(value) ? value : null })}
          />
          <DateField
            size="small"
            label="Radicadas hasta"
            value={view.receivedTo ?? ''}
            onChange={(value) => onChange({ receivedTo: isCalendarDate(value) ? value : null })}
            error={Boolean(problems.receivedTo)}
            helperText={problems.receivedTo}
          />
          <FormControlLabel
            control={
              <Switch checked={view.mine} onChange={(event) => onChange({ mine: event.target.checked })} />
            }
            label="Mis casos"
          />
        </Stack>
      </Collapse>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <Choice
          label="Orden"
          value={view.sort}
          onChange={(value) => onChange({ sort: value as PqrsListSort })}
          minWidth={280}
        >
          {INBOX_SORTS.map((sort) => (
            <MenuItem key={sort} value={sort}>
              {INBOX_SORT_LABELS[sort]}
            </MenuItem>
          ))}
        </Choice>
        <Box sx={{ flexGrow: 1 }} />
        <Button
          variant="outlined"
          disabled={!isFiltered(view)}
          onClick={() => {
            setText('');
            onChange({ ...DEFAULT_INBOX_VIEW, sort: view.sort });
          }}
        >
          Quitar filtros
        </Button>
      </Stack>
    </Paper>
  );
}
