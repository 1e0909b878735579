// Input and argument types of the survey mutations and queries, validated with class-validator.
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { PqrsChannel } from '../../../domain/pqrs/events.js';
import {
  MAX_FREE_TEXT_LENGTH,
  MAX_QUESTIONS_PER_INSTRUMENT,
  QUESTION_ID_PATTERN,
  type SurveyEvaluation,
  type SurveyQuestionKind,
} from '../../../domain/survey/index.js';
import { PqrsChannelEnum } from '../../../graphql/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { PetitionerInput } from '../../../personal-data/personal-data-view.js';
import {
  SurveyEvaluationEnum,
  SurveyInstrumentStatusEnum,
  SurveyQuestionKindEnum,
  type SurveyInstrumentStatusValue,
} from './survey.enums.js';
import { PageArgs } from '../../../graphql/page-args.js';

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

@InputType({ description: 'Una pregunta del instrumento.' })
export class SurveyQuestionInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Para conservar una pregunta de la versión anterior, su id; sin id se toma la pregunta vigente de igual texto y tipo, o se crea una nueva (q1, q2, ...).',
  })
  @IsOptional()
  @Matches(QUESTION_ID_PATTERN)
  id?: string | null;
  @Field() @IsNotEmpty() @MaxLength(500) text!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
}

@InputType({ description: 'Contenido de una versión del instrumento de encuesta.' })
export class SurveyInstrumentInput {
  @Field() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => [SurveyQuestionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS_PER_INSTRUMENT)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
  @Field(() => Float, {
    nullable: true,
    description:
      'Proporción de respuestas favorables (0 a 1) bajo la cual una pregunta pide acción de mejora. Por omisión 0,8 al crear; al revisar, el vigente.',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  satisfactionThreshold?: number | null;
}

@InputType()
export class CreateSurveyInstrumentInput extends SurveyInstrumentInput {
  @Field(() => String, { nullable: true, description: 'La misma clave dos veces crea un solo instrumento.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ArgsType()
export class SurveyInstrumentIdArgs {
  @Field(() => ID) @IsNotEmpty() @MaxLength(100) id!: string;
}

@ArgsType()
export class ReviseSurveyInstrumentArgs extends SurveyInstrumentIdArgs {
  @Field(() => SurveyInstrumentInput)
  @ValidateNested()
  @Type(() => SurveyInstrumentInput)
  input!: SurveyInstrumentInput;
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@InputType({ description: 'Respuesta a una pregunta: solo el valor que corresponde a su tipo.' })
export class SurveyAnswerInput {
  @Field() @IsNotEmpty() @MaxLength(40) questionId!: string;
  @Field(() => Int, { nullable: true, description: 'Preguntas de escala: 1 a 5.' })
  score?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Preguntas de sí/no.' })
  yes?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Preguntas abiertas: hasta 2.000 caracteres.' })
  @IsOptional()
  @MaxLength(MAX_FREE_TEXT_LENGTH)
  text?: string | null;
}

@InputType()
export class AnswerSurveyInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(100) instrumentId!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Versión del formulario diligenciado; por omisión, la vigente.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  instrumentVersion?: number | null;
  @Field(() => [SurveyAnswerInput])
  @ArrayMaxSize(MAX_QUESTIONS_PER_INSTRUMENT)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers!: SurveyAnswerInput[];
  @Field(() => PqrsChannelEnum) channel!: PqrsChannel;
  @Field(() => DateScalar, { nullable: true, description: 'Día en que se respondió; por omisión, hoy.' })
  @IsOptional()
  answeredOn?: string | null;
  @Field(() => SurveyEvaluationEnum, { defaultValue: 'FIRST' }) evaluation!: SurveyEvaluation;
  @Field(() => String, { nullable: true, description: 'Radicado de la PQRS que origina la encuesta.' })
  @IsOptional()
  @Matches(RADICADO, { message: 'El radicado debe tener la forma PQRS-AAAA-NNNNNN.' })
  radicado?: string | null;
  @Field(() => ID, { nullable: true, description: 'Afiliación que origina la encuesta.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  affiliationId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Persona ya registrada (p. ej. el peticionario de la PQRS). Sin encuestado: anónima.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  respondentId?: string | null;
  @Field(() => PetitionerInput, {
    nullable: true,
    description: 'Datos del encuestado: se guardan cifrados fuera del registro de eventos.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PetitionerInput)
  respondent?: PetitionerInput | null;
  @Field(() => String, {
    nullable: true,
    description: 'La misma clave dos veces registra una sola encuesta.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ArgsType()
export class SurveyResponseIdArgs {
  @Field(() => ID) @IsNotEmpty() @MaxLength(100) id!: string;
}

@ArgsType()
export class SurveyInstrumentsArgs extends PageArgs {
  @Field(() => SurveyInstrumentStatusEnum, { nullable: true }) status?: SurveyInstrumentStatusValue | null;
}

@ArgsType()
export class SatisfactionResultsArgs {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => ID) @IsNotEmpty() @MaxLength(100) instrumentId!: string;
}
