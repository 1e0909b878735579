// The case list's orders over HTTP: by receipt or due date, either way, paged by cursor without repeating
// or skipping a case even where many share the same instant or day, and a cursor refused under an order
// other than the one it came from.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

const PAGE = `query ($sort: PqrsListSort!, $after: String) {
  pqrsList(filter: { receivedFrom: "2025-05-05", receivedTo: "2025-05-09" }, sort: $sort, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { radicado receivedAt dueDate } }
  }
}`;

interface Row {
  readonly radicado: string;
  readonly receivedAt: string;
  readonly dueDate: string;
}

interface ListPage {
  readonly pqrsList: {
    readonly totalCount: number;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
    readonly edges: readonly { readonly cursor: string; readonly node: Row }[];
  };
}

/**
 * Filed in the week of 5 May 2025, with kinds whose terms differ (consultation 30 business days,
 * information request 10, petition 15), so the due-date order is not the receipt order. Two receipts
 * share an instant and several share a due date: the radicado must break those ties.
 */
const CASES = [
  { kind: 'CONSULTATION', receivedAt: '2025-05-05T08:00:00-05:00' },
  { kind: 'PETITION', receivedAt: '2025-05-06T09:00:00-05:00' },
  { kind: 'PETITION', receivedAt: '2025-05-06T09:00:00-05:00' },
  { kind: 'INFORMATION_REQUEST', receivedAt: '2025-05-07T10:00:00-05:00' },
  { kind: 'INFORMATION_REQUEST', receivedAt: '2025-05-07T11:00:00-05:00' },
  { kind: 'PETITION', receivedAt: '2025-05-09T16:00:00-05:00' },
  { kind: 'CONSULTATION', receivedAt: '2025-05-09T16:30:00-05:00' },
] as const;

function compareBy(field: 'receivedAt' | 'dueDate', direction: 1 | -1) {
  return (left: Row, right: Row) => {
    const bySortField = left[field] < right[field] ? -1 : left[field] > right[field] ? 1 : 0;
    const byRadicado = left.radicado < right.radicado ? -1 : left.radicado > right.radicado ? 1 : 0;
    return direction * (bySortField !== 0 ? bySortField : byRadicado);
  };
}

describe('the order of the case list', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;

  const walk = async (sort: string): Promise<{ rows: Row[]; pages: number; cursors: string[] }> => {
    const rows: Row[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { pqrsList }: ListPage = await ventanilla.ok<ListPage>(PAGE, { sort, after }, admin);
      expect(pqrsList.totalCount).toBe(CASES.length);
      rows.push(...pqrsList.edges.map((edge) => edge.node));
      cursors.push(...pqrsList.edges.map((edge) => edge.cursor));
      after = pqrsList.pageInfo.hasNextPage ? pqrsList.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null && pages < 10);
    return { rows, pages, cursors };
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    for (const [index, { kind, receivedAt }] of CASES.entries()) {
      await ventanilla.ok(
        RECEIVE,
        {
          input: {
            kind,
            channel: 'WEB',
            subject: `Caso para ordenar ${index + 1}`,
            description: 'Caso de prueba del orden de la bandeja.',
            petitioner: { name: `Persona ${index + 1}`, documentType: 'CC', documentNumber: `7300${index}` },
            receivedAt,
            lateEntryReason: 'Registro de prueba con fecha anterior.',
          },
        },
        admin,
      );
    }
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it.each([
    ['RECEIVED_AT_DESC', 'receivedAt', -1],
    ['RECEIVED_AT_ASC', 'receivedAt', 1],
    ['DUE_DATE_ASC', 'dueDate', 1],
    ['DUE_DATE_DESC', 'dueDate', -1],
  ] as const)(
    '%s pages every case once, in order, ties broken by radicado',
    async (sort, field, direction) => {
      const { rows, pages } = await walk(sort);
      expect(pages).toBe(4);
      expect(new Set(rows.map((row) => row.radicado)).size).toBe(CASES.length);
      expect(rows).toEqual([...rows].sort(compareBy(field, direction)));
    },
  );

  it('without a sort, lists the newest received first, as before', async () => {
    const { pqrsList } = await ventanilla.ok<ListPage>(
      `{ pqrsList(filter: { receivedFrom: "2025-05-05", receivedTo: "2025-05-09" }, first: 20) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { radicado receivedAt dueDate } }
      } }`,
      {},
      admin,
    );
    const { rows } = await walk('RECEIVED_AT_DESC');
    expect(pqrsList.edges.map((edge) => edge.node)).toEqual(rows);
  });

  it('orders by due date differently from receipt: the first consultation falls due after later petitions', async () => {
    const byReceipt = (await walk('RECEIVED_AT_ASC')).rows;
    const byDueDate = (await walk('DUE_DATE_ASC')).rows;
    const firstConsultation = byReceipt[0]!;
    expect(byDueDate[0]!.radicado).not.toBe(firstConsultation.radicado);
    expect(byDueDate.findIndex((row) => row.radicado === firstConsultation.radicado)).toBeGreaterThan(
      byDueDate.findIndex((row) => row.radicado === byReceipt[5]!.radicado),
    );
  });

  it('refuses a cursor taken under another order as BAD_USER_INPUT naming it', async () => {
    const descending = await walk('RECEIVED_AT_DESC');
    const byDueDate = await walk('DUE_DATE_ASC');
    for (const [sort, cursor] of [
      ['RECEIVED_AT_ASC', descending.cursors[1]],
      ['DUE_DATE_ASC', descending.cursors[1]],
      ['DUE_DATE_DESC', byDueDate.cursors[1]],
      ['RECEIVED_AT_DESC', byDueDate.cursors[1]],
    ] as const) {
      const response = await ventanilla.graphql(PAGE, { sort, after: cursor }, admin);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('refuses an order it does not know as BAD_USER_INPUT', async () => {
    const response = await ventanilla.graphql(PAGE, { sort: 'SUBJECT_ASC', after: null }, admin);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
