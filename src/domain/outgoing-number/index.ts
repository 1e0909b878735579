// The outgoing-number counter as other layers use it: its decider, format, stream and schema versions.
export * from './commands.js';
export * from './events.js';
export * from './outgoing-number.js';
export {
  decideOutgoingNumber,
  evolveOutgoingNumber,
  initialOutgoingNumberState,
  outgoingNumberDecider,
  type OutgoingNumberState,
} from './decide.js';
