// Input and argument types of the management-review mutations and queries, validated with class-validator.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { DecisionKind } from '../../../../domain/management-review/index.js';
import { DateScalar } from '../../../../graphql/scalars.js';
import { ReviewDecisionKindEnum } from './management-review.enums.js';

const REVIEW_ID_MESSAGE = { message: 'El id de la revisión por la dirección no es válido.' };

@InputType({ description: 'Periodo que se revisa.' })
export class ReviewPeriodInput {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

@InputType()
export class OpenManagementReviewInput {
  @Field({ description: 'Nombre de la revisión (p. ej. «Revisión por la dirección, primer semestre»).' })
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;
  @Field(() => DateScalar, { description: 'Fecha de la reunión; no anterior a hoy.' }) meetingDate!: string;
  @Field(() => ReviewPeriodInput, {
    description: 'Periodo revisado; termina a más tardar el día de la reunión.',
  })
  @ValidateNested()
  @Type(() => ReviewPeriodInput)
  period!: ReviewPeriodInput;
  @Field(() => [ID], { description: 'Cuentas de los asistentes de la alta dirección.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  attendeeIds!: string[];
  @Field(() => String, { nullable: true, description: 'La misma clave dos veces abre una sola revisión.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@InputType({
  description: 'La acción de mejora que la decisión formula (origen: revisión por la dirección).',
})
export class ReviewDecisionActionInput {
  @Field({ description: 'Problema o no conformidad.' }) @IsNotEmpty() @MaxLength(5_000) problem!: string;
  @Field({ description: 'Causa raíz.' }) @IsNotEmpty() @MaxLength(5_000) rootCause!: string;
  @Field({ description: 'Acción que se tomará.' }) @IsNotEmpty() @MaxLength(5_000) action!: string;
}

@InputType()
export class RecordReviewDecisionInput {
  @Field(() => ID) @IsUUID('all', REVIEW_ID_MESSAGE) reviewId!: string;
  @Field(() => ReviewDecisionKindEnum) kind!: DecisionKind;
  @Field({ description: 'La decisión tomada.' }) @IsNotEmpty() @MaxLength(5_000) description!: string;
  @Field(() => ID, { description: 'Funcionario responsable.' }) @IsNotEmpty() responsibleId!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Fecha límite; obligatoria si la decisión formula una acción de mejora (es la de la acción).',
  })
  dueDate?: string | null;
  @Field(() => ReviewDecisionActionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewDecisionActionInput)
  improvementAction?: ReviewDecisionActionInput | null;
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'La misma clave dos veces registra una sola decisión; reenviarla completa la formulación de su acción si quedó pendiente.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ArgsType()
export class CloseManagementReviewArgs {
  @Field(() => ID) @IsUUID('all', REVIEW_ID_MESSAGE) reviewId!: string;
  @Field({ description: 'Conclusiones sobre la conveniencia, adecuación y eficacia del sistema.' })
  @IsNotEmpty()
  @MaxLength(8_000)
  conclusions!: string;
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class ManagementReviewIdArgs {
  @Field(() => ID) @IsUUID('all', REVIEW_ID_MESSAGE) reviewId!: string;
}

@ArgsType()
export class ManagementReviewsArgs {
  @Field(() => Int, { nullable: true, description: 'Año de la reunión; todas si se omite.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
}
