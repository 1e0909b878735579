// Every rule of a survey instrument: created as version 1, each revision issues version n+1 with its
// own questions and threshold, retirement closes it to new responses. Question ids are stable across
// versions (a kept question keeps its kind), so results of one question compare from version to version.
import type { DecisionContext, Decider } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { canonicalInstant } from '../shared/time.js';
import type {
  CreateSurveyInstrument,
  QuestionDraft,
  RetireSurveyInstrument,
  ReviseSurveyInstrument,
  SurveyInstrumentCommand,
} from './commands.js';
import {
  SURVEY_QUESTION_KINDS,
  type InstrumentVersionData,
  type SurveyInstrumentEvent,
  type SurveyQuestion,
} from './events.js';
import {
  currentVersionOf,
  evolveSurveyInstrument,
  initialSurveyInstrumentState,
  type InstrumentVersion,
  type SurveyInstrumentState,
} from './instrument-state.js';
import {
  DEFAULT_SATISFACTION_THRESHOLD,
  MAX_QUESTIONS_PER_INSTRUMENT,
  QUESTION_ID_PATTERN,
  SURVEY_COMMAND_LABELS,
  instrumentNotFound,
  instrumentRetired,
  mayAsk,
} from './survey-rules.js';

type Decision = readonly SurveyInstrumentEvent[] | DomainError;

const GENERATED_QUESTION_ID = /^q(\d+)$/;

