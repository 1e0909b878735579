// Every report kind on the demo year (`npm run seed -- --demo --cases 500`, first semester of 2026) printed to PDF and
// read back: every cell of its CSV is in the PDF's text, in the CSV's order, and every line of text lies on
// the page (a wide table goes landscape and wraps; nothing is cut at the margin). The PDF embeds DejaVu
// (no standard font), so ≥, ≤, Σ, «», ñ and the accented letters are extracted as themselves; and the
// same report renders to the same bytes twice.
import 'reflect-metadata';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { createVentanillaApp } from '../../src/app.js';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { VENTANILLA_CONFIG } from '../../src/config/config-token.js';
import { loadConfiguration, type VentanillaConfig } from '../../src/config/configuration.js';
import { REPORT_KINDS, type ReportKind } from '../../src/domain/report/events.js';
import { ReadYourWrites } from '../../src/engine/commands/read-your-writes.js';
import { reportContentHash } from '../../src/features/reports/content-hash.js';
import { REPORT_READ_MODELS } from '../../src/features/reports/report-generation.js';
import { ReportSources } from '../../src/features/reports/read-models/report-sources.js';
import { renderCsv } from '../../src/features/reports/render/csv-renderer.js';
import { renderPdf } from '../../src/features/reports/render/pdf-renderer.js';
import type { ReportDocument } from '../../src/features/reports/report-document.js';
import { generateReport, parametersFor } from '../../src/features/reports/report-generator.js';
import { PersonalTexts } from '../../src/personal-data/personal-texts.js';
import { ADMIN } from '../support/ventanilla-harness.js';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
/** The seeded year ends on 30 June 2026; the figures are cut the next day at noon in Bogotá. */
const AS_OF = '2026-07-01T17:00:00.000Z';
/** The demo seed's own year, with 500 PQRS rather than 3,000: seeding those takes minutes under Jest. */
const CASES = '500';
/** The seed must end before the real present; this one stands for it. */
const SEEDED_AT = new Date('2026-07-01T12:00:00.000Z');
/** What a printer cannot reach at the sheet's edge: no text may come nearer than this (points). */
const PRINTABLE_MARGIN = 20;
/** The band at the foot of each page (below the 50-point bottom margin) that holds the page footer. */
const FOOTER_BAND = 45;

interface PlacedRun {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  /** Points above the bottom edge of the page. */
  readonly baseline: number;
  readonly pageWidth: number;
}

interface ReadPdf {
  readonly runs: PlacedRun[];
  readonly pageSizes: { width: number; height: number }[];
}

/** Each text run with where it stands on its page. */
async function readPdf(bytes: Buffer): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  try {
    const runs: PlacedRun[] = [];
    const pageSizes: { width: number; height: number }[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const [, , width, height] = page.view as [number, number, number, number];
      pageSizes.push({ width, height });
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || (item as TextItem).str.trim() === '') continue;
        const run = item as TextItem;
        const left = run.transform[4] as number;
        runs.push({
          page: pageNumber,
          text: run.str,
          left,
          right: left + run.width,
          baseline: run.transform[5] as number,
          pageWidth: width,
        });
      }
    }
    return { runs, pageSizes };
  } finally {
    await pdf.destroy();
  }
}

/** Text as compared: whitespace and zero-width characters out, since a wrapped line splits a cell anywhere. */
function squeezed(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
}

