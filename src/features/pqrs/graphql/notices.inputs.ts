// Arguments of the answer's review and of a notice's follow-up (resend, postal dispatch and outcome).
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, MaxLength, Min } from 'class-validator';
import { POSTAL_OUTCOMES, type PostalOutcome } from '../../../domain/notifications/notifications.js';
import type { AccessDecision, AccessDenialGround, AccessException } from '../../../domain/pqrs/events.js';
import { AttachmentIdsField } from '../../../graphql/attachments.js';
import { AccessDecisionEnum } from '../../../graphql/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { PostalOutcomeEnum } from './notices.types.js';
import { CaseCommandArgs } from './pqrs.inputs.js';
import {
  AccessDenialDetailField,
  AccessDenialGroundField,
  AccessDenialHarmField,
  AccessDenialProvisionField,
  AccessExceptionField,
  PublicVersionDeliveredField,
} from './access-denial-fields.js';

@ArgsType()
export class DraftAnswerArgs extends CaseCommandArgs {
  @Field() @IsNotEmpty() @MaxLength(50_000) answer!: string;
  @Field(() => AccessDecisionEnum, {
    nullable: true,
    description: 'Obligatoria en una solicitud de información (Ley 1712 de 2014).',
  })
  @IsOptional()
  accessDecision?: AccessDecision | null;
  @AccessDenialGroundField()
  accessDenialGround?: AccessDenialGround | null;
  @AccessDenialDetailField()
  accessDenialDetail?: string | null;
  @AccessExceptionField()
  accessException?: AccessException | null;
  @AccessDenialProvisionField()
  accessDenialProvision?: string | null;
  @AccessDenialHarmField()
  accessDenialHarm?: string | null;
  @PublicVersionDeliveredField()
  publicVersionDelivered?: boolean | null;
  @AttachmentIdsField('Los anexos de la respuesta (el oficio lo genera Ventanilla al aprobarla).')
  attachmentIds?: string[] | null;
}

@ArgsType()
export class ReviewAnswerArgs extends CaseCommandArgs {
  @Field(() => Int, { description: 'La versión del borrador que se leyó.' })
  @Min(1)
  draft!: number;
}

@ArgsType()
export class ReturnAnswerArgs extends ReviewAnswerArgs {
  @Field({ description: 'Qué debe corregirse.' }) @IsNotEmpty() @MaxLength(5_000) remarks!: string;
}

@ArgsType()
export class NotificationArgs {
  @Field({ description: 'El aviso (radicado-N<n>).' }) @IsNotEmpty() @MaxLength(100) notificationId!: string;
}

@ArgsType()
export class ResendNotificationArgs {
  @Field({ description: 'El aviso (radicado-N<n>).' }) @IsNotEmpty() @MaxLength(100) id!: string;
  @Field({ description: 'Por qué se reenvía (el peticionario corrigió su correo, no lo recibió).' })
  @IsNotEmpty()
  @MaxLength(1_000)
  reason!: string;
}

@ArgsType()
export class PostalDispatchArgs extends NotificationArgs {
  @Field({ description: 'Empresa de mensajería.' }) @IsNotEmpty() @MaxLength(200) carrier!: string;
  @Field({ description: 'Número de guía.' }) @IsNotEmpty() @MaxLength(100) guideNumber!: string;
  @Field(() => DateScalar, { description: 'Fecha de envío.' }) dispatchedAt!: string;
}

@ArgsType()
export class PostalOutcomeArgs extends NotificationArgs {
  @Field(() => PostalOutcomeEnum) @IsIn(POSTAL_OUTCOMES) outcome!: PostalOutcome;
  @Field(() => DateScalar, { description: 'Fecha de entrega o devolución.' }) on!: string;
}
