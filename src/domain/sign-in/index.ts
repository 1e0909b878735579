// Sign-in records as other layers use them: the day's stream decider, its events and commands.
export * from './commands.js';
export * from './decide.js';
export * from './events.js';
