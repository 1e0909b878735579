// A person's record in the vault as other layers use it: its decider, facts and the words for them.
export * from './commands.js';
export * from './events.js';
export * from './labels.js';
export * from './state.js';
export { decidePerson, personDecider, REQUEST_REFERENCE_PATTERN } from './decide.js';
