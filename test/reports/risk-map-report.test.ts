// The Mapa de riesgos del proceso over a small known scenario, its figures worked out by hand from the
// Función Pública guide's tables: three risks decided by the domain (so their events are the ones the
// command path stores), projected into the read models, and the report generated as the issue path does.
import {
  riskDecider,
  riskStreamOf,
  type RiskCommand,
  type RiskEvent,
  type RiskState,
} from '../../src/domain/risk/index.js';
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import { isDomainError } from '../../src/domain/shared/domain-error.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { canonicalInstant } from '../../src/domain/shared/time.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { DEFAULT_INDICATOR_TARGETS } from '../../src/features/reports/builders/management-report.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import type {
  ReportDocument,
  ReportFigures,
  ReportTable,
} from '../../src/features/reports/report-document.js';
import { generateReport, parametersFor } from '../../src/features/reports/report-generator.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import { RISK_PROJECTIONS } from '../../src/features/planning/risks/index.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';

const calendar = createBusinessCalendar();
const coordinator: Actor = { id: 'coordinator-1', role: 'COORDINATOR' };
const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const AS_OF = '2026-04-10T15:00:00.000Z';

const PREVENTIVE_MANUAL = {
  type: 'PREVENTIVE',
  implementation: 'MANUAL',
  documentation: 'DOCUMENTED',
  frequency: 'CONTINUOUS',
  evidence: 'RECORDED',
} as const;

/** Decides each command on its risk's state and keeps the events as the store would hand them back. */
class RiskLog {
  private position = 0;
  private readonly streams = new Map<string, { state: RiskState; revision: number }>();
  readonly events: RecordedEvent[] = [];

  run(riskId: string, command: RiskCommand, day: string): void {
    const now = canonicalInstant(`${day}T10:00:00-05:00`);
    const stream = this.streams.get(riskId) ?? { state: riskDecider.initialState, revision: -1 };
    const decided = riskDecider.decide(command, stream.state, { now, actor: coordinator, calendar });
    if (isDomainError(decided)) throw new Error(`${decided.code}: ${decided.message}`);
    let { state, revision } = stream;
    for (const event of decided) {
      revision += 1;
      this.position += 1;
      state = riskDecider.evolve(state, event);
      this.events.push(recorded(riskId, revision, this.position, event, now));
    }
    this.streams.set(riskId, { state, revision });
  }
}

function recorded(
  riskId: string,
  revision: number,
  position: number,
  event: RiskEvent,
  now: string,
): RecordedEvent {
  return {
    id: `${riskId}-${revision}`,
    stream: riskStreamOf(riskId),
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId: coordinator.id,
      actorRole: coordinator.role,
      occurredAt: now,
      recordedAt: now,
      correlationId: `correlation-${position}`,
      causationId: `command-${position}`,
      previousHash: '',
      hash: '',
    },
  };
}

const register = (riskId: string, name: string, probability: string, impact: string): RiskCommand => ({
  type: 'RegisterRisk',
  data: {
    riskId,
    name,
    cause: `Causa de ${name}`,
    consequence: `Consecuencia de ${name}`,
    probability,
    impact,
  },
});

const control = (
  controlId: string,
  attributes: Record<string, string>,
  description: string,
): RiskCommand => ({
  type: 'AddRiskControl',
  data: {
    controlId,
    description,
    responsibleId: coordinator.id,
    attributes: { ...PREVENTIVE_MANUAL, ...attributes },
    periodicity: 'MONTHLY',
    evidenceDescription: `Registro de ${description}`,
  },
});

