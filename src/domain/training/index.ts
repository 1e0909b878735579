// The year's training plan as other layers use it: its decider, commands, events and state.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export { decide, trainingDecider, TRAINING_COMMAND_ROLES } from './decide.js';
