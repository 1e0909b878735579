// The answer date and the notification date in the reports, and timeliness measured on either
// (VENTANILLA_TIMELINESS_ON): a known month of answers notified by e-mail, by post and on the tracking page,
// one answered on its due date but notified two days later, one never notified. The notices' outcomes are
// recorded as the sender records them, through the case's own decider with a SYSTEM actor.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { pqrsStreamOf } from '../../src/domain/pqrs/events.js';
import { activeStaffMember } from '../../src/domain/shared/staff-spec-fixtures.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { buildContraloriaExport } from '../../src/features/reports/builders/contraloria-export.js';
import {
  buildManagementReport,
  DEFAULT_INDICATOR_TARGETS,
} from '../../src/features/reports/builders/management-report.js';
import { buildPqrsReport } from '../../src/features/reports/builders/pqrs-report.js';
import {
  CURRENT_REPORT_LAYOUT,
  type ReportInput,
  type TimelinessRule,
} from '../../src/features/reports/builders/report-input.js';
import { buildAccessToInformationReport } from '../../src/features/reports/builders/access-to-information-report.js';
import { reportContentHash } from '../../src/features/reports/content-hash.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import type { ReportDocument, ReportFormat, ReportText } from '../../src/features/reports/report-document.js';
import { generateReport, parametersFor } from '../../src/features/reports/report-generator.js';
import { parseContraloriaColumns, type ReportSettings } from '../../src/features/reports/report-settings.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { extractPdf } from '../support/pdf-text.js';
import { bogota, figuresOf, ScenarioLog, tableOf } from './report-scenario.js';

const period = { from: '2026-03-01', to: '2026-03-31' };
/** Every notice of the month known. */
const afterNotices = bogota('2026-04-06');
/** The evening of 24 March, the due date: 102 answered that afternoon, its e-mail not yet sent. */
const onDueDate = bogota('2026-03-24', '18:00');

const ANSWERS_TABLE = 'Respuestas: fecha de respuesta y fecha de notificación';
const sender: Actor = { id: 'ventanilla-notice-sender', role: 'SYSTEM' };

const input = (asOf: string, timelinessOn: TimelinessRule, layout = CURRENT_REPORT_LAYOUT): ReportInput => ({
  period,
  asOf,
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn,
});