function scenario(): RiskLog {
  const log = new RiskLog();
  // 1. Media (60 %) × Mayor (80 %): Alto. Preventive manual (40 points): 60 − 24 = 36 %; detective manual
  //    (30 points): 36 − 10,8 = 25,2 %, Baja. Impact untouched: Baja × Mayor is Alto still.
  log.run('risk-1', register('risk-1', 'Respuesta fuera de término', 'MEDIUM', 'MAJOR'), '2026-01-12');
  log.run('risk-1', control('c-1a', {}, 'Revisión semanal de vencimientos'), '2026-01-13');
  log.run('risk-1', control('c-1b', { type: 'DETECTIVE' }, 'Informe mensual de oportunidad'), '2026-01-14');
  // 2. Alta (80 %) × Moderado (60 %): Alto. Preventive automatic (50): 80 − 40 = 40 %, Baja (up to 40 %),
  //    and Baja × Moderado is Moderado already; corrective automatic (35): 60 − 21 = 39 %, Menor, and
  //    Baja × Menor is Moderado too.
  log.run('risk-2', register('risk-2', 'Pérdida de documentos radicados', 'HIGH', 'MODERATE'), '2026-01-20');
  log.run(
    'risk-2',
    control('c-2a', { implementation: 'AUTOMATIC' }, 'Digitalización al radicar'),
    '2026-01-21',
  );
  log.run(
    'risk-2',
    control('c-2b', { type: 'CORRECTIVE', implementation: 'AUTOMATIC' }, 'Restauración desde la copia'),
    '2026-01-22',
  );
  // 3. Baja (40 %) × Leve (20 %): Bajo, with no controls by the cut (one is added after it).
  log.run('risk-3', register('risk-3', 'Trato indebido al afiliado', 'LOW', 'SLIGHT'), '2026-02-02');
  // Risk 1 materialised in March, shown by a claim and an indicator; monitored for T1 in April.
  log.run(
    'risk-1',
    {
      type: 'RecordRiskMaterialization',
      data: {
        materializationId: 'm-1',
        occurredOn: '2026-03-10',
        description: 'Tres reclamos respondidos después del vencimiento.',
        links: [
          { kind: 'PQRS', reference: 'PQRS-2026-000042' },
          { kind: 'INDICATOR', reference: 'PQRS_ANSWERED_LATE' },
        ],
      },
    },
    '2026-03-11',
  );
  const monitoring = (quarter: string, controlsEffective: boolean, observations: string): RiskCommand => ({
    type: 'RecordRiskMonitoring',
    data: { quarter, controlsEffective, observations, evidence: 'Actas de seguimiento' },
  });
  log.run('risk-1', monitoring('2026-T1', false, 'La revisión semanal no alcanzó.'), '2026-04-06');
  log.run('risk-2', monitoring('2026-T1', true, 'Sin novedades.'), '2026-04-07');
  // After the cut: neither this control nor this monitoring is in the report as of 10 April.
  log.run('risk-3', control('c-3a', {}, 'Protocolo de atención'), '2026-04-20');
  log.run('risk-3', monitoring('2026-T2', true, 'Tarde.'), '2026-04-21');
  return log;
}

let readModels: TemporaryReadModels;
let report: ReportDocument;
let contentHash: string;

beforeAll(async () => {
  readModels = await temporaryReadModels('ventanilla-risk-report-');
  const events = scenario().events;
  await readModels.store.transaction(async (tx) => {
    for (const event of events) for (const projection of RISK_PROJECTIONS) await projection.apply(event, tx);
  });
  const settings = {
    entityName: 'Corporación de prueba',
    officeName: 'Oficina de Atención al Cliente',
    indicatorTargets: DEFAULT_INDICATOR_TARGETS,
    contraloriaColumns: [],
  };
  const generated = await generateReport(
    'RISK_MAP',
    PERIOD,
    AS_OF,
    { ...parametersFor('RISK_MAP', settings, 'ANSWERED'), signedLogHead: false },
    new ReportSources(readModels.store, TEXTS_IN_CLEAR),
  );
  report = generated.document;
  contentHash = generated.contentHash;
});

afterAll(async () => {
  await readModels.cleanup();
});

const section = <Section>(title: string): Section => {
  const found = report.sections.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`No section ${title}`);
  return found as Section;
};

