// Every entry, drafts and retired ones too, the most recently changed first, with its status and
// version and who changed it last; filtered by status or text.
import { Alert, Box, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { FaqEntryStatus } from '../../graphql/generated/graphql';
import { FAQ_ENTRY_STATUS_LABELS, FAQ_STATUSES } from '../../logic/faq-entries';
import { formatInstant } from '../../logic/report-periods';

const FAQ_ENTRY_LIST = graphql(`
  query FaqEntryList($first: Int!, $filter: FaqEntriesFilterInput) {
    faqEntries(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        question
        category
        status
        version
        updatedAt
        updatedBy {
          username
          fullName
        }
      }
    }
  }
`);

/** How many entries the grid holds; the text filter narrows a longer list. */
const LISTED_ENTRIES = 100;
const LIST_CONTEXT = { additionalTypenames: ['FaqEntry'] };

interface Row {
  readonly id: string;
  readonly question: string;
  readonly category: string;
  readonly status: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

const COLUMNS: GridColDef<Row>[] = [
  {
    field: 'question',
    headerName: 'Pregunta',
    flex: 2,
    minWidth: 260,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/preguntas-frecuentes/${encodeURIComponent(row.id)}`}>
        {row.question}
      </Link>
    ),
  },
  { field: 'category', headerName: 'Categoría', flex: 1, minWidth: 140 },
  { field: 'status', headerName: 'Estado', width: 120 },
  { field: 'version', headerName: 'Versión', width: 90, type: 'number' },
  {
    field: 'updatedAt',
    headerName: 'Último cambio',
    width: 150,
    valueFormatter: (value: string) => formatInstant(value),
  },
  { field: 'updatedBy', headerName: 'Por', width: 170 },
];

export function FaqEntriesGrid() {
  const [status, setStatus] = useState<FaqEntryStatus | ''>('');
  const [text, setText] = useState('');
  const filter = useMemo(
    () => ({ ...(status === '' ? {} : { status }), ...(text.trim() === '' ? {} : { text: text.trim() }) }),
    [status, text],
  );
  const [{ data, fetching, error }] = useQuery({
    query: FAQ_ENTRY_LIST,
    variables: { first: LISTED_ENTRIES, filter },
    context: LIST_CONTEXT,
  });
  const rows = useMemo<Row[]>(
    () =>
      (data?.faqEntries.nodes ?? []).map((entry) => ({
        id: entry.id,
        question: entry.question,
        category: entry.category,
        status: FAQ_ENTRY_STATUS_LABELS[entry.status as FaqEntryStatus],
        version: entry.version,
        updatedAt: entry.updatedAt,
        updatedBy: entry.updatedBy ? (entry.updatedBy.fullName ?? entry.updatedBy.username) : '—',
      })),
    [data],
  );
  const total = data?.faqEntries.totalCount ?? 0;

  return (
    <Box component="section" aria-labelledby="faq-entries-title">
      <Typography id="faq-entries-title" variant="h5" component="h2" gutterBottom>
        Todas las entradas
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          label="Estado de la entrada"
          value={status}
          onChange={(event) => setStatus(event.target.value as FaqEntryStatus | '')}
          sx={{ minWidth: 240 }}
          size="small"
        >
          <MenuItem value="">Todos</MenuItem>
          {FAQ_STATUSES.map((option) => (
            <MenuItem key={option} value={option}>
              {FAQ_ENTRY_STATUS_LABELS[option]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Contiene"
          value={text}
          onChange={(event) => setText(event.target.value)}
          size="small"
          helperText="Texto de la pregunta, la categoría o las etiquetas"
        />
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar las entradas.'}
        </Alert>
      )}
      {rows.length < total && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          Se muestran las {rows.length} entradas cambiadas más recientemente de {total}; use el filtro para
          encontrar otras.
        </Typography>
      )}
      <DataGrid
        aria-label="Entradas de preguntas frecuentes"
        autoHeight
        loading={fetching}
        rows={rows}
        columns={COLUMNS}
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 10 } } }}
        pageSizeOptions={[10, 25, 50, 100]}
      />
    </Box>
  );
}
