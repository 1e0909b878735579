// What staff ask of survey instruments and responses. The moment and the actor arrive in the
// DecisionContext; an answered survey also brings the instrument as the look-ups loaded it.
import type { CalendarDate } from '../shared/time.js';
import type { PqrsChannel } from '../pqrs/events.js';
import type { SurveyEvaluation, SurveyQuestionKind } from './events.js';
import type { SurveyInstrumentState } from './instrument-state.js';

/** A question as staff write it: without an id it gets the next `q<n>` of the instrument. */
export interface QuestionDraft {
  /** Keeps an existing question (same kind, perhaps new wording) or names a new one. */
  readonly id: string | null;
  readonly text: string;
  readonly kind: SurveyQuestionKind;
}

export type CreateSurveyInstrument = {
  readonly type: 'CreateSurveyInstrument';
  readonly data: {
    readonly instrumentId: string;
    readonly name: string;
    readonly questions: readonly QuestionDraft[];
    /** Null: the default threshold (DEFAULT_SATISFACTION_THRESHOLD). */
    readonly satisfactionThreshold: number | null;
  };
};

export type ReviseSurveyInstrument = {
  readonly type: 'ReviseSurveyInstrument';
  readonly data: {
    readonly name: string;
    readonly questions: readonly QuestionDraft[];
    /** Null: keeps the threshold of the current version. */
    readonly satisfactionThreshold: number | null;
  };
};

export type RetireSurveyInstrument = {
  readonly type: 'RetireSurveyInstrument';
  readonly data: Record<string, never>;
};

export type SurveyInstrumentCommand =
  CreateSurveyInstrument | ReviseSurveyInstrument | RetireSurveyInstrument;

/** An answer as recorded: exactly the value that matches the question's kind is given. */
export interface AnswerDraft {
  readonly questionId: string;
  readonly score: number | null;
  readonly yes: boolean | null;
  readonly text: string | null;
}

export type AnswerSurvey = {
  readonly type: 'AnswerSurvey';
  readonly data: {
    readonly responseId: string;
    /** The instrument the respondent filled in. */
    readonly instrumentId: string;
    /** That instrument as its stream stands, loaded before deciding: the decision stays pure. */
    readonly instrument: SurveyInstrumentState;
    /** The version of the form the respondent filled in; null: the current one. */
    readonly instrumentVersion: number | null;
    readonly answers: readonly AnswerDraft[];
    readonly channel: PqrsChannel;
    /** The Bogotá day it was answered; null: today. */
    readonly answeredOn: CalendarDate | null;
    readonly evaluation: SurveyEvaluation;
    readonly radicado: string | null;
    readonly affiliationId: string | null;
    readonly respondentId: string | null;
  };
};

export type SurveyResponseCommand = AnswerSurvey;
