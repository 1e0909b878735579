// The PQRS part of the gateway: mutations dispatch commands on the CommandBus and answer with the case
// as the read models show it; queries read the read models (and the log, for history).
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PQRS_COMMAND_ROLES } from '../../../domain/pqrs/index.js';
import type { Actor } from '../../../domain/shared/decider.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../../personal-data/personal-data-store.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import {
  AnswerPqrs,
  AssignPqrs,
  ClosePqrs,
  ExtendPqrsDeadline,
  ProvidePqrsInformation,
  ReceivePqrs,
  RequestPqrsInformation,
  TransferPqrs,
  WithdrawPqrs,
  type PqrsCaseCommand,
  type PqrsCommandResult,
} from '../pqrs.commands.js';
import { encodeCursor, PqrsQueries, type CaseView } from '../read-models/pqrs-queries.js';
import { ALL_ROLES, CurrentActor, Roles, type GraphQLRequestContext } from '../../../identity/auth.js';
import { CommandMetadataFactory } from '../../../graphql/command-metadata.factory.js';
import { personalDataViewOf } from '../../../personal-data/personal-data-view.js';
import {
  AnswerPqrsArgs,
  AssignPqrsArgs,
  CaseCommandArgs,
  CaseHistoryArgs,
  ExtendPqrsDeadlineArgs,
  PqrsListArgs,
  ProvidePqrsInformationArgs,
  RadicadoArgs,
  ReceivePqrsInput,
  RequestPqrsInformationArgs,
  TransferPqrsArgs,
  WithdrawPqrsArgs,
} from './pqrs.inputs.js';
import { CaseHistory, Petitioner, Pqrs, PqrsConnection, UserRef } from './pqrs.types.js';
import { FilingReceipt } from './filing-receipt.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = PQRS_COMMAND_ROLES;

