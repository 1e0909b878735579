// The campaign as other layers use it: its decider, commands, events and state.
export * from './commands.js';
export * from './events.js';
export * from './state.js';
export * from './labels.js';
export {
  decide,
  campaignDecider,
  CAMPAIGN_COMMAND_ROLES,
  MAX_CAMPAIGN_ATTENDANCE,
  MAX_CAMPAIGN_PESOS,
} from './decide.js';
