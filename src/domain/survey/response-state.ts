// A survey response as its one event leaves it: not answered yet, or answered with what was recorded.
import type { SurveyAnswered, SurveyResponseEvent } from './events.js';

export interface NotAnsweredResponse {
  readonly status: 'NOT_ANSWERED';
}

export interface AnsweredResponse {
  readonly status: 'ANSWERED';
  readonly response: SurveyAnswered['data'];
}

export type SurveyResponseState = NotAnsweredResponse | AnsweredResponse;

export const initialSurveyResponseState: SurveyResponseState = { status: 'NOT_ANSWERED' };

/** Folds the response's event; never throws, and an event that cannot apply leaves the state as it was. */
export function evolveSurveyResponse(
  state: SurveyResponseState,
  event: SurveyResponseEvent,
): SurveyResponseState {
  switch (event.type) {
    case 'SurveyAnswered':
      return state.status === 'NOT_ANSWERED' ? { status: 'ANSWERED', response: event.data } : state;
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}
