// The events the search finds, newest first, one page at a time from the server (auditEvents' cursor):
// when each was recorded, what it was, what it is about, who recorded it in which role. A case's events
// open its replay.
import { Alert, Link, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import {
  auditEventsFilterOf,
  eventSubject,
  eventTypeLabel,
  formatAuditInstant,
  formatCount,
  type AuditSearch,
} from '../../logic/audit';
import {
  afterCursor,
  FIRST_PAGE_ONLY,
  reachablePage,
  rememberPageEnd,
  type PageCursors,
} from '../../logic/cursor-paging';
import { ROLE_LABELS } from '../../logic/roles';

const AUDIT_EVENTS = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditEventsFilterInput) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        position
        category
        entityId
        radicado
        revision
        type
        occurredAt
        recordedAt
        actor {
          id
          username
          role
        }
      }
    }
  }
`);

const PAGE_SIZES = [25, 50, 100];

interface Row {
  readonly id: string;
  readonly position: number;
  readonly recordedAt: string;
  readonly occurredAt: string;
  readonly event: string;
  readonly subject: string;
  readonly radicado: string | null;
  readonly revision: number;
  readonly actor: string;
  readonly role: string;
}

interface Paging {
  /** The search these cursors belong to: another search starts again from its first page. */
  readonly key: string;
  readonly cursors: PageCursors;
  readonly page: number;
}

export function AuditEventsGrid({
  search,
  names,
  onReplay,
}: {
  readonly search: AuditSearch;
  readonly names: ReadonlyMap<string, string>;
  readonly onReplay: (radicado: string) => void;
}) {
  const filter = auditEventsFilterOf(search);
  const key = JSON.stringify(filter);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [stored, setPaging] = useState<Paging>({ key, cursors: FIRST_PAGE_ONLY, page: 0 });
  const paging: Paging = stored.key === key ? stored : { key, cursors: FIRST_PAGE_ONLY, page: 0 };

  const [{ data, fetching, error }] = useQuery({
    query: AUDIT_EVENTS,
    variables: { first: pageSize, after: afterCursor(paging.cursors, paging.page), filter },
  });

  const found = data?.auditEvents;
  useEffect(() => {
    if (!found) return;
    setPaging((current) => {
      const base = current.key === key ? current : { key, cursors: FIRST_PAGE_ONLY, page: 0 };
      const cursors = rememberPageEnd(base.cursors, base.page, found.pageInfo);
      return cursors === base.cursors && base === current ? current : { ...base, cursors };
    });
  }, [found, key]);

  // While the next page loads the grid keeps the total it knew, so the pager does not jump.
  const knownTotal = useRef(0);
  if (found) knownTotal.current = found.totalCount;

  const rows = useMemo<Row[]>(
    () =>
      (found?.nodes ?? []).map((node) => ({
        id: node.id,
        position: node.position,
        recordedAt: node.recordedAt,
        occurredAt: node.occurredAt,
        event: eventTypeLabel(node.category, node.type),
        subject: eventSubject(node),
        radicado: node.radicado ?? null,
        revision: node.revision,
        actor: names.get(node.actor.id) ?? node.actor.username ?? node.actor.id,
        role: node.actor.role ? ROLE_LABELS[node.actor.role] : 'Sin sesión',
      })),
    [found, names],
  );

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      {
        field: 'recordedAt',
        headerName: 'Registrado',
        width: 175,
        valueFormatter: (value: string) => formatAuditInstant(value),
      },
      { field: 'event', headerName: 'Evento', minWidth: 200, flex: 1 },
      {
        field: 'subject',
        headerName: 'Caso o registro',
        minWidth: 200,
        flex: 1,
        renderCell: ({ row, tabIndex }) =>
          row.radicado ? (
            <Link
              component="button"
              type="button"
              tabIndex={tabIndex}
              aria-label={`Reproducir el caso ${row.radicado}`}
              onClick={() => onReplay(row.radicado!)}
            >
              {row.radicado}
            </Link>
          ) : (
            row.subject
          ),
      },
      // Numbers as Colombia writes them (1.864), whatever the browser's language.
      {
        field: 'revision',
        headerName: 'Revisión',
        width: 90,
        type: 'number',
        valueFormatter: (value: number) => formatCount(value),
      },
      { field: 'actor', headerName: 'Registrado por', minWidth: 170, flex: 1 },
      { field: 'role', headerName: 'Rol', width: 130 },
      {
        field: 'occurredAt',
        headerName: 'Ocurrido',
        width: 175,
        valueFormatter: (value: string) => formatAuditInstant(value),
      },
      {
        field: 'position',
        headerName: 'Posición',
        width: 100,
        type: 'number',
        valueFormatter: (value: number) => formatCount(value),
      },
    ],
    [onReplay],
  );

  function changePage(model: GridPaginationModel) {
    if (model.pageSize !== pageSize) {
      setPageSize(model.pageSize);
      setPaging({ key, cursors: FIRST_PAGE_ONLY, page: 0 });
      return;
    }
    setPaging({ ...paging, page: reachablePage(paging.cursors, model.page) });
  }

  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar el registro de eventos.'}
        </Alert>
      )}
      <Typography data-testid="audit-events-total" aria-live="polite" sx={{ mb: 1 }}>
        {found
          ? `${formatCount(found.totalCount)} ${found.totalCount === 1 ? 'evento encontrado' : 'eventos encontrados'}`
          : ' '}
      </Typography>
      <DataGrid
        aria-label="Eventos del registro"
        autoHeight
        loading={fetching}
        rows={rows}
        columns={columns}
        rowCount={knownTotal.current}
        paginationMode="server"
        paginationModel={{ page: paging.page, pageSize }}
        onPaginationModelChange={changePage}
        pageSizeOptions={PAGE_SIZES}
        sortingMode="server"
        disableColumnSorting
        disableColumnFilter
        disableRowSelectionOnClick
      />
    </>
  );
}
