// A risk of the process as other layers use it: its decider, commands, events, state and quarters.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export * from './quarters.js';
export { decide, riskDecider, RISK_COMMAND_ROLES } from './decide.js';
