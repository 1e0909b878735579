// The cases of the Bandeja's view, one page at a time from the server (pqrsList's keyset cursor), with
// the order the view names shown on its column header. A page can be reached once the one before it has
// been seen, since each starts after the previous one's last case.
import { Alert, Link } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { PqrsListSort, TrafficLight } from '../../graphql/generated/graphql';
import {
  afterCursor,
  FIRST_PAGE_ONLY,
  reachablePage,
  rememberPageEnd,
  type PageCursors,
} from '../../logic/cursor-paging';
import {
  columnSortOf,
  inboxSearchOf,
  listArgumentsOf,
  SORTABLE_COLUMNS,
  sortOfColumns,
  type InboxView,
} from '../../logic/inbox-view';
import { labelOf, PQRS_KIND_LABELS, PQRS_STATUS_LABELS } from '../../logic/pqrs-labels';
import { formatDate, formatInstant, todayInBogota } from '../../logic/report-periods';
import { claimInProcessWarning } from '../../logic/claim-in-process';
import { negativeSilenceFlag } from '../../logic/law-facts';
import { TrafficLightChip } from './TrafficLightChip';
import { priorityLevelOf } from '../../logic/priority';

const INBOX_CASES = graphql(`
  query InboxCases($first: Int!, $after: String, $filter: PqrsListFilterInput, $sort: PqrsListSort!) {
    pqrsList(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        radicado
        kind
        subject
        receivedAt
        dueDate
        status
        trafficLight
        priority
        priorityAlertRaisedAt
        claimInProcessMarkDueBy
        negativeSilence {
          silenceFrom
        }
        assignee {
          id
          username
          fullName
        }
      }
    }
  }
`);

const PAGE_SIZES = [25, 50, 100];

interface Row {
  readonly radicado: string;
  readonly kind: string;
  readonly subject: string;
  readonly assignee: string;
  readonly receivedAt: string;
  readonly dueDate: string;
  readonly status: string;
  readonly trafficLight: TrafficLight | null;
  readonly priority: string;
}

const CASE_COLUMNS: GridColDef<Row>[] = [
  {
    field: 'radicado',
    headerName: 'Radicado',
    width: 165,
    renderCell: ({ row, tabIndex }) => (
      <Link component={RouterLink} to={`/casos/${row.radicado}`} tabIndex={tabIndex}>
        {row.radicado}
      </Link>
    ),
  },
  { field: 'priority', headerName: 'Prioridad', width: 150 },
  { field: 'kind', headerName: 'Tipo', width: 150 },
  { field: 'subject', headerName: 'Asunto', flex: 1, minWidth: 180 },
  { field: 'assignee', headerName: 'Asignado a', width: 160 },
  {
    field: 'receivedAt',
    headerName: 'Radicada',
    width: 150,
    valueFormatter: (value: string) => formatInstant(value),
  },
  { field: 'dueDate', headerName: 'Vence', width: 110, valueFormatter: (value: string) => formatDate(value) },
  // Next to the due date it qualifies, so it stays in view on narrower screens.
  {
    field: 'trafficLight',
    headerName: 'Semáforo',
    width: 120,
    renderCell: ({ row }) => <TrafficLightChip value={row.trafficLight} />,
  },
  { field: 'status', headerName: 'Estado', width: 170 },
];

/** Only the columns the server can order by offer sorting. */
const COLUMNS: GridColDef<Row>[] = CASE_COLUMNS.map((column) => ({
  ...column,
  sortable: SORTABLE_COLUMNS.has(column.field),
}));

interface Paging {
  /** The view these cursors belong to: another view starts again from its first page. */
  readonly search: string;
  readonly cursors: PageCursors;
  readonly page: number;
}

export function InboxGrid({
  view,
  signedInUserId,
  onSortChange,
}: {
  readonly view: InboxView;
  readonly signedInUserId: string;
  readonly onSortChange: (sort: PqrsListSort) => void;
}) {
  const search = inboxSearchOf(view);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [stored, setPaging] = useState<Paging>({ search, cursors: FIRST_PAGE_ONLY, page: 0 });
  const paging: Paging = stored.search === search ? stored : { search, cursors: FIRST_PAGE_ONLY, page: 0 };

  const { filter, sort } = listArgumentsOf(view, signedInUserId);
  // A new model at every render would make the grid take it as a change of sort.
  const sortModel = useMemo(() => columnSortOf(sort) as GridSortModel, [sort]);
  const [{ data, fetching, error }] = useQuery({
    query: INBOX_CASES,
    variables: { first: pageSize, after: afterCursor(paging.cursors, paging.page), filter, sort },
  });

  const list = data?.pqrsList;
  useEffect(() => {
    if (!list) return;
    setPaging((current) => {
      const base = current.search === search ? current : { search, cursors: FIRST_PAGE_ONLY, page: 0 };
      const cursors = rememberPageEnd(base.cursors, base.page, list.pageInfo);
      return cursors === base.cursors && base === current ? current : { ...base, cursors };
    });
  }, [list, search]);

  // While the next page loads the grid keeps the total it knew, so the pager does not jump.
  const knownTotal = useRef(0);
  if (list) knownTotal.current = list.totalCount;

  const today = todayInBogota(new Date());
  const rows = useMemo<Row[]>(
    () =>
      (list?.nodes ?? []).map((node) => ({
        radicado: node.radicado,
        kind: labelOf(PQRS_KIND_LABELS, node.kind),
        subject: node.subject,
        assignee: node.assignee ? (node.assignee.fullName ?? node.assignee.username) : 'Sin asignar',
        receivedAt: node.receivedAt,
        dueDate: node.dueDate,
        // Beside the status, in words: a habeas data reclamo whose "reclamo en trámite" legend is pending,
        // and negative silence (CPACA art. 83).
        status: [
          labelOf(PQRS_STATUS_LABELS, node.status),
          claimInProcessWarning(node, today),
          negativeSilenceFlag(node),
        ]
          .filter(Boolean)
          .join(' — '),
        trafficLight: node.trafficLight ?? null,
        priority: priorityLevelOf(node.priority, node.priorityAlertRaisedAt),
      })),
    [list, today],
  );

  function changePage(model: GridPaginationModel) {
    if (model.pageSize !== pageSize) {
      setPageSize(model.pageSize);
      setPaging({ search, cursors: FIRST_PAGE_ONLY, page: 0 });
      return;
    }
    setPaging({ ...paging, page: reachablePage(paging.cursors, model.page) });
  }

  return (
    <>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      <DataGrid
        aria-label="Casos de la bandeja"
        autoHeight
        // Compact rows: under the bar and the search, ten cases fit a 1366×768 screen.
        density="compact"
        rowHeight={32}
        columnHeaderHeight={40}
        loading={fetching}
        rows={rows}
        getRowId={(row) => row.radicado}
        columns={COLUMNS}
        rowCount={knownTotal.current}
        paginationMode="server"
        paginationModel={{ page: paging.page, pageSize }}
        onPaginationModelChange={changePage}
        pageSizeOptions={PAGE_SIZES}
        sortingMode="server"
        sortModel={sortModel}
        onSortModelChange={(model) => onSortChange(sortOfColumns(model))}
        disableColumnFilter
        disableRowSelectionOnClick
      />
    </>
  );
}
