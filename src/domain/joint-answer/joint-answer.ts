// One answer to many equal petitions (Ley 1437 de 2011, art. 22, sustituido por la Ley 1755 de 2015): when
// more than ten petitions of the same kind and object arrive, the office may answer them all in one act,
// published on its web page and still sent to each petitioner. The joint answer is an aggregate of its own,
// `joint-answer-<id>`: the grouped radicados, the answer (sealed in the vault), its title for the public
// page, and when it was published. Each case then records the link and its own Answered (on time or not by
// its own due date) with the PQRS command AnswerJointly, in the same request: the command path runs one
// command per stream (there is no process manager), so the request is idempotent end to end — the joint
// answer's id derives from the client's idempotency key, and each case's command from the joint answer and
// the radicado — and a retry of a partial run completes it. Pure: the cases' kind and status are looked up
// by the command path and passed in.
import type { ActorRole, DecisionContext, Decider, DomainEvent } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type { PqrsKind } from '../pqrs/events.js';
import { PQRS_KIND_LABELS, PQRS_STATUS_IN_SENTENCES } from '../pqrs/labels.js';
import type { PqrsStatus } from '../pqrs/state.js';

export const JOINT_ANSWER_STREAM_PREFIX = 'joint-answer-';
export const jointAnswerStreamOf = (id: string): string => `${JOINT_ANSWER_STREAM_PREFIX}${id}`;

/** Art. 22: "más de diez peticiones análogas": eleven at least. */
export const MIN_JOINT_ANSWER_CASES = 11;

/** A case as the command path found it in its stream when the joint answer was asked for. */
export interface JointAnswerCase {
  readonly radicado: string;
  /** NOT_RECEIVED when no case has that radicado. */
  readonly status: PqrsStatus;
  readonly kind: PqrsKind | null;
}

export type PublishJointAnswer = {
  readonly type: 'PublishJointAnswer';
  readonly data: {
    readonly jointAnswerId: string;
    /** The title the public page lists it under: a free text, sealed like the answer. */
    readonly title: string;
    /** The answer itself: a free text, sealed under the joint answer's own key. */
    readonly answer: string;
    /** The cases, looked up by the command path from the radicados asked for, in the order asked. */
    readonly cases: readonly JointAnswerCase[];
    /** The owner the texts were sealed under (written by the command path). */
    readonly textOwnerId?: string | null;
  };
};

export type JointAnswerCommand = PublishJointAnswer;

export type JointAnswerPublished = DomainEvent<
  'JointAnswerPublished',
  {
    readonly jointAnswerId: string;
    readonly kind: PqrsKind;
    /** The grouped cases, in radicado order. */
    readonly radicados: readonly string[];
    readonly title: string;
    readonly answer: string;
    readonly textOwnerId: string | null;
    readonly publishedAt: Instant;
    readonly publishedOn: CalendarDate;
  }
>;

export type JointAnswerEvent = JointAnswerPublished;

export const JOINT_ANSWER_EVENT_SCHEMA_VERSIONS: Readonly<Record<JointAnswerEvent['type'], number>> = {
  JointAnswerPublished: 1,
};

export type JointAnswerState =
  { readonly status: 'NOT_PUBLISHED' } | ({ readonly status: 'PUBLISHED' } & JointAnswerPublished['data']);

export const initialJointAnswerState: JointAnswerState = { status: 'NOT_PUBLISHED' };

/** Joint answers are the office's act: given by those who manage cases (DESIGN.md, Roles). */
export const JOINT_ANSWER_ROLES: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];

/** The statuses a case may be answered from (not while awaiting the petitioner, art. 17). */
const ANSWERABLE: readonly PqrsStatus[] = ['RECEIVED', 'ASSIGNED'];

