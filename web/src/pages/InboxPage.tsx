// Bandeja: the cases, newest first. (Filters, sort and the traffic light are added with the inbox work.)
import { Alert, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';

const INBOX = graphql(`
  query Inbox($first: Int!) {
    pqrsList(first: $first) {
      totalCount
      nodes {
        radicado
        kind
        subject
        receivedAt
        dueDate
        status
        trafficLight
        assignee {
          username
        }
      }
    }
  }
`);

const COLUMNS: GridColDef[] = [
  { field: 'radicado', headerName: 'Radicado', width: 170 },
  { field: 'kind', headerName: 'Tipo', width: 180 },
  { field: 'subject', headerName: 'Asunto', flex: 1, minWidth: 200 },
  { field: 'status', headerName: 'Estado', width: 150 },
  { field: 'dueDate', headerName: 'Vence', width: 120 },
];

export function InboxPage() {
  const [{ data, fetching, error }] = useQuery({ query: INBOX, variables: { first: 50 } });
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Bandeja
      </Typography>
      {error && <Alert severity="error">{error.message}</Alert>}
      <DataGrid
        aria-label="Casos"
        autoHeight
        loading={fetching}
        rows={data?.pqrsList.nodes ?? []}
        getRowId={(row) => row.radicado}
        columns={COLUMNS}
        disableRowSelectionOnClick
      />
    </>
  );
}
