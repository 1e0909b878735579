// What the application takes from the planning features: their read models (one list for the runner and
// the rebuild CLI) and their aggregates by name (the demo seed runs their commands on the command path).
import type { AggregateType } from '../../engine/commands/run-command.js';
import type { Projection } from '../../engine/projections/projection.js';

export const PLANNING_PROJECTIONS: readonly Projection[] = [];

/** The planning aggregates, by the name the demo plan uses for them. */
export const PLANNING_AGGREGATE_NAMES = [
  'ACTION_PLAN',
  'CAMPAIGN',
  'TRAINING',
  'RISK',
  'MANAGEMENT_REVIEW',
] as const;
export type PlanningAggregateName = (typeof PLANNING_AGGREGATE_NAMES)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own command, event and state types
export type AnyAggregateType = AggregateType<any, any, any>;

export const PLANNING_AGGREGATES: Readonly<Partial<Record<PlanningAggregateName, AnyAggregateType>>> = {};
