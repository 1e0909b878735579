// The daily digest as other layers use it: the day's stream decider, its events and commands.
export * from './commands.js';
export * from './decide.js';
export * from './events.js';
