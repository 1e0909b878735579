// The merit evaluation of an anonymous denuncia on the gateway (Ley 962 de 2005 art. 81; Ley 1952 de 2019
// art. 86): the mutation builds the domain's command and answers with the case.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ArgsType, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import type { MeritAction, MeritBasis } from '../../../domain/pqrs/events.js';
import { PQRS_COMMAND_ROLES } from '../../../domain/pqrs/index.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { revisionSeen, RunCommand } from '../../../engine/commands/run-command.js';
import { Origin, Roles } from '../../../identity/auth.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import { pqrsCase } from '../commands.js';
import { PqrsQueries, type CaseView } from '../read-models/pqrs-queries.js';
import { CaseCommandArgs } from './pqrs.inputs.js';
import { Pqrs } from './pqrs.types.js';
import { MeritActionEnum, MeritBasisEnum } from './priority-merit.types.js';

@ArgsType()
export class EvaluateDenunciationMeritArgs extends CaseCommandArgs {
  @Field({
    description: 'Los hechos están probados sumariamente o son identificables: inicia una actuación.',
  })
  @IsBoolean()
  admissible!: boolean;
  @Field(() => MeritBasisEnum) basis!: MeritBasis;
  @Field() @IsNotEmpty() @MaxLength(5_000) motivation!: string;
  @Field(() => MeritActionEnum, { nullable: true }) @IsOptional() action?: MeritAction | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) actionReference?: string | null;
}

@Resolver(() => Pqrs)
export class MeritEvaluationResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(PqrsQueries) private readonly queries: PqrsQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Mutation(() => Pqrs, {
    description:
      'Evaluación de mérito de una denuncia anónima (Ley 962 de 2005, art. 81): si los hechos están probados sumariamente o son identificables, qué actuación inicia. Una sola vez.',
  })
  @Roles(...PQRS_COMMAND_ROLES.EvaluateDenunciationMerit)
  async evaluateDenunciationMerit(
    @Args() args: EvaluateDenunciationMeritArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<CaseView> {
    const command = {
      type: 'EvaluateDenunciationMerit' as const,
      data: {
        admissible: args.admissible,
        basis: args.basis,
        motivation: args.motivation,
        action: args.action ?? null,
        actionReference: args.actionReference ?? null,
      },
    };
    const { id } = await this.commands.execute(
      new RunCommand(pqrsCase, args.radicado, command, origin, revisionSeen(args)),
    );
    return this.texts.reveal(await this.queries.getCase(id));
  }
}
