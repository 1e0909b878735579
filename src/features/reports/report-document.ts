// The canonical content of a report: what every format (CSV, XLSX, PDF) prints, and what the content
// hash is computed over. A report is a function of (kind, period, as-of instant, parameters): nothing
// here may depend on the wall clock or on who asked, so the same inputs always give the same document.

import type { ReportKind } from '../../domain/report/events.js';

/** The reports the office issues and their formats: the domain's lists (see README "Informes"). */
export {
  REPORT_FORMATS,
  REPORT_KINDS,
  type ReportFormat,
  type ReportKind,
} from '../../domain/report/events.js';

/** How a value is printed: each renderer maps these to its own cell types and es-CO formats. */
export type ValueFormat =
  | 'text'
  /** A count. */
  | 'integer'
  /** A decimal number printed with `decimals` digits (default 2), e.g. average business days. */
  | 'decimal'
  /** A share 0..1 printed as a percentage with one decimal (0.955 → 95,5 %). */
  | 'percent'
  /** A Bogotá calendar day, YYYY-MM-DD. */
  | 'date'
  /**
   * A Bogotá calendar day as 'date', or in its place a short note saying why there is none yet
   * ("Pendiente de notificar"); null still prints as an empty cell.
   */
  | 'dateOrNote'
  /** An ISO 8601 instant, printed in Bogotá time. */
  | 'instant'
  /** true / false printed as Sí / No. */
  | 'boolean';

/** A cell's value; null prints as an empty cell (CSV, XLSX) or a dash (PDF). */
export type ReportValue = string | number | boolean | null;

export interface ReportColumn {
  /** The row field it prints. */
  readonly key: string;
  /** The header staff read (Spanish). */
  readonly header: string;
  readonly format: ValueFormat;
  /** For 'decimal': digits after the decimal separator (default 2). */
  readonly decimals?: number;
}

export interface ReportTable {
  readonly type: 'table';
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly Readonly<Record<string, ReportValue>>[];
  /** A line printed under the table (e.g. how a figure is computed). */
  readonly note?: string;
  /**
   * Set on a listing (a row per case, request or answer) from layout 7 on: the PDF prints it whole up to
   * this many rows and, when it holds more, a sentence in its place saying how many and where it is whole.
   * A listing of a semester runs to thousands of pages that nobody reads on paper, and laying them out
   * took the PDF over a minute; the XLSX and the CSV, which carry the same content hash, hold every row.
   */
  readonly pdfMaxRows?: number;
}

/** Label–value pairs: the headline figures of a section. */
export interface ReportFigures {
  readonly type: 'figures';
  readonly title: string;
  readonly items: readonly {
    readonly label: string;
    readonly value: ReportValue;
    readonly format: ValueFormat;
    readonly decimals?: number;
  }[];
}

/** Prose: explanations, or a section left for the author to fill in (conclusions). */
export interface ReportText {
  readonly type: 'text';
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export type ReportSection = ReportTable | ReportFigures | ReportText;

/** A signed head of the log as a report prints it. */
export interface PrintedLogHead {
  /** `VLH1.<sequence>.<chain hash>.<signature>`: what `npm run audit:verify -- --head` takes. */
  readonly printable: string;
  /** How many events of the log it covers. */
  readonly sequence: number;
  readonly signedAt: string;
}

export interface ReportDocument {
  readonly kind: ReportKind;
  /** e.g. "Informe de PQRS". */
  readonly title: string;
  /** The legal basis printed under the title, e.g. "Ley 1474 de 2011, artículo 76". */
  readonly legalBasis: string;
  /** The issuing entity (configuration), printed on every format. */
  readonly entityName: string;
  /** The office, e.g. "Oficina de Atención al Cliente". */
  readonly officeName: string;
  /** The period covered, Bogotá days, both included. */
  readonly period: { readonly from: string; readonly to: string };
  /** The instant the figures reflect: every event recorded up to it, none after. ISO 8601. */
  readonly asOf: string;
  readonly sections: readonly ReportSection[];
  /**
   * The last head of the log signed at or before asOf (null: none yet), printed so the copy of the report
   * someone else keeps anchors the log as it stood. Absent on reports issued before heads were printed,
   * so their content hash is unchanged.
   */
  readonly signedLogHead?: PrintedLogHead | null;
  /**
   * 'document' (the default): a report staff read, with any mix of sections. 'dataset': the report is one
   * table meant for import into another system (e.g. the Contraloría export), so the renderers print that
   * table at a fixed place (CSV: after a fixed number of lines; XLSX: a sheet of its own).
   */
  readonly layout?: 'document' | 'dataset';
}