@Resolver(() => Pqrs)
export class PqrsResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(PqrsQueries) private readonly queries: PqrsQueries,
    @Inject(CommandMetadataFactory) private readonly metadata: CommandMetadataFactory,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
  ) {}

  @Mutation(() => Pqrs, { description: 'Radica una PQRS y calcula su fecha de vencimiento.' })
  @Roles(...ROLES.ReceivePqrs)
  async receivePqrs(
    @Args('input') input: ReceivePqrsInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ): Promise<CaseView> {
    const { petitioner } = input;
    return this.run(
      new ReceivePqrs(
        {
          kind: input.kind,
          channel: input.channel,
          subject: input.subject.trim(),
          description: input.description.trim(),
          petitioner: {
            name: petitioner.name.trim(),
            documentType: petitioner.documentType.trim().toUpperCase(),
            documentNumber: petitioner.documentNumber.trim(),
            email: petitioner.email ?? null,
            phone: petitioner.phone ?? null,
            address: petitioner.address ?? null,
          },
          receivedAt: input.receivedAt ?? null,
          priority: input.priority ?? [],
          idempotencyKey: input.idempotencyKey ?? null,
        },
        this.metadata.create(actor, context),
      ),
    );
  }

  @Mutation(() => Pqrs, { description: 'Asigna o reasigna el caso a un funcionario.' })
  @Roles(...ROLES.AssignPqrs)
  assignPqrs(
    @Args() args: AssignPqrsArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new AssignPqrs(args.radicado, args.assigneeId, args.dependency ?? null, metadata, revision(args)),
    );
  }

  @Mutation(() => Pqrs, {
    description: 'Requerimiento para completar la petición (art. 17): detiene el término.',
  })
  @Roles(...ROLES.RequestInformation)
  requestPqrsInformation(
    @Args() args: RequestPqrsInformationArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(new RequestPqrsInformation(args.radicado, args.note, metadata, revision(args)));
  }

  @Mutation(() => Pqrs, { description: 'El peticionario completó la información: el término se reinicia.' })
  @Roles(...ROLES.ProvideInformation)
  providePqrsInformation(
    @Args() args: ProvidePqrsInformationArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new ProvidePqrsInformation(args.radicado, args.providedAt, args.note, metadata, revision(args)),
    );
  }

  @Mutation(() => Pqrs, {
    description: 'Prórroga: antes del vencimiento, con motivo, hasta el doble del término.',
  })
  @Roles(...ROLES.ExtendDeadline)
  extendPqrsDeadline(
    @Args() args: ExtendPqrsDeadlineArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new ExtendPqrsDeadline(args.radicado, args.newDueDate, args.reason, metadata, revision(args)),
    );
  }

  @Mutation(() => Pqrs, {
    description: 'Traslado por competencia (dentro de 5 días hábiles): termina el caso.',
  })
  @Roles(...ROLES.TransferPqrs)
  transferPqrs(
    @Args() args: TransferPqrsArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(new TransferPqrs(args.radicado, args.entity, args.reason, metadata, revision(args)));
  }

  @Mutation(() => Pqrs, {
    description: 'Responde el caso; queda a tiempo o extemporáneo según el vencimiento.',
  })
  @Roles(...ROLES.AnswerPqrs)
  answerPqrs(
    @Args() args: AnswerPqrsArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new AnswerPqrs(
        args.radicado,
        args.answer,
        args.answeredAt ?? null,
        args.accessDecision ?? null,
        metadata,
        revision(args),
      ),
    );
  }

  @Mutation(() => Pqrs, { description: 'Cierra un caso respondido.' })
  @Roles(...ROLES.ClosePqrs)
  closePqrs(
    @Args() args: CaseCommandArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    return this.run(new ClosePqrs(args.radicado, this.metadata.create(actor, context), revision(args)));
  }

  @Mutation(() => Pqrs, { description: 'Desistimiento expreso o tácito del peticionario.' })
  @Roles(...ROLES.WithdrawPqrs)
  withdrawPqrs(
    @Args() args: WithdrawPqrsArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(new WithdrawPqrs(args.radicado, args.mode, args.reason, metadata, revision(args)));
  }

  @Query(() => Pqrs, { description: 'Un caso por su radicado.' })
  @Roles(...ALL_ROLES)
  pqrs(@Args() { radicado }: RadicadoArgs): Promise<CaseView> {
    return this.queries.getCase(radicado);
  }

  @Query(() => PqrsConnection, {
    description: 'Casos filtrados; por omisión, del más reciente al más antiguo.',
  })
  @Roles(...ALL_ROLES)
  async pqrsList(@Args() { filter, first, after, sort }: PqrsListArgs): Promise<PqrsConnection> {
    const page = await this.queries.list(filter ?? {}, first, after ?? null, sort);
    const nodes = page.nodes as unknown as Pqrs[];
    return {
      nodes,
      edges: nodes.map((node) => ({ node, cursor: encodeCursor(node, sort) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => FilingReceipt, { description: 'Constancia de radicación de un caso, para imprimir.' })
  @Roles(...ALL_ROLES)
  filingReceipt(@Args() { radicado }: RadicadoArgs): Promise<FilingReceipt> {
    return this.queries.filingReceipt(radicado);
  }

  @Query(() => CaseHistory, {
    description:
      'Historial del caso desde el registro, con la formulación y el cierre de sus acciones de mejora; con asOf, como estaba entonces.',
  })
  @Roles(...ALL_ROLES)
  async caseHistory(@Args() { radicado, asOf }: CaseHistoryArgs): Promise<CaseHistory> {
    const history = await this.queries.history(radicado, asOf ?? null);
    const actors = await this.users.findManyByIds([
      ...new Set(history.events.map((e) => e.metadata.actorId)),
    ]);
    return {
      radicado,
      asOf: asOf ?? null,
      state: history.state,
      events: history.events.map((event) => ({
        id: event.id,
        stream: event.stream,
        type: event.type,
        revision: event.revision,
        schemaVersion: event.schemaVersion,
        occurredAt: event.metadata.occurredAt,
        recordedAt: event.metadata.recordedAt,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId,
        hash: event.metadata.hash,
        data: event.data,
        actor: {
          id: event.metadata.actorId,
          username: actors.get(event.metadata.actorId)?.username ?? null,
          role: event.metadata.actorRole as Actor['role'],
        },
      })),
    };
  }

  @ResolveField(() => UserRef, { nullable: true })
  async assignee(@Parent() pqrs: Pqrs): Promise<UserRef | null> {
    if (!pqrs.assigneeId) return null;
    const user = await this.users.findById(pqrs.assigneeId);
    return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Días hábiles que faltan para el vencimiento: 0 el día del vencimiento, negativo si ya venció; null si el caso ya no corre término.',
  })
  businessDaysLeft(@Parent() pqrs: Pqrs): number | null {
    return this.queries.businessDaysLeftOf(pqrs);
  }

  @ResolveField(() => Petitioner)
  async petitioner(@Parent() pqrs: Pqrs): Promise<Petitioner> {
    return personalDataViewOf(pqrs.petitionerId, await this.personalData.get(pqrs.petitionerId));
  }

  private async run(command: ReceivePqrs | PqrsCaseCommand): Promise<CaseView> {
    const result: PqrsCommandResult = await this.commands.execute(command);
    return this.queries.getCase(result.radicado);
  }
}

function revision(args: CaseCommandArgs): number | undefined {
  return args.expectedRevision ?? undefined;
}
