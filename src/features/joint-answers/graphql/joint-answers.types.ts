// Output and argument types of joint answers (art. 22) in the schema.
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import type { PqrsKind } from '../../../domain/pqrs/events.js';
import { PqrsKindEnum } from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';

@ObjectType({
  description:
    'Respuesta conjunta a más de diez peticiones análogas (art. 22 de la Ley 1437 de 2011, sustituido por la Ley 1755 de 2015): publicada en la página web y enviada a cada peticionario; cada caso la registra como su respuesta.',
})
export class JointAnswer {
  @Field(() => ID) id!: string;
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field(() => [String], { description: 'Los radicados agrupados, en orden.' })
  radicados!: readonly string[];
  @Field(() => Int) caseCount!: number;
  @Field({ description: 'Título con que se publica.' }) title!: string;
  @Field() answer!: string;
  @Field(() => DateTimeScalar) publishedAt!: string;
  @Field(() => DateScalar, { description: 'Día de publicación (hora de Bogotá).' }) publishedOn!: string;
}

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

@ArgsType()
export class AnswerPqrsJointlyArgs {
  @Field(() => [String], { description: 'Los radicados de las peticiones análogas: más de diez.' })
  @ArrayMinSize(1, { message: 'Indique los radicados.' })
  @ArrayMaxSize(5_000)
  @Matches(RADICADO, { each: true, message: 'Cada radicado debe tener la forma PQRS-AAAA-NNNNNN.' })
  radicados!: string[];
  @Field() @IsNotEmpty({ message: 'Indique el título.' }) @MaxLength(300) title!: string;
  @Field() @IsNotEmpty({ message: 'La respuesta no puede estar vacía.' }) @MaxLength(20_000) answer!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Clave del cliente: la misma solicitud repetida (p. ej. tras un corte) completa la que quedó a medias, sin duplicar nada.',
  })
  @IsOptional()
  @MaxLength(200)
  idempotencyKey?: string | null;
}
