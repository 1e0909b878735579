// The survey read models: `surveyInstruments` (one document per instrument, every version kept) and
// `surveyResponses` (one document per answered survey, no personal data: the respondent is an id at
// most). Satisfaction results are computed from these by satisfaction-results.ts.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import type { PqrsChannel } from '../../../domain/pqrs/events.js';
import {
  SURVEY_INSTRUMENT_STREAM_PREFIX,
  SURVEY_RESPONSE_STREAM_PREFIX,
  type InstrumentVersionData,
  type SurveyAnswer,
  type SurveyEvaluation,
  type SurveyInstrumentEvent,
  type SurveyQuestion,
  type SurveyResponseEvent,
} from '../../../domain/survey/events.js';
import type { CalendarDate, Instant } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const SURVEY_INSTRUMENTS_COLLECTION = 'surveyInstruments';
export const SURVEY_RESPONSES_COLLECTION = 'surveyResponses';

export interface SurveyInstrumentVersionView extends InstrumentVersionData {
  readonly issuedAt: Instant;
}

export interface SurveyInstrumentDocument extends ReadModelDocument {
  /** The instrument id (the stream's). */
  readonly id: string;
  readonly instrumentId: string;
  readonly status: 'ACTIVE' | 'RETIRED';
  /** Name, questions and threshold of the current version. */
  readonly name: string;
  readonly version: number;
  readonly questions: readonly SurveyQuestion[];
  readonly satisfactionThreshold: number;
  /** Every version, oldest first. */
  readonly versions: readonly SurveyInstrumentVersionView[];
  readonly createdAt: Instant;
  readonly retiredAt: Instant | null;
  /** Stream revision of the last event applied: the idempotency guard. */
  readonly revision: number;
  readonly lastPosition: number;
  /** When the store recorded the last event applied (not the projection's clock: rebuilds agree). */
  readonly updatedAt: Instant;
}

export interface SurveyResponseDocument extends ReadModelDocument {
  /** The response id (the stream's). */
  readonly id: string;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly answers: readonly SurveyAnswer[];
  readonly channel: PqrsChannel;
  readonly answeredOn: CalendarDate;
  readonly evaluation: SurveyEvaluation;
  readonly radicado: string | null;
  readonly affiliationId: string | null;
  /** A person id in the personal-data store, or null: the survey was anonymous. */
  readonly respondentId: string | null;
  readonly recordedAt: Instant;
  readonly revision: number;
  readonly lastPosition: number;
}

/** The instrument after one of its events; null when the event cannot apply (no creation seen). */
export function evolveInstrumentDocument(
  current: SurveyInstrumentDocument | null,
  recorded: RecordedEvent,
): SurveyInstrumentDocument | null {
  const event = { type: recorded.type, data: recorded.data } as SurveyInstrumentEvent;
  const marks = {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
  switch (event.type) {
    case 'InstrumentCreated': {
      const { instrumentId, createdAt, version, name, questions, satisfactionThreshold } = event.data;
      return {
        // The same key apply() looks documents up by.
        id: instrumentIdOf(recorded.stream),
        instrumentId,
        status: 'ACTIVE',
        name,
        version,
        questions,
        satisfactionThreshold,
        versions: [{ version, name, questions, satisfactionThreshold, issuedAt: createdAt }],
        createdAt,
        retiredAt: null,
        ...marks,
      };
    }
    case 'InstrumentRevised': {
      if (current === null) return null;
      const { version, name, questions, satisfactionThreshold, revisedAt } = event.data;
      return {
        ...current,
        name,
        version,
        questions,
        satisfactionThreshold,
        versions: [
          ...current.versions,
          { version, name, questions, satisfactionThreshold, issuedAt: revisedAt },
        ],
        ...marks,
      };
    }
    case 'InstrumentRetired':
      return current === null
        ? null
        : { ...current, status: 'RETIRED', retiredAt: event.data.retiredAt, ...marks };
    default: {
      // A type added to SurveyInstrumentEvent must be handled above; at run time it changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return current;
    }
  }
}

/** The response document its one event describes. */
export function responseDocumentOf(recorded: RecordedEvent): SurveyResponseDocument | null {
  const event = { type: recorded.type, data: recorded.data } as SurveyResponseEvent;
  switch (event.type) {
    case 'SurveyAnswered': {
      const data = event.data;
      return {
        id: responseIdOf(recorded.stream),
        instrumentId: data.instrumentId,
        instrumentVersion: data.instrumentVersion,
        answers: data.answers,
        channel: data.channel,
        answeredOn: data.answeredOn,
        evaluation: data.evaluation,
        radicado: data.radicado,
        affiliationId: data.affiliationId,
        respondentId: data.respondentId,
        recordedAt: data.recordedAt,
        revision: recorded.revision,
        lastPosition: recorded.position,
      };
    }
    default: {
      const _exhaustive: never = event.type;
      void _exhaustive;
      return null;
    }
  }
}

export function instrumentIdOf(stream: string): string {
  return stream.slice(SURVEY_INSTRUMENT_STREAM_PREFIX.length);
}

export function responseIdOf(stream: string): string {
  return stream.slice(SURVEY_RESPONSE_STREAM_PREFIX.length);
}

export const surveyInstrumentsProjection: Projection = {
  name: 'surveyInstruments',
  version: 1,
  categories: [SURVEY_INSTRUMENT_STREAM_PREFIX],
  collections: [SURVEY_INSTRUMENTS_COLLECTION],
  indexes: { [SURVEY_INSTRUMENTS_COLLECTION]: ['status', 'createdAt'] },
  async apply(event, tx) {
    const current = await tx.get<SurveyInstrumentDocument>(
      SURVEY_INSTRUMENTS_COLLECTION,
      instrumentIdOf(event.stream),
    );
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveInstrumentDocument(current, event);
    if (next !== null) await tx.put(SURVEY_INSTRUMENTS_COLLECTION, next);
  },
};

export const surveyResponsesProjection: Projection = {
  name: 'surveyResponses',
  version: 1,
  categories: [SURVEY_RESPONSE_STREAM_PREFIX],
  collections: [SURVEY_RESPONSES_COLLECTION],
  // Results read one instrument's responses over a period of days.
  indexes: {
    // respondentId: the responses of a person, for an erasure's check.
    [SURVEY_RESPONSES_COLLECTION]: ['instrumentId+answeredOn', 'radicado', 'affiliationId', 'respondentId'],
  },
  async apply(event, tx) {
    const current = await tx.get<SurveyResponseDocument>(
      SURVEY_RESPONSES_COLLECTION,
      responseIdOf(event.stream),
    );
    if (current !== null && event.revision <= current.revision) return;
    const next = responseDocumentOf(event);
    if (next !== null) await tx.put(SURVEY_RESPONSES_COLLECTION, next);
  },
};

export const SURVEY_PROJECTIONS: readonly Projection[] = [
  surveyInstrumentsProjection,
  surveyResponsesProjection,
];
