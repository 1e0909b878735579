// A case's history as staff read it: each recorded event named in Spanish, with what it said, who did it
// (in which role) and when — when it happened and when it was recorded, which an auditor compares. The
// events come from caseHistory as stored, so their data is read defensively. Pure.
import type { MeritAction, MeritBasis, PqrsChannel, PqrsKind, Role } from '../graphql/generated/graphql.js';
import {
  ACCESS_DECISION_BY_THE_ANSWER,
  labelOf,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  receivedByChannel,
  WITHDRAWAL_MODE_LABELS,
} from './pqrs-labels.js';
import { NOTICE_CHANNEL_LABELS, NOTICE_KIND_LABELS } from './notices.js';
import { formatDate, formatInstant } from './report-periods.js';
import { ROLE_LABELS } from './roles.js';
import { meritEvaluationLine } from './priority.js';

export interface HistoryEventInput {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly username: string | null; readonly role: Role | null };
  readonly data: unknown;
}

export interface TimelineEntry {
  readonly id: string;
  readonly title: string;
  readonly detail: string | null;
  readonly who: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

/** The events of a case's stream and the milestones of its improvement actions (caseHistory). */
export const CASE_EVENT_LABELS: Readonly<Record<string, string>> = {
  Received: 'Radicada',
  Assigned: 'Asignada',
  InformationRequested: 'Requerimiento para completar la petición (art. 17)',
  InformationProvided: 'El peticionario completó la información',
  DeadlineExtended: 'Prórroga del término',
  Transferred: 'Traslado por competencia',
  Answered: 'Respondida',
  Closed: 'Cerrada',
  Withdrawn: 'Desistida',
  CompletionWindowExtended: 'Prórroga del plazo para completar la petición (art. 17)',
  CopiesDelivered: 'Entrega de copias por silencio positivo (art. 14 num. 1)',
  RefilingRecorded: 'Presenta de nuevo una petición desistida (art. 17)',
  ActionFormulated: 'Acción de mejora formulada',
  ActionClosed: 'Acción de mejora cerrada',
  AnswerDrafted: 'Respuesta enviada a visto bueno',
  AnswerReturned: 'Respuesta devuelta con observaciones',
  AnswerApproved: 'Visto bueno de la respuesta',
  PriorityRecognised: 'Atención prioritaria (art. 20): riesgo a un derecho fundamental',
  PriorityAlertRaised: 'Alerta a la coordinación: riesgo para la vida o la integridad',
  MeritEvaluated: 'Evaluación de mérito de la denuncia anónima',
  ClaimInProcessMarked: 'Marcado como reclamo en trámite (Ley 1581 de 2012, art. 15)',
  JointAnswerLinked: 'Respondida con una respuesta conjunta (art. 22)',
  NotificationRequested: 'Aviso pedido',
  NotificationResent: 'Aviso reenviado',
  NotificationAttemptFailed: 'Intento fallido de envío de un aviso',
  NotificationSent: 'Aviso enviado',
  NotificationFailed: 'Aviso fallido',
  PostalDispatchRecorded: 'Envío postal de un aviso',
  PostalOutcomeRecorded: 'Entrega o devolución de un envío postal',
};

function text(data: unknown, field: string): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : null;
}

/** A verbal answer (Decreto 1166 de 2016) says so in the history; a written one says nothing more. */
function answerFormSentence(verbalAnswer: string | null): string | null {
  if (verbalAnswer === null) return null;
  return `Respuesta dada verbalmente (${verbalAnswer === 'PHONE' ? 'por teléfono' : 'en persona'}), notificada en el acto; el texto es su constancia escrita.`;
}

/** A complete denial's exception and public version (Ley 1712 de 2014, arts. 18, 19 and 21). */
function denialSentence(exception: string | null, publicVersion: boolean | null): string | null {
  if (exception === null) return null;
  const kind =
    exception === 'CLASSIFIED' ? 'información clasificada (art. 18)' : 'información reservada (art. 19)';
  return `Excepción: ${kind}; ${publicVersion ? 'se entregó versión pública del resto' : 'sin versión pública'}.`;
}

function flag(data: unknown, field: string): boolean | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'boolean' ? value : null;
}

function date(data: unknown, field: string): string {
  const value = text(data, field);
  return value ? formatDate(value) : '(sin fecha)';
}

