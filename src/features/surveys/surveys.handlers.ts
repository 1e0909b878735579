// Command handlers of satisfaction surveys: each maps its command to the domain's and runs it
// read-your-writes. Answering loads the instrument's stream first and hands it to the response decider
// in the command, checks that the linked case or affiliation exists, and keeps the respondent's data (if
// any) in the personal-data store, so the event names them by id only.
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { deterministicId } from '../../engine/commands/command-executor.js';
import { BadUserInput, DomainRuleViolation, NotFound } from '../../engine/application-errors.js';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import { affiliationStreamOf } from '../../domain/affiliation/events.js';
import { pqrsStreamOf } from '../../domain/pqrs/events.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { fold } from '../../domain/shared/decider.js';
import { isDomainError } from '../../domain/shared/domain-error.js';
import { bogotaDateOf } from '../../domain/shared/time.js';
import {
  surveyInstrumentDecider,
  surveyInstrumentStreamOf,
  surveyResponseDecider,
  surveyResponseStreamOf,
  type SurveyInstrumentCommand,
  type SurveyInstrumentEvent,
  type SurveyInstrumentState,
  type SurveyResponseCommand,
} from '../../domain/survey/index.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { BUSINESS_CALENDAR } from '../../infrastructure/tokens.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
} from '../../personal-data/personal-data-store.js';
import { surveyInstrumentAggregate, surveyResponseAggregate } from './commands.js';
import {
  AnswerSurvey,
  CreateSurveyInstrument,
  RetireSurveyInstrument,
  ReviseSurveyInstrument,
  type SurveyInstrumentCommandResult,
  type SurveyResponseCommandResult,
} from './surveys.commands.js';

