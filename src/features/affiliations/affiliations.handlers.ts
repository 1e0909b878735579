// Command handlers of the affiliation: each maps its command to the domain's and lets AffiliationWriter
// load, decide and append. Receiving saves the applicant's personal data first; approving takes the
// next member number from the counter, only once the domain would accept the approval.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AggregateCommandExecutor, deterministicId } from '../../engine/commands/command-executor.js';
import { BadUserInput, ConcurrencyConflict, DomainRuleViolation } from '../../engine/application-errors.js';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import { VENTANILLA_CONFIG, type VentanillaConfig } from '../../config/configuration.js';
import {
  MEMBER_NUMBER_STREAM,
  affiliationDecider,
  affiliationStreamOf,
  formatMemberNumber,
  type AffiliationCommand,
  type AffiliationEvent,
} from '../../domain/affiliation/index.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { fold } from '../../domain/shared/decider.js';
import { isDomainError } from '../../domain/shared/domain-error.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { USER_STORE, type UserStore } from '../../identity/user-store.js';
import { BUSINESS_CALENDAR } from '../../infrastructure/tokens.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../personal-data/personal-data-store.js';
import { memberNumberAggregate } from './commands.js';
import { AffiliationWriter } from './affiliation-writer.js';
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
} from './affiliations.commands.js';

@CommandHandler(ReceiveAffiliation)
export class ReceiveAffiliationHandler implements ICommandHandler<ReceiveAffiliation> {
  constructor(
    @Inject(AffiliationWriter) private readonly affiliations: AffiliationWriter,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: () => BusinessCalendar,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  async execute({ input, metadata: requestMetadata }: ReceiveAffiliation): Promise<AffiliationCommandResult> {
    // With an idempotency key the affiliation id and the command id derive from it: a repeated call
    // finds the same stream and the same event ids, and receives nothing twice.
    const key = input.idempotencyKey;
    const metadata: CommandMetadata = key
      ? { ...requestMetadata, commandId: deterministicId(`receiveAffiliation/${key}`) }
      : requestMetadata;
    const affiliationId = key ? deterministicId(`affiliation/${key}`) : randomUUID();
    const receivedAt = input.receivedAt ?? metadata.issuedAt;
    const applicantId =
      (await this.personalData.findByDocument(
        input.applicant.documentType,
        input.applicant.documentNumber,
      )) ?? randomUUID();
    const command: AffiliationCommand = {
      type: 'ReceiveAffiliation',
      data: {
        affiliationId,
        affiliationType: input.affiliationType,
        channel: input.channel,
        applicantId,
        campaign: input.campaign,
        receivedAt,
        requiredDocuments: this.config.affiliationChecklists[input.affiliationType],
      },
    };
    // Ask the domain first, so an invalid application stores no personal data.
    const verdict = affiliationDecider.decide(command, affiliationDecider.initialState, {
      now: metadata.issuedAt,
      actor: metadata.actor,
      calendar: this.calendar(),
    });
    if (isDomainError(verdict)) throw new DomainRuleViolation(verdict);
    await this.personalData.save(applicantId, input.applicant);
    return this.affiliations.change(affiliationId, command, metadata, { occurredAt: receivedAt });
  }
}

/** The shared path of every command on an existing affiliation: map, then let the writer run it. */
@Injectable()
abstract class AffiliationCaseCommandHandler<C extends AffiliationCaseCommand> {
  constructor(@Inject(AffiliationWriter) protected readonly affiliations: AffiliationWriter) {}

  protected abstract toDomain(command: C): AffiliationCommand | Promise<AffiliationCommand>;

