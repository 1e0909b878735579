// The affiliation as other layers use it: its decider, state, checklists and member-number counter.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export * from './checklists.js';
export * from './member-number.js';
export * from './request-number.js';
export { decide, affiliationDecider, AFFILIATION_COMMAND_ROLES } from './decide.js';
