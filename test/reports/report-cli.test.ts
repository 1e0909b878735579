// `npm run report`: issues the report on a data folder, writes the file, and the issue is on record.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../src/cli/report.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

describe('npm run report', () => {
  let dataDir: string;
  const lines: string[] = [];
  const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-report-cli-'));
    const ventanilla = await VentanillaHarness.start({}, dataDir);
    try {
      const admin = await ventanilla.login();
      await ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'COMPLAINT',
            channel: 'PHONE',
            subject: 'Demora en la atención',
            description: 'Esperé dos horas en la sede.',
            petitioner: { name: 'Luis Pérez', documentType: 'CC', documentNumber: '1012345678' },
            receivedAt: '2026-02-02T09:00:00-05:00',
            lateEntryReason: 'Queja telefónica registrada después.',
          },
        },
        admin,
      );
    } finally {
      await ventanilla.stop();
    }
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the report file and says where, with its hash', async () => {
    const out = join(dataDir, 'informe.csv');
    const env = { ...process.env, VENTANILLA_DATA_DIR: dataDir };
    const code = await runReport(
      ['pqrs', '--from', '2026-01-01', '--to', '2026-06-30', '--format', 'csv', '--out', out],
      env,
      output,
    );
    expect({ code, lines }).toMatchObject({ code: 0 });
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('Queja');
    expect(csv).toMatch(/Recibidas en el periodo";?1|Recibidas en el periodo;1/);
    const hash = /huella de contenido ([0-9a-f]{64})/.exec(lines.at(-1) ?? '')?.[1];
    expect(hash).toBeDefined();
    expect(csv).toContain(hash!);
  });

  it('refuses an unknown report with the usage line', async () => {
    const code = await runReport(
      ['balance', '--from', '2026-01-01', '--to', '2026-06-30', '--out', 'x'],
      {},
      output,
    );
    expect(code).toBe(64);
    expect(lines.at(-1)).toContain('Uso: npm run report');
  });
});