/** A CSV cell as the report printed it: without the apostrophe that keeps a spreadsheet from a formula. */
function printedText(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The CSV's cells, row by row, that the PDF must print (an empty cell prints as a dash there). */
function csvCells(csv: Buffer): string[] {
  const records = parse(csv, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
  return records
    .flat()
    .map(printedText)
    .filter((cell) => squeezed(cell) !== '');
}

/** The cells not found in the text, each looked for after the one before it. */
function missingInOrder(cells: readonly string[], text: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const cell of cells) {
    const wanted = squeezed(cell);
    const at = text.indexOf(wanted, from);
    if (at === -1) missing.push(cell);
    else from = at + wanted.length;
  }
  return missing;
}

describe('every report as a PDF, on the demo year', () => {
  let dataDir: string;
  const reports = new Map<ReportKind, { document: ReportDocument; contentHash: string; pdf: Buffer }>();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-pdf-completeness-'));
    const env = {
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      LOG_LEVEL: 'error',
    };
    const err: string[] = [];
    const code = await runSeed(
      ['--demo', '--cases', CASES, '--until', '2026-06-30'],
      env,
      { out: () => undefined, err: (line) => err.push(line) },
      () => SEEDED_AT,
    );
    expect({ code, err: code === SEED_EXIT_CODE.seeded ? [] : err }).toEqual({
      code: SEED_EXIT_CODE.seeded,
      err: [],
    });
    const app = await createVentanillaApp(loadConfiguration(env));
    try {
      await app.init();
      const config = app.get<VentanillaConfig>(VENTANILLA_CONFIG);
      const readYourWrites = app.get(ReadYourWrites);
      const texts = app.get(PersonalTexts);
      expect(await readYourWrites.caughtUpWithHead(REPORT_READ_MODELS)).toBe(true);
      const sources = new ReportSources(readYourWrites.reader(REPORT_READ_MODELS), (value) =>
        texts.reveal(value),
      );
      for (const kind of REPORT_KINDS) {
        const parameters = parametersFor(kind, config.reports, config.mail.timelinessOn);
        const { document, contentHash } = await generateReport(kind, PERIOD, AS_OF, parameters, sources);
        reports.set(kind, { document, contentHash, pdf: await renderPdf(document, contentHash) });
      }
    } finally {
      await app.close();
    }
  }, 600_000);

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  function report(kind: ReportKind): { document: ReportDocument; contentHash: string; pdf: Buffer } {
    const found = reports.get(kind);
    if (found === undefined) throw new Error(`The ${kind} report was not built`);
    return found;
  }

  it.each(REPORT_KINDS)('the %s PDF prints every cell of its CSV, in order', async (kind) => {
    const { document, contentHash, pdf } = report(kind);
    expect(reportContentHash(document)).toBe(contentHash);
    const cells = csvCells(renderCsv(document, contentHash));
    expect(cells.length).toBeGreaterThan(10);
    const { runs } = await readPdf(pdf);
    // The page footers stand between the two parts of a paragraph or a row carried over to the next page.
    const body = runs.filter((run) => run.baseline >= FOOTER_BAND);
    const text = squeezed(body.map((run) => run.text).join(''));
    expect(missingInOrder(cells, text)).toEqual([]);
  });

  it.each(REPORT_KINDS)('the %s PDF keeps every line of text on the page', async (kind) => {
    const { runs } = await readPdf(report(kind).pdf);
    const outside = runs.filter(
      (run) => run.left < PRINTABLE_MARGIN || run.right > run.pageWidth - PRINTABLE_MARGIN,
    );
    expect(outside.slice(0, 5)).toEqual([]);
  });

  it('prints the Contraloría export, 13 columns, on landscape pages, and the management report on portrait', async () => {
    const contraloria = await readPdf(report('CONTRALORIA').pdf);
    expect(contraloria.pageSizes.every((page) => page.width > page.height)).toBe(true);
    const management = await readPdf(report('MANAGEMENT').pdf);
    expect(management.pageSizes.every((page) => page.width < page.height)).toBe(true);
  });

  it('prints ≥, ≤ and Σ of the management report and «» of the PQRS report as themselves', async () => {
    const management = (await readPdf(report('MANAGEMENT').pdf)).runs.map((run) => run.text).join('\n');
    for (const character of ['≥', '≤', 'Σ']) expect(management).toContain(character);
    expect(management).toContain('Σ días hábiles de respuesta');
    const pqrs = (await readPdf(report('PQRS').pdf)).runs.map((run) => run.text).join('\n');
    expect(pqrs).toContain('«De las recibidas en el periodo»');
  });

  it.each(REPORT_KINDS)('the %s PDF prints every character its CSV uses beyond ASCII', async (kind) => {
    const { document, contentHash, pdf } = report(kind);
    const csvText = renderCsv(document, contentHash)
      .toString('utf8')
      .replace(/^\ufeff/, '');
    const wanted = [...new Set(csvText.replace(/\p{ASCII}/gu, ''))].filter((c) => squeezed(c) !== '');
    expect(wanted.length).toBeGreaterThan(3);
    const text = (await readPdf(pdf)).runs.map((run) => run.text).join('');
    expect(wanted.filter((character) => !text.includes(character))).toEqual([]);
  });

  it.each(REPORT_KINDS)('the %s PDF embeds DejaVu and no standard font', (kind) => {
    const raw = report(kind).pdf.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((match) => match[1]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(
      fonts.filter((font) => !/^[A-Z]{6}\+DejaVuSans(Condensed)?(-Bold|-Oblique|-BoldOblique)?$/.test(font!)),
    ).toEqual([]);
    expect(raw).toContain('/FontFile2');
  });

  it.each(REPORT_KINDS)('the %s PDF is the same bytes when rendered again', async (kind) => {
    const { document, contentHash, pdf } = report(kind);
    expect((await renderPdf(document, contentHash)).equals(pdf)).toBe(true);
  });
});