/** The id of the answer's notice, as the decider requested it with the answer. */
function answerNoticeOf(log: ScenarioLog, radicado: string): string {
  const requested = log.recorded.find(
    (event) =>
      event.stream === pqrsStreamOf(radicado) &&
      event.type === 'NotificationRequested' &&
      (event.data as { kind: string }).kind === 'ANSWER',
  );
  if (requested === undefined) throw new Error(`${radicado} has no answer notice`);
  return (requested.data as { notificationId: string }).notificationId;
}

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const receive = (radicado: string, extra: Record<string, unknown> = {}, kind = 'PETITION') =>
    log.pqrs(
      radicado,
      {
        type: 'ReceivePqrs',
        data: {
          radicado,
          kind: kind as never,
          channel: 'WEB',
          subject: 'Certificado de afiliación',
          description: 'Texto de la solicitud.',
          petitionerId: `person-${radicado}`,
          receivedAt: bogota('2026-03-02'),
          priority: [],
          ...extra,
        },
      },
      bogota('2026-03-02'),
    );
  const assignAndAnswer = (radicado: string, on: string) => {
    log.pqrs(
      radicado,
      { type: 'AssignPqrs', data: { assignee: activeStaffMember('agent-1'), dependency: 'Cartera' } },
      bogota('2026-03-02', '11:00'),
    );
    log.pqrs(
      radicado,
      { type: 'AnswerPqrs', data: { answer: 'Respuesta de fondo.', answeredAt: bogota(on, '16:00') } },
      bogota(on, '16:00'),
    );
  };
  const mailServerTook = (radicado: string, on: string) =>
    log.pqrs(
      radicado,
      {
        type: 'RecordNotificationSent',
        data: {
          notificationId: answerNoticeOf(log, radicado),
          round: 1,
          attempt: 1,
          messageId: `<${answerNoticeOf(log, radicado)}.1@ventanilla.test>`,
          serverResponse: '250 OK',
        },
      },
      bogota(on, '17:00'),
      sender,
    );
  // Every petition and complaint here is due on 24 March (15 business days; 23 March is a holiday).
  // 101: answered on 20 March, its e-mail taken the same day — on time either way.
  receive('2026-000101');
  assignAndAnswer('2026-000101', '2026-03-20');
  mailServerTook('2026-000101', '2026-03-20');
  // 102: answered on its due date; the server refused it first, took it on the 26th — late when notified.
  receive('2026-000102');
  assignAndAnswer('2026-000102', '2026-03-24');
  log.pqrs(
    '2026-000102',
    {
      type: 'RecordNotificationAttemptFailed',
      data: {
        notificationId: answerNoticeOf(log, '2026-000102'),
        round: 1,
        attempt: 1,
        failure: '421 Service not available',
        nextAttemptAt: bogota('2026-03-26', '09:00'),
      },
    },
    bogota('2026-03-24', '16:01'),
    sender,
  );
  mailServerTook('2026-000102', '2026-03-26');
  // 103: answered on the 19th, never notified (no mail server configured).
  receive('2026-000103');
  assignAndAnswer('2026-000103', '2026-03-19');
  // 104: the petitioner wants the answer by post: handed to the carrier on the 19th, recorded on the 20th.
  receive('2026-000104', { answerChannel: 'POSTAL' });
  assignAndAnswer('2026-000104', '2026-03-18');
  log.pqrs(
    '2026-000104',
    {
      type: 'RecordPostalDispatch',
      data: {
        notificationId: answerNoticeOf(log, '2026-000104'),
        carrier: '4-72',
        guideNumber: 'RA123456789CO',
        dispatchedOn: '2026-03-19',
      },
    },
    bogota('2026-03-20', '09:00'),
  );
  // 105: an anonymous complaint answered late on the 25th: published on the tracking page that moment.
  receive('2026-000105', { petitionerId: null, personType: 'ANONYMOUS' }, 'COMPLAINT');
  assignAndAnswer('2026-000105', '2026-03-25');
  // 106: still open.
  receive('2026-000106');
  return log;
}

