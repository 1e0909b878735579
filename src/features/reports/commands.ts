import type { Aggregate } from '../../engine/commands/command-executor.js';
import {
  REPORT_EVENT_SCHEMA_VERSIONS,
  reportDecider,
  type ReportCommand,
  type ReportEvent,
  type ReportState,
} from '../../domain/report/index.js';

export const reportAggregate: Aggregate<ReportCommand, ReportEvent, ReportState> = {
  decider: reportDecider,
  schemaVersions: REPORT_EVENT_SCHEMA_VERSIONS,
};
