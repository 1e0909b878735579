// The four inputs that reached an internal error (issue 11, finding 8) are refused at the boundary, naming
// the field: a lone surrogate in a key or an e-mail, a date outside the years the business calendar
// covers, and a NUL in a search text. The fuzz test (mutation-fuzz.test.ts) looks for their kin.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado dueDate } }`;

function petition(overrides: Record<string, unknown> = {}, petitioner: Record<string, unknown> = {}) {
  return {
    kind: 'PETITION',
    channel: 'EMAIL',
    subject: 'Certificado de afiliación',
    description: 'Solicito copia del certificado.',
    petitioner: { name: 'Ana Gómez', documentType: 'CC', documentNumber: '52987654', ...petitioner },
    ...overrides,
  };
}

describe('bad input at the boundary', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it.each([
    [
      'the idempotency key',
      { idempotencyKey: 'clave-\uD800' },
      {},
      'input.idempotencyKey',
      'clave de idempotencia',
    ],
    [
      'the e-mail',
      {},
      { email: 'ana\uD800@correo.example' },
      'input.petitioner.email',
      'correo electrónico del peticionario',
    ],
  ])(
    'a lone surrogate in %s is refused naming the field',
    async (_what, overrides, petitioner, field, label) => {
      const response = await ventanilla.graphql(RECEIVE, { input: petition(overrides, petitioner) }, admin);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: `El campo ${label} contiene caracteres no válidos.`,
          extensions: { code: 'BAD_USER_INPUT', field },
        }),
      ]);
    },
  );

  it('a receipt dated before 1583 is refused as a date the calendar does not cover', async () => {
    const response = await ventanilla.graphql(
      RECEIVE,
      { input: petition({ receivedAt: '1582-06-01T10:00:00-05:00' }) },
      admin,
    );
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'La fecha 01/06/1582 está fuera del calendario de días hábiles, que va de 1583 a 4098.',
        extensions: { code: 'BAD_USER_INPUT', rule: 'INVALID_DATE_OUT_OF_RANGE', field: 'receivedAt' },
      }),
    ]);
  });

  it('an extension past 4099 is refused as a date the calendar does not cover', async () => {
    const { receivePqrs } = await ventanilla.ok(RECEIVE, { input: petition() }, admin);
    const response = await ventanilla.graphql(
      `mutation ($radicado: String!) {
        extendPqrsDeadline(radicado: $radicado, newDueDate: "4100-01-04", reason: "Prueba") { dueDate }
      }`,
      { radicado: receivePqrs.radicado },
      admin,
    );
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'INVALID_DATE_OUT_OF_RANGE',
      field: 'newDueDate',
    });
  });

  it('a NUL in the search text is refused naming the field, not sent to SQLite', async () => {
    const response = await ventanilla.graphql(
      'query ($filter: PqrsListFilterInput) { pqrsList(filter: $filter) { totalCount } }',
      { filter: { text: 'a\u0000b' } },
      admin,
    );
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'El campo texto contiene caracteres de control no permitidos.',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.text' },
      }),
    ]);
  });

  it('tabs and line breaks are still text', async () => {
    const { receivePqrs } = await ventanilla.ok(
      RECEIVE,
      { input: petition({ description: 'Primera línea\r\nsegunda\tcon tabulador' }) },
      admin,
    );
    expect(receivePqrs.radicado).toMatch(/^PQRS-/);
  });
});
