// Arguments of the habeas-data part of the schema: erasure, reveal and the access log search.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { ErasureLegalBasis } from '../../../domain/person/index.js';
import { PageArgs } from '../../../graphql/page-args.js';
import { ErasureLegalBasisEnum } from './habeas-data.enums.js';

@ArgsType()
export class ErasePersonalDataArgs {
  @Field(() => ID, { description: 'La persona (id del almacén de datos personales).' })
  @IsNotEmpty()
  @MaxLength(100)
  personId!: string;
  @Field(() => ErasureLegalBasisEnum) legalBasis!: ErasureLegalBasis;
  @Field({
    description:
      'Número de la solicitud del titular o de la orden (radicado, oficio): letras, dígitos, puntos, guiones y barras; nunca un nombre.',
  })
  @IsNotEmpty()
  @MaxLength(60)
  requestReference!: string;
}

@ArgsType()
export class RevealPersonalDataArgs {
  @Field(() => ID) @IsNotEmpty() @MaxLength(100) personId!: string;
  @Field(() => Int, { description: 'La versión de los datos que muestra el trámite (campo version).' })
  @IsInt()
  @Min(1)
  version!: number;
  @Field({ description: 'Motivo de la consulta (queda registrado, cifrado con los datos de la persona).' })
  @MinLength(10, { context: { message: 'Explique el motivo de la consulta (al menos 10 caracteres).' } })
  @MaxLength(500)
  reason!: string;
  @Field(() => String, {
    nullable: true,
    description: 'El trámite en que se consulta (radicado o afiliación), si se consulta desde uno.',
  })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9-]+$/)
  reference?: string | null;
}

@InputType()
export class AccessLogFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(100) personId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(100) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Registrado desde (ISO 8601).' })
  @IsOptional()
  @IsISO8601()
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Registrado hasta (ISO 8601).' })
  @IsOptional()
  @IsISO8601()
  to?: string | null;
}

@ArgsType()
export class PersonalDataAccessLogArgs extends PageArgs {
  @Field(() => AccessLogFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccessLogFilterInput)
  filter?: AccessLogFilterInput | null;
}
