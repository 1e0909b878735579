// The management review as other layers use it: its decider, commands, events, inputs and state.
export * from './commands.js';
export * from './events.js';
export * from './inputs.js';
export * from './state.js';
export { decide, managementReviewDecider, MANAGEMENT_REVIEW_COMMAND_ROLES } from './decide.js';
