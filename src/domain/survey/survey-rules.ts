// What the survey deciders share: who may ask for each command and how a refusal names it, the limits of
// an instrument and a response, and the wording of the refusals common to both.
import type { ActorRole, DecisionContext } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import type { SurveyInstrumentCommand, SurveyResponseCommand } from './commands.js';

const SURVEY_DESIGNERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
/** Staff record paper and phone surveys too, so agents answer on the respondent's behalf. */
const SURVEY_RECORDERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

type SurveyCommandType = SurveyInstrumentCommand['type'] | SurveyResponseCommand['type'];

/** Who may ask for each command (DESIGN.md, Roles); the resolver's @Roles reuse these lists. */
export const SURVEY_COMMAND_ROLES: Readonly<Record<SurveyCommandType, readonly ActorRole[]>> = {
  CreateSurveyInstrument: SURVEY_DESIGNERS,
  ReviseSurveyInstrument: SURVEY_DESIGNERS,
  RetireSurveyInstrument: SURVEY_DESIGNERS,
  AnswerSurvey: SURVEY_RECORDERS,
};

/** The threshold an instrument gets when none is given: 80 % of favourable answers. */
export const DEFAULT_SATISFACTION_THRESHOLD = 0.8;
export const MAX_QUESTIONS_PER_INSTRUMENT = 50;
export const MAX_FREE_TEXT_LENGTH = 2_000;
/** Question ids staff may choose; generated ones are `q1`, `q2`, ... */
export const QUESTION_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** What a role that may not ask for a command may not do: "Un agente no puede crear instrumentos …". */
export const SURVEY_COMMAND_LABELS: Readonly<Record<SurveyCommandType, string>> = {
  CreateSurveyInstrument: 'crear instrumentos de encuesta',
  ReviseSurveyInstrument: 'revisar instrumentos de encuesta',
  RetireSurveyInstrument: 'retirar instrumentos de encuesta',
  AnswerSurvey: 'registrar encuestas de satisfacción',
};

export function mayAsk(type: SurveyCommandType, context: DecisionContext): boolean {
  return SURVEY_COMMAND_ROLES[type].includes(context.actor.role);
}

export function instrumentNotFound(): DomainError {
  return refuse('INSTRUMENT_NOT_FOUND', 'El instrumento de encuesta no existe.', 'instrumentId');
}

export function instrumentRetired(action: string): DomainError {
  return refuse('INSTRUMENT_RETIRED', `El instrumento de encuesta está retirado: no se puede ${action}.`);
}
