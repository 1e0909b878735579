// Acciones de mejora: the board of actions by status — open (the overdue first, said in words), closed
// effective, closed not effective — and, for coordinators, the form to formulate a new one. Each card
// opens the action (/acciones/:id) to record progress, verify effectiveness and close it.
import { Alert, Box, Button, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import type { ImprovementActionStatus } from '../graphql/generated/graphql';
import { mayAsk } from '../logic/domain-permissions';
import { boardColumns } from '../logic/improvement-action-board';
import { todayInBogota } from '../logic/report-periods';
import { useSession } from '../session/session';
import { ActionBoardColumn, type BoardCard } from './improvement-actions/ActionBoardColumn';
import { FormulateActionForm } from './improvement-actions/FormulateActionForm';

const ACTION_BOARD = graphql(`
  query ActionBoard($first: Int!) {
    improvementActions(first: $first) {
      totalCount
      nodes {
        id
        status
        problem
        action
        dueDate
        closedAt
        source {
          kind
          reference
        }
        responsible {
          id
          username
          fullName
        }
      }
    }
  }
`);

/** How many actions the board shows: the office's actions of several years. */
const BOARD_SIZE = 200;
/** A formulated action must appear on a board that was empty (no action typename to invalidate). */
const BOARD_CONTEXT = { additionalTypenames: ['ImprovementAction'] };

export function ImprovementActionsPage() {
  const { user } = useSession();
  const [{ data, fetching, error }] = useQuery({
    query: ACTION_BOARD,
    variables: { first: BOARD_SIZE },
    context: BOARD_CONTEXT,
  });
  const [formulating, setFormulating] = useState(false);
  const mayFormulate = mayAsk(user?.roles ?? [], 'FormulateAction');
  const today = todayInBogota(new Date());

  const columns = useMemo(
    () =>
      boardColumns<BoardCard>(
        (data?.improvementActions.nodes ?? []).map((action) => ({
          id: action.id,
          status: action.status as ImprovementActionStatus,
          problem: action.problem,
          action: action.action,
          dueDate: action.dueDate,
          closedAt: action.closedAt ?? null,
          sourceKind: action.source.kind,
          sourceReference: action.source.reference,
          responsible: action.responsible
            ? (action.responsible.fullName ?? action.responsible.username)
            : 'Usuario no disponible',
        })),
      ),
    [data],
  );
  const shown = data?.improvementActions.nodes.length ?? 0;
  const total = data?.improvementActions.totalCount ?? 0;

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Acciones de mejora
      </Typography>
      {mayFormulate && !formulating && (
        <Button variant="contained" sx={{ mb: 3 }} onClick={() => setFormulating(true)}>
          Formular una acción de mejora
        </Button>
      )}
      {mayFormulate && formulating && <FormulateActionForm onClose={() => setFormulating(false)} />}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.graphQLErrors[0]?.message ?? 'No fue posible consultar las acciones de mejora.'}
        </Alert>
      )}
      {fetching && !data && <Typography>Consultando las acciones de mejora…</Typography>}
      {shown < total && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          Se muestran las {shown} acciones más recientes de {total}.
        </Typography>
      )}
      {data && (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          {columns.map((column) => (
            <ActionBoardColumn key={column.key} column={column} today={today} />
          ))}
        </Box>
      )}
    </>
  );
}
