// The radicado counter as other layers use it: its decider, format, stream and event schema versions.
export * from './commands.js';
export * from './events.js';
export * from './radicado.js';
export {
  decideRadicado,
  evolveRadicado,
  initialRadicadoState,
  radicadoDecider,
  type RadicadoState,
} from './decide.js';
