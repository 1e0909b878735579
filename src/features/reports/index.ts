// What the application registers of the reports feature: the issued reports and the versioned read
// models reports read as of any instant.
export { REPORT_SOURCE_PROJECTIONS } from './read-models/report-source-projections.js';
// pdfmake set up once for every PDF Ventanilla prints (reports, the answer letter): fonts, no file or URL
// access, a fixed producer.
export { configurePdfmake, PDF_FONT, PDF_PRODUCER } from './render/pdf-renderer.js';
// The reports' table renderers and value formats, for other features' downloads of what a screen shows
// (the Bandeja's export): the same CSV/XLSX dialect and formula neutralising as the reports.
export type { ReportColumn, ReportTable, ReportValue } from './report-document.js';
export { renderTableCsv } from './render/csv-renderer.js';
export { renderTableXlsx } from './render/xlsx-renderer.js';
export { bogotaWallClock, formatDay } from './render/value-format.js';
// The issued reports, for the management review's inputs (which Informe de PQRS was before the committee).
export {
  ISSUED_REPORTS_COLLECTION,
  issuedReportsProjection,
  type IssuedReportDocument,
} from './read-models/issued-reports-projection.js';