/** Runs a command on an instrument's stream; an instrument that does not exist is NOT_FOUND. */
async function changeInstrument(
  commands: ReadYourWrites,
  instrumentId: string,
  command: SurveyInstrumentCommand,
  metadata: CommandMetadata,
  expectedRevision?: number,
): Promise<SurveyInstrumentCommandResult> {
  try {
    const outcome = await commands.execute(surveyInstrumentAggregate, {
      stream: surveyInstrumentStreamOf(instrumentId),
      command,
      metadata,
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    return { instrumentId, revision: outcome.revision, position: outcome.position };
  } catch (error) {
    // The domain names the rule; "does not exist" is what clients know as NOT_FOUND.
    if (error instanceof DomainRuleViolation && error.domainError.code === 'INSTRUMENT_NOT_FOUND') {
      throw new NotFound(`No existe un instrumento de encuesta con id ${instrumentId}.`);
    }
    throw error;
  }
}

@CommandHandler(CreateSurveyInstrument)
export class CreateSurveyInstrumentHandler implements ICommandHandler<CreateSurveyInstrument> {
  constructor(@Inject(ReadYourWrites) private readonly commands: ReadYourWrites) {}

  execute({
    input,
    metadata: requestMetadata,
  }: CreateSurveyInstrument): Promise<SurveyInstrumentCommandResult> {
    // With an idempotency key the instrument id and the command id derive from it: a repeated call finds
    // the same stream and the same event ids, and creates nothing twice.
    const key = input.idempotencyKey;
    const metadata: CommandMetadata = key
      ? { ...requestMetadata, commandId: deterministicId(`createSurveyInstrument/${key}`) }
      : requestMetadata;
    const instrumentId = key ? deterministicId(`surveyInstrument/${key}`) : randomUUID();
    return changeInstrument(
      this.commands,
      instrumentId,
      {
        type: 'CreateSurveyInstrument',
        data: {
          instrumentId,
          name: input.name,
          questions: input.questions,
          satisfactionThreshold: input.satisfactionThreshold,
        },
      },
      metadata,
    );
  }
}

@CommandHandler(ReviseSurveyInstrument)
export class ReviseSurveyInstrumentHandler implements ICommandHandler<ReviseSurveyInstrument> {
  constructor(@Inject(ReadYourWrites) private readonly commands: ReadYourWrites) {}

  execute({ instrumentId, input, metadata, expectedRevision }: ReviseSurveyInstrument) {
    return changeInstrument(
      this.commands,
      instrumentId,
      { type: 'ReviseSurveyInstrument', data: { ...input } },
      metadata,
      expectedRevision,
    );
  }
}

@CommandHandler(RetireSurveyInstrument)
export class RetireSurveyInstrumentHandler implements ICommandHandler<RetireSurveyInstrument> {
  constructor(@Inject(ReadYourWrites) private readonly commands: ReadYourWrites) {}

  execute({ instrumentId, metadata }: RetireSurveyInstrument) {
    return changeInstrument(
      this.commands,
      instrumentId,
      { type: 'RetireSurveyInstrument', data: {} },
      metadata,
    );
  }
}

@CommandHandler(AnswerSurvey)
export class AnswerSurveyHandler implements ICommandHandler<AnswerSurvey> {
  constructor(
    @Inject(ReadYourWrites) private readonly commands: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: () => BusinessCalendar,
  ) {}

  async execute({ input, metadata: requestMetadata }: AnswerSurvey): Promise<SurveyResponseCommandResult> {
    const key = input.idempotencyKey;
    const metadata: CommandMetadata = key
      ? { ...requestMetadata, commandId: deterministicId(`answerSurvey/${key}`) }
      : requestMetadata;
    const responseId = key ? deterministicId(`surveyResponse/${key}`) : randomUUID();
    if (input.respondentId !== null && input.respondent !== null) {
      throw new BadUserInput(
        'respondent',
        'Indique al encuestado por su referencia o por sus datos, no de las dos formas.',
      );
    }

    // The instrument as its stream stands now: the response is decided against it. If it is retired
    // between this read and the append, the response still lands: it was answered while in force.
    const instrument = await this.loadInstrument(input.instrumentId);
    const command = (respondentId: string | null): SurveyResponseCommand => ({
      type: 'AnswerSurvey',
      data: {
        responseId,
        instrument,
        instrumentVersion: input.instrumentVersion,
        answers: input.answers,
        channel: input.channel,
        answeredOn: input.answeredOn ?? bogotaDateOf(metadata.issuedAt),
        evaluation: input.evaluation,
        radicado: input.radicado,
        affiliationId: input.affiliationId,
        respondentId,
      },
    });
    // Ask the domain first, so an invalid survey stores no personal data.
    const verdict = surveyResponseDecider.decide(
      command(input.respondentId ?? (input.respondent ? 'pendiente' : null)),
      surveyResponseDecider.initialState,
      { now: metadata.issuedAt, actor: metadata.actor, calendar: this.calendar() },
    );
    if (isDomainError(verdict)) throw new DomainRuleViolation(verdict);
    await this.checkLinks(input.radicado, input.affiliationId);
    const respondentId = await this.respondentIdOf(input.respondentId, input.respondent);

    const outcome = await this.commands.execute(surveyResponseAggregate, {
      stream: surveyResponseStreamOf(responseId),
      command: command(respondentId),
      metadata,
    });
    return { responseId, revision: outcome.revision, position: outcome.position };
  }

  private async loadInstrument(instrumentId: string): Promise<SurveyInstrumentState> {
    const events = await this.store.readStream(surveyInstrumentStreamOf(instrumentId));
    if (events.length === 0) {
      throw new NotFound(`No existe un instrumento de encuesta con id ${instrumentId}.`);
    }
    return fold(
      surveyInstrumentDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as SurveyInstrumentEvent),
    );
  }

  private async checkLinks(radicado: string | null, affiliationId: string | null): Promise<void> {
    if (radicado !== null && !(await this.streamExists(pqrsStreamOf(radicado)))) {
      throw new BadUserInput('radicado', `No existe un caso con radicado ${radicado}.`);
    }
    if (affiliationId !== null && !(await this.streamExists(affiliationStreamOf(affiliationId.trim())))) {
      throw new BadUserInput('affiliationId', `No existe una afiliación con id ${affiliationId}.`);
    }
  }

  private async streamExists(stream: string): Promise<boolean> {
    return (await this.store.readStream(stream, { maxCount: 1 })).length > 0;
  }

  /** The respondent's person id: the one given (it must be known and not erased), or one for their data. */
  private async respondentIdOf(
    respondentId: string | null,
    respondent: AnswerSurvey['input']['respondent'],
  ): Promise<string | null> {
    if (respondentId !== null) {
      const person = await this.personalData.get(respondentId);
      if (person === null) {
        throw new BadUserInput('respondentId', 'No hay datos personales registrados con esa referencia.');
      }
      if (isErased(person)) {
        throw new BadUserInput(
          'respondentId',
          'Los datos personales de esa persona fueron suprimidos: registre la encuesta como anónima.',
        );
      }
      return respondentId;
    }
    if (respondent === null) return null;
    const personId =
      (await this.personalData.findByDocument(respondent.documentType, respondent.documentNumber)) ??
      randomUUID();
    await this.personalData.save(personId, respondent);
    return personId;
  }
}

export const SURVEY_COMMAND_HANDLERS = [
  CreateSurveyInstrumentHandler,
  ReviseSurveyInstrumentHandler,
  RetireSurveyInstrumentHandler,
  AnswerSurveyHandler,
];
