// The signed heads of the log on the command path: one stream, `log-heads`, written by the installation's
// signer (log-heads/log-head-signer.ts) through the one command path, like every other fact.
import {
  LOG_HEAD_EVENT_SCHEMA_VERSIONS,
  LOG_HEAD_STREAM,
  logHeadDecider,
  type LogHeadCommand,
  type LogHeadEvent,
  type LogHeadState,
} from '../../domain/log-head/index.js';
import type { Actor } from '../../domain/shared/decider.js';
import type { AggregateType } from '../../engine/commands/run-command.js';

export const logHeads: AggregateType<LogHeadCommand, LogHeadEvent, LogHeadState> = {
  decider: logHeadDecider,
  schemaVersions: LOG_HEAD_EVENT_SCHEMA_VERSIONS,
  streamOf: () => LOG_HEAD_STREAM,
};

/**
 * Who signs: the installation itself, in the name of the administrators who hold its signing key. No staff
 * account has this id, so the audit log shows it as the signer, not as a person.
 */
export const LOG_HEAD_SIGNER: Actor = { id: 'firmante-del-registro', role: 'ADMIN' };