  async execute(command: C): Promise<AffiliationCommandResult> {
    return this.affiliations.change(command.affiliationId, await this.toDomain(command), command.metadata, {
      ...(command.expectedRevision !== undefined ? { expectedRevision: command.expectedRevision } : {}),
    });
  }
}

@CommandHandler(AssignAffiliation)
export class AssignAffiliationHandler extends AffiliationCaseCommandHandler<AssignAffiliation> {
  constructor(
    @Inject(AffiliationWriter) affiliations: AffiliationWriter,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {
    super(affiliations);
  }

  protected async toDomain({ assigneeId }: AssignAffiliation): Promise<AffiliationCommand> {
    const assignee = await this.users.findById(assigneeId);
    if (!assignee || !assignee.active) {
      throw new BadUserInput(
        'assigneeId',
        'El funcionario a quien se asigna la afiliación no existe o está inactivo.',
      );
    }
    if (!assignee.roles.some((role) => role === 'AGENT' || role === 'COORDINATOR' || role === 'ADMIN')) {
      throw new BadUserInput('assigneeId', 'El funcionario no tiene un rol que pueda tramitar afiliaciones.');
    }
    return { type: 'AssignAffiliation', data: { assigneeId } };
  }
}

@CommandHandler(SubmitAffiliationDocument)
export class SubmitAffiliationDocumentHandler extends AffiliationCaseCommandHandler<SubmitAffiliationDocument> {
  protected toDomain({ documentType, evidenceReference }: SubmitAffiliationDocument): AffiliationCommand {
    return { type: 'SubmitDocument', data: { documentType, evidenceReference } };
  }
}

@CommandHandler(RejectAffiliationDocument)
export class RejectAffiliationDocumentHandler extends AffiliationCaseCommandHandler<RejectAffiliationDocument> {
  protected toDomain({ documentType, reason }: RejectAffiliationDocument): AffiliationCommand {
    return { type: 'RejectDocument', data: { documentType, reason } };
  }
}

@CommandHandler(VerifyAffiliationRequirements)
export class VerifyAffiliationRequirementsHandler extends AffiliationCaseCommandHandler<VerifyAffiliationRequirements> {
  protected toDomain(): AffiliationCommand {
    return { type: 'VerifyRequirements', data: {} };
  }
}

@CommandHandler(RejectAffiliation)
export class RejectAffiliationHandler extends AffiliationCaseCommandHandler<RejectAffiliation> {
  protected toDomain({ reason }: RejectAffiliation): AffiliationCommand {
    return { type: 'RejectAffiliation', data: { reason } };
  }
}

@CommandHandler(NotifyAffiliationDecision)
export class NotifyAffiliationDecisionHandler extends AffiliationCaseCommandHandler<NotifyAffiliationDecision> {
  protected toDomain({ channel }: NotifyAffiliationDecision): AffiliationCommand {
    return { type: 'NotifyDecision', data: { channel } };
  }
}

@CommandHandler(ReportAffiliationNovelty)
export class ReportAffiliationNoveltyHandler extends AffiliationCaseCommandHandler<ReportAffiliationNovelty> {
  protected toDomain({ kind, description, effectiveDate }: ReportAffiliationNovelty): AffiliationCommand {
    return { type: 'ReportNovelty', data: { kind, description, effectiveDate } };
  }
}

@CommandHandler(ApproveAffiliation)
export class ApproveAffiliationHandler implements ICommandHandler<ApproveAffiliation> {
  constructor(
    @Inject(AffiliationWriter) private readonly affiliations: AffiliationWriter,
    @Inject(AggregateCommandExecutor) private readonly executor: AggregateCommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: () => BusinessCalendar,
  ) {}

  async execute({
    affiliationId,
    metadata,
    expectedRevision,
  }: ApproveAffiliation): Promise<AffiliationCommandResult> {
    // Ask the domain first, with a stand-in number, so a refused approval consumes no member number.
    const stream = affiliationStreamOf(affiliationId);
    const recorded = await this.store.readStream(stream);
    const revision = recorded.at(-1)?.revision ?? null;
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      throw new ConcurrencyConflict(stream, expectedRevision, revision ?? 'sin eventos');
    }
    const state = fold(
      affiliationDecider,
      recorded.map((event) => ({ type: event.type, data: event.data }) as AffiliationEvent),
    );
    const standIn = formatMemberNumber(1);
    const verdict = affiliationDecider.decide(
      { type: 'ApproveAffiliation', data: { memberNumber: standIn } },
      state,
      {
        now: metadata.issuedAt,
        actor: metadata.actor,
        calendar: this.calendar(),
      },
    );
    if (isDomainError(verdict)) throw new DomainRuleViolation(verdict);
    // Already approved: the command changes nothing, and takes no number.
    const memberNumber = verdict.length === 0 ? standIn : await this.issueMemberNumber(metadata);
    return this.affiliations.change(
      affiliationId,
      { type: 'ApproveAffiliation', data: { memberNumber } },
      metadata,
      expectedRevision !== undefined ? { expectedRevision } : {},
    );
  }

  /** The counter's next number; its stream's optimistic concurrency keeps it unique across writers. */
  private async issueMemberNumber(metadata: CommandMetadata): Promise<string> {
    const outcome = await this.executor.execute(memberNumberAggregate, {
      stream: MEMBER_NUMBER_STREAM,
      command: { type: 'IssueMemberNumber', data: { requestedBy: metadata.commandId } },
      metadata,
    });
    const issued = outcome.events[0];
    if (issued) return issued.data.memberNumber;
    // This very command had already taken one (a retry): find it by who requested it.
    const previous = (await this.store.readStream(MEMBER_NUMBER_STREAM)).find(
      (event) => (event.data as { requestedBy?: string }).requestedBy === metadata.commandId,
    );
    if (!previous) throw new Error(`Número de afiliado de ${metadata.commandId} no encontrado`);
    return (previous.data as { memberNumber: string }).memberNumber;
  }
}

export const AFFILIATION_COMMAND_HANDLERS = [
  ReceiveAffiliationHandler,
  AssignAffiliationHandler,
  SubmitAffiliationDocumentHandler,
  RejectAffiliationDocumentHandler,
  VerifyAffiliationRequirementsHandler,
  ApproveAffiliationHandler,
  RejectAffiliationHandler,
  NotifyAffiliationDecisionHandler,
  ReportAffiliationNoveltyHandler,
];
