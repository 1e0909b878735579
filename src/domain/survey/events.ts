// The facts of satisfaction surveys (encuestas de satisfacción, ISO 9001:2015 9.1.2), in two kinds of
// stream: `survey-instrument-<id>` holds an instrument's versions (created, revised, retired) and
// `survey-response-<id>` holds one answered survey. Responses name the respondent by a person id at most.
import type { DomainEvent } from '../shared/decider.js';
import type { PqrsChannel } from '../pqrs/events.js';
import type { CalendarDate, Instant } from '../shared/time.js';

/** How a question is answered: a 1–5 scale, yes or no, or free text. */
export const SURVEY_QUESTION_KINDS = ['SCALE_1_5', 'YES_NO', 'FREE_TEXT'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** First evaluation, or the second evaluation of the same population (segunda evaluación). */
export const SURVEY_EVALUATIONS = ['FIRST', 'SECOND'] as const;
export type SurveyEvaluation = (typeof SURVEY_EVALUATIONS)[number];

export interface SurveyQuestion {
  /** Stable across versions: a question kept by a revision keeps its id, so results compare over time. */
  readonly id: string;
  readonly text: string;
  readonly kind: SurveyQuestionKind;
}

/** One version of an instrument as it was issued. */
export interface InstrumentVersionData {
  readonly version: number;
  readonly name: string;
  readonly questions: readonly SurveyQuestion[];
  /** Share of favourable answers (0..1) under which a question calls for an improvement action. */
  readonly satisfactionThreshold: number;
}

export type InstrumentCreated = DomainEvent<
  'InstrumentCreated',
  InstrumentVersionData & {
    readonly instrumentId: string;
    readonly createdAt: Instant;
  }
>;

export type InstrumentRevised = DomainEvent<
  'InstrumentRevised',
  InstrumentVersionData & {
    readonly previousVersion: number;
    readonly revisedAt: Instant;
  }
>;

export type InstrumentRetired = DomainEvent<'InstrumentRetired', { readonly retiredAt: Instant }>;

export type SurveyInstrumentEvent = InstrumentCreated | InstrumentRevised | InstrumentRetired;
export type SurveyInstrumentEventType = SurveyInstrumentEvent['type'];

/** One answer, carrying its question's kind so results need no instrument lookup to count it. */
export type SurveyAnswer =
  | { readonly questionId: string; readonly kind: 'SCALE_1_5'; readonly score: number }
  | { readonly questionId: string; readonly kind: 'YES_NO'; readonly yes: boolean }
  | { readonly questionId: string; readonly kind: 'FREE_TEXT'; readonly text: string };

export type SurveyAnswered = DomainEvent<
  'SurveyAnswered',
  {
    readonly responseId: string;
    readonly instrumentId: string;
    /** The version whose questions the answers were validated against. */
    readonly instrumentVersion: number;
    /** In the order of the version's questions; unanswered free-text questions are absent. */
    readonly answers: readonly SurveyAnswer[];
    readonly channel: PqrsChannel;
    /** The Bogotá day the respondent answered (a paper survey may be recorded later). */
    readonly answeredOn: CalendarDate;
    readonly evaluation: SurveyEvaluation;
    /** The PQRS case the survey follows up, if any. */
    readonly radicado: string | null;
    /** The affiliation the survey follows up, if any. */
    readonly affiliationId: string | null;
    /** A reference into the personal-data store; null for an anonymous survey. Never the person's data. */
    readonly respondentId: string | null;
    readonly recordedAt: Instant;
  }
>;

export type SurveyResponseEvent = SurveyAnswered;
export type SurveyResponseEventType = SurveyResponseEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS: Readonly<Record<SurveyInstrumentEventType, number>> = {
  InstrumentCreated: 1,
  InstrumentRevised: 1,
  InstrumentRetired: 1,
};

export const SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS: Readonly<Record<SurveyResponseEventType, number>> = {
  SurveyAnswered: 1,
};

export const SURVEY_INSTRUMENT_STREAM_PREFIX = 'survey-instrument-';
export const surveyInstrumentStreamOf = (instrumentId: string): string =>
  `${SURVEY_INSTRUMENT_STREAM_PREFIX}${instrumentId}`;

export const SURVEY_RESPONSE_STREAM_PREFIX = 'survey-response-';
export const surveyResponseStreamOf = (responseId: string): string =>
  `${SURVEY_RESPONSE_STREAM_PREFIX}${responseId}`;
