// The signed heads of the log as other layers use them: the decider, its events, stream and schema versions.
export * from './commands.js';
export * from './decide.js';
export * from './events.js';
