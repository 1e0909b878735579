// Input and argument types of the affiliation mutations and queries, validated with class-validator.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DOCUMENT_TYPE_PATTERN } from '../../../domain/affiliation/checklists.js';
import type { AffiliationChannel, AffiliationType, NoveltyKind } from '../../../domain/affiliation/events.js';
import type { AffiliationDocumentStatus } from '../read-models/affiliations-projection.js';
import { PqrsChannelEnum } from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { PetitionerInput } from '../../../personal-data/personal-data-view.js';
import { AffiliationStatusEnum, AffiliationTypeEnum, NoveltyKindEnum } from './affiliations.enums.js';
import { PageArgs } from '../../../graphql/page-args.js';
import { LateEntryReasonField } from '../../../graphql/late-entry-reason.js';

const DOCUMENT_TYPE_MESSAGE = {
  message: 'El tipo de documento debe ser un código en MAYÚSCULAS_CON_GUION_BAJO, p. ej. IDENTITY_DOCUMENT.',
};
const MEMBER_NUMBER = /^AF-\d{6}$/;

@InputType({
  description: 'Solicitud de afiliación recibida; los datos del solicitante se guardan cifrados.',
})
export class ReceiveAffiliationInput {
  @Field(() => AffiliationTypeEnum) affiliationType!: AffiliationType;
  @Field(() => PqrsChannelEnum) channel!: AffiliationChannel;
  @Field(() => PetitionerInput, { description: 'Persona o entidad que solicita la afiliación.' })
  @ValidateNested()
  @Type(() => PetitionerInput)
  applicant!: PetitionerInput;
  @Field(() => ID, {
    nullable: true,
    description:
      'Campaña, feria, visita o acción de difusión del plan de la que proviene (elegida de la lista).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'La campaña elegida no es válida.' })
  campaignId?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Fecha real de recepción; por omisión, ahora.',
  })
  @IsOptional()
  receivedAt?: string | null;
  @LateEntryReasonField('la solicitud')
  lateEntryReason?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'La misma clave dos veces recibe una sola afiliación.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ArgsType()
export class AffiliationIdArgs {
  @Field(() => ID) @IsUUID('all') id!: string;
}

@ArgsType()
export class AffiliationCommandArgs extends AffiliationIdArgs {
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class AssignAffiliationArgs extends AffiliationCommandArgs {
  @Field(() => ID) @IsNotEmpty() assigneeId!: string;
}

@InputType({ description: 'Documento soporte recibido y revisado (queda aceptado).' })
export class SubmitAffiliationDocumentInput {
  @Field({ description: 'Código del documento en la lista de requisitos, p. ej. IDENTITY_DOCUMENT.' })
  @Matches(DOCUMENT_TYPE_PATTERN, DOCUMENT_TYPE_MESSAGE)
  documentType!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Dónde reposa: id del gestor documental, nombre del archivo o carpeta física; opcional si se adjunta el archivo.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  evidenceReference?: string | null;
  @Field(() => ID, { nullable: true, description: 'El archivo del documento, subido con POST /attachments.' })
  @IsOptional()
  @IsUUID('4', { message: 'El identificador del archivo adjunto no es válido.' })
  attachmentId?: string | null;
}

@ArgsType()
export class SubmitAffiliationDocumentArgs extends AffiliationCommandArgs {
  @Field(() => SubmitAffiliationDocumentInput)
  @ValidateNested()
  @Type(() => SubmitAffiliationDocumentInput)
  input!: SubmitAffiliationDocumentInput;
}

@ArgsType()
export class RejectAffiliationDocumentArgs extends AffiliationCommandArgs {
  @Field() @Matches(DOCUMENT_TYPE_PATTERN, DOCUMENT_TYPE_MESSAGE) documentType!: string;
  @Field() @IsNotEmpty() @MaxLength(2_000) reason!: string;
}

@ArgsType()
export class RejectAffiliationArgs extends AffiliationCommandArgs {
  @Field() @IsNotEmpty() @MaxLength(5_000) reason!: string;
}

@ArgsType()
export class NotifyAffiliationDecisionArgs extends AffiliationCommandArgs {
  @Field(() => PqrsChannelEnum, { description: 'Canal por el que se notificó al solicitante.' })
  channel!: AffiliationChannel;
}

@InputType({ description: 'Novedad de un afiliado aprobado.' })
export class ReportAffiliationNoveltyInput {
  @Field(() => NoveltyKindEnum) kind!: NoveltyKind;
  @Field() @IsNotEmpty() @MaxLength(5_000) description!: string;
  @Field(() => DateScalar, { description: 'Fecha desde la que rige la novedad.' }) effectiveDate!: string;
}

@ArgsType()
export class ReportAffiliationNoveltyArgs extends AffiliationCommandArgs {
  @Field(() => ReportAffiliationNoveltyInput)
  @ValidateNested()
  @Type(() => ReportAffiliationNoveltyInput)
  input!: ReportAffiliationNoveltyInput;
}

@InputType()
export class AffiliationListFilterInput {
  @Field(() => AffiliationStatusEnum, { nullable: true }) status?: AffiliationDocumentStatus | null;
  @Field(() => AffiliationTypeEnum, { nullable: true }) affiliationType?: AffiliationType | null;
  @Field(() => PqrsChannelEnum, { nullable: true }) channel?: AffiliationChannel | null;
  @Field(() => String, {
    nullable: true,
    description: 'Campaña o feria escrita a mano en las solicitudes anteriores al plan, exacta.',
  })
  @IsOptional()
  @MaxLength(200)
  campaign?: string | null;
  @Field(() => ID, { nullable: true, description: 'Campaña del plan.' })
  @IsOptional()
  @IsUUID('all', { message: 'La campaña elegida no es válida.' })
  campaignId?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MEMBER_NUMBER, { message: 'El número de afiliado debe tener la forma AF-NNNNNN.' })
  memberNumber?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Con documentos requeridos sin aceptar (true) o completas (false).',
  })
  hasPendingDocuments?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Un número de solicitud (AFI-2026-000042, o solo su consecutivo: 42) la busca por su número; otro texto, en número de afiliado y campaña.',
  })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;
  @Field(() => DateScalar, { nullable: true }) receivedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) receivedTo?: string | null;
}

@ArgsType()
export class AffiliationsArgs extends PageArgs {
  @Field(() => AffiliationListFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AffiliationListFilterInput)
  filter?: AffiliationListFilterInput | null;
}

@ArgsType()
export class AffiliationPeriodArgs {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}
