// One entry point from a report document to the bytes of a file, whatever the format.
import type { ReportDocument, ReportFormat } from '../report-document.js';
import { renderCsv, renderDataCsv } from './csv-renderer.js';
import { renderPdf } from './pdf-renderer.js';
import { renderXlsx } from './xlsx-renderer.js';

export interface RenderedReport {
  readonly bytes: Buffer;
  /** The Content-Type to serve it with. */
  readonly mediaType: string;
  /** The file name extension, without the dot. */
  readonly extension: string;
  /** What the file name carries before its extension to tell this format from another of the same extension. */
  readonly fileNameSuffix: string;
}

const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  CSV: 'text/csv; charset=utf-8',
  CSV_DATA: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
};

/** The Content-Type a report file of this format is served with. */
export function mediaTypeOf(format: ReportFormat): string {
  return MEDIA_TYPES[format];
}

/**
 * `contentHash` is reportContentHash(document), printed on every format but the data CSV (which is only
 * the data); the caller computes it once.
 */
export async function renderReport(
  document: ReportDocument,
  contentHash: string,
  format: ReportFormat,
): Promise<RenderedReport> {
  const mediaType = mediaTypeOf(format);
  switch (format) {
    case 'CSV':
      return { bytes: renderCsv(document, contentHash), mediaType, extension: 'csv', fileNameSuffix: '' };
    case 'CSV_DATA':
      // Saved beside the report's CSV, the two must not take the same name.
      return { bytes: renderDataCsv(document), mediaType, extension: 'csv', fileNameSuffix: '_datos' };
    case 'XLSX':
      return {
        bytes: await renderXlsx(document, contentHash),
        mediaType,
        extension: 'xlsx',
        fileNameSuffix: '',
      };
    case 'PDF':
      return {
        bytes: await renderPdf(document, contentHash),
        mediaType,
        extension: 'pdf',
        fileNameSuffix: '',
      };
    default: {
      const unknownFormat: never = format;
      throw new TypeError(`Unknown report format: ${String(unknownFormat)}`);
    }
  }
}
