// The sections the Informe de PQRS gained with layout 6, over a known set of cases (comparison-scenario.ts),
// against figures worked out by hand: the comparison with the quarter before and the same quarter a year
// before, the filings by month, the services most complained about and the suggestions, prórrogas,
// traslados, withdrawals and anonymous filings by kind, the priority cases, the "Total" row of every count
// table, and how each answer was notified and with which letter. A report of layout 5 stays as it was.
import {
  buildPqrsReport,
  TOTAL_LABEL,
  variationOf,
} from '../../src/features/reports/builders/pqrs-report.js';
import {
  monthsOf,
  previousPeriodOf,
  samePeriodAYearBefore,
} from '../../src/features/reports/builders/comparison-periods.js';
import type { ReportInput } from '../../src/features/reports/builders/report-input.js';
import type { ReportPeriod } from '../../src/features/reports/read-models/report-sources.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import type { ReportDocument, ReportTable } from '../../src/features/reports/report-document.js';
import { renderCsv } from '../../src/features/reports/render/csv-renderer.js';
import { renderPdf } from '../../src/features/reports/render/pdf-renderer.js';
import { parse } from 'csv-parse/sync';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { reportContentHash } from '../../src/features/reports/content-hash.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { comparisonScenario } from './comparison-scenario.js';
import { bogota, tableOf } from './report-scenario.js';

const FIRST_QUARTER = { from: '2026-01-01', to: '2026-03-31' };
/** Friday 10 April 2026, 10:00 in Bogotá: after the tacit withdrawal of 6 April. */
const CUT = bogota('2026-04-10');

const input = (period: ReportPeriod, asOf = CUT, layout = 6): ReportInput => ({
  period,
  asOf,
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn: 'ANSWERED',
});

const column = (table: ReportTable, key: string) => table.rows.map((row) => row[key]);

/** Text as compared: no whitespace nor zero-width characters, since a wrapped line splits a cell anywhere. */
const squeezed = (text: string) => text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

/** The PDF's text runs, each with how far it stands from the left and right edges of its page. */
async function pdfRuns(bytes: Buffer): Promise<{ text: string; left: number; right: number }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  try {
    const runs: { text: string; left: number; right: number }[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const width = (page.view as number[])[2]!;
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        const run = item as TextItem;
        const left = run.transform[4] as number;
        // The footer (page number, hash) sits under the body: it may split a row carried over a page.
        if ((run.transform[5] as number) < 45 || run.str.trim() === '') continue;
        runs.push({ text: run.str, left, right: width - (left + run.width) });
      }
    }
    return runs;
  } finally {
    await pdf.destroy();
  }
}

