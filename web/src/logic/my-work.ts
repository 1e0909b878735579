// "Mi trabajo" as staff read it: where each role lands after signing in, the groups in the order they
// must be looked at (with their headings, captions and empty states), and each case's term in words.
// The server decides the groups and counts the business days (myWork); this only words them. Pure.
import type { Role, TrafficLight } from '../graphql/generated/graphql.js';
import { formatDate } from './report-periods.js';
import { primaryRole } from './roles.js';

export const MY_WORK_PATH = '/mi-trabajo';
export const INBOX_PATH = '/bandeja';

/** Those who answer cases, and those who watch their due dates, start on Mi trabajo; the rest on the Bandeja. */
const LANDS_ON_MY_WORK: readonly Role[] = ['AGENT', 'COORDINATOR'];

/** Where `/` takes a signed-in user: the role the server acts in decides. */
export function landingPathOf(roles: readonly Role[]): string {
  const role = primaryRole(roles);
  return role !== null && LANDS_ON_MY_WORK.includes(role) ? MY_WORK_PATH : INBOX_PATH;
}

export type MyWorkGroupKey = 'overdue' | 'dueSoon' | 'awaitingInformation' | 'onTime';

export interface MyWorkGroupText {
  readonly key: MyWorkGroupKey;
  readonly title: string;
  /** The table's caption: what the group holds and in which order. */
  readonly caption: string;
  readonly empty: string;
}

/** In the order the page shows them: what is late first. */
export const MY_WORK_GROUPS: readonly MyWorkGroupText[] = [
  {
    key: 'overdue',
    title: 'Vencidos',
    caption: 'Sus casos vencidos, del más vencido al menos',
    empty: 'No tiene casos vencidos.',
  },
  {
    key: 'dueSoon',
    title: 'Por vencer',
    caption: 'Sus casos por vencer, del vencimiento más próximo al más lejano',
    empty: 'No tiene casos por vencer.',
  },
  {
    key: 'awaitingInformation',
    title: 'En espera de información del peticionario',
    caption:
      'Sus casos con el término suspendido (art. 17), por la fecha desde la que procede el desistimiento tácito',
    empty: 'No tiene casos en espera de información.',
  },
  {
    key: 'onTime',
    title: 'A tiempo',
    caption: 'Sus demás casos abiertos, por fecha de vencimiento',
    empty: 'No tiene otros casos abiertos.',
  },
];

function businessDays(count: number): string {
  return count === 1 ? '1 día hábil' : `${count} días hábiles`;
}

/** What Mi trabajo knows of a case's term. */
export interface WorkCaseTerm {
  readonly trafficLight: TrafficLight | null;
  readonly businessDaysLeft: number | null;
  readonly businessDaysOverdue: number | null;
  readonly tacitWithdrawalFrom: string | null;
}

/** A case's term in words: "Vencida hace 3 días hábiles", "Vence hoy", "Quedan 2 días hábiles". */
export function termInWords(term: WorkCaseTerm): string {
  if (term.tacitWithdrawalFrom !== null)
    return `Término suspendido; desistimiento tácito desde el ${formatDate(term.tacitWithdrawalFrom)}`;
  if (term.trafficLight === 'OVERDUE') {
    const days = term.businessDaysOverdue ?? 0;
    // The weekend after a Friday due date: overdue with no business day past it yet.
    return days === 0 ? 'Vencida el último día hábil' : `Vencida hace ${businessDays(days)}`;
  }
  if (term.businessDaysLeft === null) return 'Sin cómputo del término';
  if (term.businessDaysLeft === 0) return 'Vence hoy';
  return `${term.businessDaysLeft === 1 ? 'Queda' : 'Quedan'} ${businessDays(term.businessDaysLeft)}`;
}

/** Said under a table that lists fewer cases than its group holds; null when it lists them all. */
export function moreCasesText(count: number, shown: number): string | null {
  return count > shown ? `Se muestran ${shown} de ${count} casos; los demás están en la Bandeja.` : null;
}

/** A count with its noun: "1 caso", "3 casos". */
export function casesCount(count: number): string {
  return count === 1 ? '1 caso' : `${count} casos`;
}

export interface TeamGroupAssignee {
  readonly assigneeId: string | null;
  readonly assignee: { readonly username: string; readonly fullName?: string | null } | null;
}

/** Who a group of the team's overdue cases belongs to, by name. */
export function assigneeNameOf(group: TeamGroupAssignee): string {
  if (group.assigneeId === null) return 'Sin asignar';
  return group.assignee?.fullName ?? group.assignee?.username ?? 'Funcionario desconocido';
}
