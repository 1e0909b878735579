// The access log of personal data as other layers use it.
export * from './commands.js';
export * from './events.js';
export * from './labels.js';
export * from './decide.js';
