// The improvement-action part of the gateway: mutations dispatch commands on the CommandBus and answer
// with the action as the read models show it; queries read the read models. It also adds the field
// `improvementActions` to a PQRS case.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IMPROVEMENT_ACTION_COMMAND_ROLES } from '../../../domain/improvement-action/index.js';
import type { Actor } from '../../../domain/shared/decider.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import {
  encodeActionCursor,
  ImprovementActionQueries,
  type ImprovementActionView,
} from '../read-models/improvement-action-queries.js';
import {
  CloseImprovementAction,
  FormulateImprovementAction,
  RecordActionProgress,
  VerifyActionEffectiveness,
  type ImprovementActionCommandResult,
} from '../improvement-actions.commands.js';
import { ALL_ROLES, CurrentActor, Roles, type GraphQLRequestContext } from '../../../identity/auth.js';
import { CommandMetadataFactory } from '../../../graphql/command-metadata.factory.js';
import { Pqrs, UserRef } from '../../pqrs/graphql/pqrs.types.js';
import {
  FormulateImprovementActionInput,
  ImprovementActionCommandArgs,
  ImprovementActionIdArgs,
  ImprovementActionListArgs,
  RecordActionProgressArgs,
  VerifyActionEffectivenessArgs,
} from './improvement-actions.inputs.js';
import { ImprovementAction, ImprovementActionConnection } from './improvement-actions.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = IMPROVEMENT_ACTION_COMMAND_ROLES;

@Resolver(() => ImprovementAction)
export class ImprovementActionsResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(ImprovementActionQueries) private readonly queries: ImprovementActionQueries,
    @Inject(CommandMetadataFactory) private readonly metadata: CommandMetadataFactory,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  @Mutation(() => ImprovementAction, {
    description:
      'Formula una acción de mejora a partir de una PQRS, encuesta, hallazgo de auditoría o indicador.',
  })
  @Roles(...ROLES.FormulateAction)
  formulateImprovementAction(
    @Args('input') input: FormulateImprovementActionInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ): Promise<ImprovementAction> {
    return this.run(
      new FormulateImprovementAction(
        {
          source: { kind: input.source.kind, reference: input.source.reference },
          problem: input.problem,
          rootCause: input.rootCause,
          action: input.action,
          responsibleId: input.responsibleId,
          dueDate: input.dueDate,
          linkedActionId: input.linkedActionId ?? null,
        },
        this.metadata.create(actor, context),
      ),
    );
  }

  @Mutation(() => ImprovementAction, { description: 'Registra un avance fechado con su evidencia.' })
  @Roles(...ROLES.RecordProgress)
  recordActionProgress(
    @Args() args: RecordActionProgressArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ): Promise<ImprovementAction> {
    const metadata = this.metadata.create(actor, context);
    return this.run(new RecordActionProgress(args.id, args.note, args.evidence, metadata, revision(args)));
  }

  @Mutation(() => ImprovementAction, {
    description: 'Verificación de eficacia: si resulta no eficaz, la acción sigue abierta.',
  })
  @Roles(...ROLES.VerifyEffectiveness)
  verifyActionEffectiveness(
    @Args() args: VerifyActionEffectivenessArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ): Promise<ImprovementAction> {
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new VerifyActionEffectiveness(args.id, args.effective, args.evidence, metadata, revision(args)),
    );
  }

  @Mutation(() => ImprovementAction, {
    description: 'Cierra la acción según su última verificación de eficacia (requiere al menos una).',
  })
  @Roles(...ROLES.CloseAction)
  closeImprovementAction(
    @Args() args: ImprovementActionCommandArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ): Promise<ImprovementAction> {
    return this.run(
      new CloseImprovementAction(args.id, this.metadata.create(actor, context), revision(args)),
    );
  }

  @Query(() => ImprovementAction, { description: 'Una acción de mejora por su id.' })
  @Roles(...ALL_ROLES)
  async improvementAction(@Args() { id }: ImprovementActionIdArgs): Promise<ImprovementAction> {
    return toImprovementAction(await this.queries.get(id));
  }

  @Query(() => ImprovementActionConnection, {
    description: 'Acciones de mejora filtradas, de la más reciente a la más antigua.',
  })
  @Roles(...ALL_ROLES)
  async improvementActions(
    @Args() { filter, first, after }: ImprovementActionListArgs,
  ): Promise<ImprovementActionConnection> {
    const page = await this.queries.list(filter ?? {}, first, after ?? null);
    return {
      nodes: page.nodes.map(toImprovementAction),
      edges: page.nodes.map((view) => ({
        node: toImprovementAction(view),
        cursor: encodeActionCursor(view),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @ResolveField(() => UserRef, { nullable: true, description: 'null si el usuario ya no existe.' })
  async responsible(@Parent() action: ImprovementAction): Promise<UserRef | null> {
    return userRefOf(await this.users.findById(action.responsibleId));
  }

  private async run(
    command:
      FormulateImprovementAction | RecordActionProgress | VerifyActionEffectiveness | CloseImprovementAction,
  ): Promise<ImprovementAction> {
    const result: ImprovementActionCommandResult = await this.commands.execute(command);
    return toImprovementAction(await this.queries.get(result.actionId));
  }
}

/** The improvement actions formulated from a PQRS case, as a field of the case. */
@Resolver(() => Pqrs)
export class PqrsImprovementActionsResolver {
  constructor(@Inject(ImprovementActionQueries) private readonly queries: ImprovementActionQueries) {}

  @ResolveField(() => [ImprovementAction], {
    description: 'Acciones de mejora formuladas a partir de este caso, de la más antigua a la más reciente.',
  })
  async improvementActions(@Parent() pqrs: Pqrs): Promise<ImprovementAction[]> {
    return (await this.queries.ofSource('PQRS', pqrs.radicado)).map(toImprovementAction);
  }
}

function toImprovementAction(view: ImprovementActionView): ImprovementAction {
  return {
    id: view.id,
    source: { kind: view.sourceKind, reference: view.sourceReference },
    problem: view.problem,
    rootCause: view.rootCause,
    action: view.action,
    dueDate: view.dueDate,
    status: view.status,
    formulatedAt: view.formulatedAt,
    linkedActionId: view.linkedActionId,
    progress: view.progress.map(({ recordedBy, ...note }) => ({ ...note, recordedById: recordedBy })),
    verifications: view.verifications.map(({ verifiedBy, ...check }) => ({
      ...check,
      verifiedById: verifiedBy,
    })),
    closedAt: view.closedAt,
    closedEffective:
      view.status === 'CLOSED_EFFECTIVE' ? true : view.status === 'CLOSED_NOT_EFFECTIVE' ? false : null,
    revision: view.revision,
    responsibleId: view.responsibleId,
  };
}

function userRefOf(
  user: { id: string; username: string; fullName: string } | null | undefined,
): UserRef | null {
  return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
}

function revision(args: ImprovementActionCommandArgs): number | undefined {
  return args.expectedRevision ?? undefined;
}
