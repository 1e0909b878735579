// The content hash of a report: SHA-256 over the canonical encoding of its document, the same encoding the
// audit trail hashes events with. It covers the data, not the bytes of a file, so the CSV, the XLSX and the
// PDF of one report all print, and can be checked against, the same hash.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../engine/canonical-json.js';
import type { ReportDocument } from './report-document.js';

/** SHA-256 (hex) of the document's canonical JSON (keys sorted, no whitespace). */
export function reportContentHash(document: ReportDocument): string {
  return createHash('sha256').update(canonicalJson(document), 'utf8').digest('hex');
}
