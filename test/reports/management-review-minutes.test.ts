// The Acta de revisión por la dirección over a small known scenario: a review decided by the domain (so
// its events are the ones the command path stores), projected into the read models, and the minutes
// generated as the issue path does — its inputs as the review recorded them, its decisions and
// conclusions, as the record stood at the cut; and over HTTP, the minutes issued as a report.
import {
  managementReviewDecider,
  managementReviewStreamOf,
  type ManagementReviewCommand,
  type ManagementReviewEvent,
  type ManagementReviewState,
} from '../../src/domain/management-review/index.js';
import {
  closeReview,
  firstSemesterInputs,
  openReview,
  recordDecision,
} from '../../src/domain/management-review/management-review-spec-fixtures.js';
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import { isDomainError } from '../../src/domain/shared/domain-error.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { addCalendarDays, bogotaDateOf, canonicalInstant } from '../../src/domain/shared/time.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { MANAGEMENT_REVIEW_PROJECTIONS } from '../../src/features/planning/management-review/index.js';
import { DEFAULT_INDICATOR_TARGETS } from '../../src/features/reports/builders/management-report.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import type {
  ReportDocument,
  ReportFigures,
  ReportTable,
  ReportText,
} from '../../src/features/reports/report-document.js';
import { generateReport, parametersFor } from '../../src/features/reports/report-generator.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';

const calendar = createBusinessCalendar();
const coordinator: Actor = { id: 'coordinator-1', role: 'COORDINATOR' };
const REVIEW = '7f1c2d3e-0000-4000-9000-0000000000aa';
const OTHER_REVIEW = '7f1c2d3e-0000-4000-9000-0000000000bb';
const ACTION = '7f1c2d3e-0000-4000-8000-0000000000cc';
const PERIOD = { from: '2026-07-01', to: '2026-07-31' };

/** Decides each command on the review's state and keeps the events as the store would hand them back. */
class ReviewLog {
  private position = 0;
  private readonly streams = new Map<string, { state: ManagementReviewState; revision: number }>();
  readonly events: RecordedEvent[] = [];

  run(reviewId: string, command: ManagementReviewCommand, day: string): void {
    const now = canonicalInstant(`${day}T10:00:00-05:00`);
    const stream = this.streams.get(reviewId) ?? {
      state: managementReviewDecider.initialState,
      revision: -1,
    };
    const decided = managementReviewDecider.decide(command, stream.state, {
      now,
      actor: coordinator,
      calendar,
    });
    if (isDomainError(decided)) throw new Error(`${decided.code}: ${decided.message}`);
    let { state, revision } = stream;
    for (const event of decided) {
      revision += 1;
      this.position += 1;
      state = managementReviewDecider.evolve(state, event);
      this.events.push(recorded(reviewId, revision, this.position, event, now));
    }
    this.streams.set(reviewId, { state, revision });
  }
}

