// One column of the board: its title with the count, and a card per action — the problem (a link to the
// action), its source and responsible, and its due date in words, overdue marked by text and colour.
import { Box, Chip, Link, List, ListItem, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ImprovementActionStatus } from '../../graphql/generated/graphql';
import { dueDescription, type BoardColumn } from '../../logic/improvement-action-board';
import { ActionSourceText } from './ActionSourceText';

export interface BoardCard {
  readonly id: string;
  readonly status: ImprovementActionStatus;
  readonly problem: string;
  readonly action: string;
  readonly dueDate: string;
  readonly closedAt: string | null;
  readonly sourceKind: string;
  readonly sourceReference: string;
  readonly responsible: string;
}

export function ActionBoardColumn({
  column,
  today,
}: {
  readonly column: BoardColumn<BoardCard>;
  readonly today: string;
}) {
  const titleId = `board-column-${column.key}-title`;
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2, bgcolor: 'grey.50' }}
      data-testid={`board-column-${column.key}`}
    >
      <Typography id={titleId} variant="h5" component="h2" gutterBottom>
        {column.title} ({column.actions.length})
      </Typography>
      {column.actions.length === 0 ? (
        <Typography color="text.secondary">No hay acciones en esta columna.</Typography>
      ) : (
        <List disablePadding aria-labelledby={titleId}>
          {column.actions.map((action) => (
            <ListItem key={action.id} disableGutters sx={{ display: 'block', mb: 1.5 }}>
              <Paper
                variant="outlined"
                sx={{
                  p: 1.5,
                  borderLeft: 6,
                  borderLeftColor: action.status === 'OVERDUE' ? 'error.main' : 'divider',
                }}
                data-testid={`action-card-${action.id}`}
              >
                <Typography variant="h6" component="h3" sx={{ fontSize: '1rem' }}>
                  <Link component={RouterLink} to={`/acciones/${encodeURIComponent(action.id)}`}>
                    {action.problem}
                  </Link>
                </Typography>
                <Typography variant="body2">Acción: {action.action}</Typography>
                <Typography variant="body2">
                  Origen: <ActionSourceText kind={action.sourceKind} reference={action.sourceReference} />
                </Typography>
                <Typography variant="body2">Responsable: {action.responsible}</Typography>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}>
                  {action.status === 'OVERDUE' && <Chip label="Vencida" color="error" size="small" />}
                  <Typography
                    variant="body2"
                    sx={{ fontWeight: action.status === 'OVERDUE' ? 600 : 400 }}
                    data-testid="action-due"
                  >
                    {dueDescription(action, today)}
                  </Typography>
                </Box>
              </Paper>
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
