// Joint answers in the gateway: the mutation that publishes one and answers each of its cases, and the
// staff queries. The command path runs one command per stream, so the mutation runs the joint answer's
// command and then each case's, every one idempotent (the joint answer's id from the client's key; each
// case's command keyed by the joint answer and the radicado): the same request again completes a partial
// run. No business rule here: the deciders refuse.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JOINT_ANSWER_ROLES } from '../../../domain/joint-answer/index.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { newInstanceId, RunCommand } from '../../../engine/commands/run-command.js';
import { ALL_ROLES, Origin, Roles } from '../../../identity/auth.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import { pqrsCase } from '../../pqrs/index.js';
import { jointAnswer } from '../commands.js';
import type { JointAnswerDocument } from '../read-models/joint-answers-projection.js';
import { JointAnswerQueries } from '../read-models/joint-answer-queries.js';
import { AnswerPqrsJointlyArgs, JointAnswer } from './joint-answers.types.js';

@Resolver(() => JointAnswer)
export class JointAnswersResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(JointAnswerQueries) private readonly queries: JointAnswerQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Mutation(() => JointAnswer, {
    description:
      'Da una respuesta conjunta a más de diez peticiones análogas del mismo tipo (art. 22): la publica en la página web y la registra como respuesta de cada caso, con su oficio y su aviso al peticionario.',
  })
  @Roles(...JOINT_ANSWER_ROLES)
  async answerPqrsJointly(
    @Args() args: AnswerPqrsJointlyArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<JointAnswerDocument> {
    const id = newInstanceId('joint-answer', args.idempotencyKey);
    const radicados = [...new Set(args.radicados.map((radicado) => radicado.trim()))].sort();
    await this.commands.execute(
      new RunCommand(
        jointAnswer,
        id,
        {
          type: 'PublishJointAnswer',
          data: {
            jointAnswerId: id,
            title: args.title.trim(),
            answer: args.answer.trim(),
            cases: radicados.map((radicado) => ({ radicado, status: 'NOT_RECEIVED' as const, kind: null })),
          },
        },
        origin,
        { idempotencyKey: `joint-answer/${id}` },
      ),
    );
    for (const radicado of radicados) {
      await this.commands.execute(
        new RunCommand(
          pqrsCase,
          radicado,
          { type: 'AnswerJointly', data: { jointAnswerId: id, answer: args.answer.trim() } },
          origin,
          { idempotencyKey: `joint-answer/${id}/${radicado}` },
        ),
      );
    }
    return this.texts.reveal(await this.queries.byId(id));
  }

  @Query(() => [JointAnswer], {
    description: 'Las respuestas conjuntas publicadas, de la más reciente a la más antigua.',
  })
  @Roles(...ALL_ROLES)
  async jointAnswers(): Promise<JointAnswerDocument[]> {
    return this.texts.reveal(await this.queries.published());
  }

  @Query(() => JointAnswer, { description: 'Una respuesta conjunta.' })
  @Roles(...ALL_ROLES)
  async jointAnswer(@Args('id', { type: () => ID }) id: string): Promise<JointAnswerDocument> {
    return this.texts.reveal(await this.queries.byId(id));
  }
}
