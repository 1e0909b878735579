// Builders shared by the survey specs: actors, a fixed Bogotá clock, fresh ids, an instrument's events
// and the commands staff send.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { fold } from '../shared/decider.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type {
  AnswerDraft,
  AnswerSurvey,
  CreateSurveyInstrument,
  QuestionDraft,
  SurveyInstrumentCommand,
  SurveyResponseCommand,
} from './commands.js';
import type {
  InstrumentCreated,
  InstrumentRetired,
  InstrumentRevised,
  SurveyAnswered,
  SurveyInstrumentEvent,
  SurveyQuestion,
  SurveyResponseEvent,
} from './events.js';
import { surveyInstrumentDecider } from './instrument-decide.js';
import type { SurveyInstrumentState } from './instrument-state.js';
import { surveyResponseDecider } from './response-decide.js';
import type { SurveyResponseState } from './response-state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '11:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at 11:00, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator): DecisionContext {
  return { now: at(date), actor, calendar };
}

let lastId = 0;
/** An id no other test uses, so every test has its own stream. */
export function freshId(prefix = 'survey'): string {
  lastId += 1;
  return `${prefix}-${String(lastId).padStart(6, '0')}`;
}

export const givenInstrument = deciderSpecification<
  SurveyInstrumentCommand,
  SurveyInstrumentEvent,
  SurveyInstrumentState
>(surveyInstrumentDecider);

export const givenResponse = deciderSpecification<
  SurveyResponseCommand,
  SurveyResponseEvent,
  SurveyResponseState
>(surveyResponseDecider);

/** The questions of version 1 of the office's service survey. */
export const VERSION_1_QUESTIONS: readonly SurveyQuestion[] = [
  { id: 'q1', text: '¿Cómo califica la atención recibida?', kind: 'SCALE_1_5' },
  { id: 'q2', text: '¿Recibió respuesta de fondo a su solicitud?', kind: 'YES_NO' },
  { id: 'q3', text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
];

export function drafts(questions: readonly SurveyQuestion[], keepIds = false): QuestionDraft[] {
  return questions.map(({ id, text, kind }) => ({ id: keepIds ? id : null, text, kind }));
}

export function create(
  instrumentId: string,
  overrides: Partial<CreateSurveyInstrument['data']> = {},
): CreateSurveyInstrument {
  return {
    type: 'CreateSurveyInstrument',
    data: {
      instrumentId,
      name: 'Encuesta de satisfacción del servicio',
      questions: drafts(VERSION_1_QUESTIONS),
      satisfactionThreshold: null,
      ...overrides,
    },
  };
}

/** Created Monday 2 March 2026 at 11:00 with the default threshold. */
export function instrumentCreated(
  instrumentId: string,
  overrides: Partial<InstrumentCreated['data']> = {},
): InstrumentCreated {
  return {
    type: 'InstrumentCreated',
    data: {
      instrumentId,
      version: 1,
      name: 'Encuesta de satisfacción del servicio',
      questions: VERSION_1_QUESTIONS,
      satisfactionThreshold: 0.8,
      createdAt: at('2026-03-02'),
      ...overrides,
    },
  };
}

/** Version 2, Wednesday 1 April 2026: q1 kept, q2 dropped, a new scale question q4. */
export const VERSION_2_QUESTIONS: readonly SurveyQuestion[] = [
  { id: 'q1', text: '¿Cómo califica la atención recibida?', kind: 'SCALE_1_5' },
  { id: 'q4', text: '¿Cómo califica la oportunidad de la respuesta?', kind: 'SCALE_1_5' },
  { id: 'q3', text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
];

export function instrumentRevised(overrides: Partial<InstrumentRevised['data']> = {}): InstrumentRevised {
  return {
    type: 'InstrumentRevised',
    data: {
      version: 2,
      previousVersion: 1,
      name: 'Encuesta de satisfacción del servicio',
      questions: VERSION_2_QUESTIONS,
      satisfactionThreshold: 0.8,
      revisedAt: at('2026-04-01'),
      ...overrides,
    },
  };
}

export function instrumentRetired(): InstrumentRetired {
  return { type: 'InstrumentRetired', data: { retiredAt: at('2026-06-01') } };
}

/** The instrument as the look-ups would load it from these events. */
export function instrumentFrom(events: readonly SurveyInstrumentEvent[]): SurveyInstrumentState {
  return fold(surveyInstrumentDecider, events);
}

export function scale(questionId: string, score: number): AnswerDraft {
  return { questionId, score, yes: null, text: null };
}
export function yesNo(questionId: string, yes: boolean): AnswerDraft {
  return { questionId, score: null, yes, text: null };
}
export function freeText(questionId: string, text: string): AnswerDraft {
  return { questionId, score: null, yes: null, text };
}

/** A complete answer to version 1, by phone on Tuesday 10 March 2026, first evaluation, anonymous. */
export function answerSurvey(
  responseId: string,
  instrument: SurveyInstrumentState,
  overrides: Partial<AnswerSurvey['data']> = {},
): AnswerSurvey {
  return {
    type: 'AnswerSurvey',
    data: {
      responseId,
      instrumentId: instrument.status === 'NOT_CREATED' ? 'instrument-unknown' : instrument.instrumentId,
      instrument,
      instrumentVersion: null,
      answers: [scale('q1', 5), yesNo('q2', true), freeText('q3', 'Más asesores en la sede de Zipaquirá.')],
      channel: 'PHONE',
      answeredOn: '2026-03-10',
      evaluation: 'FIRST',
      radicado: null,
      affiliationId: null,
      respondentId: null,
      ...overrides,
    },
  };
}

/** What answerSurvey records when the instrument is instrument-1 at version 1, recorded on 12 March. */
export function surveyAnswered(
  responseId: string,
  instrumentId: string,
  overrides: Partial<SurveyAnswered['data']> = {},
): SurveyAnswered {
  return {
    type: 'SurveyAnswered',
    data: {
      responseId,
      instrumentId,
      instrumentVersion: 1,
      answers: [
        { questionId: 'q1', kind: 'SCALE_1_5', score: 5 },
        { questionId: 'q2', kind: 'YES_NO', yes: true },
        { questionId: 'q3', kind: 'FREE_TEXT', text: 'Más asesores en la sede de Zipaquirá.' },
      ],
      channel: 'PHONE',
      answeredOn: '2026-03-10',
      evaluation: 'FIRST',
      radicado: null,
      affiliationId: null,
      respondentId: null,
      recordedAt: at('2026-03-12'),
      ...overrides,
    },
  };
}
