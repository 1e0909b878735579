// One list of Mi trabajo as a table with its caption: each case's radicado (a link to its page), kind,
// subject, due date, its term in words and its semáforo (a word, never the colour alone).
import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { PqrsKind, TrafficLight } from '../../graphql/generated/graphql';
import { moreCasesText, termInWords } from '../../logic/my-work';
import { labelOf, PQRS_KIND_LABELS } from '../../logic/pqrs-labels';
import { formatDate } from '../../logic/report-periods';
import { TrafficLightChip } from '../inbox/TrafficLightChip';

export interface WorkCaseRow {
  readonly pqrs: {
    readonly radicado: string;
    readonly kind: PqrsKind;
    readonly subject: string;
    readonly dueDate: string;
    readonly trafficLight?: TrafficLight | null;
    readonly businessDaysLeft?: number | null;
  };
  readonly businessDaysOverdue?: number | null;
  readonly tacitWithdrawalFrom?: string | null;
}

export function WorkCaseTable({
  caption,
  count,
  cases,
  empty,
}: {
  readonly caption: string;
  readonly count: number;
  readonly cases: readonly WorkCaseRow[];
  readonly empty: string;
}) {
  if (count === 0) return <Typography sx={{ mb: 3 }}>{empty}</Typography>;
  const more = moreCasesText(count, cases.length);
  return (
    <>
      <TableContainer sx={{ mb: more ? 1 : 3 }}>
        <Table size="small" sx={{ '& caption': { captionSide: 'top', px: 0 } }}>
          <caption>{caption}</caption>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Radicado
              </TableCell>
              <TableCell component="th" scope="col">
                Tipo
              </TableCell>
              <TableCell component="th" scope="col">
                Asunto
              </TableCell>
              <TableCell component="th" scope="col">
                Vence
              </TableCell>
              <TableCell component="th" scope="col">
                Término
              </TableCell>
              <TableCell component="th" scope="col">
                Semáforo
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {cases.map((item) => (
              <TableRow key={item.pqrs.radicado} data-testid="work-case">
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/casos/${item.pqrs.radicado}`}>
                    {item.pqrs.radicado}
                  </Link>
                </TableCell>
                <TableCell>{labelOf(PQRS_KIND_LABELS, item.pqrs.kind)}</TableCell>
                <TableCell>{item.pqrs.subject}</TableCell>
                <TableCell>{formatDate(item.pqrs.dueDate)}</TableCell>
                <TableCell>
                  {termInWords({
                    trafficLight: item.pqrs.trafficLight ?? null,
                    businessDaysLeft: item.pqrs.businessDaysLeft ?? null,
                    businessDaysOverdue: item.businessDaysOverdue ?? null,
                    tacitWithdrawalFrom: item.tacitWithdrawalFrom ?? null,
                  })}
                </TableCell>
                <TableCell>
                  <TrafficLightChip value={item.pqrs.trafficLight} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {more && <Typography sx={{ mb: 3 }}>{more}</Typography>}
    </>
  );
}
