// The notices of a case and the answer's review on the gateway: the case's notices, letter, draft and
// approval as fields of Pqrs; the review (draftAnswer, approveAnswer, returnAnswer) and a notice's
// follow-up (resendNotification, recordPostalDispatch, recordPostalOutcome) as commands on the one
// command path. A notice's follow-up goes to the record it belongs to (a case or an affiliation).
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { VENTANILLA_CONFIG } from '../../../config/config-token.js';
import type { VentanillaConfig } from '../../../config/configuration.js';
import type { NotificationCommand } from '../../../domain/notifications/notifications.js';
import { PQRS_COMMAND_ROLES, type PqrsCommand } from '../../../domain/pqrs/index.js';
import { BadUserInput, DomainRuleViolation, NotFound } from '../../../engine/application-errors.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { revisionSeen, RunCommand, type RunOptions } from '../../../engine/commands/run-command.js';
import { Origin, Roles, ALL_ROLES } from '../../../identity/auth.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { MAILER, type Mailer } from '../../../mail/mailer.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../../attachments/attachment-registry.js';
import {
  NoticeComposers,
  NotificationQueries,
  type NotificationDocument,
} from '../../notifications/index.js';
import { pqrsCase } from '../commands.js';
import type { CaseAnswerDraft, CaseDocument } from '../read-models/cases-projection.js';
import { PqrsQueries, type CaseView } from '../read-models/pqrs-queries.js';
import {
  DraftAnswerArgs,
  PostalDispatchArgs,
  PostalOutcomeArgs,
  ResendNotificationArgs,
  ReturnAnswerArgs,
  ReviewAnswerArgs,
} from './notices.inputs.js';
import {
  AnswerApprovalView,
  AnswerDraftView,
  AnswerLetterView,
  NoticeView,
  noticeViewOf,
  NotificationOutbox,
} from './notices.types.js';
import { Pqrs } from './pqrs.types.js';
import { DateScalar } from '../../../graphql/scalars.js';

/** Who may resend a notice or record its postal dispatch: whoever works the case (the domain checks more). */
const NOTICE_WORKERS = ['ADMIN', 'COORDINATOR', 'AGENT'] as const;

