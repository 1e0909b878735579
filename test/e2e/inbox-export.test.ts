// The Bandeja's export over HTTP (GET /pqrs/export): the file holds exactly the cases pqrsList lists for
// the same filter and order, every page of them; a subject that starts like a formula is neutralised; an
// agent's export is scoped like their list (the search by the person, the petitioners they may see); a
// view larger than the limit is refused naming its filter; bad parameters answer 400 with a code and the
// field.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const ASSIGN = `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`;
const LIST = `
  query ($filter: PqrsListFilterInput, $after: String, $sort: PqrsListSort!) {
    pqrsList(filter: $filter, first: 2, after: $after, sort: $sort) {
      pageInfo { hasNextPage endCursor } nodes { radicado }
    }
  }`;

type Staff = { id: string; token: string };

const petition = (name: string, documentNumber: string, subject: string, kind = 'PETITION') => ({
  kind,
  channel: 'EMAIL',
  subject,
  description: 'Solicitud presentada en la ventanilla.',
  petitioner: { name, documentType: 'CC', documentNumber },
});

describe('exporting the Bandeja, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let coordinator: Staff;
  let agent: Staff;
  let auditor: Staff;
  let formulaCase: string;
  let agentsCase: string;

  const receive = async (input: Record<string, unknown>) =>
    (await ventanilla.ok(RECEIVE, { input }, coordinator.token)).receivePqrs.radicado as string;

  const exportUrl = (params: Record<string, string>) =>
    `${ventanilla.url.replace(/\/graphql$/, '')}/pqrs/export?${new URLSearchParams(params).toString()}`;

  const download = (params: Record<string, string>, token?: string) =>
    fetch(exportUrl(params), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** The radicados pqrsList gives for the filter, page after page of two. */
  async function listed(filter: Record<string, unknown>, sort: string, token: string): Promise<string[]> {
    const radicados: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = (await ventanilla.ok(LIST, { filter, after, sort }, token)).pqrsList;
      radicados.push(...(page.nodes as { radicado: string }[]).map((node) => node.radicado));
      if (!page.pageInfo.hasNextPage) return radicados;
      after = page.pageInfo.endCursor as string;
    }
  }

  async function csvRecords(params: Record<string, string>, token: string): Promise<string[][]> {
    const response = await download({ ...params, format: 'csv' }, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parse(bytes, { bom: true, delimiter: ';', relax_column_count: true }) as string[][];
  }

  async function xlsxRows(params: Record<string, string>, token: string): Promise<ExcelJS.Row[]> {
    const response = await download({ ...params, format: 'xlsx' }, token);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const rows: ExcelJS.Row[] = [];
    workbook.getWorksheet('Bandeja')!.eachRow((row) => rows.push(row));
    return rows;
  }

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({ VENTANILLA_EXPORT_MAX_ROWS: '6' });
    const admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    agent = await ventanilla.userWithRoles(admin, 'agente.export', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora', ['AUDITOR']);
    formulaCase = await receive(
      petition('Marta Lucía Gómez', '52000111', '=HYPERLINK("http://x.example","clic")'),
    );
    await receive(petition('Marta Lucía Gómez', '52000111', 'Certificado de aportes'));
    agentsCase = await receive(petition('Marta Lucía Gómez', '52000111', 'Cobro doble de la cuota'));
    await receive(petition('Jorge Pinzón', '79000222', 'Certificado laboral'));
    await receive(petition('Jorge Pinzón', '79000222', 'Queja por la atención', 'COMPLAINT'));
    await ventanilla.ok(ASSIGN, { r: agentsCase, a: agent.id }, coordinator.token);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('exports exactly the cases pqrsList lists for the filter, every page, in its order (CSV and XLSX)', async () => {
    const filter = { kind: 'PETITION' };
    const expected = await listed(filter, 'DUE_DATE_ASC', coordinator.token);
    expect(expected).toHaveLength(4);
    const records = await csvRecords({ kind: 'PETITION', sort: 'DUE_DATE_ASC' }, coordinator.token);
    expect(records[0]).toEqual([
      'Radicado',
      'Tipo',
      'Canal',
      'Asunto',
      'Peticionario',
      'Dependencia',
      'Responsable',
      'Estado',
      'Radicada',
      'Vence',
      'Semáforo',
      'Días hábiles restantes',
    ]);
    expect(records.slice(1).map((record) => record[0])).toEqual(expected);
    const cases = await xlsxRows({ kind: 'PETITION', sort: 'DUE_DATE_ASC' }, coordinator.token);
    expect(cases.slice(1).map((row) => row.getCell(1).value)).toEqual(expected);
    // Days are dd/mm/aaaa in the CSV, date cells in the workbook.
    expect(records[1]![9]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(cases[1]!.getCell(10).value).toBeInstanceOf(Date);
  });

  it('searches by the person as the list does', async () => {
    const expected = (await listed({ text: 'marta gómez' }, 'RECEIVED_AT_DESC', coordinator.token)).sort();
    expect(expected).toHaveLength(3);
    const records = await csvRecords({ text: 'marta gómez' }, coordinator.token);
    expect(
      records
        .slice(1)
        .map((record) => record[0])
        .sort(),
    ).toEqual(expected);
    expect(records.slice(1).every((record) => record[4] === 'Marta Lucía Gómez')).toBe(true);
  });

  it('neutralises a subject that starts like a formula', async () => {
    const records = await csvRecords({ text: formulaCase }, coordinator.token);
    expect(records[1]![3]).toBe(`'=HYPERLINK("http://x.example","clic")`);
    const rows = await xlsxRows({ text: formulaCase }, coordinator.token);
    const subject = rows[1]!.getCell(4);
    expect(subject.type).toBe(ExcelJS.ValueType.String);
    expect(subject.formula).toBeUndefined();
  });

  it("scopes an agent's export like their list: the person search and the petitioners they may see", async () => {
    const expected = await listed({ text: 'marta' }, 'RECEIVED_AT_DESC', agent.token);
    expect(expected).toEqual([agentsCase]);
    const records = await csvRecords({ text: 'marta' }, agent.token);
    expect(records.slice(1).map((record) => record[0])).toEqual([agentsCase]);
    expect(records[1]![4]).toBe('Marta Lucía Gómez');
    // Another case of hers, not theirs: found by its subject, her name masked as on the case page.
    const other = await csvRecords({ text: 'aportes' }, agent.token);
    expect(other).toHaveLength(2);
    expect(other[1]![4]).toBe('M. L. G.');
  });

  it('gives an auditor no petitioner column', async () => {
    const records = await csvRecords({ kind: 'COMPLAINT' }, auditor.token);
    expect(records[0]).not.toContain('Peticionario');
    expect(records).toHaveLength(2);
  });

  it('refuses a view larger than the limit, naming its filter', async () => {
    await receive(petition('Jorge Pinzón', '79000222', 'Otro certificado'));
    await receive(petition('Jorge Pinzón', '79000222', 'Un certificado más'));
    const response = await download({ format: 'xlsx', channel: 'EMAIL' }, coordinator.token);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: Record<string, string> };
    expect(error['code']).toBe('BAD_USER_INPUT');
    expect(error['field']).toBe('filter');
    expect(error['message']).toContain('La vista tiene 7 casos');
    expect(error['message']).toContain('Canal: Correo electrónico');
    expect(error['message']).toContain('hasta 6');
  });

  it('answers bad parameters with 400, a code and the field; no token, 401', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ format: 'pdf' }, 'format'],
      [{}, 'format'],
      [{ format: 'csv', status: 'ABIERTO' }, 'status'],
      [{ format: 'csv', receivedFrom: '2026-02-30' }, 'receivedFrom'],
      [{ format: 'csv', overdue: 'sí' }, 'overdue'],
      [{ format: 'csv', sort: 'RADICADO' }, 'sort'],
      [{ format: 'csv', estado: 'RECEIVED' }, 'estado'],
      [{ format: 'csv', text: 'x'.repeat(201) }, 'text'],
    ];
    for (const [params, field] of cases) {
      const response = await download(params, coordinator.token);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: Record<string, string> };
      expect([error['code'], error['field']]).toEqual(['BAD_USER_INPUT', field]);
      expect(error['message']).toMatch(/[áéíóúñ]|parámetro|formato/);
    }
    expect((await download({ format: 'csv' })).status).toBe(401);
  });
});
