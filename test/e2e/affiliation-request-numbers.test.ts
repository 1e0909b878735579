// The number an affiliation request is filed under, end to end over HTTP: AFI-<year>-<consecutive> from
// the year's counter, never shared or skipped by concurrent filings, kept by a retried filing, and found by
// the Afiliaciones search by the whole number or just its consecutive.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const FIELDS = 'id requestNumber receivedAt';
const RECEIVE = `
  mutation Receive($input: ReceiveAffiliationInput!) {
    receiveAffiliation(input: $input) { ${FIELDS} }
  }`;
const SEARCH = `
  query Search($text: String!) {
    affiliations(filter: { text: $text }, first: 50) { totalCount nodes { id requestNumber } }
  }`;
const HISTORY = `
  query History($id: ID!) {
    affiliation(id: $id) { requestNumber otherRequests { id requestNumber } novelties { kind } }
  }`;

function application(documentNumber: string, idempotencyKey?: string) {
  return {
    affiliationType: 'INDIVIDUAL',
    channel: 'IN_PERSON',
    applicant: { name: 'Marta Lucía Ospina', documentType: 'CC', documentNumber },
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

interface Filed {
  readonly id: string;
  readonly requestNumber: string;
}

/** The Bogotá year of an instant the app recorded (UTC-5, no daylight saving). */
function bogotaYearOf(instant: string): number {
  return new Date(Date.parse(instant) - 5 * 3_600_000).getUTCFullYear();
}

function consecutiveOf(requestNumber: string): number {
  const match = /^AFI-(\d{4})-(\d{6})$/.exec(requestNumber);
  if (match === null) throw new Error(`${requestNumber} no es un número de solicitud`);
  return Number(match[2]);
}

describe('affiliation request numbers, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let coordinator: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    const admin = await ventanilla.login();
    coordinator = (await ventanilla.userWithRoles(admin, 'coordinadora.numeros', ['COORDINATOR'])).token;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  const receive = async (input: Record<string, unknown>): Promise<Filed & { receivedAt: string }> =>
    (await ventanilla.ok(RECEIVE, { input }, coordinator)).receiveAffiliation;
  const search = async (text: string): Promise<{ totalCount: number; nodes: Filed[] }> =>
    (await ventanilla.ok(SEARCH, { text }, coordinator)).affiliations;

  it('two requests filed at once get two distinct consecutive numbers of the Bogotá year, each found by search', async () => {
    const [first, second] = await Promise.all([
      receive(application('52000001')),
      receive(application('52000002')),
    ]);
    const year = bogotaYearOf(first.receivedAt);
    for (const filed of [first, second])
      expect(filed.requestNumber).toMatch(new RegExp(`^AFI-${year}-\\d{6}$`));
    const numbers = [consecutiveOf(first.requestNumber), consecutiveOf(second.requestNumber)].sort(
      (a, b) => a - b,
    );
    expect(numbers).toEqual([1, 2]);

    for (const filed of [first, second]) {
      const byNumber = await search(filed.requestNumber);
      expect(byNumber.nodes).toEqual([{ id: filed.id, requestNumber: filed.requestNumber }]);
      const consecutive = String(consecutiveOf(filed.requestNumber));
      for (const text of [consecutive, consecutive.padStart(6, '0'), filed.requestNumber.toLowerCase()]) {
        expect((await search(text)).nodes.map((node) => node.id)).toEqual([filed.id]);
      }
    }
  });

  it('a filing repeated with its idempotency key keeps its number, and a refused one takes none', async () => {
    const once = await receive(application('52000003', 'afi-retry-1'));
    const again = await receive(application('52000003', 'afi-retry-1'));
    expect(again).toEqual(once);

    const refused = await ventanilla.graphql(
      RECEIVE,
      // Received long ago and recorded now without the reason the late entry needs: the domain refuses it.
      { input: { ...application('52000004'), receivedAt: '2025-01-02T10:00:00-05:00' } },
      coordinator,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const next = await receive(application('52000005'));
    expect(consecutiveOf(next.requestNumber)).toBe(consecutiveOf(once.requestNumber) + 1);
  });

  it('a request shows the applicant’s other requests, with their numbers', async () => {
    const earlier = await receive(application('52000006'));
    const later = await receive(application('52000006'));
    const { affiliation } = await ventanilla.ok(HISTORY, { id: later.id }, coordinator);
    expect(affiliation).toEqual({
      requestNumber: later.requestNumber,
      otherRequests: [{ id: earlier.id, requestNumber: earlier.requestNumber }],
      novelties: [],
    });
  });
});
