// Every rule of an answered survey. The instrument comes inside the command, as the look-ups loaded it
// from the instrument's stream, so this decision stays pure; the answers are checked against the
// version the respondent filled in.
//
// Required answers: every SCALE_1_5 and YES_NO question of that version must be answered, so each
// question's index has the same base (the responses counted); a FREE_TEXT answer is optional and a
// blank one is left out.
import { isRadicado } from '../radicado/radicado.js';
import { PQRS_CHANNELS } from '../pqrs/events.js';
import type { DecisionContext, Decider } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, isCalendarDate } from '../shared/time.js';
import type { AnswerDraft, AnswerSurvey, SurveyResponseCommand } from './commands.js';
import {
  SURVEY_EVALUATIONS,
  type SurveyAnswer,
  type SurveyAnswered,
  type SurveyQuestion,
  type SurveyResponseEvent,
} from './events.js';
import { currentVersionOf, versionOf } from './instrument-state.js';
import {
  evolveSurveyResponse,
  initialSurveyResponseState,
  type SurveyResponseState,
} from './response-state.js';
import {
  MAX_FREE_TEXT_LENGTH,
  SURVEY_COMMAND_LABELS,
  instrumentNotFound,
  instrumentRetired,
  mayAsk,
} from './survey-rules.js';

type Decision = readonly SurveyResponseEvent[] | DomainError;

const MIN_SCORE = 1;
const MAX_SCORE = 5;

export function decideSurveyResponse(
  command: SurveyResponseCommand,
  state: SurveyResponseState,
  context: DecisionContext,
): Decision {
  if (!mayAsk(command.type, context)) {
    return roleNotAllowed(context.actor.role, SURVEY_COMMAND_LABELS[command.type]);
  }
  switch (command.type) {
    case 'AnswerSurvey':
      return answer(command, state, context);
    default: {
      const unknownCommand: never = command.type;
      return refuse('UNKNOWN_COMMAND', `Orden desconocida: ${String(unknownCommand)}.`);
    }
  }
}

function answer(command: AnswerSurvey, state: SurveyResponseState, context: DecisionContext): Decision {
  const answered = answeredEvent(command, context);
  if (state.status === 'ANSWERED') {
    // The same response recorded again changes nothing; a different one needs its own response id.
    if (!isDomainError(answered) && sameResponse(state.response, answered.data)) return [];
    return refuse('RESPONSE_ALREADY_RECORDED', 'Esta encuesta ya fue registrada.');
  }
  return isDomainError(answered) ? answered : [answered];
}

function answeredEvent({ data }: AnswerSurvey, context: DecisionContext): SurveyAnswered | DomainError {
  if (isBlank(data.responseId)) {
    return refuse('RESPONSE_ID_REQUIRED', 'Falta el identificador de la respuesta.', 'responseId');
  }
  const { instrument } = data;
  // An instrument state that is not the named instrument's (not loaded, or another's) is no instrument.
  if (instrument.status === 'NOT_CREATED' || instrument.instrumentId !== data.instrumentId) {
    return instrumentNotFound();
  }
  if (instrument.status === 'RETIRED') return instrumentRetired('registrar más respuestas');
  const version =
    data.instrumentVersion === null
      ? currentVersionOf(instrument)
      : versionOf(instrument, data.instrumentVersion);
  if (version === null) {
    return refuse(
      'INSTRUMENT_VERSION_NOT_FOUND',
      `El instrumento no tiene la versión ${String(data.instrumentVersion)}.`,
      'instrumentVersion',
    );
  }
  if (!isOneOf(PQRS_CHANNELS, data.channel)) {
    return refuse('INVALID_CHANNEL', 'El canal de la encuesta no es válido.', 'channel');
  }
  if (!isOneOf(SURVEY_EVALUATIONS, data.evaluation)) {
    return refuse('INVALID_EVALUATION', 'La evaluación debe ser la primera o la segunda.', 'evaluation');
  }
  const answeredOn = data.answeredOn ?? bogotaDateOf(context.now);
  if (!isCalendarDate(answeredOn)) {
    return refuse('INVALID_DATE', 'La fecha de la encuesta no es válida (AAAA-MM-DD).', 'answeredOn');
  }
  if (answeredOn > bogotaDateOf(context.now)) {
    return refuse(
      'ANSWERED_IN_FUTURE',
      'La fecha de la encuesta no puede ser posterior a hoy.',
      'answeredOn',
    );
  }
  if (data.radicado !== null && data.affiliationId !== null) {
    return refuse(
      'AMBIGUOUS_LINK',
      'Una encuesta se vincula a una PQRS o a una afiliación, no a ambas.',
      'affiliationId',
    );
  }
  if (data.radicado !== null && !isRadicado(data.radicado)) {
    return refuse('INVALID_RADICADO', 'El radicado debe tener la forma PQRS-AAAA-NNNNNN.', 'radicado');
  }
  if (data.affiliationId !== null && isBlank(data.affiliationId)) {
    return refuse('INVALID_AFFILIATION_ID', 'El identificador de la afiliación está vacío.', 'affiliationId');
  }
  if (data.respondentId !== null && isBlank(data.respondentId)) {
    return refuse('INVALID_RESPONDENT', 'La referencia del encuestado está vacía.', 'respondentId');
  }
  const answers = checkedAnswers(data.answers, version.questions);
  if (isDomainError(answers)) return answers;
  return {
    type: 'SurveyAnswered',
    data: {
      responseId: data.responseId,
      instrumentId: instrument.instrumentId,
      instrumentVersion: version.version,
      answers,
      channel: data.channel,
      answeredOn,
      evaluation: data.evaluation,
      radicado: data.radicado,
      affiliationId: data.affiliationId === null ? null : data.affiliationId.trim(),
      respondentId: data.respondentId,
      recordedAt: canonicalInstant(context.now),
    },
  };
}

