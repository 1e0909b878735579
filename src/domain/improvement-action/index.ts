// The improvement action as other layers use it: its decider, commands, events and state.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export { decide, improvementActionDecider, IMPROVEMENT_ACTION_COMMAND_ROLES } from './decide.js';
