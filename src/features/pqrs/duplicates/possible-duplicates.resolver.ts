// `possibleDuplicates`: what the Radicar form asks once the document and the subject are filled, to warn
// (never to refuse) that the same person filed something similar a few days ago. Staff who receive cases
// only; the Ventanilla virtual has no such query: a citizen's form reveals nothing about other filings.
import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import type { Actor } from '../../../domain/shared/decider.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { CurrentActor, Roles } from '../../../identity/auth.js';
import { PossibleDuplicates } from './possible-duplicates.js';

@ArgsType()
export class PossibleDuplicatesArgs {
  @Field({ description: 'CC, CE, NIT, TI, PA, ...' }) @IsNotEmpty() @MaxLength(10) documentType!: string;
  @Field() @IsNotEmpty() @MaxLength(30) @Matches(/^[0-9A-Za-z.-]+$/) documentNumber!: string;
  @Field() @IsNotEmpty() @MaxLength(300) subject!: string;
}

@ObjectType({
  description: 'Un caso reciente de la misma persona con un asunto parecido: quizá la misma solicitud.',
})
export class PossibleDuplicate {
  @Field() radicado!: string;
  @Field() subject!: string;
  @Field(() => DateScalar) receivedOn!: string;
  @Field({ description: 'El aviso en palabras, listo para mostrar.' }) message!: string;
}

@Resolver()
export class PossibleDuplicatesResolver {
  constructor(@Inject(PossibleDuplicates) private readonly duplicates: PossibleDuplicates) {}

  @Query(() => [PossibleDuplicate], {
    description:
      'Casos de la persona con este documento radicados en los últimos 5 días hábiles con un asunto parecido, el más reciente primero; un aviso, no un rechazo. Solo los casos cuyo peticionario el rol puede ver (un agente, los suyos).',
  })
  @Roles('AGENT', 'COORDINATOR', 'ADMIN')
  async possibleDuplicates(
    @Args() { documentType, documentNumber, subject }: PossibleDuplicatesArgs,
    @CurrentActor() actor: Actor,
  ): Promise<PossibleDuplicate[]> {
    return this.duplicates.of(actor, { documentType, documentNumber }, subject);
  }
}
