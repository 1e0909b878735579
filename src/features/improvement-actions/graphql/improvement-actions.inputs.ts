// Input and argument types of the improvement-action mutations and queries, validated with class-validator.
import { AttachmentIdsField } from '../../../graphql/attachments.js';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import type { ActionSourceKind } from '../../../domain/improvement-action/events.js';
import type { ImprovementActionStatusValue } from '../read-models/improvement-action-queries.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { ActionSourceKindEnum, ImprovementActionStatusEnum } from './improvement-actions.enums.js';
import { PageArgs } from '../../../graphql/page-args.js';

const ACTION_ID_MESSAGE = { message: 'El id de la acción de mejora no es válido.' };

@InputType({ description: 'De dónde surge la acción de mejora.' })
export class ActionSourceInput {
  @Field(() => ActionSourceKindEnum) kind!: ActionSourceKind;
  @Field({
    description:
      'Radicado (PQRS-AAAA-NNNNNN) si el origen es una PQRS; <id de la revisión>/<número de decisión> si es una revisión por la dirección; si no, la encuesta, el hallazgo o el indicador.',
  })
  @IsNotEmpty()
  @MaxLength(300)
  reference!: string;
}

@InputType()
export class FormulateImprovementActionInput {
  @Field(() => ActionSourceInput) @ValidateNested() @Type(() => ActionSourceInput) source!: ActionSourceInput;
  @Field({ description: 'Problema o no conformidad.' }) @IsNotEmpty() @MaxLength(5_000) problem!: string;
  @Field({ description: 'Causa raíz.' }) @IsNotEmpty() @MaxLength(5_000) rootCause!: string;
  @Field({ description: 'Acción que se tomará.' }) @IsNotEmpty() @MaxLength(5_000) action!: string;
  @Field(() => ID, { description: 'Funcionario responsable.' }) @IsNotEmpty() responsibleId!: string;
  @Field(() => DateScalar, { description: 'Fecha límite; no anterior al día de la formulación.' })
  dueDate!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Acción anterior, verificada como no eficaz, a la que esta da continuidad.',
  })
  @IsOptional()
  @IsUUID('all', ACTION_ID_MESSAGE)
  linkedActionId?: string | null;
}

@ArgsType()
export class ImprovementActionIdArgs {
  @Field(() => ID) @IsUUID('all', ACTION_ID_MESSAGE) id!: string;
}

@ArgsType()
export class ImprovementActionCommandArgs extends ImprovementActionIdArgs {
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class RecordActionProgressArgs extends ImprovementActionCommandArgs {
  @Field({ description: 'Avance realizado.' }) @IsNotEmpty() @MaxLength(5_000) note!: string;
  @Field({ description: 'Evidencia: documento, acta, archivo.' })
  @IsNotEmpty()
  @MaxLength(500)
  evidence!: string;
  @AttachmentIdsField('Archivos de evidencia, subidos con POST /attachments.')
  attachmentIds?: string[] | null;
}

@ArgsType()
export class VerifyActionEffectivenessArgs extends ImprovementActionCommandArgs {
  @Field({ description: 'Si la acción eliminó la causa del problema.' }) effective!: boolean;
  @Field({ description: 'Evidencia de la verificación.' }) @IsNotEmpty() @MaxLength(500) evidence!: string;
  @AttachmentIdsField('Archivos de evidencia, subidos con POST /attachments.')
  attachmentIds?: string[] | null;
}

@InputType()
export class ImprovementActionListFilterInput {
  @Field(() => ImprovementActionStatusEnum, { nullable: true }) status?: ImprovementActionStatusValue | null;
  @Field(() => ActionSourceKindEnum, { nullable: true }) sourceKind?: ActionSourceKind | null;
  @Field(() => String, { nullable: true, description: 'Referencia exacta del origen (p. ej. un radicado).' })
  @IsOptional()
  @MaxLength(300)
  sourceReference?: string | null;
  @Field(() => ID, { nullable: true }) responsibleId?: string | null;
}

@ArgsType()
export class ImprovementActionListArgs extends PageArgs {
  @Field(() => ImprovementActionListFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImprovementActionListFilterInput)
  filter?: ImprovementActionListFilterInput | null;
}
