// The affiliation part of the gateway: mutations dispatch commands on the CommandBus and answer with the
// affiliation as the read models show it; queries read the read models.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AffiliationQueries, encodeAffiliationCursor } from '../read-models/affiliation-queries.js';
import {
  ApproveAffiliation,
  AssignAffiliation,
  NotifyAffiliationDecision,
  ReceiveAffiliation,
  RejectAffiliation,
  RejectAffiliationDocument,
  ReportAffiliationNovelty,
  SubmitAffiliationDocument,
  VerifyAffiliationRequirements,
  type AffiliationCaseCommand,
  type AffiliationCommandResult,
} from '../affiliations.commands.js';
import { AFFILIATION_COMMAND_ROLES } from '../../../domain/affiliation/index.js';
import type { Actor } from '../../../domain/shared/decider.js';
import { USER_STORE, type UserAccount, type UserStore } from '../../../identity/user-store.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../../personal-data/personal-data-store.js';
import type { AffiliationDocument } from '../read-models/affiliations-projection.js';
import { ALL_ROLES, CurrentActor, Roles, type GraphQLRequestContext } from '../../../identity/auth.js';
import { CommandMetadataFactory } from '../../../graphql/command-metadata.factory.js';
import { personalDataViewOf } from '../../../personal-data/personal-data-view.js';
import { UserRef } from '../../pqrs/graphql/pqrs.types.js';
import {
  AffiliationCommandArgs,
  AffiliationIdArgs,
  AffiliationPeriodArgs,
  AffiliationsArgs,
  AssignAffiliationArgs,
  NotifyAffiliationDecisionArgs,
  ReceiveAffiliationInput,
  RejectAffiliationArgs,
  RejectAffiliationDocumentArgs,
  ReportAffiliationNoveltyArgs,
  SubmitAffiliationDocumentArgs,
} from './affiliations.inputs.js';
import {
  Affiliation,
  AffiliationConnection,
  AffiliationNovelty,
  AffiliationStatistics,
  Applicant,
  SupportDocument,
} from './affiliations.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = AFFILIATION_COMMAND_ROLES;

