// The FAQ entry as other layers use it: its decider, state, events and role rules.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export { decideFaqEntry, faqEntryDecider, FAQ_COMMAND_ROLES } from './decide.js';