export function decideSurveyInstrument(
  command: SurveyInstrumentCommand,
  state: SurveyInstrumentState,
  context: DecisionContext,
): Decision {
  if (!mayAsk(command.type, context)) {
    return roleNotAllowed(context.actor.role, SURVEY_COMMAND_LABELS[command.type]);
  }
  switch (command.type) {
    case 'CreateSurveyInstrument':
      return create(command, state, context);
    case 'ReviseSurveyInstrument':
      return revise(command, state, context);
    case 'RetireSurveyInstrument':
      return retire(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function create({ data }: CreateSurveyInstrument, state: SurveyInstrumentState, context: DecisionContext) {
  const draft = draftVersion(data, 1, [], DEFAULT_SATISFACTION_THRESHOLD);
  if (state.status !== 'NOT_CREATED') {
    // The same creation repeated changes nothing; anything else under this id is another instrument.
    if (!isDomainError(draft) && sameVersion(state.versions[0]!, draft)) return [];
    return refuse('INSTRUMENT_ALREADY_EXISTS', `El instrumento ${state.instrumentId} ya existe.`);
  }
  if (isBlank(data.instrumentId)) {
    return refuse('INSTRUMENT_ID_REQUIRED', 'Falta el identificador del instrumento.', 'instrumentId');
  }
  if (isDomainError(draft)) return draft;
  return [
    {
      type: 'InstrumentCreated',
      data: { instrumentId: data.instrumentId, ...draft, createdAt: canonicalInstant(context.now) },
    },
  ] satisfies Decision;
}

function revise({ data }: ReviseSurveyInstrument, state: SurveyInstrumentState, context: DecisionContext) {
  if (state.status === 'NOT_CREATED') return instrumentNotFound();
  if (state.status === 'RETIRED') return instrumentRetired('revisar');
  const current = currentVersionOf(state);
  const draft = draftVersion(data, current.version + 1, state.versions, current.satisfactionThreshold);
  if (isDomainError(draft)) return draft;
  if (sameVersion(current, draft)) return [];
  return [
    {
      type: 'InstrumentRevised',
      data: { ...draft, previousVersion: current.version, revisedAt: canonicalInstant(context.now) },
    },
  ] satisfies Decision;
}

function retire(_command: RetireSurveyInstrument, state: SurveyInstrumentState, context: DecisionContext) {
  if (state.status === 'NOT_CREATED') return instrumentNotFound();
  if (state.status === 'RETIRED') return [];
  return [
    { type: 'InstrumentRetired', data: { retiredAt: canonicalInstant(context.now) } },
  ] satisfies Decision;
}

/**
 * The version a create or revise command describes, or the first rule it breaks. A question without
 * an id is the current question with the same text and kind if there is one, else a new `q<n>`.
 */
function draftVersion(
  data: {
    readonly name: string;
    readonly questions: readonly QuestionDraft[];
    readonly satisfactionThreshold: number | null;
  },
  version: number,
  previousVersions: readonly InstrumentVersion[],
  fallbackThreshold: number,
): InstrumentVersionData | DomainError {
  if (isBlank(data.name)) return refuse('NAME_REQUIRED', 'El instrumento necesita un nombre.', 'name');
  const threshold = data.satisfactionThreshold ?? fallbackThreshold;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    return refuse(
      'INVALID_THRESHOLD',
      'El umbral de satisfacción debe ser una proporción entre 0 y 1 (p. ej. 0,8 para el 80 %).',
      'satisfactionThreshold',
    );
  }
  if (data.questions.length === 0) {
    return refuse('QUESTIONS_REQUIRED', 'El instrumento necesita al menos una pregunta.', 'questions');
  }
  if (data.questions.length > MAX_QUESTIONS_PER_INSTRUMENT) {
    return refuse(
      'TOO_MANY_QUESTIONS',
      `Un instrumento tiene a lo sumo ${MAX_QUESTIONS_PER_INSTRUMENT} preguntas.`,
      'questions',
    );
  }

  const kindsEverUsed = new Map<string, SurveyQuestion['kind']>();
  for (const past of previousVersions)
    for (const question of past.questions) kindsEverUsed.set(question.id, question.kind);
  const givenIds = new Set<string>();
  for (const [index, question] of data.questions.entries()) {
    if (!isOneOf(SURVEY_QUESTION_KINDS, question.kind)) {
      return refuse('INVALID_QUESTION_KIND', 'El tipo de pregunta no es válido.', `questions.${index}.kind`);
    }
    if (isBlank(question.text)) {
      return refuse('QUESTION_TEXT_REQUIRED', 'Cada pregunta necesita su texto.', `questions.${index}.text`);
    }
    if (question.id === null) continue;
    if (!QUESTION_ID_PATTERN.test(question.id)) {
      return refuse(
        'INVALID_QUESTION_ID',
        'El identificador de la pregunta admite letras, números, guiones y guiones bajos (hasta 40).',
        `questions.${index}.id`,
      );
    }
    if (givenIds.has(question.id)) {
      return refuse(
        'DUPLICATE_QUESTION_ID',
        `La pregunta ${question.id} aparece dos veces en el instrumento.`,
        `questions.${index}.id`,
      );
    }
    const previousKind = kindsEverUsed.get(question.id);
    if (previousKind !== undefined && previousKind !== question.kind) {
      return refuse(
        'QUESTION_KIND_CHANGED',
        `La pregunta ${question.id} fue de tipo ${previousKind}: una pregunta conserva su tipo entre versiones; cree una pregunta nueva.`,
        `questions.${index}.kind`,
      );
    }
    givenIds.add(question.id);
  }

  const current = previousVersions.at(-1)?.questions ?? [];
  const claimed = new Set(givenIds);
  let nextNumber = 1 + highestGeneratedNumber([...kindsEverUsed.keys(), ...givenIds]);
  const questions = data.questions.map((draft): SurveyQuestion => {
    const text = draft.text.trim();
    const id =
      draft.id ??
      current.find((kept) => !claimed.has(kept.id) && kept.text === text && kept.kind === draft.kind)?.id ??
      `q${nextNumber++}`;
    claimed.add(id);
    return { id, text, kind: draft.kind };
  });
  return { version, name: data.name.trim(), questions, satisfactionThreshold: threshold };
}

function highestGeneratedNumber(ids: readonly string[]): number {
  return ids.reduce((highest, id) => {
    const match = GENERATED_QUESTION_ID.exec(id);
    return match ? Math.max(highest, Number(match[1])) : highest;
  }, 0);
}

function sameVersion(version: InstrumentVersionData, draft: InstrumentVersionData): boolean {
  return (
    version.name === draft.name &&
    version.satisfactionThreshold === draft.satisfactionThreshold &&
    version.questions.length === draft.questions.length &&
    version.questions.every((question, index) => {
      const other = draft.questions[index]!;
      return question.id === other.id && question.text === other.text && question.kind === other.kind;
    })
  );
}

export const surveyInstrumentDecider: Decider<
  SurveyInstrumentCommand,
  SurveyInstrumentEvent,
  SurveyInstrumentState
> = {
  decide: decideSurveyInstrument,
  evolve: evolveSurveyInstrument,
  initialState: initialSurveyInstrumentState,
};
