// The PQRS part of the gateway: each mutation builds the domain's command and runs it on the one command
// path (RunCommand), then answers with the case as the read models show it; queries read the read models
// (and the log, for history). The read models and the log hold the case's free texts as references to
// the personal-data vault: every answer reveals them (PersonalTexts) before it leaves.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PQRS_COMMAND_ROLES, type PqrsCommand } from '../../../domain/pqrs/index.js';
import { staffMemberNamed } from '../../../domain/shared/staff-member.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { revisionSeen, RunCommand, type RunOptions } from '../../../engine/commands/run-command.js';
import { PersonalDataAccess } from '../../../personal-data/personal-data-access.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { pqrsCase, RADICADO_TO_BE_ISSUED } from '../commands.js';
import { encodeCursor, PqrsQueries, type CaseView } from '../read-models/pqrs-queries.js';
import { PqrsListSearch } from '../pqrs-list-search.js';
import { ALL_ROLES, Origin, Roles, staffRoleOf } from '../../../identity/auth.js';
import {
  AnswerPqrsArgs,
  AssignPqrsArgs,
  CaseCommandArgs,
  CaseHistoryArgs,
  ExtendPqrsCompletionWindowArgs,
  ExtendPqrsDeadlineArgs,
  PqrsListArgs,
  RecordPqrsCopiesDeliveryArgs,
  ProvidePqrsInformationArgs,
  RadicadoArgs,
  ReceivePqrsInput,
  RequestPqrsInformationArgs,
  TransferPqrsArgs,
  WithdrawPqrsArgs,
} from './pqrs.inputs.js';
import {
  CaseHistory,
  NegativeSilenceView,
  Petitioner,
  PositiveSilenceView,
  Pqrs,
  PqrsConnection,
} from './pqrs.types.js';
import type { CaseDocument } from '../read-models/cases-projection.js';
import { silenceOfState } from '../read-models/case-silence.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
import { FilingReceipt } from './filing-receipt.types.js';
import { receivingOfficialOf } from '../read-models/filing-receipt.js';
import { petitionerOf } from './filing.js';
import { accessCodeHashOf, newAccessCode } from '../access-codes.js';
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../../attachments/attachment-registry.js';
import { VENTANILLA_CONFIG } from '../../../config/config-token.js';
import type { VentanillaConfig } from '../../../config/configuration.js';
import { BUSINESS_CALENDAR, CLOCK } from '../../../engine/tokens.js';
import { stepAllowedUntil, type WindowedStep } from '../../../domain/pqrs/step-windows.js';
import { claimInProcessMarkPendingUntil } from '../../../domain/pqrs/claim-in-process.js';
import { claimInProcessMarkDueBy } from '../../../domain/pqrs/habeas-data-terms.js';
import type { BusinessCalendar } from '../../../domain/shared/business-calendar.js';
import { bogotaDateOf } from '../../../domain/shared/time.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { priorityClaimOf } from './priority-merit.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = PQRS_COMMAND_ROLES;

