// The Bandeja's filters and order in the address bar: read, written back, and sent as pqrsList's arguments.
import {
  changeInboxView,
  columnSortOf,
  DEFAULT_INBOX_VIEW,
  inboxSearchOf,
  inboxViewProblems,
  isFiltered,
  listArgumentsOf,
  mayFilterByAssignee,
  parseInboxView,
  sortOfColumns,
  type InboxView,
} from '../../web/src/logic/inbox-view.js';

const ME = 'usuario-7';

describe('the inbox view in the query string', () => {
  it('an address without a query is the default view: every case, newest received first', () => {
    expect(parseInboxView('')).toEqual(DEFAULT_INBOX_VIEW);
    expect(inboxSearchOf(DEFAULT_INBOX_VIEW)).toBe('');
  });

  it('reads every filter and the order, and writes them back the same', () => {
    const search =
      'estado=ASSIGNED&tipo=COMPLAINT&canal=EMAIL&asignado=u-3&vencidas=si&texto=cobro+doble&desde=2026-01-01&hasta=2026-03-31&orden=DUE_DATE_ASC';
    const view = parseInboxView(`?${search}`);
    expect(view).toEqual({
      status: 'ASSIGNED',
      kind: 'COMPLAINT',
      channel: 'EMAIL',
      assigneeId: 'u-3',
      mine: false,
      overdue: true,
      text: 'cobro doble',
      receivedFrom: '2026-01-01',
      receivedTo: '2026-03-31',
      sort: 'DUE_DATE_ASC',
    });
    expect(inboxSearchOf(view)).toBe(search);
    expect(parseInboxView(inboxSearchOf(view))).toEqual(view);
  });

  it('reads "not overdue" and "Mis casos"', () => {
    expect(parseInboxView('vencidas=no&mis-casos=si')).toMatchObject({ overdue: false, mine: true });
  });

  it('ignores values it does not know, so an old or mistyped bookmark still opens', () => {
    expect(
      parseInboxView('estado=ABIERTO&tipo=x&canal=&vencidas=quizas&desde=2026-02-30&hasta=ayer&orden=ASUNTO'),
    ).toEqual(DEFAULT_INBOX_VIEW);
  });

  it('cuts a search longer than the server accepts', () => {
    expect(parseInboxView(`texto=${'a'.repeat(250)}`).text).toHaveLength(200);
  });

  it('"Mis casos" replaces a chosen assignee', () => {
    const chosen = changeInboxView(DEFAULT_INBOX_VIEW, { assigneeId: 'u-3' });
    const mine = changeInboxView(chosen, { mine: true });
    expect(mine).toMatchObject({ mine: true, assigneeId: null });
    expect(inboxSearchOf(mine)).toBe('mis-casos=si');
  });

  it('knows whether any filter is set, the order aside', () => {
    expect(isFiltered({ ...DEFAULT_INBOX_VIEW, sort: 'DUE_DATE_DESC' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_INBOX_VIEW, text: 'certificado' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_INBOX_VIEW, text: '   ' })).toBe(false);
  });
});

describe('the arguments sent to pqrsList', () => {
  it('sends only the filters that are set, with the search trimmed', () => {
    const view: InboxView = { ...DEFAULT_INBOX_VIEW, kind: 'CLAIM', text: '  cobro ', overdue: false };
    expect(listArgumentsOf(view, ME)).toEqual({
      filter: { kind: 'CLAIM', overdue: false, text: 'cobro' },
      sort: 'PRIORITY_FIRST',
    });
    // Art. 20: the Bandeja opens with the priority cases first.
    expect(listArgumentsOf(DEFAULT_INBOX_VIEW, ME)).toEqual({ filter: {}, sort: 'PRIORITY_FIRST' });
  });

  it('"Mis casos" asks for the cases assigned to whoever is signed in', () => {
    const view = { ...DEFAULT_INBOX_VIEW, mine: true, assigneeId: 'u-3', sort: 'DUE_DATE_ASC' as const };
    expect(listArgumentsOf(view, ME)).toEqual({ filter: { assigneeId: ME }, sort: 'DUE_DATE_ASC' });
  });

  it('says when the period ends before it starts', () => {
    expect(
      inboxViewProblems({ ...DEFAULT_INBOX_VIEW, receivedFrom: '2026-03-02', receivedTo: '2026-03-01' }),
    ).toEqual({ receivedTo: expect.stringMatching(/anterior a la inicial/) });
    expect(
      inboxViewProblems({ ...DEFAULT_INBOX_VIEW, receivedFrom: '2026-03-01', receivedTo: '2026-03-01' }),
    ).toEqual({});
  });
});

describe('the order and the table headers', () => {
  it('shows each order on its column and reads a header click back as the same order', () => {
    for (const sort of [
      'PRIORITY_FIRST',
      'RECEIVED_AT_DESC',
      'RECEIVED_AT_ASC',
      'DUE_DATE_ASC',
      'DUE_DATE_DESC',
    ] as const)
      expect(sortOfColumns(columnSortOf(sort))).toBe(sort);
    expect(columnSortOf('DUE_DATE_ASC')).toEqual([{ field: 'dueDate', sort: 'asc' }]);
  });

  it('returns to the default order when the table clears its sort or names a column the server cannot sort', () => {
    expect(sortOfColumns([])).toBe('PRIORITY_FIRST');
    expect(sortOfColumns([{ field: 'dueDate', sort: null }])).toBe('PRIORITY_FIRST');
    expect(sortOfColumns([{ field: 'subject', sort: 'asc' }])).toBe('PRIORITY_FIRST');
  });
});

describe('the assignee filter', () => {
  it('is offered to the roles that may read the staff list, not to an agent alone', () => {
    expect(mayFilterByAssignee(['COORDINATOR'])).toBe(true);
    expect(mayFilterByAssignee(['AUDITOR'])).toBe(true);
    expect(mayFilterByAssignee(['AGENT'])).toBe(false);
    expect(mayFilterByAssignee(['AGENT', 'ADMIN'])).toBe(true);
  });
});
