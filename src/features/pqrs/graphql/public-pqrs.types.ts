// The public side of the schema (the Ventanilla virtual): what a citizen sends, and what they are shown of
// their case — never a staff member's name, an internal note or another case's data.
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayUnique, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import type { AnswerChannel, PersonType, PqrsKind, PriorityReason } from '../../../domain/pqrs/events.js';
import {
  AnswerChannelEnum,
  AttachmentSourceEnum,
  PersonTypeEnum,
  PqrsKindEnum,
  PqrsStatusEnum,
  PriorityReasonEnum,
  type AttachmentSourceValue,
  type PqrsStatusValue,
} from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { Attachment, AttachmentIdsField } from '../../../graphql/attachments.js';
import { PetitionerInput } from '../../../personal-data/personal-data-view.js';
import {
  LifeOrIntegrityRiskField,
  PriorityProofAttachmentIdsField,
  PriorityProofField,
} from './priority-merit.types.js';

@InputType({ description: 'Una PQRS presentada en la Ventanilla virtual.' })
export class PublicPqrsInput {
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field() @IsNotEmpty({ message: 'Escriba el asunto.' }) @MaxLength(300) subject!: string;
  @Field() @IsNotEmpty({ message: 'Describa su solicitud.' }) @MaxLength(20_000) description!: string;
  @Field(() => PersonTypeEnum) personType!: PersonType;
  @Field(() => PetitionerInput, { nullable: true, description: 'Quien presenta; ausente si es anónima.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PetitionerInput)
  person?: PetitionerInput | null;
  @Field(() => AnswerChannelEnum, { nullable: true, description: 'Obligatorio salvo si es anónima.' })
  @IsOptional()
  answerChannel?: AnswerChannel | null;
  @Field(() => [PriorityReasonEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  priority?: PriorityReason[] | null;
  @PriorityProofField()
  priorityProof?: string | null;
  @PriorityProofAttachmentIdsField()
  priorityProofAttachmentIds?: string[] | null;
  @LifeOrIntegrityRiskField()
  lifeOrIntegrityRisk?: boolean | null;
  @Field({ description: 'Autoriza el tratamiento de sus datos personales (Ley 1581 de 2012).' })
  dataProcessingConsent!: boolean;
  @AttachmentIdsField('Archivos subidos con POST /attachments y el token de la sesión pública.')
  attachmentIds?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'La prueba de trabajo resuelta (ALTCHA), salvo si la verificación está desactivada.',
  })
  @IsOptional()
  @MaxLength(20_000)
  challenge?: string | null;
  @Field(() => String, { nullable: true, description: 'Déjelo vacío.' })
  @IsOptional()
  @MaxLength(500)
  website?: string | null;
}

@ObjectType({
  description: 'La constancia de una radicación en línea: el código de acceso se muestra solo esta vez.',
})
export class PublicFiling {
  @Field() radicado!: string;
  @Field({ description: 'XXXX-XXXX-XXXX-XXXX: con él y el radicado se consulta el caso.' })
  accessCode!: string;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'El término corre desde este día (día 1): el hábil siguiente a la radicación (art. 54, Ley 1437 de 2011).',
  })
  termRunsFrom!: string | null;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field(() => Int) termBusinessDays!: number;
  @Field() anonymous!: boolean;
}

@ObjectType({ description: 'Un archivo del caso que el ciudadano puede descargar con su código.' })
export class PublicAttachment extends Attachment {
  @Field(() => AttachmentSourceEnum) source!: AttachmentSourceValue;
}

@ObjectType({ description: 'Un paso del caso, como lo ve el ciudadano.' })
export class PublicCaseStep {
  @Field(() => DateTimeScalar) at!: string;
  @Field() label!: string;
}

@ObjectType({ description: 'Un caso como lo ve quien lo presentó, con el radicado y el código de acceso.' })
export class PublicCase {
  @Field() radicado!: string;
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field() kindLabel!: string;
  @Field(() => PqrsStatusEnum) status!: PqrsStatusValue;
  @Field() statusLabel!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Vencimiento en firme mientras corre el término.' })
  dueDate!: string | null;
  @Field(() => DateScalar) originalDueDate!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'El término corre desde este día (día 1); null en casos radicados antes de registrarlo.',
  })
  termRunsFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) extendedDueDate!: string | null;
  @Field(() => String, { nullable: true }) extensionReason!: string | null;
  @Field() awaitingInformation!: boolean;
  @Field(() => String, { nullable: true, description: 'Lo que la oficina pidió completar (art. 17).' })
  informationRequest!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Mientras la oficina espera que complete la petición: último día para hacerlo (art. 17, Ley 1755 de 2015).',
  })
  completeBy!: string | null;
  @Field({ description: 'Ya pidió la única prórroga del plazo para completar (art. 17).' })
  completionWindowExtended!: boolean;
  @Field(() => String, { nullable: true }) transferredTo!: string | null;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) answeredAt!: string | null;
  @Field() anonymous!: boolean;
  @Field(() => [PublicAttachment]) attachments!: readonly PublicAttachment[];
  @Field(() => [PublicCaseStep]) history!: readonly PublicCaseStep[];
}

@ObjectType()
export class PublicOption {
  @Field() value!: string;
  @Field() label!: string;
}

@ObjectType({ description: 'Un tipo de PQRS explicado al ciudadano, con su término legal.' })
export class PublicPqrsKind {
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field() label!: string;
  @Field() explanation!: string;
  @Field(() => Int, { description: 'Días hábiles para responder (Ley 1755 de 2015).' })
  termBusinessDays!: number;
  @Field() anonymousAllowed!: boolean;
}

@ObjectType({ description: 'Lo que el formulario de la Ventanilla virtual necesita saber de la oficina.' })
export class PublicPortal {
  @Field() entityName!: string;
  @Field() officeName!: string;
  @Field({ description: 'La política de tratamiento de datos personales que se autoriza.' })
  policyText!: string;
  @Field() policyVersion!: string;
  @Field() challengeRequired!: boolean;
  @Field(() => Int) maxFileBytes!: number;
  @Field(() => Int) maxFilesPerFiling!: number;
  @Field(() => Int) maxTotalBytesPerFiling!: number;
  @Field(() => [String]) acceptedFileKinds!: readonly string[];
  @Field(() => [PublicPqrsKind]) kinds!: readonly PublicPqrsKind[];
  @Field(() => [PublicOption]) priorityReasons!: readonly PublicOption[];
}
