// What other features may use of the action plan: its aggregate and read models (the planning lists), its
// module, and the plan's execution as of a day (the management review reads it through ActionPlanQueries,
// exported by ActionPlanModule: `executionAsOf(year, asOf)` → { year, executionPercent, activities,
// overdueActivities, ... }, or null without a plan).
export { actionPlan } from './commands.js';
export { ActionPlanModule } from './action-plan.module.js';
export { ActionPlanQueries } from './read-models/action-plan-queries.js';
export {
  ACTION_PLAN_PROJECTIONS,
  ACTION_PLAN_VERSIONS_COLLECTION,
  ACTION_PLANS_COLLECTION,
  evolveActionPlan,
  type ActionPlanDocument,
} from './read-models/action-plans-projection.js';
export {
  planExecutionOn,
  type ActionPlanExecution,
  type ActivityExecution,
} from './read-models/action-plan-execution.js';
