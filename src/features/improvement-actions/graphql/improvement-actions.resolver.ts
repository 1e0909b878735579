// The improvement-action part of the gateway: each mutation builds the domain's command and runs it on
// the one command path (RunCommand), then answers with the action as the read models show it; queries
// read the read models. It also adds the field `improvementActions` to a PQRS case.
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../../attachments/attachment-registry.js';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  IMPROVEMENT_ACTION_COMMAND_ROLES,
  type ImprovementActionCommand,
} from '../../../domain/improvement-action/index.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type RunOptions,
} from '../../../engine/commands/run-command.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import {
  encodeActionCursor,
  ImprovementActionQueries,
  type ImprovementActionView,
} from '../read-models/improvement-action-queries.js';
import { improvementActionCase } from '../commands.js';
import { ALL_ROLES, Origin, Roles } from '../../../identity/auth.js';
import { Pqrs } from '../../pqrs/index.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
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
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
  ) {}

  /** The evidence files a staff member uploaded, as the command records them. */
  private async attachmentsOf(ids: readonly string[] | null | undefined, origin: CommandOrigin) {
    if (!ids || ids.length === 0) return [];
    return this.attachments.forCommand(ids, { kind: 'STAFF', actorId: origin.actor.id }, 'attachmentIds');
  }

  @Mutation(() => ImprovementAction, {
    description:
      'Formula una acción de mejora a partir de una PQRS, encuesta, hallazgo de auditoría, indicador o decisión de una revisión por la dirección (referencia <revisión>/<número>; la acción es la que la decisión nombró).',
  })
  @Roles(...ROLES.FormulateAction)
  formulateImprovementAction(
    @Args('input') input: FormulateImprovementActionInput,
    @Origin() origin: CommandOrigin,
  ): Promise<ImprovementAction> {
    const actionId = newInstanceId('improvementAction', null);
    const linkedActionId = input.linkedActionId ?? null;
    return this.run(
      actionId,
      {
        type: 'FormulateAction',
        data: {
          actionId,
          source: { kind: input.source.kind, reference: input.source.reference },
          problem: input.problem,
          rootCause: input.rootCause,
          action: input.action,
          responsibleId: input.responsibleId,
          dueDate: input.dueDate,
          // The look-ups fold the facts of the action it follows from that action's stream.
          linkedAction:
            linkedActionId === null ? null : { actionId: linkedActionId, lastVerificationEffective: null },
        },
      },
      origin,
    );
  }

  @Mutation(() => ImprovementAction, { description: 'Registra un avance fechado con su evidencia.' })
  @Roles(...ROLES.RecordProgress)
  async recordActionProgress(
    @Args() args: RecordActionProgressArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<ImprovementAction> {
    const data = {
      note: args.note,
      evidence: args.evidence,
      attachments: await this.attachmentsOf(args.attachmentIds, origin),
    };
    return this.run(args.id, { type: 'RecordProgress', data }, origin, revisionSeen(args));
  }

  @Mutation(() => ImprovementAction, {
    description: 'Verificación de eficacia: si resulta no eficaz, la acción sigue abierta.',
  })
  @Roles(...ROLES.VerifyEffectiveness)
  async verifyActionEffectiveness(
    @Args() args: VerifyActionEffectivenessArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<ImprovementAction> {
    const data = {
      effective: args.effective,
      evidence: args.evidence,
      attachments: await this.attachmentsOf(args.attachmentIds, origin),
    };
    return this.run(args.id, { type: 'VerifyEffectiveness', data }, origin, revisionSeen(args));
  }

  @Mutation(() => ImprovementAction, {
    description: 'Cierra la acción según su última verificación de eficacia (requiere al menos una).',
  })
  @Roles(...ROLES.CloseAction)
  closeImprovementAction(
    @Args() args: ImprovementActionCommandArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<ImprovementAction> {
    return this.run(args.id, { type: 'CloseAction', data: {} }, origin, revisionSeen(args));
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

  /** Runs the command on the action and answers with it as the read models show it. */
  private async run(
    actionId: string,
    command: ImprovementActionCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<ImprovementAction> {
    // The look-ups may name the action (the one a management review's decision named before it existed).
    const result = await this.commands.execute(
      new RunCommand(improvementActionCase, actionId, command, origin, options),
    );
    return toImprovementAction(await this.queries.get(result.id));
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
    progress: view.progress.map(({ recordedBy, ...note }) => ({
      ...note,
      attachments: note.attachments ?? [],
      recordedById: recordedBy,
    })),
    verifications: view.verifications.map(({ verifiedBy, ...check }) => ({
      ...check,
      attachments: check.attachments ?? [],
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
