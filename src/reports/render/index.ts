// One entry point from a report document to the bytes of a file, whatever the format.
import type { ReportDocument, ReportFormat } from '../report-document.js';
import { renderCsv } from './csv-renderer.js';
import { renderPdf } from './pdf-renderer.js';
import { renderXlsx } from './xlsx-renderer.js';

export interface RenderedReport {
  readonly bytes: Buffer;
  /** The Content-Type to serve it with. */
  readonly mediaType: string;
  /** The file name extension, without the dot. */
  readonly extension: string;
}

/** `contentHash` is reportContentHash(document), printed on every format; the caller computes it once. */
export async function renderReport(
  document: ReportDocument,
  contentHash: string,
  format: ReportFormat,
): Promise<RenderedReport> {
  switch (format) {
    case 'CSV':
      return {
        bytes: renderCsv(document, contentHash),
        mediaType: 'text/csv; charset=utf-8',
        extension: 'csv',
      };
    case 'XLSX':
      return {
        bytes: await renderXlsx(document, contentHash),
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'PDF':
      return {
        bytes: await renderPdf(document, contentHash),
        mediaType: 'application/pdf',
        extension: 'pdf',
      };
    default: {
      const unknownFormat: never = format;
      throw new TypeError(`Unknown report format: ${String(unknownFormat)}`);
    }
  }
}
