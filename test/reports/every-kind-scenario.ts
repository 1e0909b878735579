// Every kind of report generated as the issue path does (parametersFor with the shipped settings, then
// generateReport) over a small known month: answered, late, extended, transferred and open cases, one
// with a subject a spreadsheet would take for a formula. For the tests that compare formats.
import { readFileSync } from 'node:fs';
import { REPORT_KINDS, type ReportKind } from '../../src/domain/report/events.js';
import { activeStaffMember } from '../../src/domain/shared/staff-spec-fixtures.js';
import { DEFAULT_INDICATOR_TARGETS } from '../../src/features/reports/builders/management-report.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  generateReport,
  parametersFor,
  type GeneratedReport,
} from '../../src/features/reports/report-generator.js';
import { parseContraloriaColumns, type ReportSettings } from '../../src/features/reports/report-settings.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, ScenarioLog } from './report-scenario.js';

export const PERIOD = { from: '2026-03-01', to: '2026-03-31' };
/** 6 April 2026, 10:00:37 in Bogotá: odd seconds, which a zip entry cannot hold (it keeps even ones). */
export const AS_OF = '2026-04-06T15:00:37.250Z';
export const FORMULA_SUBJECT = '=HYPERLINK("http://evil.example","Ver")';

function shippedContraloriaColumns(): ReportSettings['contraloriaColumns'] {
  const columns = parseContraloriaColumns(readFileSync('config/contraloria-columns.json', 'utf8'));
  if (typeof columns === 'string') throw new Error(columns);
  return columns;
}

const SETTINGS: ReportSettings = {
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  indicatorTargets: DEFAULT_INDICATOR_TARGETS,
  contraloriaColumns: shippedContraloriaColumns(),
};

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const assign = (radicado: string, on: string) =>
    log.pqrs(
      radicado,
      { type: 'AssignPqrs', data: { assignee: activeStaffMember('agent-1'), dependency: 'Cartera' } },
      bogota(on, '11:00'),
    );
  const answer = (radicado: string, on: string) =>
    log.pqrs(
      radicado,
      { type: 'AnswerPqrs', data: { answer: 'Respuesta de fondo.', answeredAt: bogota(on, '16:00') } },
      bogota(on, '16:00'),
    );
  log.receive('2026-000001', 'PETITION', 'WEB', '2026-03-02', 'Certificado de afiliación');
  assign('2026-000001', '2026-03-02');
  answer('2026-000001', '2026-03-24');
  log.receive('2026-000002', 'PETITION', 'EMAIL', '2026-03-02', 'Corrección de año de nacimiento');
  assign('2026-000002', '2026-03-02');
  answer('2026-000002', '2026-03-25');
  log.receive('2026-000003', 'COMPLAINT', 'WEB', '2026-03-04', FORMULA_SUBJECT);
  assign('2026-000003', '2026-03-04');
  log.pqrs(
    '2026-000003',
    { type: 'ExtendDeadline', data: { newDueDate: '2026-04-10', reason: 'Se consulta a otra dependencia.' } },
    bogota('2026-03-20'),
  );
  log.receive('2026-000004', 'INFORMATION_REQUEST', 'EMAIL', '2026-03-05', 'Copia de contratos');
  log.pqrs(
    '2026-000004',
    {
      type: 'TransferPqrs',
      data: { entity: 'Gobernación de Cundinamarca', reason: 'Es de su competencia.' },
    },
    bogota('2026-03-06'),
  );
  log.receive('2026-000005', 'CLAIM', 'PHONE', '2026-03-10', 'Cobro indebido; "urgente"');
  return log;
}

export interface EveryKind {
  /** Generates the report of this kind as of AS_OF, as issuing it would. */
  generate(kind: ReportKind): Promise<GeneratedReport>;
  readonly kinds: readonly ReportKind[];
  cleanup(): Promise<void>;
}

export async function everyKindScenario(): Promise<EveryKind> {
  const readModels: TemporaryReadModels = await temporaryReadModels('ventanilla-report-formats-');
  await scenario().projectInto(readModels.store);
  const sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
  return {
    kinds: REPORT_KINDS,
    generate: (kind) =>
      generateReport(kind, PERIOD, AS_OF, parametersFor(kind, SETTINGS, 'ANSWERED'), sources),
    cleanup: () => readModels.cleanup(),
  };
}