describe('the Mapa de riesgos del proceso', () => {
  it('is titled and names the guide its ratings follow', () => {
    expect(report).toMatchObject({
      kind: 'RISK_MAP',
      title: 'Mapa de riesgos del proceso',
      period: PERIOD,
      asOf: AS_OF,
    });
    expect(report.legalBasis).toContain('versión 7');
  });

  it('counts the risks by inherent and residual zone, the controls, monitorings and materialisations', () => {
    const figures = section<ReportFigures>('Resumen').items.map((item) => [item.label, item.value]);
    expect(figures).toEqual([
      ['Riesgos en el mapa', 3],
      ['Riesgos en zona inherente extrema', 0],
      ['Riesgos en zona inherente alta', 2],
      ['Riesgos en zona inherente moderada', 0],
      ['Riesgos en zona inherente baja', 1],
      ['Riesgos en zona residual extrema', 0],
      ['Riesgos en zona residual alta', 1],
      ['Riesgos en zona residual moderada', 1],
      ['Riesgos en zona residual baja', 1],
      ['Controles', 4],
      ['Monitoreos de los trimestres del periodo', 2],
      ['Materializaciones en el periodo', 1],
    ]);
  });

  it('prints each residual rating as worked out by hand, control by control', () => {
    const rows = section<ReportTable>('Riesgos y su valoración').rows.map((row) => [
      row['risk'],
      row['inherentZone'],
      row['controls'],
      row['residualProbabilityPercent'],
      row['residualProbability'],
      row['residualImpactPercent'],
      row['residualImpact'],
      row['residualZone'],
      row['lastQuarter'],
    ]);
    expect(rows).toEqual([
      ['Respuesta fuera de término', 'Alto', 2, 25.2, 'Baja', 80, 'Mayor', 'Alto', 'T1 2026 (enero a marzo)'],
      [
        'Pérdida de documentos radicados',
        'Alto',
        2,
        40,
        'Baja',
        39,
        'Menor',
        'Moderado',
        'T1 2026 (enero a marzo)',
      ],
      ['Trato indebido al afiliado', 'Bajo', 0, 40, 'Baja', 20, 'Leve', 'Bajo', null],
    ]);
  });

  it('lists the controls with their attributes, weight and the zone each leaves', () => {
    const rows = section<ReportTable>('Controles').rows.map((row) => [
      row['control'],
      row['type'],
      row['implementation'],
      row['weight'],
      row['periodicity'],
      row['residualZone'],
    ]);
    expect(rows).toEqual([
      ['Revisión semanal de vencimientos', 'Preventivo', 'Manual', 40, 'Mensual', 'Alto'],
      ['Informe mensual de oportunidad', 'Detectivo', 'Manual', 30, 'Mensual', 'Alto'],
      ['Digitalización al radicar', 'Preventivo', 'Automático', 50, 'Mensual', 'Moderado'],
      ['Restauración desde la copia', 'Correctivo', 'Automático', 35, 'Mensual', 'Moderado'],
    ]);
  });

  it("holds the quarter's monitoring and the materialisation with what shows it", () => {
    expect(
      section<ReportTable>('Monitoreo de los trimestres del periodo').rows.map((row) => [
        row['risk'],
        row['quarter'],
        row['controlsEffective'],
        row['residualZone'],
        row['materializations'],
        row['monitoredOn'],
      ]),
    ).toEqual([
      ['Respuesta fuera de término', 'T1 2026 (enero a marzo)', false, 'Alto', 1, '2026-04-06'],
      ['Pérdida de documentos radicados', 'T1 2026 (enero a marzo)', true, 'Moderado', 0, '2026-04-07'],
    ]);
    expect(section<ReportTable>('Materializaciones en el periodo').rows).toEqual([
      {
        risk: 'Respuesta fuera de término',
        occurredOn: '2026-03-10',
        description: 'Tres reclamos respondidos después del vencimiento.',
        links: 'PQRS: PQRS-2026-000042; Indicador: Respondidas fuera de término en el periodo',
      },
    ]);
  });

  it('draws the residual heat map as a table whose every cell says its zone and its count in words', () => {
    const heatMap = section<ReportTable>('Mapa de calor residual');
    expect(heatMap.rows.map((row) => row['probability'])).toEqual([
      'Muy Alta',
      'Alta',
      'Media',
      'Baja',
      'Muy Baja',
    ]);
    expect(heatMap.rows[3]).toEqual({
      probability: 'Baja',
      SLIGHT: 'Bajo: 1',
      MINOR: 'Moderado: 1',
      MODERATE: 'Moderado: 0',
      MAJOR: 'Alto: 1',
      CATASTROPHIC: 'Extremo: 0',
    });
  });

  it('renders in every format', async () => {
    for (const format of ['CSV', 'XLSX', 'PDF'] as const) {
      const rendered = await renderReport(report, contentHash, format);
      expect(rendered.bytes.length).toBeGreaterThan(0);
    }
    const csv = (await renderReport(report, contentHash, 'CSV')).bytes.toString('utf8');
    expect(csv).toContain('Mapa de riesgos del proceso');
    expect(csv).toContain('25,2');
  });
});