/** The answers in the order of the version's questions, or the first rule they break. */
function checkedAnswers(
  drafts: readonly AnswerDraft[],
  questions: readonly SurveyQuestion[],
): readonly SurveyAnswer[] | DomainError {
  const byQuestion = new Map<string, SurveyAnswer | null>();
  for (const [index, draft] of drafts.entries()) {
    const question = questions.find((candidate) => candidate.id === draft.questionId);
    if (!question) {
      return refuse(
        'INVALID_QUESTION',
        `La pregunta ${draft.questionId} no está en esta versión del instrumento.`,
        `answers.${index}.questionId`,
      );
    }
    if (byQuestion.has(question.id)) {
      return refuse(
        'DUPLICATE_ANSWER',
        `La pregunta ${question.id} tiene más de una respuesta.`,
        `answers.${index}.questionId`,
      );
    }
    const checked = checkedAnswer(draft, question, index);
    if (isDomainError(checked)) return checked;
    byQuestion.set(question.id, checked);
  }
  const missing = questions.find((question) => question.kind !== 'FREE_TEXT' && !byQuestion.has(question.id));
  if (missing) {
    return refuse(
      'ANSWER_REQUIRED',
      `Falta la respuesta a la pregunta ${missing.id} («${missing.text}»): las preguntas de escala y de sí/no son obligatorias.`,
      'answers',
    );
  }
  return questions.flatMap((question) => byQuestion.get(question.id) ?? []);
}

/** One answer checked against its question's kind; null for a blank free text (left out). */
function checkedAnswer(
  draft: AnswerDraft,
  question: SurveyQuestion,
  index: number,
): SurveyAnswer | null | DomainError {
  const field = `answers.${index}`;
  const given = { score: draft.score !== null, yes: draft.yes !== null, text: draft.text !== null };
  switch (question.kind) {
    case 'SCALE_1_5': {
      if (given.yes || given.text) return wrongKind(question, 'un puntaje de 1 a 5', field);
      if (draft.score === null) {
        return refuse('ANSWER_REQUIRED', `Falta el puntaje de la pregunta ${question.id}.`, `${field}.score`);
      }
      if (!Number.isInteger(draft.score) || draft.score < MIN_SCORE || draft.score > MAX_SCORE) {
        return refuse(
          'INVALID_SCORE',
          `El puntaje debe ser un entero de ${MIN_SCORE} a ${MAX_SCORE}.`,
          `${field}.score`,
        );
      }
      return { questionId: question.id, kind: 'SCALE_1_5', score: draft.score };
    }
    case 'YES_NO': {
      if (given.score || given.text) return wrongKind(question, 'sí o no', field);
      if (draft.yes === null) {
        return refuse('ANSWER_REQUIRED', `Falta el sí o no de la pregunta ${question.id}.`, `${field}.yes`);
      }
      return { questionId: question.id, kind: 'YES_NO', yes: draft.yes };
    }
    case 'FREE_TEXT': {
      if (given.score || given.yes) return wrongKind(question, 'texto libre', field);
      const text = draft.text?.trim() ?? '';
      if (text.length > MAX_FREE_TEXT_LENGTH) {
        return refuse(
          'FREE_TEXT_TOO_LONG',
          `La respuesta abierta admite hasta ${MAX_FREE_TEXT_LENGTH} caracteres.`,
          `${field}.text`,
        );
      }
      return text === '' ? null : { questionId: question.id, kind: 'FREE_TEXT', text };
    }
    default: {
      const unknownKind: never = question.kind;
      return refuse('INVALID_QUESTION_KIND', `Tipo de pregunta desconocido: ${String(unknownKind)}.`);
    }
  }
}

function wrongKind(question: SurveyQuestion, expected: string, field: string): DomainError {
  return refuse(
    'INVALID_ANSWER',
    `La pregunta ${question.id} se responde con ${expected}, sin otros valores.`,
    field,
  );
}

/** Two records of the same survey: everything but the moment it was recorded. */
function sameResponse(recorded: SurveyAnswered['data'], candidate: SurveyAnswered['data']): boolean {
  const { recordedAt: _recordedAt, ...recordedFacts } = recorded;
  const { recordedAt: _candidateAt, ...candidateFacts } = candidate;
  return sameValue(recordedFacts, candidateFacts);
}

/** Structural equality of plain JSON data, whatever the order of object keys. */
function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightRecord = right as Record<string, unknown>;
  return (
    leftKeys.length === Object.keys(right).length &&
    leftKeys.every((key) => sameValue((left as Record<string, unknown>)[key], rightRecord[key]))
  );
}

export const surveyResponseDecider: Decider<SurveyResponseCommand, SurveyResponseEvent, SurveyResponseState> =
  {
    decide: decideSurveyResponse,
    evolve: evolveSurveyResponse,
    initialState: initialSurveyResponseState,
  };
