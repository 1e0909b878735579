// Administrative silence in the Informe de PQRS of layout 9, worked out by hand on a known set of cases
// (2026 calendar: San José, Monday 23 March, and Holy Thursday and Good Friday, 2 and 3 April, are
// holidays): the requests for documents accepted by positive silence (Ley 1755 de 2015, art. 14 numeral
// 1) and what became of their copies, and the petitions taken as denied three months after filing without
// a notified decision (Ley 1437 de 2011, art. 83), both judged on the report's as-of day. A report of
// layout 8 prints none of it.
import { pqrsStreamOf } from '../../src/domain/pqrs/events.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { buildPqrsReport } from '../../src/features/reports/builders/pqrs-report.js';
import type { ReportInput } from '../../src/features/reports/builders/report-input.js';
import { SILENCE_SECTION_TITLE } from '../../src/features/reports/builders/pqrs-silence-figures.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, figuresOf, ScenarioLog } from './report-scenario.js';

const sender: Actor = { id: 'ventanilla-notices', role: 'SYSTEM' };
const period = { from: '2026-03-01', to: '2026-03-31' };
const input = (layout: number, asOf: string): ReportInput => ({
  period,
  asOf,
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn: 'ANSWERED',
});

const POSITIVE = 'Solicitudes de documentos aceptadas por silencio positivo (Ley 1755, art. 14 num. 1)';
const ON_TIME = 'Copias entregadas a tiempo (3 días hábiles)';
const LATE = 'Copias entregadas tarde';
const PENDING = 'Copias pendientes de entrega';
const NEGATIVE = 'PQRS con silencio negativo: 3 meses sin decisión notificada (Ley 1437, art. 83)';

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const answer = (radicado: string, on: string, accessDecision: 'GRANTED' | null) =>
    log.pqrs(
      radicado,
      { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: bogota(on, '11:00'), accessDecision } },
      bogota(on, '11:00'),
    );
  const notifyAnswer = (radicado: string, on: string) => {
    const requested = log.recorded.find(
      (event) =>
        event.stream === pqrsStreamOf(radicado) &&
        event.type === 'NotificationRequested' &&
        (event.data as { kind: string }).kind === 'ANSWER',
    );
    const notificationId = (requested!.data as { notificationId: string }).notificationId;
    log.pqrs(
      radicado,
      {
        type: 'RecordNotificationSent',
        data: {
          notificationId,
          round: 1,
          attempt: 1,
          messageId: `<${notificationId}.1@ventanilla.test>`,
          serverResponse: '250 OK',
        },
      },
      bogota(on, '17:00'),
      sender,
    );
  };
  const deliverCopies = (radicado: string, on: string) =>
    log.pqrs(
      radicado,
      {
        type: 'RecordCopiesDelivery',
        data: { deliveredAt: bogota(on, '10:00'), note: 'Copias entregadas en la ventanilla.' },
      },
      bogota(on, '10:00'),
    );

  // Requests for documents of Friday 20 March: ten business days are 24-27, 30, 31 March, 1, 6, 7 and 8
  // April (23 March and 2-3 April are holidays): due Wednesday 8 April; silent from Thursday 9 April; the
  // copies due by Monday 13 April (9, 10, 13).
  // 301: copies delivered Monday 13 April (on time), answered late the same day and notified.
  log.receive('2026-000301', 'INFORMATION_REQUEST', 'WEB', '2026-03-20');
  deliverCopies('2026-000301', '2026-04-13');
  answer('2026-000301', '2026-04-13', 'GRANTED');
  notifyAnswer('2026-000301', '2026-04-13');
  // 302: answered late on Tuesday 14 April and notified; copies delivered that day — one day late.
  log.receive('2026-000302', 'INFORMATION_REQUEST', 'WEB', '2026-03-20');
  answer('2026-000302', '2026-04-14', 'GRANTED');
  notifyAnswer('2026-000302', '2026-04-14');
  deliverCopies('2026-000302', '2026-04-14');
  // 303: answered on its due date and notified: no silence.
  log.receive('2026-000303', 'INFORMATION_REQUEST', 'WEB', '2026-03-20');
  answer('2026-000303', '2026-04-08', 'GRANTED');
  notifyAnswer('2026-000303', '2026-04-08');
  // 304: request of Wednesday 25 March, due Friday 10 April (26, 27, 30, 31 March, 1, 6-10 April), never
  // answered, no copies: silent from Saturday 11 April, copies pending. Its three months end 25 June.
  log.receive('2026-000304', 'INFORMATION_REQUEST', 'WEB', '2026-03-25');
  // Petitions of Friday 13 March: their three months end Saturday 13 June.
  // 305: never answered — negative silence.
  log.receive('2026-000305', 'PETITION', 'WEB', '2026-03-13');
  // 306: answered on 8 April but its notice never went out — negative silence all the same.
  log.receive('2026-000306', 'PETITION', 'WEB', '2026-03-13');
  answer('2026-000306', '2026-04-08', null);
  // 307: answered and notified on 8 April — no silence.
  log.receive('2026-000307', 'PETITION', 'WEB', '2026-03-13');
  answer('2026-000307', '2026-04-08', null);
  notifyAnswer('2026-000307', '2026-04-08');
  // 308: transferred on Monday 16 March — ended here, no silence.
  log.receive('2026-000308', 'PETITION', 'WEB', '2026-03-13');
  log.pqrs(
    '2026-000308',
    { type: 'TransferPqrs', data: { entity: 'Gobernación de Boyacá', reason: 'Es de su competencia.' } },
    bogota('2026-03-16'),
  );
  return log;
}

describe('administrative silence in the Informe de PQRS', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-silence-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('as of 20 June 2026: 3 positive silences (1 on time, 1 late, 1 pending) and 2 negative', async () => {
    // Positive: 301, 302, 304 (303 answered in time). Negative: 305 and 306 (13 June passed); 304's
    // three months end 25 June; 301, 302, 303 and 307 were notified before their three months; 308 left.
    const report = await buildPqrsReport(input(9, bogota('2026-06-20', '18:00')), sources);
    expect(figuresOf(report, SILENCE_SECTION_TITLE)).toEqual({
      [POSITIVE]: 3,
      [ON_TIME]: 1,
      [LATE]: 1,
      [PENDING]: 1,
      [NEGATIVE]: 2,
    });
  });

  it('as of 13 April 2026, 18:00: 302 has no copies yet, and no petition is three months old', async () => {
    // 301 delivered that morning; 302 (not answered nor delivered until the 14th) and 304 pending.
    const report = await buildPqrsReport(input(9, bogota('2026-04-13', '18:00')), sources);
    expect(figuresOf(report, SILENCE_SECTION_TITLE)).toEqual({
      [POSITIVE]: 3,
      [ON_TIME]: 1,
      [LATE]: 0,
      [PENDING]: 2,
      [NEGATIVE]: 0,
    });
  });

  it('as of 8 April 2026, the due date of the requests of 20 March, nothing is silent yet', async () => {
    const report = await buildPqrsReport(input(9, bogota('2026-04-08', '18:00')), sources);
    expect(figuresOf(report, SILENCE_SECTION_TITLE)).toEqual({
      [POSITIVE]: 0,
      [ON_TIME]: 0,
      [LATE]: 0,
      [PENDING]: 0,
      [NEGATIVE]: 0,
    });
  });

  it('a report of layout 8 has no silence section', async () => {
    const report = await buildPqrsReport(input(8, bogota('2026-06-20', '18:00')), sources);
    expect(report.sections.map((section) => section.title)).not.toContain(SILENCE_SECTION_TITLE);
  });
});
