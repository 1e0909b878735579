// Satisfaction surveys on the command path: the instrument and the response, their deciders and streams,
// and what answering needs from outside the domain — the instrument as its stream stands, that the linked
// case or affiliation exists, and that a respondent named by reference is a known, not erased, person.
import { Inject, Injectable } from '@nestjs/common';
import {
  SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS,
  SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS,
  surveyInstrumentDecider,
  surveyInstrumentStreamOf,
  surveyResponseDecider,
  surveyResponseStreamOf,
  type SurveyInstrumentCommand,
  type SurveyInstrumentEvent,
  type SurveyInstrumentState,
  type SurveyResponseCommand,
  type SurveyResponseEvent,
  type SurveyResponseState,
} from '../../domain/survey/index.js';
import { BadUserInput } from '../../engine/application-errors.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
} from '../../personal-data/personal-data-store.js';
import { affiliationCase } from '../affiliations/index.js';
import { pqrsCase } from '../pqrs/index.js';

/** A survey instrument (questionnaire) with its versions: `survey-instrument-<id>`. */
export const surveyInstrument: AggregateType<
  SurveyInstrumentCommand,
  SurveyInstrumentEvent,
  SurveyInstrumentState
> = {
  decider: surveyInstrumentDecider,
  schemaVersions: SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS,
  streamOf: surveyInstrumentStreamOf,
};

@Injectable()
export class SurveyResponseLookUps implements CommandLookUps<SurveyResponseCommand> {
  constructor(@Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore) {}

  async complete(
    command: SurveyResponseCommand,
    context: LookUpContext<SurveyResponseCommand>,
  ): Promise<CompletedCommand<SurveyResponseCommand>> {
    const { data } = command;
    // The instrument as its stream stands now: the response is decided against it. If it is retired
    // between this read and the append, the response still lands: it was answered while in force.
    const { state: instrument } = await context.stateOf(surveyInstrument, data.instrumentId);
    const answered: SurveyResponseCommand = { ...command, data: { ...data, instrument } };
    // Ask the domain first, so a malformed survey is refused before the links are looked up.
    await context.precheck(answered);
    if (data.radicado !== null && !(await context.exists(pqrsCase, data.radicado))) {
      throw new BadUserInput('radicado', `No existe un caso con radicado ${data.radicado}.`);
    }
    const affiliationId = data.affiliationId?.trim() ?? null;
    if (affiliationId !== null && !(await context.exists(affiliationCase, affiliationId))) {
      throw new BadUserInput('affiliationId', `No existe una afiliación con id ${data.affiliationId}.`);
    }
    // Described by their data, the respondent was identified in the vault; named by reference, they must be known.
    const namedByReference = !context.peopleDescribed.includes('respondentId');
    if (namedByReference && data.respondentId !== null) await this.checkKnownPerson(data.respondentId);
    return { command: answered };
  }

  /** A respondent named by reference must be a person the vault knows and has not erased. */
  private async checkKnownPerson(respondentId: string): Promise<void> {
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
  }
}

/** One answered survey: `survey-response-<id>`. */
export const surveyResponse: AggregateType<SurveyResponseCommand, SurveyResponseEvent, SurveyResponseState> =
  {
    decider: surveyResponseDecider,
    schemaVersions: SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS,
    streamOf: surveyResponseStreamOf,
    lookUps: SurveyResponseLookUps,
    // A respondent's own words: under their key when the survey names them, else under a key of the
    // response's own.
    freeTexts: {
      fields: { AnswerSurvey: ['answers[].text'] },
      ownerOf: (command) => command.data.respondentId,
    },
  };