@Resolver(() => Pqrs)
export class NoticesResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(PqrsQueries) private readonly queries: PqrsQueries,
    @Inject(NotificationQueries) private readonly notices: NotificationQueries,
    @Inject(NoticeComposers) private readonly records: NoticeComposers,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  @Mutation(() => Pqrs, {
    description:
      'Guarda la respuesta como borrador para el visto bueno de un coordinador (tipos en revisión): no se envía nada.',
  })
  @Roles(...PQRS_COMMAND_ROLES.DraftAnswer)
  async draftAnswer(@Args() args: DraftAnswerArgs, @Origin() origin: CommandOrigin): Promise<CaseView> {
    const attachments =
      args.attachmentIds && args.attachmentIds.length > 0
        ? await this.attachments.forCommand(
            args.attachmentIds,
            { kind: 'STAFF', actorId: origin.actor.id },
            'attachmentIds',
          )
        : [];
    const data = {
      answer: args.answer,
      accessDecision: args.accessDecision ?? null,
      accessDenialGround: args.accessDenialGround ?? null,
      accessDenialDetail: args.accessDenialDetail ?? null,
      accessException: args.accessException ?? null,
      accessDenialProvision: args.accessDenialProvision ?? null,
      accessDenialHarm: args.accessDenialHarm ?? null,
      publicVersionDelivered: args.publicVersionDelivered ?? null,
      attachments,
    };
    return this.run(args.radicado, { type: 'DraftAnswer', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description:
      'Visto bueno: la respuesta del borrador queda dada con su oficio (número de salida) y se envía al peticionario.',
  })
  @Roles(...PQRS_COMMAND_ROLES.ApproveAnswer)
  approveAnswer(@Args() args: ReviewAnswerArgs, @Origin() origin: CommandOrigin): Promise<CaseView> {
    return this.run(
      args.radicado,
      { type: 'ApproveAnswer', data: { draft: args.draft } },
      origin,
      revisionSeen(args),
    );
  }

  @Mutation(() => Pqrs, { description: 'Devuelve el borrador de respuesta con observaciones.' })
  @Roles(...PQRS_COMMAND_ROLES.ReturnAnswer)
  returnAnswer(@Args() args: ReturnAnswerArgs, @Origin() origin: CommandOrigin): Promise<CaseView> {
    const data = { draft: args.draft, remarks: args.remarks };
    return this.run(args.radicado, { type: 'ReturnAnswer', data }, origin, revisionSeen(args));
  }

  @Mutation(() => NoticeView, {
    description:
      'Reenvía un aviso por correo electrónico (fallido, o que el destinatario no recibió): nuevo Message-ID.',
  })
  @Roles(...NOTICE_WORKERS)
  resendNotification(@Args() args: ResendNotificationArgs, @Origin() origin: CommandOrigin) {
    return this.follow(
      args.id,
      { type: 'ResendNotification', data: { notificationId: args.id, reason: args.reason } },
      origin,
    );
  }

  @Mutation(() => NoticeView, {
    description:
      'Registra el envío postal de un aviso (empresa, guía y fecha), en lugar del correo electrónico.',
  })
  @Roles(...NOTICE_WORKERS)
  recordPostalDispatch(@Args() args: PostalDispatchArgs, @Origin() origin: CommandOrigin) {
    const data = {
      notificationId: args.notificationId,
      carrier: args.carrier,
      guideNumber: args.guideNumber,
      dispatchedOn: args.dispatchedAt,
    };
    return this.follow(args.notificationId, { type: 'RecordPostalDispatch', data }, origin);
  }

  @Mutation(() => NoticeView, { description: 'Registra la entrega o la devolución de un envío postal.' })
  @Roles(...NOTICE_WORKERS)
  recordPostalOutcome(@Args() args: PostalOutcomeArgs, @Origin() origin: CommandOrigin) {
    const data = { notificationId: args.notificationId, outcome: args.outcome, on: args.on };
    return this.follow(args.notificationId, { type: 'RecordPostalOutcome', data }, origin);
  }

  @Query(() => NotificationOutbox, {
    description: 'Cuántos avisos esperan envío o fallaron, y si hay servidor de correo configurado.',
  })
  @Roles(...ALL_ROLES)
  async notificationOutbox(): Promise<NotificationOutbox> {
    return { smtpConfigured: this.mailer.configured, ...(await this.notices.outbox()) };
  }

  @Query(() => [NoticeView], {
    description: 'Los avisos fallidos, del más reciente al más antiguo: deben darse por otro medio.',
  })
  @Roles(...ALL_ROLES)
  async failedNotifications(
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
  ): Promise<NoticeView[]> {
    if (first < 1 || first > 500) throw new BadUserInput('first', 'Pida entre 1 y 500 avisos.');
    return (await this.notices.failed(first)).map(noticeViewOf);
  }

  @ResolveField(() => Boolean, {
    description:
      'Las respuestas de este tipo pasan por visto bueno (VENTANILLA_REVIEW_KINDS): se redactan con draftAnswer.',
  })
  answerReviewRequired(@Parent() pqrs: Pqrs): boolean {
    return this.config.mail.reviewKinds.includes(pqrs.kind);
  }

  @ResolveField(() => [NoticeView], { description: 'Los avisos del caso, en el orden en que se pidieron.' })
  notifications(@Parent() pqrs: Pqrs): NoticeView[] {
    return ((pqrs as unknown as CaseDocument).notifications ?? []).map(noticeViewOf);
  }

  @ResolveField(() => AnswerLetterView, {
    nullable: true,
    description: 'El oficio de respuesta, si se generó.',
  })
  answerLetter(@Parent() pqrs: Pqrs): AnswerLetterView | null {
    return ((pqrs as unknown as CaseDocument).answerLetter ?? null) as AnswerLetterView | null;
  }

  @ResolveField(() => DateScalar, {
    nullable: true,
    description: 'Fecha de notificación de la respuesta: envío del correo, despacho postal o publicación.',
  })
  answerNotifiedOn(@Parent() pqrs: Pqrs): string | null {
    return (pqrs as unknown as CaseDocument).answerNotifiedOn ?? null;
  }

  @ResolveField(() => AnswerDraftView, {
    nullable: true,
    description: 'La respuesta en revisión (visto bueno), mientras no se aprueba.',
  })
  async answerDraft(@Parent() pqrs: Pqrs): Promise<AnswerDraftView | null> {
    const draft: CaseAnswerDraft | null = (pqrs as unknown as CaseDocument).answerDraft ?? null;
    if (draft === null) return null;
    const revealed = await this.texts.reveal(draft);
    return {
      ...revealed,
      attachments: [...revealed.attachments],
      draftedById: draft.draftedBy,
      draftedBy: await this.nameOf(draft.draftedBy),
    };
  }

  @ResolveField(() => AnswerApprovalView, { nullable: true, description: 'El visto bueno de la respuesta.' })
  async answerApproval(@Parent() pqrs: Pqrs): Promise<AnswerApprovalView | null> {
    const approval = (pqrs as unknown as CaseDocument).answerApproval ?? null;
    if (approval === null) return null;
    return {
      draft: approval.draft,
      draftedBy: await this.nameOf(approval.draftedBy),
      approvedBy: await this.nameOf(approval.approvedBy),
      approvedAt: approval.approvedAt,
    };
  }

  private async nameOf(accountId: string): Promise<string> {
    return (await this.users.findById(accountId))?.fullName ?? accountId;
  }

  private async run(
    radicado: string,
    command: PqrsCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<CaseView> {
    const { id } = await this.commands.execute(new RunCommand(pqrsCase, radicado, command, origin, options));
    return this.texts.reveal(await this.queries.getCase(id));
  }

  /** A notice's follow-up, run on the record it belongs to; answers with the notice as it now stands. */
  private async follow(
    notificationId: string,
    command: NotificationCommand,
    origin: CommandOrigin,
  ): Promise<NoticeView> {
    const notice = await this.notices.get(notificationId);
    const record = notice === null ? null : this.records.recordOf(notice.stream);
    if (notice === null || record === null) {
      throw new NotFound(`No existe el aviso ${notificationId}.`);
    }
    try {
      await this.commands.execute(new RunCommand(record.aggregate, notice.recordId, command, origin));
    } catch (error) {
      // The domain names the dispatch day `dispatchedOn`; the mutation's argument is `dispatchedAt`.
      if (error instanceof DomainRuleViolation && error.domainError.field === 'dispatchedOn') {
        throw new DomainRuleViolation({ ...error.domainError, field: 'dispatchedAt' });
      }
      throw error;
    }
    const updated = (await this.notices.get(notificationId)) as NotificationDocument;
    return noticeViewOf(updated);
  }
}