export function decideJointAnswer(
  command: JointAnswerCommand,
  state: JointAnswerState,
  context: DecisionContext,
): readonly JointAnswerEvent[] | DomainError {
  if (!JOINT_ANSWER_ROLES.includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, 'dar respuestas conjuntas');
  }
  const { data } = command;
  const radicados = [...new Set(data.cases.map((found) => found.radicado.trim()))].sort();
  if (state.status === 'PUBLISHED') {
    // The same request again (a retry): nothing new. Another one under the same id is refused.
    if (radicados.join(',') === state.radicados.join(',')) return [];
    return refuse('JOINT_ANSWER_ALREADY_PUBLISHED', 'Esta respuesta conjunta ya fue publicada.');
  }
  if (isBlank(data.title)) {
    return refuse('TITLE_REQUIRED', 'Indique el título con que se publica la respuesta.', 'title');
  }
  if (isBlank(data.answer)) return refuse('ANSWER_REQUIRED', 'La respuesta no puede estar vacía.', 'answer');
  if (radicados.length < MIN_JOINT_ANSWER_CASES) {
    return refuse(
      'JOINT_ANSWER_TOO_FEW_CASES',
      `Una respuesta conjunta se da a más de diez peticiones análogas (art. 22 de la Ley 1437 de 2011, sustituido por la Ley 1755 de 2015); se indicaron ${radicados.length}.`,
      'radicados',
    );
  }
  const missing = data.cases.find((found) => found.status === 'NOT_RECEIVED' || found.kind === null);
  if (missing !== undefined) {
    return refuse(
      'CASE_NOT_FOUND',
      `El caso ${missing.radicado} no existe: no ha sido radicado.`,
      'radicados',
    );
  }
  const kinds = [...new Set(data.cases.map((found) => found.kind as PqrsKind))];
  if (kinds.length > 1) {
    return refuse(
      'JOINT_ANSWER_MIXED_KINDS',
      `Las peticiones de una respuesta conjunta deben ser análogas, del mismo tipo; se indicaron: ${kinds.map((kind) => PQRS_KIND_LABELS[kind].toLowerCase()).join(', ')}.`,
      'radicados',
    );
  }
  if (kinds[0] === 'INFORMATION_REQUEST') {
    return refuse(
      'JOINT_ANSWER_NOT_FOR_INFORMATION_REQUESTS',
      'Las solicitudes de información se responden una a una, cada una con su decisión sobre el acceso (Ley 1712 de 2014).',
      'radicados',
    );
  }
  const unanswerable = data.cases.find((found) => !ANSWERABLE.includes(found.status));
  if (unanswerable !== undefined) {
    const why =
      unanswerable.status === 'ANSWERED' || unanswerable.status === 'CLOSED'
        ? 'ya fue respondido'
        : unanswerable.status === 'AWAITING_INFORMATION'
          ? 'espera que el peticionario complete la información'
          : `está ${PQRS_STATUS_IN_SENTENCES[unanswerable.status]}`;
    return refuse(
      'JOINT_ANSWER_CASE_NOT_ANSWERABLE',
      `El caso ${unanswerable.radicado} no puede recibir la respuesta conjunta: ${why}.`,
      'radicados',
    );
  }
  return [
    {
      type: 'JointAnswerPublished',
      data: {
        jointAnswerId: data.jointAnswerId,
        kind: kinds[0]!,
        radicados,
        title: data.title.trim(),
        answer: data.answer.trim(),
        textOwnerId: data.textOwnerId ?? null,
        publishedAt: canonicalInstant(context.now),
        publishedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

export function evolveJointAnswer(state: JointAnswerState, event: JointAnswerEvent): JointAnswerState {
  switch (event.type) {
    case 'JointAnswerPublished':
      return state.status === 'PUBLISHED' ? state : { status: 'PUBLISHED', ...event.data };
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return state;
    }
  }
}

export const jointAnswerDecider: Decider<JointAnswerCommand, JointAnswerEvent, JointAnswerState> = {
  decide: decideJointAnswer,
  evolve: evolveJointAnswer,
  initialState: initialJointAnswerState,
};

export function upcastJointAnswerEvent(stored: {
  readonly type: string;
  readonly data: unknown;
}): JointAnswerEvent {
  return { type: stored.type, data: stored.data } as JointAnswerEvent;
}
