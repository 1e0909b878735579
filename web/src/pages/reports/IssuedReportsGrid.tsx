// The reports issued so far, newest first, as the log recorded them (ReportIssued): what, for which
// period, as of when, in which format, who issued it and when, and its content hash; each downloadable
// again.
import { Alert, Box, Button, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { ReportKind, Role } from '../../graphql/generated/graphql';
import { formatInstant, periodName, REPORT_KIND_LABELS } from '../../logic/report-periods';
import { ROLE_LABELS } from '../../logic/roles';
import { downloadReport } from './download-report';

const ISSUED_REPORTS = graphql(`
  query IssuedReports($first: Int!) {
    issuedReports(first: $first) {
      id
      kind
      from
      to
      asOf
      format
      contentHash
      fileName
      downloadUrl
      issuedAt
      issuedBy
      issuedByRole
    }
  }
`);

// Who issued a report is recorded by id; the names come from the staff list, which the same roles read.
const STAFF_NAMES = graphql(`
  query ReportIssuers {
    users {
      id
      username
      fullName
    }
  }
`);

/** How many issued reports the list loads: a few years of the office's reports. */
const LISTED_REPORTS = 500;

interface Row {
  readonly id: string;
  readonly kind: string;
  /** The period's first day: sorting by it sorts periods; the cell shows the period's name. */
  readonly from: string;
  readonly to: string;
  /** Instants stay ISO so the columns sort by time; the cells show them in Bogotá time. */
  readonly asOf: string;
  readonly format: string;
  readonly issuedBy: string;
  readonly issuedAt: string;
  readonly contentHash: string;
  readonly fileName: string;
  readonly downloadUrl: string;
}

export function IssuedReportsGrid({ refreshKey }: { readonly refreshKey: number }) {
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const, refreshKey }), [refreshKey]);
  const [{ data, fetching, error }] = useQuery({
    query: ISSUED_REPORTS,
    variables: { first: LISTED_REPORTS },
    context,
  });
  const [{ data: staff }] = useQuery({ query: STAFF_NAMES });
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);

  const rows = useMemo<Row[]>(() => {
    const names = new Map((staff?.users ?? []).map((user) => [user.id, user.fullName ?? user.username]));
    return (data?.issuedReports ?? []).map((report) => {
      const role = ROLE_LABELS[report.issuedByRole as Role] ?? report.issuedByRole;
      return {
        id: report.id,
        kind: REPORT_KIND_LABELS[report.kind as ReportKind],
        from: report.from,
        to: report.to,
        asOf: report.asOf,
        format: report.format,
        issuedBy: `${names.get(report.issuedBy) ?? report.issuedBy} (${role})`,
        issuedAt: report.issuedAt,
        contentHash: report.contentHash,
        fileName: report.fileName,
        downloadUrl: report.downloadUrl,
      };
    });
  }, [data, staff]);

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      { field: 'kind', headerName: 'Informe', minWidth: 160, flex: 1 },
      {
        field: 'from',
        headerName: 'Periodo',
        width: 200,
        valueFormatter: (_value, row) => periodName(row),
      },
      {
        field: 'asOf',
        headerName: 'Fecha de corte',
        width: 150,
        valueFormatter: (value: string) => formatInstant(value),
      },
      { field: 'format', headerName: 'Formato', width: 80 },
      { field: 'issuedBy', headerName: 'Emitido por', minWidth: 170, flex: 1 },
      {
        field: 'issuedAt',
        headerName: 'Emitido',
        width: 150,
        valueFormatter: (value: string) => formatInstant(value),
      },
      {
        field: 'contentHash',
        headerName: 'Huella (SHA-256)',
        width: 160,
        renderCell: ({ row }) => (
          <Box component="code" title={row.contentHash} sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
            {row.contentHash}
          </Box>
        ),
      },
      {
        field: 'download',
        headerName: 'Archivo',
        width: 120,
        sortable: false,
        filterable: false,
        renderCell: ({ row }) => (
          <Button
            size="small"
            aria-label={`Descargar ${row.fileName}`}
            onClick={() => {
              setDownloadFailure(null);
              downloadReport(row.downloadUrl, row.fileName).catch((failure: unknown) =>
                setDownloadFailure(
                  failure instanceof Error ? failure.message : 'No fue posible descargar el informe.',
                ),
              );
            }}
          >
            Descargar
          </Button>
        ),
      },
    ],
    [],
  );

  return (
    <Box component="section" aria-labelledby="issued-reports-title">
      <Typography id="issued-reports-title" variant="h5" component="h2" gutterBottom>
        Informes emitidos
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar los informes emitidos.'}
        </Alert>
      )}
      {downloadFailure && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {downloadFailure}
        </Alert>
      )}
      <DataGrid
        aria-label="Informes emitidos"
        autoHeight
        loading={fetching}
        rows={rows}
        columns={columns}
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 10 } } }}
        pageSizeOptions={[10, 25, 50]}
      />
    </Box>
  );
}
