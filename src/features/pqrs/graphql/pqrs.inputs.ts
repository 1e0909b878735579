// Input and argument types of the PQRS mutations and queries, validated with class-validator.
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  AccessDecision,
  AccessDenialGround,
  AccessException,
  AnswerChannel,
  PersonType,
  PqrsChannel,
  PqrsKind,
  PriorityReason,
  VerbalAnswerMode,
  WithdrawalMode,
} from '../../../domain/pqrs/events.js';
import {
  AccessDecisionEnum,
  AnswerChannelEnum,
  PersonTypeEnum,
  PqrsChannelEnum,
  PqrsKindEnum,
  PqrsStatusEnum,
  PriorityReasonEnum,
  WithdrawalModeEnum,
  type PqrsStatusValue,
} from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { PageArgs } from '../../../graphql/page-args.js';
import { PetitionerInput } from '../../../personal-data/personal-data-view.js';
import { DEFAULT_PQRS_LIST_SORT, PQRS_LIST_SORTS, type PqrsListSort } from '../read-models/pqrs-queries.js';
import {
  LifeOrIntegrityRiskField,
  PriorityProofAttachmentIdsField,
  PriorityProofField,
} from './priority-merit.types.js';
import { LateEntryReasonField } from '../../../graphql/late-entry-reason.js';
import { AttachmentIdsField } from '../../../graphql/attachments.js';
import {
  AccessDenialDetailField,
  AccessDenialGroundField,
  AccessDenialHarmField,
  AccessDenialProvisionField,
  AccessExceptionField,
  PublicVersionDeliveredField,
} from './access-denial-fields.js';
import { VerbalAnswerField } from './verbal-answer-fields.js';

export const PqrsListSortEnum = Object.fromEntries(PQRS_LIST_SORTS.map((sort) => [sort, sort])) as {
  [K in PqrsListSort]: K;
};
registerEnumType(PqrsListSortEnum, {
  name: 'PqrsListSort',
  description:
    'Orden de la lista de casos: por fecha de radicación o de vencimiento, ascendente o descendente, o PRIORITY_FIRST: primero las alertas por riesgo para la vida o la integridad, luego la atención prioritaria (art. 20) y la preferencial (CPACA art. 5.6) abiertas, cada grupo por vencimiento (el radicado desempata).',
});

const RADICADO = /^PQRS-\d{4}-\d{6}$/;
const RADICADO_MESSAGE = { message: 'El radicado debe tener la forma PQRS-AAAA-NNNNNN.' };