describe('the periods a report compares itself with', () => {
  it('a semester with the one before and the same one a year before', () => {
    expect(previousPeriodOf({ from: '2026-01-01', to: '2026-06-30' })).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(samePeriodAYearBefore({ from: '2026-07-01', to: '2026-12-31' })).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
    });
  });

  it('whole months stay whole months, February included', () => {
    expect(previousPeriodOf({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(samePeriodAYearBefore({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(samePeriodAYearBefore({ from: '2025-02-01', to: '2025-02-28' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('any other range: as many days, ending the day before', () => {
    expect(previousPeriodOf({ from: '2026-03-10', to: '2026-03-19' })).toEqual({
      from: '2026-02-28',
      to: '2026-03-09',
    });
    expect(samePeriodAYearBefore({ from: '2024-02-15', to: '2024-02-29' })).toEqual({
      from: '2023-02-15',
      to: '2023-02-28',
    });
  });

  it('the months a period touches, the first and last partial ones included', () => {
    expect(monthsOf({ from: '2026-01-15', to: '2026-03-02' })).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
  });

  it('a variation needs a base other than 0', () => {
    expect(variationOf(9, 3)).toBe(2);
    expect(variationOf(3, 0)).toBeNull();
    expect(variationOf(null, 2)).toBeNull();
    expect(variationOf(1, null)).toBeNull();
  });
});

describe('the Informe de PQRS of layout 6 over a known set of cases', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;
  let report: ReportDocument;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-report-layout6-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await comparisonScenario().projectInto(readModels.store);
    report = await buildPqrsReport(input(FIRST_QUARTER), sources);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('compares the quarter with the one before and with the same quarter of 2025', () => {
    // Q1 2026: 9 received, 5 answered all on time, in 3, 2, 5, 17 and 1 business days.
    // Q4 2025: 3 received, 2 answered on time in 2 and 3. Q1 2025: 4 received, 3 answered in 2, 16 (late), 2.
    expect(tableOf(report, 'Comparación con periodos anteriores').rows).toEqual([
      {
        period: 'Periodo del informe',
        from: '2026-01-01',
        to: '2026-03-31',
        received: 9,
        answered: 5,
        onTimeRate: 1,
        averageBusinessDays: 28 / 5,
      },
      {
        period: 'Periodo anterior',
        from: '2025-10-01',
        to: '2025-12-31',
        received: 3,
        answered: 2,
        onTimeRate: 1,
        averageBusinessDays: 2.5,
      },
      {
        period: 'Mismo periodo del año anterior',
        from: '2025-01-01',
        to: '2025-03-31',
        received: 4,
        answered: 3,
        onTimeRate: 2 / 3,
        averageBusinessDays: 20 / 3,
      },
    ]);
    const [previous, yearBefore] = tableOf(report, 'Variación frente a periodos anteriores').rows;
    expect(previous!.base).toBe('Periodo anterior');
    expect(previous!.received).toBeCloseTo(2, 12); // (9 − 3) / 3
    expect(previous!.answered).toBeCloseTo(1.5, 12); // (5 − 2) / 2
    expect(previous!.onTimeRate).toBeCloseTo(0, 12);
    expect(previous!.averageBusinessDays).toBeCloseTo(1.24, 12); // (5,6 − 2,5) / 2,5
    expect(yearBefore!.base).toBe('Mismo periodo del año anterior');
    expect(yearBefore!.received).toBeCloseTo(1.25, 12); // (9 − 4) / 4
    expect(yearBefore!.answered).toBeCloseTo(2 / 3, 12); // (5 − 3) / 3
    expect(yearBefore!.onTimeRate).toBeCloseTo(0.5, 12); // (1 − 2/3) / (2/3)
    expect(yearBefore!.averageBusinessDays).toBeCloseTo(-0.16, 12); // (5,6 − 20/3) / (20/3)
  });

  it('leaves a variation empty when the period compared received nothing', async () => {
    // Q4 2025 against Q3 2025 and Q4 2024: no cases in either.
    const fourthQuarter = await buildPqrsReport(input({ from: '2025-10-01', to: '2025-12-31' }), sources);
    expect(tableOf(fourthQuarter, 'Comparación con periodos anteriores').rows.slice(1)).toEqual([
      {
        period: 'Periodo anterior',
        from: '2025-07-01',
        to: '2025-09-30',
        received: 0,
        answered: 0,
        onTimeRate: null,
        averageBusinessDays: null,
      },
      {
        period: 'Mismo periodo del año anterior',
        from: '2024-10-01',
        to: '2024-12-31',
        received: 0,
        answered: 0,
        onTimeRate: null,
        averageBusinessDays: null,
      },
    ]);
    const variations = tableOf(fourthQuarter, 'Variación frente a periodos anteriores');
    for (const row of variations.rows)
      expect([row.received, row.answered, row.onTimeRate, row.averageBusinessDays]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    // An empty cell in the CSV (a dash in the PDF), never 0 % nor Infinity.
    const csv = renderCsv(fourthQuarter, reportContentHash(fourthQuarter)).toString('utf8');
    expect(csv).toContain('Periodo anterior;;;;');
    expect(csv).not.toMatch(/Infinity|NaN/);
  });

  it('counts the filings of each month, February with none', () => {
    expect(tableOf(report, 'Recibidas por mes').rows).toEqual([
      { month: 'Enero de 2026', received: 1, share: 1 / 9 },
      { month: 'Febrero de 2026', received: 0, share: 0 },
      { month: 'Marzo de 2026', received: 8, share: 8 / 9 },
      { month: 'Total', received: 9, share: 1 },
    ]);
  });

  it('closes the by-kind and by-dependency tables with the tally of all their cases', () => {
    const total = {
      received: 9,
      answered: 5,
      answeredOnTime: 5,
      answeredLate: 0,
      onTimeRate: 1,
      averageBusinessDays: 28 / 5,
      maxBusinessDays: 17,
      open: 1,
      overdue: 1,
      // 203 and 206 were never notified.
      notNotified: 2,
    };
    expect(tableOf(report, 'Por tipo de solicitud').rows.at(-1)).toEqual({ kind: 'Total', ...total });
    expect(tableOf(report, 'Por dependencia').rows.at(-1)).toEqual({ dependency: 'Total', ...total });
    expect(
      tableOf(report, 'Por dependencia').rows.map((row) => [
        row.dependency,
        row.received,
        row.averageBusinessDays,
      ]),
    ).toEqual([
      ['Afiliaciones', 2, 11],
      ['Cartera', 3, 2.5],
      ['Sin asignar', 4, 1],
      ['Total', 9, 5.6],
    ]);
  });

  it('closes the channel and person-type tables with a Total row, the anonymous complaint among them', () => {
    expect(
      tableOf(report, 'Por canal de recepción').rows.map((row) => [row.channel, row.received, row.share]),
    ).toEqual([
      ['Presencial', 1, 1 / 9],
      ['Telefónico', 1, 1 / 9],
      ['Correo electrónico', 2, 2 / 9],
      ['Página web', 4, 4 / 9],
      ['Correspondencia', 1, 1 / 9],
      ['Redes sociales', 0, 0],
      ['Total', 9, 1],
    ]);
    expect(
      tableOf(report, 'Por tipo de persona (anónimas incluidas)').rows.map((row) => [
        row.personType,
        row.received,
      ]),
    ).toEqual([
      ['Persona natural', 7],
      ['Persona jurídica', 0],
      ['Niña, niño o adolescente', 1],
      ['Anónimo', 1],
      ['Total', 9],
    ]);
  });

  it('in every table with a Total row, each count is the sum of the rows above and each share 100 %', () => {
    const withTotals = report.sections.filter(
      (section): section is ReportTable =>
        section.type === 'table' && section.rows.some((row) => Object.values(row)[0] === TOTAL_LABEL),
    );
    expect(withTotals.map((table) => table.title)).toEqual([
      'Recibidas por mes',
      'Por tipo de solicitud',
      'Prórrogas, traslados, desistimientos y anónimas por tipo',
      'Por canal de recepción',
      'Por tipo de persona (anónimas incluidas)',
      'Por dependencia',
      'Dependencias con más quejas y reclamos',
      'Asuntos con más quejas y reclamos',
      'Principales sugerencias recibidas',
    ]);
    for (const table of withTotals) {
      const total = table.rows.at(-1)!;
      const rows = table.rows.slice(0, -1);
      for (const { key, format } of table.columns) {
        if (format === 'integer' && key !== 'maxBusinessDays')
          expect([table.title, key, total[key]]).toEqual([
            table.title,
            key,
            rows.reduce((sum, row) => sum + (row[key] as number), 0),
          ]);
        if (key === 'share') expect([table.title, total[key]]).toEqual([table.title, 1]);
        if (key === 'onTimeRate') {
          const onTime = total.answeredOnTime as number;
          expect(total[key]).toBe(onTime / (onTime + (total.answeredLate as number)));
        }
      }
    }
  });

  it('counts prórrogas, traslados, withdrawals express and tacit and anonymous filings by kind', () => {
    const table = tableOf(report, 'Prórrogas, traslados, desistimientos y anónimas por tipo');
    const row = (kind: string) => table.rows.find((candidate) => candidate.kind === kind);
    expect(row('Petición')).toEqual({
      kind: 'Petición',
      received: 3,
      extensions: 0,
      extended: 0,
      transferred: 0,
      withdrawnExpress: 0,
      withdrawnTacit: 1,
      anonymous: 0,
    });
    expect(row('Solicitud de información o documentos')).toMatchObject({ received: 1, transferred: 1 });
    expect(row('Queja')).toMatchObject({ received: 2, extensions: 1, extended: 1, anonymous: 1 });
    expect(row('Sugerencia')).toMatchObject({ received: 2, withdrawnExpress: 1, withdrawnTacit: 0 });
    expect(row('Total')).toEqual({
      kind: 'Total',
      received: 9,
      extensions: 1,
      extended: 1,
      transferred: 1,
      withdrawnExpress: 1,
      withdrawnTacit: 1,
      anonymous: 1,
    });
    expect(column(table, 'kind')).toHaveLength(9);
  });

  it('names the services most complained about and the suggestions received (Ley 190 de 1995, art. 54)', () => {
    expect(tableOf(report, 'Dependencias con más quejas y reclamos').rows).toEqual([
      { dependency: 'Afiliaciones', complaints: 2, claims: 0, total: 2, share: 2 / 3 },
      { dependency: 'Cartera', complaints: 0, claims: 1, total: 1, share: 1 / 3 },
      { dependency: 'Total', complaints: 2, claims: 1, total: 3, share: 1 },
    ]);
    // "Mala atención en la sede" and "mala atencion en la sede" are one subject.
    expect(tableOf(report, 'Asuntos con más quejas y reclamos').rows).toEqual([
      { subject: 'Mala atención en la sede', complaints: 2, claims: 0, total: 2, share: 2 / 3 },
      { subject: 'Cobro indebido', complaints: 0, claims: 1, total: 1, share: 1 / 3 },
      { subject: 'Total', complaints: 2, claims: 1, total: 3, share: 1 },
    ]);
    expect(tableOf(report, 'Principales sugerencias recibidas').rows).toEqual([
      { subject: 'Horario de atención', suggestions: 2, share: 1 },
      { subject: 'Total', suggestions: 2, share: 1 },
    ]);
  });

  it('lists the first ten dependencies by complaints and sums the rest in one row', async () => {
    const may = await buildPqrsReport(
      input({ from: '2026-05-01', to: '2026-05-31' }, bogota('2026-06-15')),
      sources,
    );
    const rows = tableOf(may, 'Dependencias con más quejas y reclamos').rows;
    expect(rows.map((row) => [row.dependency, row.total])).toEqual([
      ['Dependencia A', 2],
      ...'BCDEFGHIJ'.split('').map((letter) => [`Dependencia ${letter}`, 1]),
      ['Otras dependencias', 2],
      ['Total', 13],
    ]);
    expect(rows.at(-2)).toEqual({
      dependency: 'Otras dependencias',
      complaints: 2,
      claims: 0,
      total: 2,
      share: 2 / 13,
    });
  });

  it('counts the priority cases by reason, each once in the last row, and lists them', () => {
    expect(
      tableOf(report, 'PQRS con atención prioritaria por motivo (Ley 1755 de 2015, art. 20)').rows,
    ).toEqual([
      {
        reason: 'Riesgo de perjuicio irremediable a un derecho fundamental',
        received: 1,
        answered: 1,
        answeredOnTime: 1,
        answeredLate: 0,
        open: 0,
        overdue: 0,
      },
      {
        reason: 'Petición de un niño, niña o adolescente',
        received: 2,
        answered: 1,
        answeredOnTime: 1,
        answeredLate: 0,
        open: 1,
        overdue: 1,
      },
      {
        reason: 'Periodista en ejercicio de su actividad',
        received: 1,
        answered: 1,
        answeredOnTime: 1,
        answeredLate: 0,
        open: 0,
        overdue: 0,
      },
      {
        reason: 'PQRS prioritarias, cada una una vez',
        received: 3,
        answered: 2,
        answeredOnTime: 2,
        answeredLate: 0,
        open: 1,
        overdue: 1,
      },
    ]);
    expect(tableOf(report, 'PQRS con atención prioritaria').rows).toEqual([
      {
        radicado: '2026-000201',
        kind: 'Petición',
        reasons:
          'Riesgo de perjuicio irremediable a un derecho fundamental; Petición de un niño, niña o adolescente',
        receivedOn: '2026-03-02',
        dueDate: '2026-03-24',
        status: 'Respondida',
      },
      {
        radicado: '2026-000203',
        kind: 'Queja',
        reasons: 'Periodista en ejercicio de su actividad',
        receivedOn: '2026-03-05',
        dueDate: '2026-04-10',
        status: 'Respondida',
      },
      {
        radicado: '2026-000204',
        kind: 'Reclamo',
        reasons: 'Petición de un niño, niña o adolescente',
        receivedOn: '2026-03-09',
        dueDate: '2026-03-31',
        status: 'Asignada',
      },
    ]);
  });

  it('gives each answer its notification date, the means and the outgoing number of its letter', () => {
    const rows = tableOf(report, 'Respuestas: fecha de respuesta y fecha de notificación').rows;
    expect(rows.map((row) => [row.radicado, row.notifiedOn, row.noticeMeans, row.outgoingNumber])).toEqual([
      ['2026-000200', '2026-01-23', 'Correo electrónico', null],
      ['2026-000201', '2026-03-04', 'Correo electrónico', 'SAL-2026-000031'],
      ['2026-000202', '2026-03-10', 'Ventanilla virtual', null],
      ['2026-000203', 'Pendiente de notificar', 'Correo electrónico', null],
      ['2026-000206', 'Pendiente de notificar', 'Correo electrónico', null],
    ]);
  });

  it('the PDF prints every cell of the CSV, in order, none nearer the edge than 20 points', async () => {
    const hash = reportContentHash(report);
    const cells = (
      parse(renderCsv(report, hash), { delimiter: ';', bom: true, relax_column_count: true }) as string[][]
    )
      .flat()
      .map(squeezed)
      .filter((cell) => cell !== '');
    const runs = await pdfRuns(await renderPdf(report, hash));
    const text = squeezed(runs.map((run) => run.text).join(''));
    const missing: string[] = [];
    let from = 0;
    for (const cell of cells) {
      const at = text.indexOf(cell, from);
      if (at === -1) missing.push(cell);
      else from = at + cell.length;
    }
    expect(cells).toContain('SAL-2026-000031');
    expect(missing).toEqual([]);
    expect(runs.filter((run) => run.left < 20 || run.right < 20).slice(0, 5)).toEqual([]);
  });

  it('the reports of layouts 1 to 8 keep the content hash they had when issued', async () => {
    // Worked out on these cases with the builder as it stood before layout 6 (commit 8ff04ed).
    const before: [number, 'ANSWERED' | 'NOTIFIED', string][] = [
      [1, 'ANSWERED', '84a3eeeb9accdde927f7163bf95bbdd4fbea80f4337f3c12697983e706a08281'],
      [1, 'NOTIFIED', '4e6db078d14cd60fa5952589f143b63503d5808114ef054ce227f24be7af4711'],
      [2, 'ANSWERED', 'a176918b92af630a2e30095e96f4165a6bc8b4427e1a1c2d8f434d9562135275'],
      [2, 'NOTIFIED', '7af7a6db8ea7cd7c862b3b20e827bffc6c221bdd837601f7978c455de6a19038'],
      [3, 'ANSWERED', '26763bc280d4cbdc4bf2be5739470f12e5853e0e21e9bd09bf0983d1c8fa97a7'],
      [3, 'NOTIFIED', '81085ee4774a2f40cdb7a4eb258384dded031faaf427745a61e7fdcc540bb5b6'],
      [4, 'ANSWERED', '312a45bd5d57418653219a8ef96a20b67ddea0f9c6be2ae89ea4e8a0b1276106'],
      [4, 'NOTIFIED', '92cc0f438f67f93a560e7dcd910e073e8c8b18e220c80c5a8efa563283a91c2f'],
      [5, 'ANSWERED', 'f3ce5abdae5adc9a89eafb4561810919b84f141fcf63c842883dcf2cafa7857b'],
      [5, 'NOTIFIED', 'ec5ffbae9551309536baef61db9ee3109f02850b976260417634cb96e9e0ae86'],
      // Layout 6 as issued before layout 7 (commit 594ccbc).
      [6, 'ANSWERED', '23129a9751f9f7525fc392d862e9d2f28837a3dacbfe8fa71e8eecda238993ce'],
      [6, 'NOTIFIED', '75a961d9aab6528c3dd4ab8e41efeffc78fe607f8ccff4aa5524541d067fe671'],
      // Layout 7 as issued before layout 8 (commit efc6cfd).
      [7, 'ANSWERED', '038beb41ea830f1ede88db894f14d6b6f959386131e49fed8714070d91219a76'],
      [7, 'NOTIFIED', '02fab3697902e88b9991286b9dd151f9d9457d8fdb0c3b4397e4f69338d3b031'],
      // Layout 8 as issued before layout 9 (commit 8e738c8).
      [8, 'ANSWERED', 'bab959f61af7fcab5b7cdd8d7deddf816bb57e78e3f9ff948f06c2a34aebe182'],
      [8, 'NOTIFIED', '8814c848b4dc72fa673fa4aadbd35fffad0d0831fef512b2aa6b4a4e94d54ec0'],
    ];
    for (const [layout, timelinessOn, hash] of before) {
      const issued = await buildPqrsReport({ ...input(FIRST_QUARTER, CUT, layout), timelinessOn }, sources);
      expect([layout, timelinessOn, reportContentHash(issued)]).toEqual([layout, timelinessOn, hash]);
    }
  });

  it('a report of layout 5 has none of it: no new section, no Total row, the answers as they were', async () => {
    const layout5 = await buildPqrsReport(input(FIRST_QUARTER, CUT, 5), sources);
    const titles = layout5.sections.map((section) => section.title);
    for (const added of [
      'Comparación con periodos anteriores',
      'Variación frente a periodos anteriores',
      'Recibidas por mes',
      'Prórrogas, traslados, desistimientos y anónimas por tipo',
      'Dependencias con más quejas y reclamos',
      'Asuntos con más quejas y reclamos',
      'Principales sugerencias recibidas',
      'PQRS con atención prioritaria por motivo (Ley 1755 de 2015, art. 20)',
      'PQRS con atención prioritaria',
    ])
      expect(titles).not.toContain(added);
    for (const section of layout5.sections)
      if (section.type === 'table')
        expect(section.rows.filter((row) => Object.values(row)[0] === TOTAL_LABEL)).toEqual([]);
    const answers = tableOf(layout5, 'Respuestas: fecha de respuesta y fecha de notificación');
    expect(answers.columns.map((candidate) => candidate.key)).toEqual([
      'radicado',
      'kind',
      'dependency',
      'dueDate',
      'answeredOn',
      'notifiedOn',
      'businessDaysTaken',
      'timeliness',
    ]);
    expect(Object.keys(answers.rows[0]!)).toEqual(answers.columns.map((candidate) => candidate.key));
  });
});
