// Reports over HTTP: issuing records ReportIssued; the file downloads with the same token; a report
// regenerated as of the first issue's instant, after late answers arrived, is byte-identical (CSV) with
// the same content hash; auditors list, verify and check files; bad requests name the field.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const ISSUE = `
  mutation ($kind: ReportKind!, $from: Date!, $to: Date!, $format: ReportFormat!, $asOf: DateTime) {
    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf) {
      id kind from to asOf format contentHash fileSha256 fileName issuedAt issuedBy issuedByRole downloadUrl
    }
  }`;

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

function petition(kind: string, receivedAt: string) {
  return {
    kind,
    channel: 'WEB',
    subject: 'Copia de un contrato',
    description: 'Solicito copia del contrato de prestación de servicios.',
    petitioner: {
      name: 'Ana Lucía Gómez Restrepo',
      documentType: 'CC',
      documentNumber: '52987654',
      email: 'ana.gomez@correo.example',
      phone: null,
      address: null,
    },
    receivedAt,
    // The scenario's dates are fixed; the tests run on any later day: recorded late, with the reason.
    lateEntryReason: 'Radicación de prueba con fecha anterior.',
  };
}

describe('reports over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let auditor: { id: string; token: string };
  let agent: { id: string; token: string };
  const radicados: string[] = [];

  async function download(path: string, token?: string): Promise<Response> {
    return fetch(ventanilla.url.replace(/\/graphql$/, path), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  const issue = async (variables: Record<string, unknown>, token = coordinator.token) =>
    (await ventanilla.ok(ISSUE, { from: '2026-03-01', to: '2026-03-31', ...variables }, token)).report;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor', ['AUDITOR']);
    agent = await ventanilla.userWithRoles(admin, 'agente', ['AGENT']);
    for (const [kind, day] of [
      ['PETITION', '2026-03-02'],
      ['INFORMATION_REQUEST', '2026-03-03'],
      ['COMPLAINT', '2026-03-04'],
    ] as const) {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: petition(kind, `${day}T10:00:00-05:00`) },
        coordinator.token,
      );
      radicados.push(receivePqrs.radicado);
    }
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se entrega la copia.", answeredAt: "2026-03-10T16:00:00-05:00", lateEntryReason: "Respuesta registrada después.") { radicado } }`,
      { r: radicados[0] },
      coordinator.token,
    );
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('regenerated as of the first issue, after later answers, gives the same bytes and hash', async () => {
    const first = await issue({ kind: 'PQRS', format: 'CSV' });
    const firstCsv = Buffer.from(await (await download(first.downloadUrl, coordinator.token)).arrayBuffer());
    expect(createHash('sha256').update(firstCsv).digest('hex')).toBe(first.fileSha256);
    expect(firstCsv.toString('utf8')).toContain(first.contentHash);

    // Late answers for the same period arrive after the report was issued.
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se concede la copia.", answeredAt: "2026-04-20T16:00:00-05:00", lateEntryReason: "Respuesta registrada después.", accessDecision: GRANTED) { radicado } }`,
      { r: radicados[1] },
      coordinator.token,
    );
    const now = await issue({ kind: 'PQRS', format: 'CSV' });
    expect(now.contentHash).not.toBe(first.contentHash);

    const again = await issue({ kind: 'PQRS', format: 'CSV', asOf: first.asOf }, auditor.token);
    const againCsv = Buffer.from(await (await download(again.downloadUrl, auditor.token)).arrayBuffer());
    expect(again.contentHash).toBe(first.contentHash);
    expect(againCsv.equals(firstCsv)).toBe(true);
    expect(again).toMatchObject({ issuedBy: auditor.id, issuedByRole: 'AUDITOR' });
  });

  it('the Informe de PQRS lists every fact recorded late, with the gap and the reason', async () => {
    const report = await issue({ kind: 'PQRS', format: 'CSV' });
    const csv = Buffer.from(
      await (await download(report.downloadUrl, coordinator.token)).arrayBuffer(),
    ).toString('utf8');
    const section = csv.slice(csv.indexOf('Hechos registrados con fecha anterior (registro tardío)'));
    // The three receipts and the first answer were recorded months after they happened.
    for (const radicado of radicados) expect(section).toContain(`${radicado};Recepción;`);
    expect(section).toContain(`${radicados[0]};Respuesta;10/03/2026;`);
    expect(section).toContain('Radicación de prueba con fecha anterior.');
    expect(section).toContain('Respuesta registrada después.');
  });

  it('the content hash is the same in every format, and the XLSX opens with the figures', async () => {
    const csv = await issue({ kind: 'PQRS', format: 'CSV', asOf: '2026-04-01T00:00:00Z' });
    const xlsx = await issue({ kind: 'PQRS', format: 'XLSX', asOf: '2026-04-01T00:00:00Z' });
    expect(xlsx.contentHash).toBe(csv.contentHash);
    // Named after the cut on Bogotá's clock: 31 March, 19:00, not 1 April.
    expect(xlsx.fileName).toBe('informe-pqrs_2026-03-01_2026-03-31_corte-20260331-190000.xlsx');
    const response = await download(xlsx.downloadUrl, coordinator.token);
    expect(response.headers.get('content-disposition')).toContain(xlsx.fileName);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const texts: string[] = [];
    workbook.getWorksheet('Informe')!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    expect(texts).toContain('Recibidas en el periodo');
    expect(texts.join(' ')).toContain(xlsx.contentHash);
  });

  it('auditors list what was issued, find it by the printed hash and verify it', async () => {
    const issued = await issue({
      kind: 'ACCESS_TO_INFORMATION',
      format: 'PDF',
      asOf: '2026-04-01T00:00:00Z',
    });
    const { issuedReports } = await ventanilla.ok(
      `query ($h: String) { issuedReports(contentHash: $h) { id kind } }`,
      { h: issued.contentHash },
      auditor.token,
    );
    expect(issuedReports).toEqual([{ id: issued.id, kind: 'ACCESS_TO_INFORMATION' }]);
    const { verifyReport } = await ventanilla.ok(
      `query ($id: ID!) { verifyReport(reportId: $id) { matches regeneratedContentHash } }`,
      { id: issued.id },
      auditor.token,
    );
    expect(verifyReport).toEqual({ matches: true, regeneratedContentHash: issued.contentHash });
    const { verifyReportFile } = await ventanilla.ok(
      `query ($id: ID!, $sha: String!) { verifyReportFile(reportId: $id, fileSha256: $sha) { matches } }`,
      { id: issued.id, sha: 'f'.repeat(64) },
      auditor.token,
    );
    expect(verifyReportFile.matches).toBe(false);
  });

  it('a download needs a token of a role that reads reports', async () => {
    const issued = await issue({ kind: 'MANAGEMENT', format: 'CSV' });
    expect((await download(issued.downloadUrl)).status).toBe(401);
    expect((await download(issued.downloadUrl, agent.token)).status).toBe(403);
    expect((await download('/reports/00000000-0000-4000-8000-000000000000/file', auditor.token)).status).toBe(
      404,
    );
  });

  it('refuses bad requests naming the field, and agents', async () => {
    const inverted = await ventanilla.graphql(
      ISSUE,
      { kind: 'PQRS', format: 'CSV', from: '2026-04-01', to: '2026-03-01' },
      coordinator.token,
    );
    expect(inverted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const future = await ventanilla.graphql(
      ISSUE,
      { kind: 'PQRS', format: 'CSV', from: '2026-03-01', to: '2026-03-31', asOf: '2999-01-01T00:00:00Z' },
      coordinator.token,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'AS_OF_IN_FUTURE',
      field: 'asOf',
    });
    const byAgent = await ventanilla.graphql(
      ISSUE,
      { kind: 'PQRS', format: 'CSV', from: '2026-03-01', to: '2026-03-31' },
      agent.token,
    );
    expect(byAgent.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('an answer to a request for information without an access decision is refused', async () => {
    const { receivePqrs } = await ventanilla.ok(
      RECEIVE,
      { input: petition('INFORMATION_REQUEST', '2026-03-05T10:00:00-05:00') },
      coordinator.token,
    );
    const response = await ventanilla.graphql(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta.") { radicado } }`,
      { r: receivePqrs.radicado },
      coordinator.token,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'ACCESS_DECISION_REQUIRED',
      field: 'accessDecision',
    });
  });
});
