// Input and argument types of the FAQ mutations and queries, validated with class-validator.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { FaqEntryDocumentStatus } from '../read-models/faq-entries-projection.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { FaqEntryStatusEnum } from './faq.types.js';
import { PageArgs } from '../../../graphql/page-args.js';

const RADICADO = /^PQRS-\d{4}-\d{6}$/;
const RADICADO_MESSAGE = { message: 'El radicado debe tener la forma PQRS-AAAA-NNNNNN.' };
const EACH_RADICADO = { each: true, message: 'Cada radicado debe tener la forma PQRS-AAAA-NNNNNN.' };
const MAX_TAGS = 20;
const MAX_LINKED_CASES = 50;

@InputType({ description: 'Una entrada nueva de preguntas frecuentes: queda en borrador.' })
export class CreateFaqEntryInput {
  @Field() @IsNotEmpty() @MaxLength(500) question!: string;
  @Field() @IsNotEmpty() @MaxLength(20_000) answer!: string;
  @Field({ description: 'Categoría (texto libre, p. ej. "Afiliaciones").' })
  @IsNotEmpty()
  @MaxLength(100)
  category!: string;
  @Field(() => [String], { nullable: true, description: 'Etiquetas; se guardan en minúsculas.' })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS)
  @MaxLength(60, { each: true })
  tags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Radicados de los casos de donde sale la entrada.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKED_CASES)
  @Matches(RADICADO, EACH_RADICADO)
  linkedRadicados?: string[] | null;
  @Field(() => String, { nullable: true, description: 'La misma clave dos veces crea una sola entrada.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Cambios a una entrada; los campos omitidos no cambian.' })
export class UpdateFaqEntryInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(500) question?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(20_000) answer?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(100) category?:
    string | null;
  @Field(() => [String], { nullable: true, description: 'Reemplaza todas las etiquetas.' })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS)
  @MaxLength(60, { each: true })
  tags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Reemplaza todos los radicados vinculados.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKED_CASES)
  @Matches(RADICADO, EACH_RADICADO)
  linkedRadicados?: string[] | null;
}

@ArgsType()
export class FaqEntryIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'El id de la entrada no es válido.' }) id!: string;
}

@ArgsType()
export class FaqEntryCommandArgs extends FaqEntryIdArgs {
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class UpdateFaqEntryArgs extends FaqEntryCommandArgs {
  @Field(() => UpdateFaqEntryInput)
  @ValidateNested()
  @Type(() => UpdateFaqEntryInput)
  input!: UpdateFaqEntryInput;
}

@ArgsType()
export class RetireFaqEntryArgs extends FaqEntryCommandArgs {
  @Field({ description: 'Por qué se retira (queda en el historial).' })
  @IsNotEmpty()
  @MaxLength(2_000)
  reason!: string;
}

@ArgsType()
export class FaqSearchArgs {
  @Field(() => String, { nullable: true, description: 'Texto a buscar; vacío lista todas las publicadas.' })
  @IsOptional()
  @MaxLength(500)
  search?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) category?: string | null;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first!: number;
}

@ArgsType()
export class FaqSuggestionsArgs {
  @Field() @Matches(RADICADO, RADICADO_MESSAGE) radicado!: string;
  @Field(() => Int, { defaultValue: 5 }) @IsInt() @Min(1) @Max(50) first!: number;
}

@ArgsType()
export class FrequentSubjectsArgs {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(200) first!: number;
}

@ArgsType()
export class MatchingEntriesArgs {
  @Field(() => Int, { defaultValue: 3 }) @IsInt() @Min(1) @Max(20) first!: number;
}

@InputType()
export class FaqEntriesFilterInput {
  @Field(() => FaqEntryStatusEnum, { nullable: true }) status?: FaqEntryDocumentStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) category?: string | null;
  @Field(() => String, { nullable: true, description: 'Busca en pregunta, categoría y etiquetas.' })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;
}

@ArgsType()
export class FaqEntriesArgs extends PageArgs {
  @Field(() => FaqEntriesFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FaqEntriesFilterInput)
  filter?: FaqEntriesFilterInput | null;
}

@ArgsType()
export class PublicFaqArgs {
  @Field(() => String, { nullable: true, description: 'Texto a buscar; vacío lista todas las publicadas.' })
  @IsOptional()
  @MaxLength(300)
  text?: string | null;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(50) first!: number;
  // The filing form suggests from what the citizen is writing; the FAQ page searches what they asked for.
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Sugerir a partir del texto de quien radica: solo las entradas con la pertinencia mínima de las sugerencias del personal (ninguna sin texto).',
  })
  @IsBoolean()
  suggest!: boolean;
}
