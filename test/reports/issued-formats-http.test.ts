// Issue 15, items 3 and 4 over HTTP: the data CSV is issued, recorded and downloaded like any format
// (its own file name, text/csv, the recorded SHA-256), refused for a report that is not one table; and a
// report issued again at the same as-of with the application's clock moved gives the same file.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const ISSUE = `
  mutation ($kind: ReportKind!, $from: Date!, $to: Date!, $format: ReportFormat!, $asOf: DateTime) {
    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf) {
      id format fileSha256 fileName downloadUrl
    }
  }`;

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

/** After the cases below were recorded (by the application's clock, on 4 May at 09:00 in Bogotá). */
const AS_OF = '2026-05-04T15:00:00.000Z';

describe('report formats over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let coordinator: string;
  let now = new Date('2026-05-04T14:00:00.000Z');

  const issue = async (kind: string, format: string) =>
    (
      await ventanilla.ok(
        ISSUE,
        { kind, format, from: '2026-03-01', to: '2026-03-31', asOf: AS_OF },
        coordinator,
      )
    ).report;
  const download = async (path: string) =>
    fetch(ventanilla.url.replace(/\/graphql$/, path), {
      headers: { authorization: `Bearer ${coordinator}` },
    });

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    const admin = await ventanilla.login();
    coordinator = (await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR'])).token;
    for (const [kind, day] of [
      ['PETITION', '2026-03-02'],
      ['COMPLAINT', '2026-03-04'],
    ] as const)
      await ventanilla.ok(
        RECEIVE,
        {
          input: {
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
            receivedAt: `${day}T10:00:00-05:00`,
            lateEntryReason: 'Radicación de prueba con fecha anterior.',
          },
        },
        coordinator,
      );
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('issues the Contraloría data CSV: its own name, text/csv, the header then one row per case', async () => {
    now = new Date('2026-05-05T14:21:07.000Z');
    const report = await issue('CONTRALORIA', 'CSV_DATA');
    const human = await issue('CONTRALORIA', 'CSV');
    expect(report.format).toBe('CSV_DATA');
    expect(report.fileName).toMatch(/^relacion-pqrs-contraloria_2026-03-01_2026-03-31_corte-.*_datos\.csv$/);
    expect(human.fileName).not.toContain('_datos');
    const response = await download(report.downloadUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${report.fileName}"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(report.fileSha256);
    const records = parse(bytes, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0]!)[0]).toBe('Número de radicado');
  });

  it('refuses the data CSV of a report that is not one table, naming the format', async () => {
    now = new Date('2026-05-05T14:21:07.000Z');
    const refused = await ventanilla.graphql(
      ISSUE,
      { kind: 'PQRS', format: 'CSV_DATA', from: '2026-03-01', to: '2026-03-31', asOf: AS_OF },
      coordinator,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'NO_DATA_ROWS_FOR_KIND',
      field: 'format',
    });
  });

  it.each(['XLSX', 'PDF', 'CSV', 'CSV_DATA'])(
    'issues the same %s file again at the same as-of with the clock weeks later',
    async (format) => {
      now = new Date('2026-05-05T14:21:07.000Z');
      const first = await issue('CONTRALORIA', format);
      now = new Date('2026-06-19T22:48:53.000Z');
      const again = await issue('CONTRALORIA', format);
      expect(again.id).not.toBe(first.id);
      expect(again.fileSha256).toBe(first.fileSha256);
      const bytes = Buffer.from(await (await download(again.downloadUrl)).arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(first.fileSha256);
    },
  );
});
