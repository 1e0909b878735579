// A report's content from its defining facts: kind, period, as-of instant and parameters (the names
// printed on it, and the targets or columns it uses). Issuing, regenerating and verifying all go through
// here, so a report issued in July and regenerated in November are built by the same code from the same
// facts.
import type { ReportKind } from '../../domain/report/events.js';
import { buildAccessToInformationReport } from './builders/access-to-information-report.js';
import { buildActionPlanExecutionReport } from './builders/action-plan-execution-report.js';
import { buildCampaignReport } from './builders/campaign-report.js';
import { buildContraloriaExport, type ContraloriaColumn } from './builders/contraloria-export.js';
import { buildManagementReport, type IndicatorTargets } from './builders/management-report.js';
import { buildManagementReviewMinutes } from './builders/management-review-minutes.js';
import { buildPqrsReport } from './builders/pqrs-report.js';
import { CURRENT_REPORT_LAYOUT, type ReportInput, type TimelinessRule } from './builders/report-input.js';
import { buildRiskMapReport } from './builders/risk-map-report.js';
import { buildSatisfactionReport } from './builders/satisfaction-report.js';
import { buildTrainingNeedsReport } from './builders/training-needs-report.js';
import { reportContentHash } from './content-hash.js';
import type { ReportDocument } from './report-document.js';
import type { ReportSettings } from './report-settings.js';
import type { ReportPeriod, ReportSources } from './read-models/report-sources.js';

/** What a report depends on besides kind, period and as-of; recorded in ReportIssued as used. */
export interface ReportParameters {
  readonly entityName: string;
  readonly officeName: string;
  /** The layout issued with (CURRENT_REPORT_LAYOUT); absent for reports issued before layouts were kept: 1. */
  readonly layout?: number;
  readonly indicatorTargets?: IndicatorTargets;
  readonly contraloriaColumns?: readonly ContraloriaColumn[];
  /** Prints the last signed head of the log at or before asOf (every report issued since heads exist). */
  readonly signedLogHead?: boolean;
  /**
   * Which day of an answer decides its timeliness (VENTANILLA_TIMELINESS_ON), for the reports that judge
   * PQRS answers on time or late; absent for reports issued before it was kept: ANSWERED.
   */
  readonly timelinessOn?: TimelinessRule;
}

/** The parameters a kind of report takes from the settings in force (only those it uses). */
export function parametersFor(
  kind: ReportKind,
  settings: ReportSettings,
  timelinessOn: TimelinessRule,
): ReportParameters {
  const names = {
    entityName: settings.entityName,
    officeName: settings.officeName,
    layout: CURRENT_REPORT_LAYOUT,
    signedLogHead: true,
  };
  switch (kind) {
    case 'PQRS':
    case 'ACCESS_TO_INFORMATION':
      return { ...names, timelinessOn };
    case 'MANAGEMENT':
      return { ...names, indicatorTargets: settings.indicatorTargets, timelinessOn };
    case 'CONTRALORIA':
      return { ...names, contraloriaColumns: settings.contraloriaColumns, timelinessOn };
    default:
      return names;
  }
}

export interface GeneratedReport {
  readonly document: ReportDocument;
  readonly contentHash: string;
}

export async function generateReport(
  kind: ReportKind,
  period: ReportPeriod,
  asOf: string,
  parameters: ReportParameters,
  sources: ReportSources,
  /** The author's conclusions as written, for the kinds that print them. */
  conclusions: string | null = null,
): Promise<GeneratedReport> {
  const input: ReportInput = {
    conclusions,
    period,
    asOf,
    entityName: parameters.entityName,
    officeName: parameters.officeName,
    layout: parameters.layout ?? 1,
    timelinessOn: parameters.timelinessOn ?? 'ANSWERED',
  };
  const built = await buildDocument(kind, input, parameters, sources);
  const document: ReportDocument =
    parameters.signedLogHead === true
      ? { ...built, signedLogHead: await sources.lastSignedHeadAsOf(asOf) }
      : built;
  return { document, contentHash: reportContentHash(document) };
}

function buildDocument(
  kind: ReportKind,
  input: ReportInput,
  parameters: ReportParameters,
  sources: ReportSources,
): Promise<ReportDocument> {
  switch (kind) {
    case 'PQRS':
      return buildPqrsReport(input, sources);
    case 'ACCESS_TO_INFORMATION':
      return buildAccessToInformationReport(input, sources);
    case 'SATISFACTION':
      return buildSatisfactionReport(input, sources);
    case 'MANAGEMENT':
      return buildManagementReport(input, sources, required(parameters.indicatorTargets, 'indicatorTargets'));
    case 'ACTION_PLAN_EXECUTION':
      return buildActionPlanExecutionReport(input, sources);
    case 'TRAINING_NEEDS':
      return buildTrainingNeedsReport(input, sources);
    case 'RISK_MAP':
      return buildRiskMapReport(input, sources);
    case 'MANAGEMENT_REVIEW_MINUTES':
      return buildManagementReviewMinutes(input, sources);
    case 'CAMPAIGNS':
      return buildCampaignReport(input, sources);
    case 'CONTRALORIA':
      return buildContraloriaExport(
        input,
        sources,
        required(parameters.contraloriaColumns, 'contraloriaColumns'),
      );
    default: {
      const unknownKind: never = kind;
      throw new TypeError(`Unknown report kind: ${String(unknownKind)}`);
    }
  }
}

function required<Value>(value: Value | undefined, name: string): Value {
  if (value === undefined) throw new TypeError(`The report needs the parameter ${name}`);
  return value;
}
