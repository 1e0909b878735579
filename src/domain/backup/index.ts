// The record of each backup as other layers use it: the decider, its event, stream and schema versions.
export * from './commands.js';
export * from './decide.js';
export * from './events.js';
