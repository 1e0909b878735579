// The staff account as other layers use it: its decider, events, stream and schema versions.
export * from './commands.js';
export * from './decide.js';
export * from './events.js';
