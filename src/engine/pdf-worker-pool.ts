// PDFs laid out by pdfmake on worker threads: laying out a page is milliseconds of CPU, and an answer letter
// is laid out on the command path of every answer — on the event loop it would hold every other request in
// flight. The document's definition is built where it is now (pure data) and sent over; the one thing a
// definition cannot carry across threads, a function, is the page footer ("… Página N de M"), so it travels
// as data and the worker makes the function. Same pdfmake, same definition, same fonts: the same bytes as
// laying it out here.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { InlineWorkerPool } from './inline-worker-pool.js';

/** A footer on every page: a text on the left and the page label on the right. */
export interface PdfPageFooter {
  readonly left: string;
  /** The page label, with {page} and {pages}: «Página {page} de {pages}». */
  readonly pageLabel: string;
  readonly margin: readonly [number, number, number, number];
  readonly fontSize: number;
}

export interface PdfJob {
  /** A definition made of data only (no functions). */
  readonly definition: Omit<TDocumentDefinitions, 'footer'>;
  readonly footer?: PdfPageFooter;
}

/** Font families as pdfmake's setFonts takes them: each style's font file, by path. */
export type PdfFonts = Readonly<
  Record<string, Readonly<Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>>
>;

const WORKER_SOURCE = `
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
// pdfkit parses a font anew for every document (fontkit.create), and an embedded Unicode font is large:
// parsing DejaVu took most of a letter's time. A parsed font is read-only to pdfkit (each document makes
// its own subset), so this thread parses each font file once. fontkit's exports cannot be redefined, so
// the module pdfkit is about to load is replaced, in this thread's module cache, by one whose create()
// remembers what it parsed, by the bytes it was given; the rest is fontkit's own.
const fontkit = require(workerData.fontkit);
const parsed = new WeakMap();
const remembering = Object.create(null);
for (const name of Object.keys(fontkit).filter((name) => name !== 'create')) {
  Object.defineProperty(remembering, name, { enumerable: true, get: () => fontkit[name] });
}
Object.defineProperty(remembering, 'create', {
  enumerable: true,
  value: (bytes, postscriptName) => {
    if (postscriptName !== undefined && postscriptName !== null) return fontkit.create(bytes, postscriptName);
    let font = parsed.get(bytes);
    if (font === undefined) parsed.set(bytes, (font = fontkit.create(bytes)));
    return font;
  },
});
require.cache[workerData.fontkit].exports = remembering;
const pdfmake = require(workerData.pdfmake);
const fontNames = new Set(Object.values(workerData.fonts).flatMap((family) => Object.values(family)));
// Each font file read once, into pdfmake's own file store: every document is given the same bytes.
for (const path of fontNames) pdfmake.virtualfs.writeFileSync(path, readFileSync(path));
pdfmake.setFonts(workerData.fonts);
// Nothing is fetched, and no file read but the fonts (already in the store).
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontNames.has(path));
parentPort.on('message', async ({ definition, footer }) => {
  try {
    if (footer) {
      definition.footer = (page, pages) => ({
        margin: footer.margin,
        fontSize: footer.fontSize,
        columns: [
          { text: footer.left, width: '*' },
          {
            text: footer.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages)),
            width: 'auto',
            alignment: 'right',
          },
        ],
      });
    }
    const bytes = await pdfmake.createPdf(definition).getBuffer();
    parentPort.postMessage({ reply: bytes });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

function resolvePdfmake(): string {
  return createRequire(import.meta.url).resolve('pdfmake');
}

/** The fontkit module pdfkit itself loads (the one whose create() it calls), as pdfmake finds pdfkit. */
function fontkitOfPdfkit(): string {
  const pdfkit = createRequire(resolvePdfmake()).resolve('pdfkit');
  return createRequire(pdfkit).resolve('fontkit');
}

/** One less than the cores (at least one, at most two): the event loop keeps a core of its own. */
export const DEFAULT_PDF_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

export class PdfWorkerPool {
  private readonly pool: InlineWorkerPool<PdfJob, Uint8Array>;

  constructor(fonts: PdfFonts, threads = DEFAULT_PDF_THREADS) {
    this.pool = new InlineWorkerPool({
      source: WORKER_SOURCE,
      workerData: { pdfmake: resolvePdfmake(), fontkit: fontkitOfPdfkit(), fonts },
      threads,
      threadName: 'el hilo de PDF',
    });
  }

  async render(job: PdfJob): Promise<Buffer> {
    const bytes = await this.pool.run(job);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