@Resolver(() => Pqrs)
export class PqrsResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(PqrsQueries) private readonly queries: PqrsQueries,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PersonalDataAccess) private readonly personalData: PersonalDataAccess,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(PqrsListSearch) private readonly listSearch: PqrsListSearch,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(CLOCK) private readonly clock: () => Date,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: (version?: string) => BusinessCalendar,
  ) {}

  @Mutation(() => Pqrs, { description: 'Radica una PQRS y calcula su fecha de vencimiento.' })
  @Roles(...ROLES.ReceivePqrs)
  async receivePqrs(
    @Args('input') input: ReceivePqrsInput,
    @Origin() origin: CommandOrigin,
  ): Promise<CaseView> {
    const petitioner = petitionerOf(input.personType, input.petitioner, input.answerChannel, 'petitioner');
    const attachments = await this.attachmentsOf(input.attachmentIds, origin);
    // The petitioner follows the case on the Ventanilla virtual with this code, printed once on the
    // constancia; the log keeps only its hash.
    const accessCode = newAccessCode();
    const { id, events } = await this.commands.execute(
      new RunCommand(
        pqrsCase,
        null,
        {
          type: 'ReceivePqrs',
          data: {
            radicado: RADICADO_TO_BE_ISSUED,
            kind: input.kind,
            channel: input.channel,
            subject: input.subject.trim(),
            description: input.description.trim(),
            petitionerId: petitioner === null ? null : '',
            personType: input.personType,
            answerChannel: input.answerChannel ?? null,
            dataProcessingConsent: input.dataProcessingConsent
              ? {
                  policyVersion: this.config.publicPortal.policyVersion,
                  acceptedAt: this.clock().toISOString(),
                }
              : null,
            attachments,
            accessCodeHash: accessCodeHashOf(accessCode),
            accessCode,
            receivedAt: input.receivedAt ?? null,
            priority: input.priority ?? [],
            ...priorityClaimOf(input, attachments),
            lateEntryReason: input.lateEntryReason ?? null,
            refilingOf: input.refilingOf ?? null,
          },
        },
        origin,
        {
          ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
          ...(petitioner === null ? {} : { people: { petitionerId: petitioner } }),
        },
      ),
    );
    const filed = await this.texts.reveal(await this.queries.getCase(id));
    // A repeated idempotency key files nothing new: the code of the first filing was shown then, and this
    // one was never kept.
    const received = events.some((event: { type: string }) => event.type === 'Received');
    return { ...filed, accessCode: received ? accessCode : null };
  }

  @Mutation(() => Pqrs, { description: 'Asigna o reasigna el caso a un funcionario.' })
  @Roles(...ROLES.AssignPqrs)
  assignPqrs(@Args() args: AssignPqrsArgs, @Origin() origin: CommandOrigin) {
    const data = { assignee: staffMemberNamed(args.assigneeId), dependency: args.dependency ?? null };
    return this.run(args.radicado, { type: 'AssignPqrs', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description: 'Requerimiento para completar la petición (art. 17): detiene el término.',
  })
  @Roles(...ROLES.RequestInformation)
  requestPqrsInformation(@Args() args: RequestPqrsInformationArgs, @Origin() origin: CommandOrigin) {
    const data = { note: args.note };
    return this.run(args.radicado, { type: 'RequestInformation', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, { description: 'El peticionario completó la información: el término se reinicia.' })
  @Roles(...ROLES.ProvideInformation)
  async providePqrsInformation(@Args() args: ProvidePqrsInformationArgs, @Origin() origin: CommandOrigin) {
    const data = {
      providedAt: args.providedAt,
      note: args.note,
      lateEntryReason: args.lateEntryReason ?? null,
      attachments: await this.attachmentsOf(args.attachmentIds, origin),
    };
    return this.run(args.radicado, { type: 'ProvideInformation', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description:
      'Prórroga: una sola por petición, antes del vencimiento, con motivo, hasta el doble del término.',
  })
  @Roles(...ROLES.ExtendDeadline)
  extendPqrsDeadline(@Args() args: ExtendPqrsDeadlineArgs, @Origin() origin: CommandOrigin) {
    const data = { newDueDate: args.newDueDate, reason: args.reason };
    return this.run(args.radicado, { type: 'ExtendDeadline', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description: 'Traslado por competencia (dentro de 5 días hábiles): termina el caso.',
  })
  @Roles(...ROLES.TransferPqrs)
  transferPqrs(@Args() args: TransferPqrsArgs, @Origin() origin: CommandOrigin) {
    const data = { entity: args.entity, reason: args.reason, entityEmail: args.entityEmail ?? null };
    return this.run(args.radicado, { type: 'TransferPqrs', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description: 'Responde el caso; queda a tiempo o extemporáneo según el vencimiento.',
  })
  @Roles(...ROLES.AnswerPqrs)
  async answerPqrs(@Args() args: AnswerPqrsArgs, @Origin() origin: CommandOrigin) {
    const data = {
      answer: args.answer,
      answeredAt: args.answeredAt ?? null,
      accessDecision: args.accessDecision ?? null,
      accessDenialGround: args.accessDenialGround ?? null,
      accessDenialDetail: args.accessDenialDetail ?? null,
      accessException: args.accessException ?? null,
      accessDenialProvision: args.accessDenialProvision ?? null,
      accessDenialHarm: args.accessDenialHarm ?? null,
      publicVersionDelivered: args.publicVersionDelivered ?? null,
      verbalAnswer: args.verbalAnswer ?? null,
      lateEntryReason: args.lateEntryReason ?? null,
      attachments: await this.attachmentsOf(args.attachmentIds, origin),
    };
    return this.run(args.radicado, { type: 'AnswerPqrs', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, { description: 'Cierra un caso respondido.' })
  @Roles(...ROLES.ClosePqrs)
  closePqrs(@Args() args: CaseCommandArgs, @Origin() origin: CommandOrigin) {
    return this.run(args.radicado, { type: 'ClosePqrs', data: {} }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description:
      'Registra que los datos de un reclamo de datos personales se marcaron con la leyenda "reclamo en trámite" (art. 15, Ley 1581 de 2012); después de 2 días hábiles queda marcado fuera de término.',
  })
  @Roles(...ROLES.MarkClaimInProcess)
  markClaimInProcess(@Args() args: CaseCommandArgs, @Origin() origin: CommandOrigin) {
    return this.run(args.radicado, { type: 'MarkClaimInProcess', data: {} }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, { description: 'Desistimiento expreso o tácito del peticionario.' })
  @Roles(...ROLES.WithdrawPqrs)
  withdrawPqrs(@Args() args: WithdrawPqrsArgs, @Origin() origin: CommandOrigin) {
    const data = { mode: args.mode, reason: args.reason, actNumber: args.actNumber ?? null };
    return this.run(args.radicado, { type: 'WithdrawPqrs', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description:
      'Registra que el peticionario pidió, antes de vencer, prorrogar por un término igual el plazo para completar la petición (art. 17).',
  })
  @Roles(...ROLES.ExtendCompletionWindow)
  extendPqrsCompletionWindow(@Args() args: ExtendPqrsCompletionWindowArgs, @Origin() origin: CommandOrigin) {
    const data = { askedAt: args.askedAt ?? null, lateEntryReason: args.lateEntryReason ?? null };
    return this.run(args.radicado, { type: 'ExtendCompletionWindow', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Pqrs, {
    description:
      'Registra la entrega de las copias de una solicitud de documentos aceptada por silencio positivo (art. 14 num. 1): a tiempo dentro de 3 días hábiles, o tarde.',
  })
  @Roles(...ROLES.RecordCopiesDelivery)
  recordPqrsCopiesDelivery(@Args() args: RecordPqrsCopiesDeliveryArgs, @Origin() origin: CommandOrigin) {
    const data = {
      deliveredAt: args.deliveredAt ?? null,
      note: args.note,
      lateEntryReason: args.lateEntryReason ?? null,
    };
    return this.run(args.radicado, { type: 'RecordCopiesDelivery', data }, origin, revisionSeen(args));
  }

  @Query(() => Pqrs, { description: 'Un caso por su radicado.' })
  @Roles(...ALL_ROLES)
  async pqrs(@Args() { radicado }: RadicadoArgs): Promise<CaseView> {
    return this.texts.reveal(await this.queries.getCase(radicado));
  }

  @Query(() => PqrsConnection, {
    description: 'Casos filtrados; por omisión, del más reciente al más antiguo.',
  })
  @Roles(...ALL_ROLES)
  async pqrsList(
    @Args() { filter, first, after, sort }: PqrsListArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<PqrsConnection> {
    const page = await this.queries.list(
      await this.listSearch.filterOf(filter, origin),
      first,
      after ?? null,
      sort,
    );
    const nodes = (await this.texts.reveal(page.nodes)) as unknown as Pqrs[];
    return {
      nodes,
      edges: nodes.map((node) => ({ node, cursor: encodeCursor(node, sort) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => FilingReceipt, { description: 'Constancia de radicación de un caso, para imprimir.' })
  @Roles(...ALL_ROLES)
  async filingReceipt(
    @Args() { radicado }: RadicadoArgs,
    @Origin() origin: CommandOrigin,
    @Context() request: object,
  ): Promise<FilingReceipt> {
    const receipt = await this.texts.reveal(await this.queries.filingReceipt(radicado));
    // The petitioner through the same door as the case's: masked or not by role, every view recorded.
    const [petitioner, staff] = await Promise.all([
      receipt.petitionerId === null
        ? null
        : this.personalData.show(request, origin, {
            personId: receipt.petitionerId,
            version: receipt.petitionerVersion,
            holder: {
              reference: receipt.radicado,
              assigneeId: receipt.assigneeId,
              filedBy: receipt.receivedBy,
            },
          }),
      this.users.findManyByIds([receipt.receivedBy]),
    ]);
    return {
      ...receipt,
      petitioner,
      receivedByName: receivingOfficialOf(
        receipt.receivedBy,
        staff.get(receipt.receivedBy)?.fullName ?? null,
      ),
    };
  }

  @Query(() => CaseHistory, {
    description:
      'Historial del caso desde el registro, con la formulación y el cierre de sus acciones de mejora; con asOf, como estaba entonces.',
  })
  @Roles(...ALL_ROLES)
  async caseHistory(@Args() { radicado, asOf }: CaseHistoryArgs): Promise<CaseHistory> {
    const history = await this.texts.reveal(await this.queries.history(radicado, asOf ?? null));
    const actors = await this.users.findManyByIds([
      ...new Set(history.events.map((e) => e.metadata.actorId)),
    ]);
    // Silence is judged on the day of the cut, with the case as it stood then (see silence.ts).
    const day = bogotaDateOf(asOf ?? this.clock().toISOString());
    const silence = silenceOfState(history.state, day, this.calendar());
    return {
      radicado,
      asOf: asOf ?? null,
      state: history.state,
      positiveSilence: silence.positive,
      negativeSilence: silence.negative,
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
          // A citizen's or one of Ventanilla's own processes' (SYSTEM) events name no staff role.
          role: staffRoleOf(event.metadata.actorRole),
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

  @ResolveField(() => DateScalar, {
    nullable: true,
    description:
      'Último día (hora de Bogotá) en que puede pedirse al peticionario completar la petición: 10 días hábiles después de la radicación (art. 17, Ley 1755 de 2015); 5 en un reclamo de datos personales (art. 15, Ley 1581 de 2012). Null si el caso, en su estado, no lo admite.',
  })
  informationRequestAllowedUntil(@Parent() pqrs: Pqrs): string | null {
    return this.stepAllowedUntil('REQUEST_INFORMATION', pqrs);
  }

  @ResolveField(() => DateScalar, {
    nullable: true,
    description:
      'Último día (hora de Bogotá) en que puede trasladarse el caso por competencia: 5 días hábiles después de la radicación (art. 21, Ley 1755 de 2015); 2 en un reclamo de datos personales (art. 15, Ley 1581 de 2012). Null si el caso, en su estado, no lo admite.',
  })
  transferAllowedUntil(@Parent() pqrs: Pqrs): string | null {
    return this.stepAllowedUntil('TRANSFER', pqrs);
  }

  @ResolveField(() => DateScalar, {
    nullable: true,
    description:
      'Reclamo de datos personales aún sin la leyenda "reclamo en trámite": último día (hora de Bogotá) para marcarla, 2 días hábiles después del reclamo completo (art. 15, Ley 1581 de 2012). Null si no está pendiente.',
  })
  claimInProcessMarkDueBy(@Parent() pqrs: Pqrs): string | null {
    const claimCompleteOn = pqrs.claimCompleteOn ?? null;
    if (claimCompleteOn === null) return null;
    const calendar = this.calendar();
    return claimInProcessMarkPendingUntil({ ...pqrs, termStartedOn: claimCompleteOn }, (completeOn) =>
      claimInProcessMarkDueBy(completeOn, calendar),
    );
  }

  @ResolveField(() => Petitioner, { nullable: true, description: 'Null en una radicación anónima.' })
  async petitioner(
    @Parent() pqrs: Pqrs,
    @Origin() origin: CommandOrigin,
    @Context() request: object,
  ): Promise<Petitioner | null> {
    if (pqrs.petitionerId === null) return null;
    return this.personalData.show(request, origin, {
      personId: pqrs.petitionerId,
      version: pqrs.petitionerVersion,
      holder: { reference: pqrs.radicado, assigneeId: pqrs.assigneeId, filedBy: pqrs.receivedBy ?? null },
    });
  }

  @ResolveField(() => PositiveSilenceView, {
    nullable: true,
    description:
      'Silencio administrativo positivo (art. 14 num. 1, Ley 1755 de 2015) a hoy: una solicitud de documentos no respondida en su término se entiende aceptada y las copias se entregan dentro de los 3 días hábiles siguientes. Null si no lo hay.',
  })
  positiveSilence(@Parent() pqrs: Pqrs): PositiveSilenceView | null {
    return this.queries.positiveSilenceOf(pqrs as unknown as CaseDocument);
  }

  @ResolveField(() => NegativeSilenceView, {
    nullable: true,
    description:
      'Silencio administrativo negativo (art. 83, Ley 1437 de 2011) a hoy: tres meses desde la radicación sin decisión notificada. Null si no lo hay.',
  })
  negativeSilence(@Parent() pqrs: Pqrs): NegativeSilenceView | null {
    return this.queries.negativeSilenceOf(pqrs as unknown as CaseDocument);
  }

  @ResolveField(() => [String], {
    description:
      'Radicados de las peticiones nuevas que presentan otra vez esta, desistida (art. 17); vacío si no hay.',
  })
  async refiledAs(@Parent() pqrs: Pqrs): Promise<readonly string[]> {
    return pqrs.status === 'WITHDRAWN' ? this.queries.refilingsOf(pqrs.radicado) : [];
  }

  /** The domain's own window (the one its decider refuses by), on the case's calendar. */
  private stepAllowedUntil(step: WindowedStep, pqrs: Pqrs): string | null {
    const receivedOn = pqrs.receivedOn ?? bogotaDateOf(pqrs.receivedAt);
    return stepAllowedUntil(
      step,
      { status: pqrs.status, receivedOn, kind: pqrs.kind },
      this.calendar(pqrs.calendarVersion),
    );
  }

  /** The files a staff member uploaded, as the command records them. */
  private async attachmentsOf(ids: readonly string[] | null | undefined, origin: CommandOrigin) {
    if (!ids || ids.length === 0) return [];
    return this.attachments.forCommand(ids, { kind: 'STAFF', actorId: origin.actor.id }, 'attachmentIds');
  }

  /** Runs the command on the case (a new one when radicado is null) and answers with the case. */
  private async run(
    radicado: string | null,
    command: PqrsCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<CaseView> {
    const { id } = await this.commands.execute(new RunCommand(pqrsCase, radicado, command, origin, options));
    return this.texts.reveal(await this.queries.getCase(id));
  }
}
