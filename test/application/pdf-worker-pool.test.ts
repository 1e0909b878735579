// PDFs laid out on worker threads: the footer made from data on every page, the same bytes every time (the
// thread's fonts parsed once and shared), a
// failure reported as the task's error, and a thread that dies replaced for the next task. (That the answer
// letter's bytes did not change when it moved to a thread was checked once, outside the test runner, whose
// module realm makes pdfkit read dates differently on this thread.)
import { createHash } from 'node:crypto';
import { InlineWorkerPool } from '../../src/engine/inline-worker-pool.js';
import { PdfWorkerPool, type PdfJob } from '../../src/engine/pdf-worker-pool.js';
import { PDF_FONT, PDF_FONTS } from '../../src/features/reports/render/pdf-renderer.js';
import { extractPdf } from '../support/pdf-text.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const job: PdfJob = {
  definition: {
    pageSize: 'A4',
    info: {
      title: 'Prueba',
      producer: 'Ventanilla',
      creator: 'Ventanilla',
      creationDate: new Date('2026-03-13T17:00:00Z'),
      modDate: new Date('2026-03-13T17:00:00Z'),
    },
    defaultStyle: { font: PDF_FONT, fontSize: 11 },
    // Long enough for three pages, so the footer's page numbers matter.
    content: Array.from({ length: 160 }, (_, index) => ({ text: `Párrafo ${index + 1}: señor, atención.` })),
  },
  footer: {
    left: 'SAL-2026-000001',
    pageLabel: 'Página {page} de {pages}',
    margin: [70, 24, 70, 0],
    fontSize: 7,
  },
};

let pool: PdfWorkerPool;
beforeAll(() => {
  pool = new PdfWorkerPool(PDF_FONTS, 1);
});
afterAll(() => pool.close());

it('lays a document out with its footer on every page, to the same bytes every time', async () => {
  const [first, second] = await Promise.all([pool.render(job), pool.render(job)]);
  expect(sha256(first)).toBe(sha256(second));
  // The thread parses each font once and shares it between documents: a document with other characters in
  // between leaves the next one's bytes as they were.
  await pool.render({
    definition: { ...job.definition, content: [{ text: 'Ω ≥ Σ «Łódź» 12345', bold: true }] },
  });
  expect(sha256(await pool.render(job))).toBe(sha256(first));
  const { pages, info } = await extractPdf(first);
  expect(pages).toHaveLength(3);
  pages.forEach((lines, index) => {
    expect(lines).toContain('SAL-2026-000001');
    expect(lines).toContain(`Página ${index + 1} de 3`);
  });
  expect(pages.flat()).toContain('Párrafo 160: señor, atención.');
  expect(info['Title']).toBe('Prueba');
});

it('answers a document it cannot lay out, or cannot send, with the error, and goes on with the next', async () => {
  const withAFunction = { definition: { ...job.definition, header: () => 'cabecera' } } as unknown as PdfJob;
  await expect(pool.render(withAFunction)).rejects.toThrow(/could not be cloned/);
  const unknownFont: PdfJob = { definition: { ...job.definition, defaultStyle: { font: 'Inexistente' } } };
  await expect(pool.render(unknownFont)).rejects.toThrow(/hilo de PDF: .*Inexistente/);
  await expect(pool.render(job)).resolves.toBeInstanceOf(Buffer);
});

it('replaces a thread that dies, failing only the task it held', async () => {
  const dying = new InlineWorkerPool<{ exit: boolean }, string>({
    source: `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ exit }) => (exit ? process.exit(3) : parentPort.postMessage({ reply: 'hecho' })));
    `,
    threads: 1,
    threadName: 'el hilo de prueba',
  });
  try {
    await expect(dying.run({ exit: true })).rejects.toThrow(/código 3/);
    await expect(dying.run({ exit: false })).resolves.toBe('hecho');
  } finally {
    await dying.close();
  }
});
