// The daily digest as other modules use it.
export { digestDay, DAILY_DIGEST } from './commands.js';
export { DigestModule } from './digest.module.js';
export { DigestScheduler } from './digest-scheduler.js';
