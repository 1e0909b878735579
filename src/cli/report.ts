// `npm run report -- pqrs --from 2026-01-01 --to 2026-06-30 --format xlsx --out informe.xlsx [--as-of ISO]`:
// issues a report on the data folder (VENTANILLA_DATA_DIR) exactly as the GraphQL `report` mutation does —
// recorded as ReportIssued, by the operating-system user running it (in the ADMIN role: whoever runs
// this has the data folder in hand) — and writes the file.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { DomainRuleViolation } from '../engine/application-errors.js';
import { loadConfiguration } from '../config/configuration.js';
import { createVentanillaApp } from '../app.js';
import { REPORT_FORMATS, type ReportFormat, type ReportKind } from '../domain/report/events.js';
import { CommandBus } from '@nestjs/cqrs';
import { RunCommand } from '../engine/commands/run-command.js';
import { issuedReport, issueReport } from '../features/reports/commands.js';
import { ReportQueries } from '../features/reports/read-models/report-queries.js';
import { runIfScript } from './run-as-script.js';

/** The names the command line takes for each report. */
export const REPORT_KIND_ARGUMENTS: Readonly<Record<string, ReportKind>> = {
  pqrs: 'PQRS',
  'acceso-informacion': 'ACCESS_TO_INFORMATION',
  satisfaccion: 'SATISFACTION',
  gestion: 'MANAGEMENT',
  contraloria: 'CONTRALORIA',
  'plan-accion': 'ACTION_PLAN_EXECUTION',
  capacitacion: 'TRAINING_NEEDS',
  'mapa-riesgos': 'RISK_MAP',
  'revision-direccion': 'MANAGEMENT_REVIEW_MINUTES',
  campanas: 'CAMPAIGNS',
};

const USAGE =
  `Uso: npm run report -- <${Object.keys(REPORT_KIND_ARGUMENTS).join('|')}> --from AAAA-MM-DD --to AAAA-MM-DD ` +
  `--format <${REPORT_FORMATS.map((format) => format.toLowerCase()).join('|')}> --out ARCHIVO [--as-of INSTANTE_ISO]`;

export async function runReport(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  output: { out: (line: string) => void; err: (line: string) => void } = {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string', default: 'pdf' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
      },
    });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 64;
  }
  const kind = REPORT_KIND_ARGUMENTS[parsed.positionals[0] ?? ''];
  const format = (parsed.values.format ?? '').toUpperCase() as ReportFormat;
  const { from, to, out } = parsed.values;
  if (
    kind === undefined ||
    from === undefined ||
    to === undefined ||
    out === undefined ||
    !REPORT_FORMATS.includes(format)
  ) {
    output.err(USAGE);
    return 64;
  }
  const config = loadConfiguration({ ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'error' });
  const app = await createVentanillaApp(config);
  try {
    await app.init();
    const reports = app.get(ReportQueries);
    const command = issueReport({ kind, from, to, format, asOf: parsed.values['as-of'] ?? null });
    const actor = { id: `cli:${userInfo().username}`, role: 'ADMIN' } as const;
    const { id } = await app.get(CommandBus).execute(new RunCommand(issuedReport, null, command, { actor }));
    const issued = await reports.issued(id);
    const file = await reports.file(issued.id);
    await writeFile(out, file.bytes);
    output.out(
      `Informe ${issued.id} emitido con corte ${issued.asOf}: ${out} (huella de contenido ${issued.contentHash}).`,
    );
    return 0;
  } catch (error) {
    output.err(
      error instanceof DomainRuleViolation
        ? `Informe rechazado: ${error.message}`
        : `Informe fallido: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  } finally {
    await app.close();
  }
}

runIfScript(import.meta.url, (args) => runReport(args));
