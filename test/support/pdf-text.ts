// Reads a PDF back for the tests: each page's text runs and the document's info, as pdfjs extracts them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

// pdfjs reads the 14 standard fonts' metrics from its own folder when a PDF does not embed them.
const STANDARD_FONT_DATA_URL = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

export interface ExtractedPdf {
  /** Each page's text runs, one per line of the array, blank runs left out. */
  readonly pages: string[][];
  readonly info: Record<string, unknown>;
}

export async function extractPdf(bytes: Buffer): Promise<ExtractedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONT_DATA_URL })
    .promise;
  try {
    const pages: string[][] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((item): item is TextItem => 'str' in item)
          .map((item) => item.str)
          .filter((text) => text.trim() !== ''),
      );
    }
    const metadata = await pdf.getMetadata();
    return { pages, info: metadata.info as Record<string, unknown> };
  } finally {
    await pdf.destroy();
  }
}
