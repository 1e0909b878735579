// The application commands of an affiliation, dispatched on the @nestjs/cqrs CommandBus by the GraphQL
// mutations of the same name. Each becomes one domain command in src/domain/affiliation/commands.ts.
import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import type { AffiliationChannel, AffiliationType, NoveltyKind } from '../../domain/affiliation/events.js';
import type { PetitionerData } from '../../personal-data/personal-data-store.js';

/** What every affiliation command answers: where the affiliation stands after it. */
export interface AffiliationCommandResult {
  readonly affiliationId: string;
  readonly revision: number | null;
  /** Global position of the last event written, null when the command changed nothing. */
  readonly position: number | null;
}

export class ReceiveAffiliation extends Command<AffiliationCommandResult> {
  constructor(
    readonly input: {
      readonly affiliationType: AffiliationType;
      readonly channel: AffiliationChannel;
      readonly applicant: PetitionerData;
      readonly campaign: string | null;
      /** Defaults to the moment the command arrives. */
      readonly receivedAt: string | null;
      readonly idempotencyKey: string | null;
    },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

/** The part every command on an existing affiliation shares. */
export abstract class AffiliationCaseCommand extends Command<AffiliationCommandResult> {
  constructor(
    readonly affiliationId: string,
    readonly metadata: CommandMetadata,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

export class AssignAffiliation extends AffiliationCaseCommand {
  constructor(
    affiliationId: string,
    readonly assigneeId: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(affiliationId, metadata, expectedRevision);
  }
}

export class SubmitAffiliationDocument extends AffiliationCaseCommand {
  constructor(
    affiliationId: string,
    readonly documentType: string,
    readonly evidenceReference: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(affiliationId, metadata, expectedRevision);
  }
}

export class RejectAffiliationDocument extends AffiliationCaseCommand {
  constructor(
    affiliationId: string,
    readonly documentType: string,
    readonly reason: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(affiliationId, metadata, expectedRevision);
  }
}

export class VerifyAffiliationRequirements extends AffiliationCaseCommand {}

/** The member number is issued by the handler, from the counter, once the approval may go ahead. */
export class ApproveAffiliation extends AffiliationCaseCommand {}

export class RejectAffiliation extends AffiliationCaseCommand {
  constructor(
    affiliationId: string,
    readonly reason: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(affiliationId, metadata, expectedRevision);
  }
}

export class NotifyAffiliationDecision extends AffiliationCaseCommand {
  constructor(
    affiliationId: string,
    readonly channel: AffiliationChannel,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(affiliationId, metadata, expectedRevision);
  }
}

export class ReportAffiliationNovelty extends AffiliationCaseCommand {
  constructor(
    affiliationId: string,
    readonly kind: NoveltyKind,
    readonly description: string,
    readonly effectiveDate: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(affiliationId, metadata, expectedRevision);
  }
}