@InputType()
export class ReceivePqrsInput {
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field(() => PqrsChannelEnum) channel!: PqrsChannel;
  @Field() @IsNotEmpty() @MaxLength(300) subject!: string;
  @Field() @IsNotEmpty() @MaxLength(20_000) description!: string;
  @Field(() => PersonTypeEnum, {
    defaultValue: 'NATURAL',
    description: 'ANONYMOUS: sin peticionario (solo para los tipos que la oficina recibe de forma anónima).',
  })
  personType!: PersonType;
  @Field(() => PetitionerInput, {
    nullable: true,
    description: 'Obligatorio salvo en radicaciones anónimas.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PetitionerInput)
  petitioner?: PetitionerInput | null;
  @Field(() => AnswerChannelEnum, { nullable: true, description: 'Cómo quiere recibir la respuesta.' })
  @IsOptional()
  answerChannel?: AnswerChannel | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'El peticionario autorizó el tratamiento de sus datos (p. ej. en el formato firmado): se registra con la versión vigente de la política.',
  })
  @IsOptional()
  dataProcessingConsent?: boolean | null;
  @AttachmentIdsField()
  attachmentIds?: string[] | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Fecha real de recepción (p. ej. correspondencia de ayer); por omisión, ahora.',
  })
  @IsOptional()
  receivedAt?: string | null;
  @Field(() => [PriorityReasonEnum], { nullable: true, description: 'Motivos de atención prioritaria.' })
  @IsOptional()
  @ArrayUnique()
  priority?: PriorityReason[] | null;
  @PriorityProofField()
  priorityProof?: string | null;
  @PriorityProofAttachmentIdsField()
  priorityProofAttachmentIds?: string[] | null;
  @LifeOrIntegrityRiskField()
  lifeOrIntegrityRisk?: boolean | null;
  @LateEntryReasonField()
  lateEntryReason?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Radicado de una petición desistida que el peticionario presenta de nuevo (art. 17, Ley 1755 de 2015).',
  })
  @IsOptional()
  @Matches(RADICADO, RADICADO_MESSAGE)
  refilingOf?: string | null;
  @Field(() => String, { nullable: true, description: 'La misma clave dos veces radica un solo caso.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ArgsType()
export class RadicadoArgs {
  @Field() @Matches(RADICADO, RADICADO_MESSAGE) radicado!: string;
}

@ArgsType()
export class CaseCommandArgs extends RadicadoArgs {
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class AssignPqrsArgs extends CaseCommandArgs {
  @Field(() => ID) @IsNotEmpty() assigneeId!: string;
  @Field(() => String, { nullable: true, description: 'Por omisión, la dependencia del funcionario.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  dependency?: string | null;
}

@ArgsType()
export class RequestPqrsInformationArgs extends CaseCommandArgs {
  @Field() @IsNotEmpty() @MaxLength(5_000) note!: string;
}

@ArgsType()
export class ProvidePqrsInformationArgs extends CaseCommandArgs {
  @Field(() => DateTimeScalar) providedAt!: string;
  @Field() @IsNotEmpty() @MaxLength(5_000) note!: string;
  @LateEntryReasonField()
  lateEntryReason?: string | null;
  @AttachmentIdsField('Los archivos que aportó el peticionario.')
  attachmentIds?: string[] | null;
}

@ArgsType()
export class ExtendPqrsDeadlineArgs extends CaseCommandArgs {
  @Field(() => DateScalar) newDueDate!: string;
  @Field() @IsNotEmpty() @MaxLength(5_000) reason!: string;
}

@ArgsType()
export class TransferPqrsArgs extends CaseCommandArgs {
  @Field({ description: 'Entidad competente a la que se traslada.' })
  @IsNotEmpty()
  @MaxLength(300)
  entity!: string;
  @Field() @IsNotEmpty() @MaxLength(5_000) reason!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Correo de la entidad competente, para enviarle copia del traslado (art. 21); sin él, la copia se envía por correo postal.',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  entityEmail?: string | null;
}

@ArgsType()
export class AnswerPqrsArgs extends CaseCommandArgs {
  @Field() @IsNotEmpty() @MaxLength(50_000) answer!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Por omisión, ahora.' })
  @IsOptional()
  answeredAt?: string | null;
  @Field(() => AccessDecisionEnum, {
    nullable: true,
    description:
      'Obligatoria al responder una solicitud de información (Ley 1712 de 2014); no aplica a otros tipos.',
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
  @VerbalAnswerField()
  verbalAnswer?: VerbalAnswerMode | null;
  @LateEntryReasonField()
  lateEntryReason?: string | null;
  @AttachmentIdsField('La carta de respuesta y sus anexos.')
  attachmentIds?: string[] | null;
}

@ArgsType()
export class WithdrawPqrsArgs extends CaseCommandArgs {
  @Field({ description: 'En el desistimiento tácito, la motivación del acto administrativo.' })
  @IsNotEmpty()
  @MaxLength(5_000)
  reason!: string;
  @Field(() => WithdrawalModeEnum, { defaultValue: 'EXPRESS' }) mode!: WithdrawalMode;
  @Field(() => String, {
    nullable: true,
    description:
      'Número del acto administrativo motivado que decreta el desistimiento tácito (art. 17); obligatorio en él.',
  })
  @IsOptional()
  @MaxLength(120)
  actNumber?: string | null;
}

@ArgsType()
export class ExtendPqrsCompletionWindowArgs extends CaseCommandArgs {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Cuándo lo pidió el peticionario (p. ej. por escrito); por omisión, ahora.',
  })
  @IsOptional()
  askedAt?: string | null;
  @LateEntryReasonField()
  lateEntryReason?: string | null;
}

@ArgsType()
export class RecordPqrsCopiesDeliveryArgs extends CaseCommandArgs {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Cuándo se entregaron; por omisión, ahora.' })
  @IsOptional()
  deliveredAt?: string | null;
  @Field({ description: 'Qué copias se entregaron y por qué medio.' })
  @IsNotEmpty()
  @MaxLength(5_000)
  note!: string;
  @LateEntryReasonField()
  lateEntryReason?: string | null;
}

@InputType()
export class PqrsListFilterInput {
  @Field(() => PqrsStatusEnum, { nullable: true }) status?: PqrsStatusValue | null;
  @Field(() => PqrsKindEnum, { nullable: true }) kind?: PqrsKind | null;
  @Field(() => PqrsChannelEnum, { nullable: true }) channel?: PqrsChannel | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Solo vencidos (true) o solo no vencidos (false).' })
  overdue?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Busca en radicado y asunto, y en el peticionario (palabras de su nombre o sus comienzos de 3 letras o más, o su número de documento completo) donde el rol ve sus datos (coordinación y administración, en todos los casos; un agente, en los suyos; un auditor, en ninguno). Las palabras no se reparten entre asunto y peticionario.',
  })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;
  @Field(() => DateScalar, { nullable: true }) receivedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) receivedTo?: string | null;
}

@ArgsType()
export class PqrsListArgs extends PageArgs {
  @Field(() => PqrsListFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PqrsListFilterInput)
  filter?: PqrsListFilterInput | null;
  @Field(() => PqrsListSortEnum, {
    defaultValue: DEFAULT_PQRS_LIST_SORT,
    description: 'Un cursor solo sirve con el orden con que se obtuvo.',
  })
  sort!: PqrsListSort;
}

@ArgsType()
export class CaseHistoryArgs extends RadicadoArgs {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Mostrar el caso tal como estaba en este instante.',
  })
  @IsOptional()
  asOf?: string | null;
}
