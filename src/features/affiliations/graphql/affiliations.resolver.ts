// The affiliation part of the gateway: each mutation builds the domain's command and runs it on the one
// command path (RunCommand), then answers with the affiliation as the read models show it; queries read
// the read models.
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../../attachments/attachment-registry.js';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AffiliationQueries, encodeAffiliationCursor } from '../read-models/affiliation-queries.js';
import { AFFILIATION_COMMAND_ROLES, type AffiliationCommand } from '../../../domain/affiliation/index.js';
import { staffMemberNamed } from '../../../domain/shared/staff-member.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type RunOptions,
} from '../../../engine/commands/run-command.js';
import { USER_STORE, type UserAccount, type UserStore } from '../../../identity/user-store.js';
import { PersonalDataAccess } from '../../../personal-data/personal-data-access.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import type {
  AffiliationDocument,
  AffiliationNoveltyDocument,
} from '../read-models/affiliations-projection.js';
import { ALL_ROLES, Origin, Roles } from '../../../identity/auth.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
import { affiliationCase } from '../commands.js';
import { NoticeView, noticeViewOf } from '../../pqrs/index.js';
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
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PersonalDataAccess) private readonly personalData: PersonalDataAccess,
    // Reasons and novelty descriptions are references to the vault in the read models: revealed here.
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
  ) {}

  @Mutation(() => Affiliation, {
    description: 'Recibe una solicitud de afiliación con la lista de documentos vigente para su tipo.',
  })
  @Roles(...ROLES.ReceiveAffiliation)
  receiveAffiliation(@Args('input') input: ReceiveAffiliationInput, @Origin() origin: CommandOrigin) {
    const { applicant } = input;
    // With an idempotency key the affiliation id derives from it: a repeated call finds the same stream.
    const affiliationId = newInstanceId('affiliation', input.idempotencyKey);
    const command: AffiliationCommand = {
      type: 'ReceiveAffiliation',
      data: {
        affiliationId,
        affiliationType: input.affiliationType,
        channel: input.channel,
        applicantId: '',
        // The look-ups read the campaign's first day from its stream.
        campaign: input.campaignId ? { campaignId: input.campaignId, startDate: null } : null,
        receivedAt: input.receivedAt ?? null,
        requiredDocuments: [],
        lateEntryReason: input.lateEntryReason ?? null,
      },
    };
    return this.run(affiliationId, command, origin, {
      ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      people: {
        applicantId: {
          name: applicant.name.trim(),
          documentType: applicant.documentType.trim().toUpperCase(),
          documentNumber: applicant.documentNumber.trim(),
          email: applicant.email ?? null,
          phone: applicant.phone ?? null,
          address: applicant.address ?? null,
        },
      },
    });
  }

  @Mutation(() => Affiliation, { description: 'Asigna la afiliación al funcionario que la revisa.' })
  @Roles(...ROLES.AssignAffiliation)
  assignAffiliation(@Args() args: AssignAffiliationArgs, @Origin() origin: CommandOrigin) {
    const data = { assignee: staffMemberNamed(args.assigneeId) };
    return this.run(args.id, { type: 'AssignAffiliation', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Affiliation, { description: 'Registra un documento soporte revisado y aceptado.' })
  @Roles(...ROLES.SubmitDocument)
  async submitAffiliationDocument(
    @Args() args: SubmitAffiliationDocumentArgs,
    @Origin() origin: CommandOrigin,
  ) {
    const { documentType, evidenceReference, attachmentId } = args.input;
    const attachments = attachmentId
      ? await this.attachments.forCommand(
          [attachmentId],
          { kind: 'STAFF', actorId: origin.actor.id },
          'input.attachmentId',
        )
      : [];
    const data = { documentType, evidenceReference: evidenceReference ?? null, attachments };
    return this.run(args.id, { type: 'SubmitDocument', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Affiliation, { description: 'Rechaza un documento soporte, con el motivo.' })
  @Roles(...ROLES.RejectDocument)
  rejectAffiliationDocument(@Args() args: RejectAffiliationDocumentArgs, @Origin() origin: CommandOrigin) {
    const data = { documentType: args.documentType, reason: args.reason };
    return this.run(args.id, { type: 'RejectDocument', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Affiliation, {
    description: 'Verifica que todos los documentos requeridos fueron aceptados (nombra los que falten).',
  })
  @Roles(...ROLES.VerifyRequirements)
  verifyAffiliationRequirements(@Args() args: AffiliationCommandArgs, @Origin() origin: CommandOrigin) {
    return this.run(args.id, { type: 'VerifyRequirements', data: {} }, origin, revisionSeen(args));
  }

  @Mutation(() => Affiliation, {
    description: 'Aprueba la afiliación (requisitos verificados) y expide el número de afiliado.',
  })
  @Roles(...ROLES.ApproveAffiliation)
  approveAffiliation(@Args() args: AffiliationCommandArgs, @Origin() origin: CommandOrigin) {
    // The member number is issued by the look-ups, from the counter, once the approval may go ahead.
    const data = { memberNumber: '' };
    return this.run(args.id, { type: 'ApproveAffiliation', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Affiliation, { description: 'Rechaza la afiliación, con el motivo.' })
  @Roles(...ROLES.RejectAffiliation)
  rejectAffiliation(@Args() args: RejectAffiliationArgs, @Origin() origin: CommandOrigin) {
    const data = { reason: args.reason };
    return this.run(args.id, { type: 'RejectAffiliation', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Affiliation, { description: 'Registra que se notificó la decisión al solicitante.' })
  @Roles(...ROLES.NotifyDecision)
  notifyAffiliationDecision(@Args() args: NotifyAffiliationDecisionArgs, @Origin() origin: CommandOrigin) {
    const data = { channel: args.channel };
    return this.run(args.id, { type: 'NotifyDecision', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Affiliation, {
    description: 'Reporta una novedad de un afiliado: actualización de datos, retiro o reactivación.',
  })
  @Roles(...ROLES.ReportNovelty)
  reportAffiliationNovelty(@Args() args: ReportAffiliationNoveltyArgs, @Origin() origin: CommandOrigin) {
    const { kind, description, effectiveDate } = args.input;
    const data = { kind, description, effectiveDate };
    return this.run(args.id, { type: 'ReportNovelty', data }, origin, revisionSeen(args));
  }

  @Query(() => Affiliation, { description: 'Una afiliación por su id.' })
  @Roles(...ALL_ROLES)
  async affiliation(@Args() { id }: AffiliationIdArgs): Promise<AffiliationDocument> {
    return this.texts.reveal(await this.queries.getAffiliation(id));
  }

  @Query(() => AffiliationConnection, {
    description: 'Afiliaciones filtradas, de la más reciente a la más antigua.',
  })
  @Roles(...ALL_ROLES)
  async affiliations(@Args() { filter, first, after }: AffiliationsArgs): Promise<AffiliationConnection> {
    const page = await this.queries.list(filter ?? {}, first, after ?? null);
    const nodes = (await this.texts.reveal(page.nodes)) as unknown as Affiliation[];
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
    return this.withReporters(await this.texts.reveal(await this.queries.novelties(from, to)));
  }

  private async withReporters(
    novelties: readonly AffiliationNoveltyDocument[],
  ): Promise<AffiliationNovelty[]> {
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

  @ResolveField(() => [AffiliationNovelty], {
    description:
      'Las novedades del afiliado (actualización de datos, retiro, reactivación), en el orden en que se reportaron.',
  })
  async novelties(@Parent() affiliation: Affiliation): Promise<AffiliationNovelty[]> {
    return this.withReporters(await this.texts.reveal(await this.queries.noveltiesOf(affiliation.id)));
  }

  @ResolveField(() => [Affiliation], {
    description:
      'Las demás solicitudes de afiliación del mismo solicitante (por su documento), de la más reciente a la más antigua.',
  })
  async otherRequests(@Parent() affiliation: Affiliation): Promise<Affiliation[]> {
    const requests = await this.queries.requestsOf(affiliation.applicantId);
    const others = requests.filter((request) => request.id !== affiliation.id);
    return (await this.texts.reveal(others)) as unknown as Affiliation[];
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
      attachment: document.attachment ?? null,
      checkedBy: document.checkedBy ? userRefOf(checkers.get(document.checkedBy)) : null,
    }));
  }

  @ResolveField(() => [NoticeView], {
    description:
      'Los avisos de la decisión al solicitante, en el orden en que se pidieron, y lo que fue de cada uno (enviado, fallido, despachado por correo postal).',
  })
  notifications(@Parent() affiliation: Affiliation): NoticeView[] {
    return ((affiliation as unknown as AffiliationDocument).notifications ?? []).map(noticeViewOf);
  }

  @ResolveField(() => Applicant, {
    description:
      'Datos personales del solicitante, del almacén cifrado, en la versión con que se recibió la solicitud: completos o enmascarados según el rol y el caso.',
  })
  applicant(
    @Parent() affiliation: Affiliation,
    @Origin() origin: CommandOrigin,
    @Context() request: object,
  ): Promise<Applicant> {
    return this.personalData.show(request, origin, {
      personId: affiliation.applicantId,
      version: affiliation.applicantVersion,
      holder: {
        reference: affiliation.id,
        assigneeId: affiliation.assigneeId,
        filedBy: affiliation.receivedBy ?? null,
      },
    });
  }

  /** Runs the command on the affiliation and answers with it as the read models show it. */
  private async run(
    affiliationId: string,
    command: AffiliationCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<AffiliationDocument> {
    await this.commands.execute(new RunCommand(affiliationCase, affiliationId, command, origin, options));
    return this.texts.reveal(await this.queries.getAffiliation(affiliationId));
  }
}

function userRefOf(user: UserAccount | undefined): UserRef | null {
  return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
}
