// Output types of a case's notices, its answer letter and its answer's review (visto bueno).
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NOTICE_CHANNEL_LABELS,
  NOTICE_KIND_LABELS,
  NOTIFICATION_STATUS_LABELS,
  POSTAL_OUTCOME_LABELS,
} from '../../../domain/notifications/labels.js';
import { NOTICE_KINDS, type NoticeKind } from '../../../domain/notifications/notice-kinds.js';
import {
  NOTICE_CHANNELS,
  NOTIFICATION_STATUSES,
  POSTAL_OUTCOMES,
  type NoticeChannel,
  type NotificationRecord,
  type NotificationStatus,
  type PostalOutcome,
} from '../../../domain/notifications/notifications.js';
import type { AccessDecision, AccessDenialGround, AccessException } from '../../../domain/pqrs/events.js';
import { Attachment } from '../../../graphql/attachments.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import { AccessDecisionEnum } from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { AccessDenialViewFields } from './access-denial-fields.js';

export const NoticeKindEnum = enumObject<NoticeKind>(NOTICE_KINDS);
registerEnumType(NoticeKindEnum, {
  name: 'NoticeKind',
  description: 'Qué aviso es: los que la ley ordena dar al peticionario (y la copia del traslado).',
  valuesMap: valuesDescribedBy<NoticeKind>(NOTICE_KIND_LABELS),
});
export const NoticeChannelEnum = enumObject<NoticeChannel>(NOTICE_CHANNELS);
registerEnumType(NoticeChannelEnum, {
  name: 'NoticeChannel',
  description: 'Por dónde se da el aviso.',
  valuesMap: valuesDescribedBy<NoticeChannel>(NOTICE_CHANNEL_LABELS),
});
export const NotificationStatusEnum = enumObject<NotificationStatus>(NOTIFICATION_STATUSES);
registerEnumType(NotificationStatusEnum, {
  name: 'NotificationStatus',
  description: 'Qué fue del aviso.',
  valuesMap: valuesDescribedBy<NotificationStatus>(NOTIFICATION_STATUS_LABELS),
});
export const PostalOutcomeEnum = enumObject<PostalOutcome>(POSTAL_OUTCOMES);
registerEnumType(PostalOutcomeEnum, {
  name: 'PostalOutcome',
  description: 'Lo que informó la empresa de mensajería.',
  valuesMap: valuesDescribedBy<PostalOutcome>(POSTAL_OUTCOME_LABELS),
});

@ObjectType({ description: 'El envío postal de un aviso.' })
export class PostalDispatch {
  @Field() carrier!: string;
  @Field() guideNumber!: string;
  @Field(() => DateScalar) dispatchedOn!: string;
}

@ObjectType('Notice', {
  description: 'Un aviso de un caso (o de una afiliación) y lo que fue de él: la prueba de que se dio.',
})
export class NoticeView {
  @Field({ description: 'Radicado-N<n>: raíz del Message-ID con que se envía.' }) id!: string;
  @Field({ description: 'El expediente del aviso: el radicado del caso o el id de la afiliación.' })
  recordId!: string;
  @Field({ description: 'PQRS o AFFILIATION: de qué clase de expediente es.' }) recordKind!: string;
  @Field(() => NoticeKindEnum) kind!: NoticeKind;
  @Field(() => NoticeChannelEnum) channel!: NoticeChannel;
  @Field({
    description:
      'PETITIONER (el peticionario), APPLICANT (el solicitante de una afiliación) o RECEIVING_ENTITY (la entidad del traslado).',
  })
  recipientRole!: string;
  @Field(() => NotificationStatusEnum) status!: NotificationStatus;
  @Field(() => DateTimeScalar) requestedAt!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Día a más tardar en que la ley pide darlo (la prórroga, antes del vencimiento).',
  })
  dueBy!: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Cuándo lo aceptó el servidor de correo (o se publicó en la consulta).',
  })
  sentAt!: string | null;
  @Field(() => String, { nullable: true, description: 'El Message-ID con que se envió.' })
  messageId!: string | null;
  @Field(() => String, { nullable: true, description: 'Por qué falló el último intento.' })
  failure!: string | null;
  @Field(() => Int, { description: 'Intentos hechos en el envío en curso.' }) attempts!: number;
  @Field(() => Int, { description: '1; uno más cada vez que se reenvía.' }) round!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Cuándo se intentará de nuevo.' })
  nextAttemptAt!: string | null;
  @Field(() => PostalDispatch, { nullable: true }) dispatch!: PostalDispatch | null;
  @Field(() => PostalOutcomeEnum, { nullable: true, description: 'Entregado o devuelto, cuando se sabe.' })
  postalOutcome!: PostalOutcome | null;
  @Field(() => DateScalar, { nullable: true }) postalOutcomeOn!: string | null;
}

