// The application commands of a PQRS case, dispatched on the @nestjs/cqrs CommandBus by the GraphQL
// mutations of the same name. Each becomes one domain command in src/domain/pqrs/commands.ts.
import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import type { PetitionerData } from '../../personal-data/personal-data-store.js';
import type {
  AccessDecision,
  PqrsChannel,
  PqrsKind,
  PriorityReason,
  WithdrawalMode,
} from '../../domain/pqrs/events.js';

/** What every case command answers: where the case stands after it. */
export interface PqrsCommandResult {
  readonly radicado: string;
  readonly revision: number | null;
  /** Global position of the last event written, null when the command changed nothing. */
  readonly position: number | null;
}

export class ReceivePqrs extends Command<PqrsCommandResult> {
  constructor(
    readonly input: {
      readonly kind: PqrsKind;
      readonly channel: PqrsChannel;
      readonly subject: string;
      readonly description: string;
      readonly petitioner: PetitionerData;
      /** Defaults to the moment the command arrives. */
      readonly receivedAt: string | null;
      readonly priority: readonly PriorityReason[];
      readonly idempotencyKey: string | null;
    },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

/** The part every command on an existing case shares. */
export abstract class PqrsCaseCommand extends Command<PqrsCommandResult> {
  constructor(
    readonly radicado: string,
    readonly metadata: CommandMetadata,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

export class AssignPqrs extends PqrsCaseCommand {
  constructor(
    radicado: string,
    readonly assigneeId: string,
    /** Defaults to the assignee's own dependency. */
    readonly dependency: string | null,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(radicado, metadata, expectedRevision);
  }
}

export class RequestPqrsInformation extends PqrsCaseCommand {
  constructor(
    radicado: string,
    readonly note: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(radicado, metadata, expectedRevision);
  }
}

export class ProvidePqrsInformation extends PqrsCaseCommand {
  constructor(
    radicado: string,
    readonly providedAt: string,
    readonly note: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(radicado, metadata, expectedRevision);
  }
}

export class ExtendPqrsDeadline extends PqrsCaseCommand {
  constructor(
    radicado: string,
    readonly newDueDate: string,
    readonly reason: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(radicado, metadata, expectedRevision);
  }
}

export class TransferPqrs extends PqrsCaseCommand {
  constructor(
    radicado: string,
    readonly entity: string,
    readonly reason: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(radicado, metadata, expectedRevision);
  }
}

export class AnswerPqrs extends PqrsCaseCommand {
  constructor(
    radicado: string,
    readonly answer: string,
    /** Defaults to the moment the command arrives. */
    readonly answeredAt: string | null,
    /** Required for requests for information (Ley 1712 de 2014). */
    readonly accessDecision: AccessDecision | null,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(radicado, metadata, expectedRevision);
  }
}

export class ClosePqrs extends PqrsCaseCommand {}

export class WithdrawPqrs extends PqrsCaseCommand {
  constructor(
    radicado: string,
    readonly mode: WithdrawalMode,
    readonly reason: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(radicado, metadata, expectedRevision);
  }
}
