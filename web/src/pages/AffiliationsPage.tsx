// Afiliaciones: the applications, newest first, each by its number (AFI-2026-000042), found by that
// number or filtered by status, type, channel, campaign and pending documents, paged by the server; each opens its checklist and decision (/afiliaciones/:id). Staff who
// may receive requests start a new one here (/afiliaciones/nueva); below, the period's statistics.
import { Alert, Button, Link, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useEffect, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import type { AffiliationStatus, AffiliationType, SupportDocumentState } from '../graphql/generated/graphql';
import { mayReceiveAffiliation } from '../logic/affiliation-actions';
import {
  AFFILIATION_STATUS_LABELS,
  AFFILIATION_TYPE_LABELS,
  affiliationListFilter,
  checklistSummary,
  NO_AFFILIATION_FILTER,
  requestReference,
  type AffiliationFilterDraft,
} from '../logic/affiliations';
import {
  afterCursor,
  FIRST_PAGE_ONLY,
  reachablePage,
  rememberPageEnd,
  type PageCursors,
} from '../logic/cursor-paging';
import { labelOf, PQRS_CHANNEL_LABELS } from '../logic/pqrs-labels';
import { formatInstant } from '../logic/report-periods';
import { useSession } from '../session/session';
import { AffiliationFilters } from './affiliations/AffiliationFilters';
import { AffiliationStatisticsSection } from './affiliations/AffiliationStatisticsSection';

const AFFILIATION_LIST = graphql(`
  query AffiliationList($first: Int!, $after: String, $filter: AffiliationListFilterInput) {
    affiliations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        requestNumber
        status
        affiliationType
        channel
        campaign
        plannedCampaignName
        receivedAt
        memberNumber
        applicant {
          name
          erased
        }
        documents {
          state
        }
      }
    }
  }
`);

interface Row {
  readonly id: string;
  readonly requestNumber: string;
  readonly applicant: string;
  readonly affiliationType: string;
  readonly channel: string;
  readonly campaign: string;
  readonly status: string;
  readonly documents: string;
  readonly memberNumber: string;
  readonly receivedAt: string;
}

// Every column shares the width by flex from a minimum that fits its usual content, the minimums adding
// up to less than a 1366-pixel screen's table: the last column stays in view without a sideways scroll.
const COLUMNS: GridColDef<Row>[] = [
  {
    field: 'requestNumber',
    headerName: 'Solicitud',
    minWidth: 145,
    flex: 0.8,
    sortable: false,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/afiliaciones/${encodeURIComponent(row.id)}`}>
        {row.requestNumber}
      </Link>
    ),
  },
  {
    field: 'applicant',
    headerName: 'Solicitante',
    minWidth: 150,
    flex: 1.3,
    sortable: false,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/afiliaciones/${encodeURIComponent(row.id)}`}>
        {row.applicant}
      </Link>
    ),
  },
  { field: 'affiliationType', headerName: 'Tipo', minWidth: 140, flex: 1, sortable: false },
  { field: 'channel', headerName: 'Canal', minWidth: 100, flex: 0.6, sortable: false },
  { field: 'campaign', headerName: 'Campaña', minWidth: 110, flex: 1, sortable: false },
  { field: 'status', headerName: 'Estado', minWidth: 130, flex: 0.8, sortable: false },
  { field: 'documents', headerName: 'Documentos', minWidth: 150, flex: 1, sortable: false },
  { field: 'memberNumber', headerName: 'N.º de afiliado', minWidth: 115, flex: 0.6, sortable: false },
  {
    field: 'receivedAt',
    headerName: 'Recibida',
    minWidth: 150,
    flex: 0.7,
    sortable: false,
    valueFormatter: (value: string) => formatInstant(value),
  },
];

export function AffiliationsPage() {
  const { user } = useSession();
  const [filter, setFilter] = useState<AffiliationFilterDraft>(NO_AFFILIATION_FILTER);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 20 });
  const [cursors, setCursors] = useState<PageCursors>(FIRST_PAGE_ONLY);
  const page = reachablePage(cursors, pagination.page);
  const variables = useMemo(
    () => ({
      first: pagination.pageSize,
      after: afterCursor(cursors, page),
      filter: affiliationListFilter(filter),
    }),
    [pagination.pageSize, cursors, page, filter],
  );
  const [{ data, fetching, error }] = useQuery({ query: AFFILIATION_LIST, variables });

  // Once a page has arrived, its end is where the next one starts.
  const pageInfo = fetching ? undefined : data?.affiliations.pageInfo;
  useEffect(() => {
    if (pageInfo) setCursors((current) => rememberPageEnd(current, page, pageInfo));
  }, [pageInfo, page]);

  function restart(next: Partial<GridPaginationModel> = {}) {
    setCursors(FIRST_PAGE_ONLY);
    setPagination((current) => ({ ...current, ...next, page: 0 }));
  }

  const rows = useMemo<Row[]>(
    () =>
      (data?.affiliations.nodes ?? []).map((affiliation) => ({
        id: affiliation.id,
        requestNumber: requestReference(affiliation),
        applicant: affiliation.applicant.erased
          ? 'Datos suprimidos'
          : (affiliation.applicant.name ?? 'Sin nombre'),
        affiliationType: AFFILIATION_TYPE_LABELS[affiliation.affiliationType as AffiliationType],
        channel: labelOf(PQRS_CHANNEL_LABELS, affiliation.channel),
        campaign: affiliation.plannedCampaignName ?? affiliation.campaign ?? 'Sin campaña',
        status: AFFILIATION_STATUS_LABELS[affiliation.status as AffiliationStatus],
        documents: checklistSummary(
          affiliation.documents.map((document) => ({ state: document.state as SupportDocumentState })),
        ),
        memberNumber: affiliation.memberNumber ?? '—',
        receivedAt: affiliation.receivedAt,
      })),
    [data],
  );

  return (
    <>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 1 }}
      >
        <Typography variant="h4" component="h1">
          Afiliaciones
        </Typography>
        {mayReceiveAffiliation(user?.roles ?? []) && (
          <Button component={RouterLink} to="/afiliaciones/nueva" variant="contained">
            Nueva solicitud
          </Button>
        )}
      </Stack>
      <AffiliationFilters
        applied={filter}
        onApply={(next) => {
          setFilter(next);
          restart();
        }}
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar las afiliaciones.'}
        </Alert>
      )}
      <Typography variant="h5" component="h2" gutterBottom>
        Solicitudes
      </Typography>
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ mb: 1 }}
        data-testid="affiliations-count"
        aria-live="polite"
      >
        {data
          ? `${data.affiliations.totalCount} ${data.affiliations.totalCount === 1 ? 'solicitud' : 'solicitudes'}`
          : ''}
      </Typography>
      <DataGrid
        aria-label="Solicitudes de afiliación"
        autoHeight
        loading={fetching}
        rows={rows}
        columns={COLUMNS}
        disableRowSelectionOnClick
        disableColumnFilter
        paginationMode="server"
        rowCount={data?.affiliations.totalCount ?? 0}
        paginationModel={{ ...pagination, page }}
        onPaginationModelChange={(model) => {
          if (model.pageSize !== pagination.pageSize) restart({ pageSize: model.pageSize });
          else setPagination(model);
        }}
        pageSizeOptions={[20, 50, 100]}
      />
      <AffiliationStatisticsSection />
    </>
  );
}
