// Accesos a datos personales: who saw whose personal data in full, when, on which case and why (a
// reveal's reason), newest first, by person and by staff member. Read from personalDataAccessLog.
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import { formatAuditInstant } from '../../logic/audit';
import { ACCESS_PURPOSE_LABELS } from '../../logic/personal-data';
import { ROLE_LABELS } from '../../logic/roles';
import type { StaffMember } from './staff';

const ACCESS_LOG = graphql(`
  query PersonalDataAccessLog($first: Int!, $after: String, $filter: AccessLogFilterInput) {
    personalDataAccessLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        recordedAt
        actor {
          id
          username
          role
        }
        purpose
        personId
        version
        attachmentId
        reference
        reason
        reasonErased
      }
    }
  }
`);

const PAGE_SIZE = 25;

export function PersonalDataAccessLog({ staff }: { readonly staff: readonly StaffMember[] }) {
  const [personId, setPersonId] = useState('');
  const [actorId, setActorId] = useState('');
  const [filter, setFilter] = useState<{ personId?: string; actorId?: string }>({});
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: ACCESS_LOG,
    variables: { first: PAGE_SIZE, after, filter },
  });
  const page = data?.personalDataAccessLog;

  return (
    <>
      <Stack
        component="form"
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2 }}
        onSubmit={(event) => {
          event.preventDefault();
          setAfter(null);
          setFilter({
            ...(personId.trim() ? { personId: personId.trim() } : {}),
            ...(actorId ? { actorId } : {}),
          });
        }}
      >
        <TextField
          label="Persona (identificador)"
          value={personId}
          onChange={(event) => setPersonId(event.target.value)}
          size="small"
        />
        <TextField
          select
          label="Funcionario"
          value={actorId}
          onChange={(event) => setActorId(event.target.value)}
          size="small"
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">Todos</MenuItem>
          {staff.map((member) => (
            <MenuItem key={member.id} value={member.id}>
              {member.name}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained">
          Buscar accesos
        </Button>
      </Stack>
      {error && <Alert severity="error">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {page && (
        <Typography sx={{ mb: 1 }} role="status">
          {page.totalCount === 1 ? '1 acceso' : `${page.totalCount} accesos`}
        </Typography>
      )}
      <TableContainer>
        <Table size="small" aria-label="Accesos a datos personales">
          <TableHead>
            <TableRow>
              <TableCell>Fecha</TableCell>
              <TableCell>Funcionario</TableCell>
              <TableCell>Propósito</TableCell>
              <TableCell>Persona (versión)</TableCell>
              <TableCell>Trámite</TableCell>
              <TableCell>Motivo</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(page?.nodes ?? []).map((node) => (
              <TableRow key={node.id}>
                <TableCell>{formatAuditInstant(node.recordedAt)}</TableCell>
                <TableCell>
                  {node.actor.username ?? node.actor.id} (
                  {node.actor.role ? ROLE_LABELS[node.actor.role] : 'Sin sesión'})
                </TableCell>
                <TableCell>{ACCESS_PURPOSE_LABELS[node.purpose]}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {node.version === null ? node.personId : `${node.personId} (v${node.version})`}
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {node.attachmentId ? `Archivo ${node.attachmentId}` : (node.reference ?? '—')}
                </TableCell>
                <TableCell>
                  {node.reasonErased ? 'Suprimido con los datos de la persona' : (node.reason ?? '—')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ mt: 1 }}>
        {page?.pageInfo.hasNextPage && (
          <Button onClick={() => setAfter(page.pageInfo.endCursor ?? null)} disabled={fetching}>
            Más antiguos
          </Button>
        )}
        {after !== null && (
          <Button onClick={() => setAfter(null)} disabled={fetching}>
            Volver a los más recientes
          </Button>
        )}
      </Box>
    </>
  );
}