/** Long answers show their beginning; the full text is the case's, not the timeline's. */
const EXCERPT_LENGTH = 280;

function excerpt(value: string | null): string | null {
  if (value === null) return null;
  return value.length > EXCERPT_LENGTH ? `${value.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : value;
}

function sentences(...parts: readonly (string | null | false)[]): string | null {
  const present = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return present.length > 0 ? present.join(' ') : null;
}

/** "Con 2 archivos adjuntos.": how many files came with the step (the case page lists them). */
function filesSentence(data: unknown): string | null {
  const files = (data as Record<string, unknown> | null)?.['attachments'];
  if (!Array.isArray(files) || files.length === 0) return null;
  return files.length === 1 ? 'Con 1 archivo adjunto.' : `Con ${files.length} archivos adjuntos.`;
}

/**
 * "Reclamo recibido por teléfono": the domain's sentence where both codes are known; a code this client
 * does not know yet is shown as sent, after a colon, rather than bent into a sentence it may not fit.
 */
function receivedSentence(kind: string, channel: string): string {
  if (kind in PQRS_KIND_LABELS && channel in PQRS_CHANNEL_LABELS) {
    return receivedByChannel(kind as PqrsKind, channel as PqrsChannel);
  }
  return `Recibida: ${labelOf(PQRS_KIND_LABELS, kind)}, canal ${labelOf(PQRS_CHANNEL_LABELS, channel)}`;
}

/** A notice's channel after its kind: "por correo postal", "en la Ventanilla virtual" (a name, not lower-cased). */
const NOTICE_CHANNEL_PHRASES: Readonly<Record<string, string>> = {
  EMAIL: 'por correo electrónico',
  POSTAL: 'por correo postal',
  PORTAL: 'en la Ventanilla virtual',
};

function noticeChannelPhrase(channel: string): string {
  return NOTICE_CHANNEL_PHRASES[channel] ?? `canal ${labelOf(NOTICE_CHANNEL_LABELS, channel)}`;
}

/** What the event said, in a sentence or two; `userNames` names the assignee where the client may know it. */
export function eventDetail(
  type: string,
  data: unknown,
  userNames: ReadonlyMap<string, string> = new Map(),
): string | null {
  switch (type) {
    case 'Received':
      return sentences(
        `${receivedSentence(text(data, 'kind') ?? '', text(data, 'channel') ?? '')}.`,
        `Vence el ${date(data, 'dueDate')} (término de ${text(data, 'termBusinessDays') ?? '?'} días hábiles).`,
        filesSentence(data),
      );
    case 'Assigned': {
      const assignee = userNames.get(text(data, 'assigneeId') ?? '');
      return sentences(
        assignee ? `A ${assignee}, dependencia ${text(data, 'dependency') ?? '(sin dependencia)'}.` : null,
        assignee ? null : `Dependencia: ${text(data, 'dependency') ?? '(sin dependencia)'}.`,
        text(data, 'previousAssigneeId') ? 'Reasignación.' : null,
      );
    }
    case 'InformationRequested':
      return sentences(
        `Falta: ${text(data, 'note') ?? ''}`,
        `Término suspendido; desistimiento tácito posible desde el ${date(data, 'tacitWithdrawalFrom')}.`,
      );
    case 'InformationProvided':
      return sentences(
        `Aportó: ${text(data, 'note') ?? ''}`,
        `El término vuelve a correr: vence el ${date(data, 'dueDate')}.`,
        filesSentence(data),
      );
    case 'DeadlineExtended':
      return sentences(
        `Del ${date(data, 'previousDueDate')} al ${date(data, 'newDueDate')}.`,
        `Motivo: ${text(data, 'reason') ?? ''}`,
      );
    case 'Transferred':
      return sentences(`A ${text(data, 'entity') ?? ''}.`, `Motivo: ${text(data, 'reason') ?? ''}`);
    case 'Answered': {
      const onTime = flag(data, 'onTime');
      const decision = text(data, 'accessDecision');
      return sentences(
        onTime === null
          ? null
          : onTime
            ? `A tiempo (vencía el ${date(data, 'dueDate')}).`
            : `Fuera de término (venció el ${date(data, 'dueDate')}).`,
        decision ? `${labelOf(ACCESS_DECISION_BY_THE_ANSWER, decision)}.` : null,
        answerFormSentence(text(data, 'verbalAnswer')),
        denialSentence(text(data, 'accessException'), flag(data, 'publicVersionDelivered')),
        excerpt(text(data, 'answer')),
        filesSentence(data),
      );
    }
    case 'Withdrawn':
      return sentences(
        `${labelOf(WITHDRAWAL_MODE_LABELS, text(data, 'mode') ?? '')}.`,
        `Motivo: ${text(data, 'reason') ?? ''}`,
      );
    case 'ActionFormulated':
      return sentences(`${text(data, 'action') ?? ''}`, `Fecha límite: ${date(data, 'dueDate')}.`);
    case 'ActionClosed': {
      const effective = flag(data, 'effective');
      return effective === null ? null : effective ? 'Cerró eficaz.' : 'Cerró no eficaz.';
    }
    case 'AnswerDrafted':
      return sentences(
        `Borrador ${text(data, 'draft') ?? '?'}.`,
        excerpt(text(data, 'answer')),
        filesSentence(data),
      );
    case 'AnswerReturned':
      return sentences(
        `Borrador ${text(data, 'draft') ?? '?'}.`,
        `Observaciones: ${text(data, 'remarks') ?? ''}`,
      );
    case 'AnswerApproved':
      return `Borrador ${text(data, 'draft') ?? '?'}.`;
    case 'PriorityRecognised':
      return flag(data, 'proofGiven')
        ? sentences('Con prueba sumaria.', text(data, 'proofSummary'))
        : 'Sin prueba sumaria aportada.';
    case 'PriorityAlertRaised':
      return 'Se alertó de inmediato a la coordinación (art. 20).';
    case 'MeritEvaluated': {
      const basis = text(data, 'basis') as MeritBasis | null;
      const action = text(data, 'action') as MeritAction | null;
      return sentences(
        basis
          ? meritEvaluationLine({
              admissible: flag(data, 'admissible') === true,
              basis,
              action,
              actionReference: text(data, 'actionReference'),
            })
          : null,
        `Motivación: ${text(data, 'motivation') ?? ''}`,
      );
    }
    case 'NotificationRequested':
      return sentences(
        `${labelOf(NOTICE_KIND_LABELS, text(data, 'kind') ?? '')}, ${noticeChannelPhrase(text(data, 'channel') ?? '')}.`,
        text(data, 'dueBy') ? `A más tardar el ${date(data, 'dueBy')}.` : null,
        filesSentence(data),
      );
    case 'NotificationResent':
      return sentences(
        `Aviso ${text(data, 'notificationId') ?? ''}.`,
        `Motivo: ${text(data, 'reason') ?? ''}`,
      );
    case 'NotificationSent':
      return sentences(
        `Aviso ${text(data, 'notificationId') ?? ''}, Message-ID ${text(data, 'messageId') ?? '?'}.`,
        text(data, 'serverResponse') ? `El servidor respondió: ${text(data, 'serverResponse')}` : null,
      );
    case 'NotificationAttemptFailed':
    case 'NotificationFailed':
      return sentences(
        `Aviso ${text(data, 'notificationId') ?? ''}, intento ${text(data, 'attempt') ?? '?'}.`,
        `Falla: ${text(data, 'failure') ?? ''}`,
      );
    case 'PostalDispatchRecorded':
      return `${text(data, 'carrier') ?? ''}, guía ${text(data, 'guideNumber') ?? ''}, enviado el ${date(data, 'dispatchedOn')}.`;
    case 'PostalOutcomeRecorded':
      return `${text(data, 'outcome') === 'RETURNED' ? 'Devuelto' : 'Entregado'} el ${date(data, 'on')}.`;
    default:
      return null;
  }
}

export function whoDid(actor: HistoryEventInput['actor']): string {
  return `${actor.username ?? 'Usuario eliminado'} (${actor.role ? labelOf(ROLE_LABELS, actor.role) : 'sin sesión'})`;
}

export function timelineEntryOf(
  event: HistoryEventInput,
  userNames: ReadonlyMap<string, string> = new Map(),
): TimelineEntry {
  return {
    id: event.id,
    title: labelOf(CASE_EVENT_LABELS, event.type),
    detail: eventDetail(event.type, event.data, userNames),
    who: whoDid(event.actor),
    occurredAt: formatInstant(event.occurredAt),
    recordedAt: formatInstant(event.recordedAt),
  };
}
