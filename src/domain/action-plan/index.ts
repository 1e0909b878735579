// The action plan as other layers use it: its decider, commands, events, state and execution arithmetic.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export * from './execution.js';
export * from './labels.js';
export {
  decide,
  actionPlanDecider,
  ACTION_PLAN_COMMAND_ROLES,
  FIRST_PLAN_YEAR,
  LAST_PLAN_YEAR,
} from './decide.js';
