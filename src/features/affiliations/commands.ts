// The affiliation and the member-number counter as the executor sees them: decider plus schema versions.
import type { Aggregate } from '../../engine/commands/command-executor.js';
import {
  AFFILIATION_EVENT_SCHEMA_VERSIONS,
  MEMBER_NUMBER_EVENT_SCHEMA_VERSIONS,
  affiliationDecider,
  memberNumberDecider,
  type AffiliationCommand,
  type AffiliationEvent,
  type AffiliationState,
  type MemberNumberCommand,
  type MemberNumberEvent,
  type MemberNumberState,
} from '../../domain/affiliation/index.js';

export const affiliationAggregate: Aggregate<AffiliationCommand, AffiliationEvent, AffiliationState> = {
  decider: affiliationDecider,
  schemaVersions: AFFILIATION_EVENT_SCHEMA_VERSIONS,
};

export const memberNumberAggregate: Aggregate<MemberNumberCommand, MemberNumberEvent, MemberNumberState> = {
  decider: memberNumberDecider,
  schemaVersions: MEMBER_NUMBER_EVENT_SCHEMA_VERSIONS,
};
