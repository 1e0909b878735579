// The application commands of an improvement action, dispatched on the @nestjs/cqrs CommandBus by the
// GraphQL mutations of the same name. Each becomes one domain command in
// src/domain/improvement-action/commands.ts.
import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import type { ActionSourceKind } from '../../domain/improvement-action/events.js';

/** What every improvement-action command answers: where the action stands after it. */
export interface ImprovementActionCommandResult {
  readonly actionId: string;
  readonly revision: number | null;
  /** Global position of the last event written, null when the command changed nothing. */
  readonly position: number | null;
}

export class FormulateImprovementAction extends Command<ImprovementActionCommandResult> {
  constructor(
    readonly input: {
      readonly source: { readonly kind: ActionSourceKind; readonly reference: string };
      readonly problem: string;
      readonly rootCause: string;
      readonly action: string;
      readonly responsibleId: string;
      readonly dueDate: string;
      /** The non-effective action this one follows, if any. */
      readonly linkedActionId: string | null;
    },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

/** The part every command on an existing action shares. */
export abstract class ImprovementActionChange extends Command<ImprovementActionCommandResult> {
  constructor(
    readonly actionId: string,
    readonly metadata: CommandMetadata,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

export class RecordActionProgress extends ImprovementActionChange {
  constructor(
    actionId: string,
    readonly note: string,
    readonly evidence: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(actionId, metadata, expectedRevision);
  }
}

export class VerifyActionEffectiveness extends ImprovementActionChange {
  constructor(
    actionId: string,
    readonly effective: boolean,
    readonly evidence: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(actionId, metadata, expectedRevision);
  }
}

export class CloseImprovementAction extends ImprovementActionChange {}
