// The office's overdue cases by assignee, for coordinators: who has how many, the most overdue of each,
// and the cases themselves; the unassigned first, since nobody answers them until someone assigns them.
import { Box, Typography } from '@mui/material';
import { assigneeNameOf, casesCount, termInWords, type TeamGroupAssignee } from '../../logic/my-work';
import { WorkCaseTable, type WorkCaseRow } from './WorkCaseTable';

export interface TeamOverdueGroupView extends TeamGroupAssignee {
  readonly count: number;
  readonly oldest: WorkCaseRow;
  readonly cases: readonly WorkCaseRow[];
}

export function TeamOverdue({ groups }: { readonly groups: readonly TeamOverdueGroupView[] }) {
  return (
    <Box component="section" aria-labelledby="equipo-vencidos" sx={{ mt: 4 }}>
      <Typography variant="h5" component="h2" id="equipo-vencidos" gutterBottom>
        Casos vencidos del equipo
      </Typography>
      {groups.length === 0 && <Typography>El equipo no tiene casos vencidos.</Typography>}
      {groups.map((group) => {
        const name = assigneeNameOf(group);
        return (
          <Box component="section" key={group.assigneeId ?? 'sin-asignar'} aria-label={name}>
            <Typography variant="h6" component="h3">
              {name}: {casesCount(group.count)} {group.count === 1 ? 'vencido' : 'vencidos'}
            </Typography>
            <Typography sx={{ mb: 1 }}>
              El más vencido: {group.oldest.pqrs.radicado},{' '}
              {termInWords({
                trafficLight: group.oldest.pqrs.trafficLight ?? null,
                businessDaysLeft: group.oldest.pqrs.businessDaysLeft ?? null,
                businessDaysOverdue: group.oldest.businessDaysOverdue ?? null,
                tacitWithdrawalFrom: null,
              }).toLowerCase()}
              .
            </Typography>
            <WorkCaseTable
              caption={`Casos vencidos de ${name}, del más vencido al menos`}
              count={group.count}
              cases={group.cases}
              empty=""
            />
          </Box>
        );
      })}
    </Box>
  );
}