function recorded(
  reviewId: string,
  revision: number,
  position: number,
  event: ManagementReviewEvent,
  now: string,
): RecordedEvent {
  return {
    id: `${reviewId}-${revision}`,
    stream: managementReviewStreamOf(reviewId),
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

/** The first-semester review of 2026 (meeting 15 July, closed the 16th) and one held in August. */
function scenario(): ReviewLog {
  const log = new ReviewLog();
  log.run(REVIEW, openReview(REVIEW), '2026-07-13');
  log.run(
    REVIEW,
    recordDecision({ kind: 'RESOURCE_NEED', description: 'Un segundo puesto de radicación.', dueDate: null }),
    '2026-07-15',
  );
  log.run(
    REVIEW,
    recordDecision({ description: 'Redistribuir turnos de radicación.', improvementActionId: ACTION }),
    '2026-07-15',
  );
  log.run(
    REVIEW,
    closeReview({ conclusions: 'El sistema es conveniente, adecuado y eficaz.' }),
    '2026-07-16',
  );
  log.run(
    OTHER_REVIEW,
    openReview(OTHER_REVIEW, {
      meetingDate: '2026-08-20',
      period: { from: '2026-01-01', to: '2026-07-31' },
      inputs: { ...firstSemesterInputs, period: { from: '2026-01-01', to: '2026-07-31' } },
    }),
    '2026-08-18',
  );
  return log;
}

const settings = {
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  indicatorTargets: DEFAULT_INDICATOR_TARGETS,
  contraloriaColumns: [],
};

let readModels: TemporaryReadModels;

async function minutes(asOf: string, period = PERIOD) {
  return generateReport(
    'MANAGEMENT_REVIEW_MINUTES',
    period,
    asOf,
    { ...parametersFor('MANAGEMENT_REVIEW_MINUTES', settings, 'ANSWERED'), signedLogHead: false },
    new ReportSources(readModels.store, TEXTS_IN_CLEAR),
  );
}

const sectionOf = <Section>(report: ReportDocument, title: string): Section => {
  const found = report.sections.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`No section ${title}: ${report.sections.map((s) => s.title).join(' | ')}`);
  return found as Section;
};
const figure = (section: ReportFigures, label: string) =>
  section.items.find((item) => item.label === label)?.value;

beforeAll(async () => {
  readModels = await temporaryReadModels('ventanilla-review-minutes-');
  const events = scenario().events;
  await readModels.store.transaction(async (tx) => {
    for (const event of events) {
      for (const projection of MANAGEMENT_REVIEW_PROJECTIONS) await projection.apply(event, tx);
    }
  });
});

afterAll(async () => {
  await readModels.cleanup();
});

describe('the Acta de revisión por la dirección', () => {
  const heading = 'Revisión del 15/07/2026';

  it('holds the reviews whose meeting falls in the period, under its title and legal basis', async () => {
    const { document } = await minutes('2026-09-01T12:00:00.000Z');
    expect(document).toMatchObject({
      kind: 'MANAGEMENT_REVIEW_MINUTES',
      title: 'Acta de revisión por la dirección',
      legalBasis: 'NTC ISO 9001:2015, numeral 9.3; Modelo Estándar de Control Interno (MECI)',
    });
    const meeting = sectionOf<ReportFigures>(
      document,
      `${heading}: Revisión por la dirección, primer semestre 2026`,
    );
    expect(figure(meeting, 'Fecha de la reunión')).toBe('2026-07-15');
    expect(figure(meeting, 'Periodo revisado')).toBe('01/01/2026 a 30/06/2026');
    expect(figure(meeting, 'Asistentes registrados')).toBe(2);
    expect(figure(meeting, 'Estado del acta')).toBe('Aprobada');
    // The August review is another period's.
    expect(document.sections.some((section) => section.title.startsWith('Revisión del 20/08/2026'))).toBe(
      false,
    );
  });

  it('prints the inputs as the review recorded them when it was opened', async () => {
    const { document } = await minutes('2026-09-01T12:00:00.000Z');
    const inputs = sectionOf<ReportFigures>(
      document,
      `${heading} — entradas (9.3.2), reunidas al abrir la revisión`,
    );
    expect(figure(inputs, 'Corte de las entradas')).toBe(firstSemesterInputs.assembledAt);
    expect(figure(inputs, 'PQRS recibidas en el periodo')).toBe(120);
    expect(figure(inputs, 'Oportunidad en la respuesta')).toBe(0.9);
    expect(figure(inputs, 'Índice de satisfacción')).toBe(0.85);
    expect(figure(inputs, 'Acciones cerradas eficaces / no eficaces')).toBe('3 / 1');
    expect(figure(inputs, 'Informe de PQRS del periodo')).toBe('No se había expedido');
    expect(figure(inputs, 'Ejecución del plan de acción')).toBe('No disponible al abrir la revisión');
    const open = sectionOf<ReportTable>(document, `${heading} — acciones de mejora abiertas al corte`);
    expect(open.rows).toEqual([
      {
        actionId: '00000000-0000-4000-8000-000000000001',
        source: 'PQRS',
        reference: 'PQRS-2026-000042',
        dueDate: '2026-07-31',
        overdue: false,
      },
    ]);
    const byKind = sectionOf<ReportTable>(document, `${heading} — PQRS recibidas por tipo`);
    expect(byKind.rows).toEqual([{ kind: 'Petición', count: 70 }]);
  });

  it('lists the decisions, naming the action one of them formulated, and closes with the conclusions', async () => {
    const { document } = await minutes('2026-09-01T12:00:00.000Z');
    const decisions = sectionOf<ReportTable>(document, `${heading} — decisiones (9.3.3)`);
    expect(decisions.rows).toEqual([
      {
        number: 1,
        kind: 'Necesidad de recursos',
        description: 'Un segundo puesto de radicación.',
        responsibleId: 'user-coordinator',
        dueDate: null,
        improvementActionId: null,
      },
      {
        number: 2,
        kind: 'Oportunidad de mejora',
        description: 'Redistribuir turnos de radicación.',
        responsibleId: 'user-coordinator',
        dueDate: '2026-09-30',
        improvementActionId: ACTION,
      },
    ]);
    expect(sectionOf<ReportText>(document, `${heading} — conclusiones`).paragraphs).toEqual([
      'El sistema es conveniente, adecuado y eficaz.',
    ]);
  });

  it('as of a cut before the minutes were approved, shows the record as it stood then', async () => {
    const { document } = await minutes(canonicalInstant('2026-07-15T12:00:00-05:00'));
    expect(
      figure(
        sectionOf<ReportFigures>(document, `${heading}: Revisión por la dirección, primer semestre 2026`),
        'Estado del acta',
      ),
    ).toBe('En elaboración');
    expect(sectionOf<ReportTable>(document, `${heading} — decisiones (9.3.3)`).rows).toHaveLength(2);
    expect(sectionOf<ReportText>(document, `${heading} — conclusiones`).paragraphs).toEqual([
      'El acta no había sido aprobada al corte.',
    ]);
  });

  it('says so when no review met in the period', async () => {
    const { document } = await minutes('2026-09-01T12:00:00.000Z', { from: '2026-01-01', to: '2026-06-30' });
    expect(document.sections).toEqual([
      {
        type: 'text',
        title: 'Revisiones por la dirección',
        paragraphs: ['No hay revisiones por la dirección con reunión en el periodo, registradas al corte.'],
      },
    ]);
  });

  it('is the same document every time, and renders in every format', async () => {
    const first = await minutes('2026-09-01T12:00:00.000Z');
    const second = await minutes('2026-09-01T12:00:00.000Z');
    expect(second.contentHash).toBe(first.contentHash);
    for (const format of ['PDF', 'XLSX', 'CSV'] as const) {
      const rendered = await renderReport(first.document, first.contentHash, format);
      expect(rendered.bytes.length).toBeGreaterThan(0);
    }
    const csv = (await renderReport(first.document, first.contentHash, 'CSV')).bytes.toString('utf8');
    expect(csv).toContain('Redistribuir turnos de radicación.');
  });
});

describe('the minutes issued over HTTP', () => {
  let ventanilla: VentanillaHarness;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('are issued as a report of the meeting day, with the review’s texts revealed', async () => {
    const admin = await ventanilla.login();
    const coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.acta', ['COORDINATOR']);
    const today = bogotaDateOf(new Date().toISOString());
    const { openManagementReview: review } = await ventanilla.ok(
      `mutation ($input: OpenManagementReviewInput!) { openManagementReview(input: $input) { id } }`,
      {
        input: {
          title: 'Revisión de prueba del acta',
          meetingDate: today,
          period: { from: addCalendarDays(today, -30), to: today },
          attendeeIds: [coordinator.id],
        },
      },
      coordinator.token,
    );
    await ventanilla.ok(
      `mutation ($input: RecordReviewDecisionInput!) { recordReviewDecision(input: $input) { id } }`,
      {
        input: {
          reviewId: review.id,
          kind: 'SYSTEM_CHANGE',
          description: 'Actualizar el procedimiento de PQRS.',
          responsibleId: coordinator.id,
        },
      },
      coordinator.token,
    );
    const { report } = await ventanilla.ok(
      `mutation ($from: Date!, $to: Date!) {
        report(kind: MANAGEMENT_REVIEW_MINUTES, from: $from, to: $to, format: CSV) { id fileName contentHash downloadUrl }
      }`,
      { from: today, to: today },
      coordinator.token,
    );
    expect(report.fileName).toMatch(/^acta-revision-direccion_/);
    const response = await fetch(new URL(report.downloadUrl, ventanilla.url), {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    const csv = await response.text();
    expect(csv).toContain('Acta de revisión por la dirección');
    expect(csv).toContain('Revisión de prueba del acta');
    expect(csv).toContain('Actualizar el procedimiento de PQRS.');
  });
});
