// The Bandeja's view (filters and order) as it lives in the address bar, so a view can be bookmarked or
// sent to a colleague: read from the query string, written back to it, and turned into pqrsList's
// arguments. Values the client does not recognise are ignored rather than refused: an old bookmark still
// opens. Pure: no React, no DOM.
import type { PqrsChannel, PqrsKind, PqrsListSort, PqrsStatus, Role } from '../graphql/generated/graphql.js';
import { PQRS_CHANNELS, PQRS_KINDS, PQRS_STATUSES } from './pqrs-labels.js';
import { isCalendarDate } from './report-periods.js';

export const INBOX_SORTS: readonly PqrsListSort[] = [
  'PRIORITY_FIRST',
  'RECEIVED_AT_DESC',
  'RECEIVED_AT_ASC',
  'DUE_DATE_ASC',
  'DUE_DATE_DESC',
];

export const INBOX_SORT_LABELS: Readonly<Record<PqrsListSort, string>> = {
  PRIORITY_FIRST: 'Prioritarias primero (art. 20 y art. 5.6 del CPACA), por vencimiento',
  RECEIVED_AT_DESC: 'Radicadas más recientes primero',
  RECEIVED_AT_ASC: 'Radicadas más antiguas primero',
  DUE_DATE_ASC: 'Vencimiento más próximo primero',
  DUE_DATE_DESC: 'Vencimiento más lejano primero',
};

/**
 * A bookmark without an order shows the priority cases first (Ley 1755 de 2015 art. 20: they are attended
 * before the others), then every other case by due date.
 */
export const DEFAULT_INBOX_SORT: PqrsListSort = 'PRIORITY_FIRST';

/** The server refuses longer searches (PqrsListFilterInput.text). */
export const MAX_SEARCH_TEXT = 200;

export interface InboxView {
  readonly status: PqrsStatus | null;
  readonly kind: PqrsKind | null;
  readonly channel: PqrsChannel | null;
  readonly assigneeId: string | null;
  /** Only the cases assigned to whoever is signed in (overrides assigneeId). */
  readonly mine: boolean;
  /** Only overdue (true), only not overdue (false), or both (null). */
  readonly overdue: boolean | null;
  readonly text: string;
  readonly receivedFrom: string | null;
  readonly receivedTo: string | null;
  readonly sort: PqrsListSort;
}

export const DEFAULT_INBOX_VIEW: InboxView = {
  status: null,
  kind: null,
  channel: null,
  assigneeId: null,
  mine: false,
  overdue: null,
  text: '',
  receivedFrom: null,
  receivedTo: null,
  sort: DEFAULT_INBOX_SORT,
};

/** Query-string names: Spanish, since staff see and share these addresses. */
const PARAMETERS = {
  status: 'estado',
  kind: 'tipo',
  channel: 'canal',
  assigneeId: 'asignado',
  mine: 'mis-casos',
  overdue: 'vencidas',
  text: 'texto',
  receivedFrom: 'desde',
  receivedTo: 'hasta',
  sort: 'orden',
} as const satisfies Record<keyof InboxView, string>;

const YES = 'si';
const NO = 'no';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function calendarDateOrNull(value: string | null): string | null {
  return value !== null && isCalendarDate(value) ? value : null;
}

/** The view a query string describes ("?estado=ASSIGNED&orden=DUE_DATE_ASC"). */
export function parseInboxView(search: string): InboxView {
  const parameters = new URLSearchParams(search);
  const read = (key: keyof InboxView) => parameters.get(PARAMETERS[key]);
  const overdue = read('overdue');
  const assigneeId = read('assigneeId')?.trim() ?? '';
  return {
    status: oneOf(PQRS_STATUSES, read('status')),
    kind: oneOf(PQRS_KINDS, read('kind')),
    channel: oneOf(PQRS_CHANNELS, read('channel')),
    assigneeId: assigneeId === '' ? null : assigneeId,
    mine: read('mine') === YES,
    overdue: overdue === YES ? true : overdue === NO ? false : null,
    text: (read('text') ?? '').slice(0, MAX_SEARCH_TEXT),
    receivedFrom: calendarDateOrNull(read('receivedFrom')),
    receivedTo: calendarDateOrNull(read('receivedTo')),
    sort: oneOf(INBOX_SORTS, read('sort')) ?? DEFAULT_INBOX_SORT,
  };
}

/** The query string of a view, without "?": only what differs from the default, in a fixed order. */
export function inboxSearchOf(view: InboxView): string {
  const parameters = new URLSearchParams();
  const write = (key: keyof InboxView, value: string | null) => {
    if (value !== null && value !== '') parameters.set(PARAMETERS[key], value);
  };
  write('status', view.status);
  write('kind', view.kind);
  write('channel', view.channel);
  write('assigneeId', view.mine ? null : view.assigneeId);
  write('mine', view.mine ? YES : null);
  write('overdue', view.overdue === null ? null : view.overdue ? YES : NO);
  write('text', view.text.trim());
  write('receivedFrom', view.receivedFrom);
  write('receivedTo', view.receivedTo);
  write('sort', view.sort === DEFAULT_INBOX_SORT ? null : view.sort);
  return parameters.toString();
}

