// The read side of satisfaction surveys: instruments, responses and satisfaction results, all from the
// survey read models.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput, NotFound } from '../../../engine/application-errors.js';
import { findKeysetPage, keysetCursorOf, type KeysetOrder } from '../../../engine/read-models/keyset-page.js';
import type { SurveyInstrumentStatus } from '../../../domain/survey/index.js';
import type { Filter, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import {
  findResponsesInPeriod,
  satisfactionResultsOf,
  type SatisfactionResults,
} from './satisfaction-results.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import {
  SURVEY_INSTRUMENTS_COLLECTION,
  SURVEY_RESPONSES_COLLECTION,
  surveyInstrumentsProjection,
  surveyResponsesProjection,
  type SurveyInstrumentDocument,
  type SurveyResponseDocument,
} from './survey-projections.js';

export interface SurveyInstrumentPage {
  readonly nodes: readonly SurveyInstrumentDocument[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** Newest first; the id breaks ties, so the cursor is a stable keyset position. */
const INSTRUMENTS_ORDER: KeysetOrder = { sortField: 'createdAt', tieField: 'id' };

/** What the survey queries read: the instruments and the answered surveys. */
export const SURVEY_READ_MODELS = Symbol('SurveyReadModels');
export const surveyReadModels = readModelsProvider(SURVEY_READ_MODELS, [
  surveyInstrumentsProjection,
  surveyResponsesProjection,
]);

@Injectable()
export class SurveyQueries {
  constructor(@Inject(SURVEY_READ_MODELS) private readonly readModels: ReadModelReader) {}

  async getInstrument(instrumentId: string): Promise<SurveyInstrumentDocument> {
    const document = await this.readModels.get<SurveyInstrumentDocument>(
      SURVEY_INSTRUMENTS_COLLECTION,
      instrumentId,
    );
    if (!document) throw new NotFound(`No existe un instrumento de encuesta con id ${instrumentId}.`);
    return document;
  }

  async getResponse(responseId: string): Promise<SurveyResponseDocument> {
    const document = await this.readModels.get<SurveyResponseDocument>(
      SURVEY_RESPONSES_COLLECTION,
      responseId,
    );
    if (!document) throw new NotFound(`No existe una respuesta de encuesta con id ${responseId}.`);
    return document;
  }

  /** Instruments, newest first; the id breaks ties, so the cursor is a stable keyset position. */
  async listInstruments(
    status: Exclude<SurveyInstrumentStatus, 'NOT_CREATED'> | null,
    first: number,
    after: string | null,
  ): Promise<SurveyInstrumentPage> {
    const base: Filter = status ? { status } : {};
    return findKeysetPage<SurveyInstrumentDocument>(this.readModels, SURVEY_INSTRUMENTS_COLLECTION, base, {
      ...INSTRUMENTS_ORDER,
      first,
      after,
    });
  }

  async satisfactionResults(instrumentId: string, from: string, to: string): Promise<SatisfactionResults> {
    if (from > to) throw new BadUserInput('to', 'La fecha final del periodo es anterior a la inicial.');
    const instrument = await this.getInstrument(instrumentId);
    const responses = await findResponsesInPeriod(this.readModels, instrumentId, from, to);
    return satisfactionResultsOf(instrument, responses, from, to);
  }
}

export function encodeInstrumentCursor(document: Pick<SurveyInstrumentDocument, 'createdAt' | 'id'>): string {
  return keysetCursorOf(document, INSTRUMENTS_ORDER);
}