/** A notice of any record (a case, an affiliation) as GraphQL shows it; its record is named by the notice's id (`<record id>-N<n>`). */
export function noticeViewOf(notice: NotificationRecord): NoticeView {
  const recordId = notice.id.slice(0, notice.id.lastIndexOf('-N'));
  return {
    recordId,
    recordKind: recordId.startsWith('PQRS-') ? 'PQRS' : 'AFFILIATION',
    id: notice.id,
    kind: notice.kind,
    channel: notice.channel,
    recipientRole: notice.recipientRole,
    status: notice.status,
    requestedAt: notice.requestedAt,
    dueBy: notice.dueBy,
    sentAt: notice.sentAt,
    messageId: notice.messageId,
    failure: notice.failure,
    attempts: notice.attempts,
    round: notice.round,
    nextAttemptAt: notice.nextAttemptAt,
    dispatch: notice.dispatch,
    postalOutcome: notice.postalOutcome?.outcome ?? null,
    postalOutcomeOn: notice.postalOutcome?.on ?? null,
  };
}

@ObjectType({
  description: 'El oficio de respuesta: su PDF y su número de salida (SAL-<año>-<consecutivo>).',
})
export class AnswerLetterView {
  @Field(() => Attachment) attachment!: Attachment;
  @Field() outgoingNumber!: string;
}

@ObjectType({
  description:
    'La respuesta en revisión (visto bueno): lo que escribió el agente y lo que dijo el coordinador.',
})
export class AnswerDraftView {
  @Field(() => Int, { description: 'Versión del borrador: la que se aprueba o devuelve.' }) draft!: number;
  @Field({ description: 'La cuenta de quien lo escribió: no puede darle su propio visto bueno.' })
  draftedById!: string;
  @Field() answer!: string;
  @Field(() => [Attachment]) attachments!: Attachment[];
  @Field(() => AccessDecisionEnum, { nullable: true }) accessDecision!: AccessDecision | null;
  @AccessDenialViewFields.ground()
  accessDenialGround!: AccessDenialGround | null;
  @AccessDenialViewFields.detail()
  accessDenialDetail!: string | null;
  @AccessDenialViewFields.exception()
  accessException?: AccessException | null;
  @AccessDenialViewFields.provision()
  accessDenialProvision?: string | null;
  @AccessDenialViewFields.harm()
  accessDenialHarm?: string | null;
  @AccessDenialViewFields.publicVersion()
  publicVersionDelivered?: boolean | null;
  @Field({ description: 'DRAFTED: espera visto bueno; RETURNED: devuelto con observaciones.' })
  status!: string;
  @Field({ description: 'Nombre de quien lo escribió.' }) draftedBy!: string;
  @Field(() => DateTimeScalar) draftedAt!: string;
  @Field(() => String, { nullable: true }) remarks!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) returnedAt!: string | null;
}

@ObjectType({ description: 'El visto bueno que recibió la respuesta.' })
export class AnswerApprovalView {
  @Field(() => Int) draft!: number;
  @Field({ description: 'Nombre de quien la escribió.' }) draftedBy!: string;
  @Field({ description: 'Nombre de quien dio el visto bueno.' }) approvedBy!: string;
  @Field(() => DateTimeScalar) approvedAt!: string;
}

@ObjectType({ description: 'Los avisos por correo de la oficina: lo que espera y lo que falló.' })
export class NotificationOutbox {
  @Field({ description: 'Hay un servidor de correo configurado (VENTANILLA_SMTP_URL).' })
  smtpConfigured!: boolean;
  @Field(() => Int, { description: 'Avisos por correo electrónico que esperan envío.' })
  pendingEmails!: number;
  @Field(() => Int, { description: 'Avisos por correo postal que esperan el registro de su despacho.' })
  pendingPostal!: number;
  @Field(() => Int, { description: 'Avisos fallidos: deben darse por otro medio.' }) failed!: number;
}