/** A view with some filters changed. Turning "Mis casos" on drops a chosen assignee: it names one already. */
export function changeInboxView(view: InboxView, change: Partial<InboxView>): InboxView {
  const next = { ...view, ...change };
  return next.mine && change.mine === true ? { ...next, assigneeId: null } : next;
}

/** Whether any filter is set (the order is not a filter). */
export function isFiltered(view: InboxView): boolean {
  return inboxSearchOf({ ...view, sort: DEFAULT_INBOX_SORT }) !== '';
}

export interface PqrsListArguments {
  readonly filter: {
    readonly status?: PqrsStatus;
    readonly kind?: PqrsKind;
    readonly channel?: PqrsChannel;
    readonly assigneeId?: string;
    readonly overdue?: boolean;
    readonly text?: string;
    readonly receivedFrom?: string;
    readonly receivedTo?: string;
  };
  readonly sort: PqrsListSort;
}

/** pqrsList's filter and sort for a view; "Mis casos" needs the signed-in user's id. */
export function listArgumentsOf(view: InboxView, signedInUserId: string): PqrsListArguments {
  const assigneeId = view.mine ? signedInUserId : view.assigneeId;
  const text = view.text.trim();
  return {
    filter: {
      ...(view.status ? { status: view.status } : {}),
      ...(view.kind ? { kind: view.kind } : {}),
      ...(view.channel ? { channel: view.channel } : {}),
      ...(assigneeId ? { assigneeId } : {}),
      ...(view.overdue === null ? {} : { overdue: view.overdue }),
      ...(text ? { text } : {}),
      ...(view.receivedFrom ? { receivedFrom: view.receivedFrom } : {}),
      ...(view.receivedTo ? { receivedTo: view.receivedTo } : {}),
    },
    sort: view.sort,
  };
}

/** What is wrong with the view's dates, per field; empty when nothing is. */
export function inboxViewProblems(view: InboxView): { readonly receivedTo?: string } {
  if (view.receivedFrom && view.receivedTo && view.receivedFrom > view.receivedTo)
    return { receivedTo: 'La fecha final es anterior a la inicial: no hay casos en ese rango.' };
  return {};
}

/** A column's sort as the table states it (MUI's GridSortItem has this shape). */
export interface ColumnSort {
  readonly field: string;
  readonly sort: 'asc' | 'desc' | null | undefined;
}

const SORT_COLUMNS: Readonly<Record<PqrsListSort, ColumnSort>> = {
  PRIORITY_FIRST: { field: 'priority', sort: 'asc' },
  RECEIVED_AT_DESC: { field: 'receivedAt', sort: 'desc' },
  RECEIVED_AT_ASC: { field: 'receivedAt', sort: 'asc' },
  DUE_DATE_ASC: { field: 'dueDate', sort: 'asc' },
  DUE_DATE_DESC: { field: 'dueDate', sort: 'desc' },
};

/** The columns the server can order by: the others are not sortable in the table. */
export const SORTABLE_COLUMNS: ReadonlySet<string> = new Set(['priority', 'receivedAt', 'dueDate']);

/** The table's sort model for an order. */
export function columnSortOf(sort: PqrsListSort): ColumnSort[] {
  return [SORT_COLUMNS[sort]];
}

/** The order a click on a column header asks for; clearing the sort returns to the default. */
export function sortOfColumns(model: readonly ColumnSort[]): PqrsListSort {
  const first = model[0];
  if (!first?.sort) return DEFAULT_INBOX_SORT;
  const match = INBOX_SORTS.find(
    (sort) => SORT_COLUMNS[sort].field === first.field && SORT_COLUMNS[sort].sort === first.sort,
  );
  return match ?? DEFAULT_INBOX_SORT;
}

/** The roles the server lets read the staff list (the `users` query): an agent filters by "Mis casos". */
const STAFF_LIST_READERS: readonly Role[] = ['ADMIN', 'COORDINATOR', 'AUDITOR'];

/** Whether the assignee filter can offer the staff list to these roles. */
export function mayFilterByAssignee(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_LIST_READERS.includes(role));
}

/**
 * How many of the filters beyond the search box narrow the view (state, kind, channel, assignee or
 * "Mis casos", overdue, the receipt dates): the Bandeja keeps them folded under "Más filtros", so its
 * cases fit the screen, and opens them at once for a view that uses any.
 */
export function foldedFilterCount(view: InboxView): number {
  return [
    view.status !== null,
    view.kind !== null,
    view.channel !== null,
    view.assigneeId !== null || view.mine,
    view.overdue !== null,
    view.receivedFrom !== null,
    view.receivedTo !== null,
  ].filter(Boolean).length;
}