describe('the answer date and the notification date in the reports', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-report-notices-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  describe('the Informe de PQRS, timeliness on the answer date (the default)', () => {
    let report: ReportDocument;
    beforeAll(async () => {
      report = await buildPqrsReport(input(afterNotices, 'ANSWERED'), sources);
    });

    it('keeps the figures measured on the answer date, and counts the answer never notified', () => {
      expect(figuresOf(report, 'Resumen del periodo')).toMatchObject({
        'De las recibidas en el periodo: respondidas al corte': 5,
        'De las recibidas en el periodo: respondidas a tiempo': 4,
        'De las recibidas en el periodo: respondidas fuera de término': 1,
        'De las recibidas en el periodo: oportunidad en la respuesta': 0.8,
        'Respondidas sin notificar al corte': 1,
      });
      expect(figuresOf(report, 'Resumen del periodo')).not.toHaveProperty(
        'Respondidas en término pendientes de notificar',
      );
    });

    it('says which rule it used', () => {
      const rule = tableOf(report, 'Criterio de oportunidad') as unknown as ReportText;
      expect(rule.paragraphs[0]).toBe(
        'Oportunidad medida sobre la fecha de respuesta (VENTANILLA_TIMELINESS_ON=ANSWERED).',
      );
    });

    it('lists each answer with both dates: by e-mail, by post (the day handed over), on the tracking page', () => {
      expect(
        tableOf(report, ANSWERS_TABLE).rows.map((row) => [
          row.radicado,
          row.answeredOn,
          row.notifiedOn,
          row.businessDaysTaken,
          row.timeliness,
        ]),
      ).toEqual([
        ['2026-000101', '2026-03-20', '2026-03-20', 14, 'A tiempo'],
        ['2026-000102', '2026-03-24', '2026-03-26', 15, 'A tiempo'],
        ['2026-000103', '2026-03-19', 'Pendiente de notificar', 13, 'A tiempo'],
        ['2026-000104', '2026-03-18', '2026-03-19', 12, 'A tiempo'],
        ['2026-000105', '2026-03-25', '2026-03-25', 16, 'Fuera de término'],
      ]);
    });
  });

  describe('the Informe de PQRS, timeliness on the notification date', () => {
    let report: ReportDocument;
    beforeAll(async () => {
      report = await buildPqrsReport(input(afterNotices, 'NOTIFIED'), sources);
    });

    it('counts the answer notified after its due date late, and the one never notified past due late', () => {
      expect(figuresOf(report, 'Resumen del periodo')).toMatchObject({
        'De las recibidas en el periodo: respondidas al corte': 5,
        'De las recibidas en el periodo: respondidas a tiempo': 2,
        'De las recibidas en el periodo: respondidas fuera de término': 3,
        'De las recibidas en el periodo: oportunidad en la respuesta': 0.4,
        'Respondidas sin notificar al corte': 1,
        'Respondidas en término pendientes de notificar': 0,
        // Business days still run to the answer.
        'Tiempo promedio de respuesta (días hábiles)': (14 + 15 + 13 + 12 + 16) / 5,
      });
      expect(tableOf(report, 'Por tipo de solicitud').rows[0]).toMatchObject({
        kind: 'Petición',
        answered: 4,
        answeredOnTime: 2,
        answeredLate: 2,
        onTimeRate: 0.5,
        notNotified: 1,
      });
    });

    it('says which rule it used, and how an answer not yet notified counts', () => {
      const rule = tableOf(report, 'Criterio de oportunidad') as unknown as ReportText;
      expect(rule.paragraphs[0]).toBe(
        'Oportunidad medida sobre la fecha de notificación (VENTANILLA_TIMELINESS_ON=NOTIFIED).',
      );
      expect(rule.paragraphs.join(' ')).toContain('pendiente de notificar');
      expect(tableOf(report, ANSWERS_TABLE).note).toBe(rule.paragraphs[0]);
    });

    it('judges each answer on its notification date', () => {
      expect(tableOf(report, ANSWERS_TABLE).rows.map((row) => [row.radicado, row.timeliness])).toEqual([
        ['2026-000101', 'A tiempo'],
        ['2026-000102', 'Fuera de término'],
        ['2026-000103', 'Fuera de término'],
        ['2026-000104', 'A tiempo'],
        ['2026-000105', 'Fuera de término'],
      ]);
    });

    it('as of the due date evening, a notice sent later does not count: those answers are pending', async () => {
      const onTheDay = await buildPqrsReport(input(onDueDate, 'NOTIFIED'), sources);
      expect(figuresOf(onTheDay, 'Resumen del periodo')).toMatchObject({
        'De las recibidas en el periodo: respondidas al corte': 4,
        'De las recibidas en el periodo: respondidas a tiempo': 2,
        'De las recibidas en el periodo: respondidas fuera de término': 0,
        'Respondidas en término pendientes de notificar': 2,
        'De las recibidas en el periodo: oportunidad en la respuesta': 1,
        'Respondidas sin notificar al corte': 2,
      });
      expect(
        tableOf(onTheDay, ANSWERS_TABLE).rows.map((row) => [row.radicado, row.notifiedOn, row.timeliness]),
      ).toEqual([
        ['2026-000101', '2026-03-20', 'A tiempo'],
        ['2026-000102', 'Pendiente de notificar', 'Pendiente de notificar'],
        ['2026-000103', 'Pendiente de notificar', 'Pendiente de notificar'],
        ['2026-000104', '2026-03-19', 'A tiempo'],
      ]);
    });

    it('a postal dispatch counts from when it was recorded, on the day it was handed over', async () => {
      const beforeRecorded = await buildPqrsReport(input(bogota('2026-03-19', '18:00'), 'NOTIFIED'), sources);
      expect(
        tableOf(beforeRecorded, ANSWERS_TABLE).rows.find((row) => row.radicado === '2026-000104')?.notifiedOn,
      ).toBe('Pendiente de notificar');
    });
  });

  it('a report issued before the notification dates (layout 3) is built as it was', async () => {
    const report = await buildPqrsReport(input(afterNotices, 'ANSWERED', 3), sources);
    const titles = report.sections.map((section) => section.title);
    expect(titles).not.toContain('Criterio de oportunidad');
    expect(titles).not.toContain(ANSWERS_TABLE);
    expect(figuresOf(report, 'Resumen del periodo')).not.toHaveProperty('Respondidas sin notificar al corte');
    expect(Object.keys(tableOf(report, 'Por tipo de solicitud').rows[0]!)).not.toContain('notNotified');
  });

  describe('the Contraloría export with the configured columns', () => {
    const columns = parseContraloriaColumns(readFileSync('config/contraloria-columns.json', 'utf8'));

    it('the shipped mapping has the notification date after the answer date', () => {
      if (typeof columns === 'string') throw new Error(columns);
      const headers = columns.map((column) => column.header);
      expect(headers.indexOf('Fecha de notificación')).toBe(headers.indexOf('Fecha de respuesta') + 1);
    });

    it.each([
      ['ANSWERED', [true, true, true, true, false]],
      ['NOTIFIED', [true, false, false, true, false]],
    ] as const)('"Respondida a tiempo" follows the rule (%s)', async (rule, onTime) => {
      if (typeof columns === 'string') throw new Error(columns);
      const report = await buildContraloriaExport(input(afterNotices, rule), sources, columns);
      const table = tableOf(report, 'PQRS recibidas en el periodo');
      const column = (header: string) => table.columns.find((candidate) => candidate.header === header)!.key;
      const answered = table.rows.filter((row) => row[column('Fecha de respuesta')] !== null);
      expect(answered.map((row) => row[column('Fecha de notificación')])).toEqual([
        '2026-03-20',
        '2026-03-26',
        'Pendiente de notificar',
        '2026-03-19',
        '2026-03-25',
      ]);
      expect(answered.map((row) => row[column('Respondida a tiempo')])).toEqual(onTime);
      const open = table.rows.find((row) => row[column('Número de radicado')] === '2026-000106')!;
      expect([open[column('Fecha de notificación')], open[column('Respondida a tiempo')]]).toEqual([
        null,
        null,
      ]);
    });
  });

  it('the management report measures PQRS timeliness by the same rule, and says so', async () => {
    const indicator = async (rule: TimelinessRule) =>
      tableOf(
        await buildManagementReport(input(afterNotices, rule), sources, DEFAULT_INDICATOR_TARGETS),
        'Matriz de indicadores',
      ).rows[0]!;
    expect(await indicator('ANSWERED')).toMatchObject({ value: '80,0 %' });
    const notified = await indicator('NOTIFIED');
    expect(notified).toMatchObject({ value: '40,0 %', status: 'No cumple' });
    expect(notified.formula).toContain('VENTANILLA_TIMELINESS_ON=NOTIFIED');
  });

  it('the access-to-information report states the rule under its table', async () => {
    const report = await buildAccessToInformationReport(input(afterNotices, 'NOTIFIED'), sources);
    expect(tableOf(report, 'Tiempo de respuesta de cada solicitud').note).toContain(
      'VENTANILLA_TIMELINESS_ON=NOTIFIED',
    );
  });

  describe('issued through the generator', () => {
    const settings: ReportSettings = {
      entityName: 'Corporación de prueba',
      officeName: 'Oficina de Atención al Cliente',
      indicatorTargets: DEFAULT_INDICATOR_TARGETS,
      contraloriaColumns: [],
    };

    it('the rule in force travels with the parameters; a report issued before it regenerates on the answer date', async () => {
      const parameters = parametersFor('PQRS', settings, 'NOTIFIED');
      expect(parameters).toMatchObject({ timelinessOn: 'NOTIFIED', layout: CURRENT_REPORT_LAYOUT });
      const issued = await generateReport('PQRS', period, afterNotices, parameters, sources);
      expect(figuresOf(issued.document, 'Resumen del periodo')).toMatchObject({
        'De las recibidas en el periodo: oportunidad en la respuesta': 0.4,
      });
      const { timelinessOn: _rule, ...before } = parameters;
      const older = await generateReport('PQRS', period, afterNotices, before, sources);
      expect(figuresOf(older.document, 'Resumen del periodo')).toMatchObject({
        'De las recibidas en el periodo: oportunidad en la respuesta': 0.8,
      });
      expect(older.contentHash).not.toBe(issued.contentHash);
    });

    it('reports that judge no PQRS answer take no rule', () => {
      expect(parametersFor('SATISFACTION', settings, 'NOTIFIED')).not.toHaveProperty('timelinessOn');
    });
  });

  describe('in every format', () => {
    let report: ReportDocument;
    let hash: string;
    const render = async (format: ReportFormat) => (await renderReport(report, hash, format)).bytes;

    beforeAll(async () => {
      report = await buildPqrsReport(input(afterNotices, 'NOTIFIED'), sources);
      hash = reportContentHash(report);
    });

    it('CSV: both dates as dd/mm/aaaa, the pending note and the rule', async () => {
      const records = parse(await render('CSV'), {
        delimiter: ';',
        bom: true,
        relax_column_count: true,
      }) as string[][];
      expect(records).toContainEqual([
        '2026-000102',
        'Petición',
        'Cartera',
        '24/03/2026',
        '24/03/2026',
        '26/03/2026',
        // Layout 6: the means of the notice and the letter's outgoing number (none here).
        'Correo electrónico',
        '',
        '15',
        'Fuera de término',
      ]);
      expect(records.find((record) => record[0] === '2026-000104')?.[6]).toBe('Correo postal');
      expect(records.find((record) => record[0] === '2026-000105')?.[6]).toBe('Ventanilla virtual');
      expect(records.find((record) => record[0] === '2026-000103')?.[5]).toBe('Pendiente de notificar');
      expect(records).toContainEqual([
        'Oportunidad medida sobre la fecha de notificación (VENTANILLA_TIMELINESS_ON=NOTIFIED).',
      ]);
    });

    it('XLSX: both dates as date cells, the pending note as text', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await render('XLSX')) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Informe')!;
      const rowOf = (radicado: string) => {
        let found: ExcelJS.Row | undefined;
        sheet.eachRow((row) => {
          if (row.getCell(1).value === radicado && row.getCell(6).value !== null) found = row;
        });
        return found!;
      };
      const late = rowOf('2026-000102');
      expect(late.getCell(5).value).toEqual(new Date(Date.UTC(2026, 2, 24)));
      expect(late.getCell(6).value).toEqual(new Date(Date.UTC(2026, 2, 26)));
      expect(late.getCell(6).numFmt).toBe('dd/mm/yyyy');
      expect(late.getCell(7).value).toBe('Correo electrónico');
      expect(late.getCell(10).value).toBe('Fuera de término');
      expect(rowOf('2026-000103').getCell(6).value).toBe('Pendiente de notificar');
      const texts: unknown[] = [];
      sheet.eachRow((row) => texts.push(row.getCell(1).value));
      expect(texts).toContain(
        'Oportunidad medida sobre la fecha de notificación (VENTANILLA_TIMELINESS_ON=NOTIFIED).',
      );
    });

    it('PDF: both dates, the pending note and the rule', async () => {
      const { pages } = await extractPdf(await render('PDF'));
      const lines = pages.flat();
      // pdfmake wraps the headers ("Fecha de" / "notificación"); each cell of a row is its own run.
      expect(lines.join(' ')).toContain('Fecha de notificación');
      const rowOf = (radicado: string) => lines.slice(lines.indexOf(radicado), lines.indexOf(radicado) + 6);
      expect(rowOf('2026-000102')).toEqual([
        '2026-000102',
        'Petición',
        'Cartera',
        '24/03/2026',
        '24/03/2026',
        '26/03/2026',
      ]);
      expect(rowOf('2026-000103')[5]).toBe('Pendiente de notificar');
      expect(lines).toContain(
        'Oportunidad medida sobre la fecha de notificación (VENTANILLA_TIMELINESS_ON=NOTIFIED).',
      );
    });
  });
});
