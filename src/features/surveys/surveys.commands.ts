// The application commands of satisfaction surveys, dispatched on the @nestjs/cqrs CommandBus by the
// GraphQL mutations of the same name. Each becomes one domain command in src/domain/survey/commands.ts.
import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import type { PqrsChannel } from '../../domain/pqrs/events.js';
import type { AnswerDraft, QuestionDraft, SurveyEvaluation } from '../../domain/survey/index.js';
import type { PetitionerData } from '../../personal-data/personal-data-store.js';

export interface SurveyInstrumentCommandResult {
  readonly instrumentId: string;
  readonly revision: number | null;
  /** Global position of the last event written, null when the command changed nothing. */
  readonly position: number | null;
}

export interface SurveyResponseCommandResult {
  readonly responseId: string;
  readonly revision: number | null;
  readonly position: number | null;
}

export interface InstrumentContent {
  readonly name: string;
  readonly questions: readonly QuestionDraft[];
  /** Null: the default (creation) or the threshold in force (revision). */
  readonly satisfactionThreshold: number | null;
}

export class CreateSurveyInstrument extends Command<SurveyInstrumentCommandResult> {
  constructor(
    readonly input: InstrumentContent & { readonly idempotencyKey: string | null },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

export class ReviseSurveyInstrument extends Command<SurveyInstrumentCommandResult> {
  constructor(
    readonly instrumentId: string,
    readonly input: InstrumentContent,
    readonly metadata: CommandMetadata,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

export class RetireSurveyInstrument extends Command<SurveyInstrumentCommandResult> {
  constructor(
    readonly instrumentId: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

export class AnswerSurvey extends Command<SurveyResponseCommandResult> {
  constructor(
    readonly input: {
      readonly instrumentId: string;
      readonly instrumentVersion: number | null;
      readonly answers: readonly AnswerDraft[];
      readonly channel: PqrsChannel;
      /** Defaults to the Bogotá day the command arrives. */
      readonly answeredOn: string | null;
      readonly evaluation: SurveyEvaluation;
      readonly radicado: string | null;
      readonly affiliationId: string | null;
      /** An existing person in the personal-data store (e.g. the petitioner of the linked case). */
      readonly respondentId: string | null;
      /** Or the respondent's data, stored encrypted in the personal-data store; both null: anonymous. */
      readonly respondent: PetitionerData | null;
      readonly idempotencyKey: string | null;
    },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
