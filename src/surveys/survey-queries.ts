// The read side of satisfaction surveys: instruments, responses and satisfaction results, all from the
// survey read models.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput, NotFound } from '../application/application-errors.js';
import type { SurveyInstrumentStatus } from '../domain/survey/index.js';
import { READ_MODEL_STORE, type Filter, type ReadModelStore } from '../projections/read-model-store.js';
import {
  findResponsesInPeriod,
  satisfactionResultsOf,
  type SatisfactionResults,
} from '../projections/satisfaction-results.js';
import {
  SURVEY_INSTRUMENTS_COLLECTION,
  SURVEY_RESPONSES_COLLECTION,
  type SurveyInstrumentDocument,
  type SurveyResponseDocument,
} from '../projections/survey-projections.js';

export interface SurveyInstrumentPage {
  readonly nodes: readonly SurveyInstrumentDocument[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

@Injectable()
export class SurveyQueries {
  constructor(@Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore) {}

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
    const cursor = after === null ? null : decodeInstrumentCursor(after);
    const page: Filter = cursor
      ? {
          $and: [
            base,
            {
              $or: [
                { createdAt: { $lt: cursor.createdAt } },
                { createdAt: cursor.createdAt, id: { $lt: cursor.id } },
              ],
            },
          ],
        }
      : base;
    const [documents, totalCount] = await Promise.all([
      this.readModels.find<SurveyInstrumentDocument>(SURVEY_INSTRUMENTS_COLLECTION, page, {
        sort: [
          { field: 'createdAt', direction: 'desc' },
          { field: 'id', direction: 'desc' },
        ],
        limit: first + 1,
      }),
      this.readModels.count(SURVEY_INSTRUMENTS_COLLECTION, base),
    ]);
    const nodes = documents.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      hasNextPage: documents.length > first,
      endCursor: last ? encodeInstrumentCursor(last) : null,
    };
  }

  async satisfactionResults(instrumentId: string, from: string, to: string): Promise<SatisfactionResults> {
    if (from > to) throw new BadUserInput('to', 'La fecha final del periodo es anterior a la inicial.');
    const instrument = await this.getInstrument(instrumentId);
    const responses = await findResponsesInPeriod(this.readModels, instrumentId, from, to);
    return satisfactionResultsOf(instrument, responses, from, to);
  }
}

export function encodeInstrumentCursor(document: Pick<SurveyInstrumentDocument, 'createdAt' | 'id'>): string {
  return Buffer.from(JSON.stringify({ createdAt: document.createdAt, id: document.id })).toString(
    'base64url',
  );
}

function decodeInstrumentCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof parsed['createdAt'] === 'string' && typeof parsed['id'] === 'string') {
      return { createdAt: parsed['createdAt'], id: parsed['id'] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInput('after', 'El cursor de paginación no es válido.');
}
