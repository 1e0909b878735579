// The joint answer to many equal petitions (art. 22): its decider, events and stream.
export * from './joint-answer.js';
