// The FAQ entry as the executor sees it: decider plus schema versions.
import type { Aggregate } from '../../engine/commands/command-executor.js';
import {
  FAQ_ENTRY_EVENT_SCHEMA_VERSIONS,
  faqEntryDecider,
  type FaqEntryCommand,
  type FaqEntryEvent,
  type FaqEntryState,
} from '../../domain/faq/index.js';

export const faqEntryAggregate: Aggregate<FaqEntryCommand, FaqEntryEvent, FaqEntryState> = {
  decider: faqEntryDecider,
  schemaVersions: FAQ_ENTRY_EVENT_SCHEMA_VERSIONS,
};