@Resolver(() => Affiliation)
export class AffiliationResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(AffiliationQueries) private readonly queries: AffiliationQueries,
    @Inject(CommandMetadataFactory) private readonly metadata: CommandMetadataFactory,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
  ) {}

  @Mutation(() => Affiliation, {
    description: 'Recibe una solicitud de afiliación con la lista de documentos vigente para su tipo.',
  })
  @Roles(...ROLES.ReceiveAffiliation)
  receiveAffiliation(
    @Args('input') input: ReceiveAffiliationInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const { applicant } = input;
    return this.run(
      new ReceiveAffiliation(
        {
          affiliationType: input.affiliationType,
          channel: input.channel,
          applicant: {
            name: applicant.name.trim(),
            documentType: applicant.documentType.trim().toUpperCase(),
            documentNumber: applicant.documentNumber.trim(),
            email: applicant.email ?? null,
            phone: applicant.phone ?? null,
            address: applicant.address ?? null,
          },
          campaign: input.campaign ?? null,
          receivedAt: input.receivedAt ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        this.metadata.create(actor, context),
      ),
    );
  }

  @Mutation(() => Affiliation, { description: 'Asigna la afiliación al funcionario que la revisa.' })
  @Roles(...ROLES.AssignAffiliation)
  assignAffiliation(
    @Args() args: AssignAffiliationArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    return this.run(
      new AssignAffiliation(args.id, args.assigneeId, this.metadata.create(actor, context), revision(args)),
    );
  }

  @Mutation(() => Affiliation, { description: 'Registra un documento soporte revisado y aceptado.' })
  @Roles(...ROLES.SubmitDocument)
  submitAffiliationDocument(
    @Args() args: SubmitAffiliationDocumentArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new SubmitAffiliationDocument(
        args.id,
        args.input.documentType,
        args.input.evidenceReference,
        metadata,
        revision(args),
      ),
    );
  }

  @Mutation(() => Affiliation, { description: 'Rechaza un documento soporte, con el motivo.' })
  @Roles(...ROLES.RejectDocument)
  rejectAffiliationDocument(
    @Args() args: RejectAffiliationDocumentArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new RejectAffiliationDocument(args.id, args.documentType, args.reason, metadata, revision(args)),
    );
  }

  @Mutation(() => Affiliation, {
    description: 'Verifica que todos los documentos requeridos fueron aceptados (nombra los que falten).',
  })
  @Roles(...ROLES.VerifyRequirements)
  verifyAffiliationRequirements(
    @Args() args: AffiliationCommandArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    return this.run(
      new VerifyAffiliationRequirements(args.id, this.metadata.create(actor, context), revision(args)),
    );
  }

  @Mutation(() => Affiliation, {
    description: 'Aprueba la afiliación (requisitos verificados) y expide el número de afiliado.',
  })
  @Roles(...ROLES.ApproveAffiliation)
  approveAffiliation(
    @Args() args: AffiliationCommandArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    return this.run(new ApproveAffiliation(args.id, this.metadata.create(actor, context), revision(args)));
  }

  @Mutation(() => Affiliation, { description: 'Rechaza la afiliación, con el motivo.' })
  @Roles(...ROLES.RejectAffiliation)
  rejectAffiliation(
    @Args() args: RejectAffiliationArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    return this.run(
      new RejectAffiliation(args.id, args.reason, this.metadata.create(actor, context), revision(args)),
    );
  }

  @Mutation(() => Affiliation, { description: 'Registra que se notificó la decisión al solicitante.' })
  @Roles(...ROLES.NotifyDecision)
  notifyAffiliationDecision(
    @Args() args: NotifyAffiliationDecisionArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    return this.run(
      new NotifyAffiliationDecision(
        args.id,
        args.channel,
        this.metadata.create(actor, context),
        revision(args),
      ),
    );
  }

  @Mutation(() => Affiliation, {
    description: 'Reporta una novedad de un afiliado: actualización de datos, retiro o reactivación.',
  })
  @Roles(...ROLES.ReportNovelty)
  reportAffiliationNovelty(
    @Args() args: ReportAffiliationNoveltyArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ) {
    const { kind, description, effectiveDate } = args.input;
    const metadata = this.metadata.create(actor, context);
    return this.run(
      new ReportAffiliationNovelty(args.id, kind, description, effectiveDate, metadata, revision(args)),
    );
  }

  @Query(() => Affiliation, { description: 'Una afiliación por su id.' })
  @Roles(...ALL_ROLES)
  affiliation(@Args() { id }: AffiliationIdArgs): Promise<AffiliationDocument> {
    return this.queries.getAffiliation(id);
  }

  @Query(() => AffiliationConnection, {
    description: 'Afiliaciones filtradas, de la más reciente a la más antigua.',
  })
  @Roles(...ALL_ROLES)
  async affiliations(@Args() { filter, first, after }: AffiliationsArgs): Promise<AffiliationConnection> {
    const page = await this.queries.list(filter ?? {}, first, after ?? null);
    const nodes = page.nodes as unknown as Affiliation[];
    return {
      nodes,
      edges: nodes.map((node) => ({ node, cursor: encodeAffiliationCursor(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [AffiliationNovelty], {
    description:
      'Reporte de novedades: las que rigen entre from y to (fechas de Bogotá), por fecha de efecto.',
  })
  @Roles(...ALL_ROLES)
  async affiliationNovelties(@Args() { from, to }: AffiliationPeriodArgs): Promise<AffiliationNovelty[]> {
    const novelties = await this.queries.novelties(from, to);
    const reporters = await this.users.findManyByIds([...new Set(novelties.map((n) => n.reportedBy))]);
    return novelties.map((novelty) => ({
      ...novelty,
      reportedBy: userRefOf(reporters.get(novelty.reportedBy)),
    }));
  }

  @Query(() => AffiliationStatistics, {
    description:
      'Afiliaciones del periodo por estado, tipo, canal y campaña, y días promedio hasta la decisión.',
  })
  @Roles(...ALL_ROLES)
  async affiliationStatistics(@Args() { from, to }: AffiliationPeriodArgs): Promise<AffiliationStatistics> {
    return { from, to, ...(await this.queries.statistics(from, to)) } as AffiliationStatistics;
  }

  @ResolveField(() => UserRef, { nullable: true })
  async assignee(@Parent() affiliation: Affiliation): Promise<UserRef | null> {
    if (!affiliation.assigneeId) return null;
    return userRefOf((await this.users.findById(affiliation.assigneeId)) ?? undefined);
  }

  @ResolveField(() => [SupportDocument], { description: 'La lista de requisitos vigente, con su estado.' })
  async documents(@Parent() affiliation: Affiliation): Promise<SupportDocument[]> {
    const { documents } = affiliation as unknown as AffiliationDocument;
    const checkers = await this.users.findManyByIds([
      ...new Set(documents.flatMap((document) => (document.checkedBy ? [document.checkedBy] : []))),
    ]);
    return documents.map((document) => ({
      ...document,
      checkedBy: document.checkedBy ? userRefOf(checkers.get(document.checkedBy)) : null,
    }));
  }

  @ResolveField(() => Applicant, { description: 'Datos personales del solicitante, del almacén cifrado.' })
  async applicant(@Parent() affiliation: Affiliation): Promise<Applicant> {
    return personalDataViewOf(affiliation.applicantId, await this.personalData.get(affiliation.applicantId));
  }

  private async run(command: ReceiveAffiliation | AffiliationCaseCommand): Promise<AffiliationDocument> {
    const result: AffiliationCommandResult = await this.commands.execute(command);
    return this.queries.getAffiliation(result.affiliationId);
  }
}

function userRefOf(user: UserAccount | undefined): UserRef | null {
  return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
}

function revision(args: AffiliationCommandArgs): number | undefined {
  return args.expectedRevision ?? undefined;
}
