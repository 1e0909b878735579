// The improvement action as the executor sees it: decider plus schema versions.
import type { Aggregate } from '../../engine/commands/command-executor.js';
import {
  IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS,
  improvementActionDecider,
  type ImprovementActionCommand,
  type ImprovementActionEvent,
  type ImprovementActionState,
} from '../../domain/improvement-action/index.js';

export const improvementActionAggregate: Aggregate<
  ImprovementActionCommand,
  ImprovementActionEvent,
  ImprovementActionState
> = {
  decider: improvementActionDecider,
  schemaVersions: IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS,
};
