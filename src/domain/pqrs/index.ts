// The PQRS case as other layers use it: its decider, state, legal terms and traffic light.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export * from './legal-terms.js';
export * from './traffic-light.js';
export { decide, pqrsDecider, PQRS_COMMAND_ROLES } from './decide.js';
export * from './work-groups.js';
export * from './step-windows.js';
export * from './filing-hours.js';
export * from './case-calendar.js';
