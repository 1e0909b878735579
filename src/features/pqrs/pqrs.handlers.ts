// Command handlers of the PQRS case: each maps its command to the domain's and lets PqrsCaseWriter
// load, decide and append. Receiving is the one with more to do: the petitioner's personal data and
// the radicado come first.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AggregateCommandExecutor, deterministicId } from '../../engine/commands/command-executor.js';
import { BadUserInput } from '../../engine/application-errors.js';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import type { PqrsCommand } from '../../domain/pqrs/commands.js';
import { pqrsStreamOf } from '../../domain/pqrs/events.js';
import { pqrsDecider } from '../../domain/pqrs/index.js';
import { radicadoStreamOf } from '../../domain/radicado/index.js';
import { bogotaDateOf, yearOf } from '../../domain/shared/time.js';
import { isDomainError } from '../../domain/shared/domain-error.js';
import { DomainRuleViolation } from '../../engine/application-errors.js';
import { BUSINESS_CALENDAR } from '../../infrastructure/tokens.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../personal-data/personal-data-store.js';
import { USER_STORE, type UserStore } from '../../identity/user-store.js';
import { pqrsAggregate, radicadoAggregate } from './commands.js';
import { PqrsCaseWriter } from './pqrs-case-writer.js';
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
} from './pqrs.commands.js';

@CommandHandler(ReceivePqrs)
export class ReceivePqrsHandler implements ICommandHandler<ReceivePqrs> {
  constructor(
    @Inject(AggregateCommandExecutor) private readonly executor: AggregateCommandExecutor,
    @Inject(PqrsCaseWriter) private readonly cases: PqrsCaseWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: () => BusinessCalendar,
  ) {}

  async execute({ input, metadata: requestMetadata }: ReceivePqrs): Promise<PqrsCommandResult> {
    // With an idempotency key the command id is derived from it, so every event id is too: a repeated
    // call reserves no second radicado and appends no second case.
    const metadata: CommandMetadata = input.idempotencyKey
      ? { ...requestMetadata, commandId: deterministicId(`receivePqrs/${input.idempotencyKey}`) }
      : requestMetadata;
    const receivedAt = input.receivedAt ?? metadata.issuedAt;

    const petitionerId =
      (await this.personalData.findByDocument(
        input.petitioner.documentType,
        input.petitioner.documentNumber,
      )) ?? randomUUID();
    const command: PqrsCommand = {
      type: 'ReceivePqrs',
      data: {
        radicado: 'PENDIENTE',
        kind: input.kind,
        channel: input.channel,
        subject: input.subject,
        description: input.description,
        petitionerId,
        receivedAt,
        priority: input.priority,
      },
    };
    // Ask the domain first, so an invalid receipt never consumes a radicado.
    const verdict = pqrsDecider.decide(command, pqrsDecider.initialState, {
      now: metadata.issuedAt,
      actor: metadata.actor,
      calendar: this.calendar(),
    });
    if (isDomainError(verdict)) throw new DomainRuleViolation(verdict);

    await this.personalData.save(petitionerId, input.petitioner);
    const radicado = await this.issueRadicado(yearOf(bogotaDateOf(receivedAt)), metadata);
    const outcome = await this.executor.execute(pqrsAggregate, {
      stream: pqrsStreamOf(radicado),
      command: { ...command, data: { ...command.data, radicado } },
      metadata,
      occurredAt: receivedAt,
    });
    return this.cases.settled(radicado, outcome);
  }

  private async issueRadicado(year: number, metadata: CommandMetadata): Promise<string> {
    const stream = radicadoStreamOf(year);
    const outcome = await this.executor.execute(radicadoAggregate, {
      stream,
      command: { type: 'IssueRadicado', data: { year, requestedBy: metadata.commandId } },
      metadata,
    });
    const issued = outcome.events[0];
    if (issued) return issued.data.radicado;
    // The command had already issued one (a repeated idempotency key): find it by who requested it.
    const previous = (await this.store.readStream(stream)).find(
      (event) => (event.data as { requestedBy?: string }).requestedBy === metadata.commandId,
    );
    if (!previous) throw new Error(`Radicado de ${metadata.commandId} no encontrado en ${stream}`);
    return (previous.data as { radicado: string }).radicado;
  }
}

/** The shared path of every command on an existing case: map, then let the writer run it. */
@Injectable()
abstract class PqrsCaseCommandHandler<C extends PqrsCaseCommand> {
  constructor(@Inject(PqrsCaseWriter) protected readonly cases: PqrsCaseWriter) {}

  protected abstract toDomain(command: C): PqrsCommand | Promise<PqrsCommand>;

  /** When the fact happened in the world, when the command says so. */
  protected occurredAt(_command: C): string | undefined {
    return undefined;
  }

  async execute(command: C): Promise<PqrsCommandResult> {
    const occurredAt = this.occurredAt(command);
    return this.cases.change(command.radicado, await this.toDomain(command), command.metadata, {
      ...(command.expectedRevision !== undefined ? { expectedRevision: command.expectedRevision } : {}),
      ...(occurredAt !== undefined ? { occurredAt } : {}),
    });
  }
}

@CommandHandler(AssignPqrs)
export class AssignPqrsHandler extends PqrsCaseCommandHandler<AssignPqrs> {
  constructor(
    @Inject(PqrsCaseWriter) cases: PqrsCaseWriter,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {
    super(cases);
  }

  protected async toDomain({ assigneeId, dependency }: AssignPqrs): Promise<PqrsCommand> {
    const assignee = await this.users.findById(assigneeId);
    if (!assignee || !assignee.active) {
      throw new BadUserInput(
        'assigneeId',
        'El funcionario a quien se asigna el caso no existe o está inactivo.',
      );
    }
    if (!assignee.roles.some((role) => role === 'AGENT' || role === 'COORDINATOR' || role === 'ADMIN')) {
      throw new BadUserInput('assigneeId', 'El funcionario no tiene un rol que pueda tramitar casos.');
    }
    const effectiveDependency = dependency ?? assignee.dependency ?? 'Atención al Cliente';
    return { type: 'AssignPqrs', data: { assigneeId, dependency: effectiveDependency } };
  }
}

@CommandHandler(RequestPqrsInformation)
export class RequestPqrsInformationHandler extends PqrsCaseCommandHandler<RequestPqrsInformation> {
  protected toDomain({ note }: RequestPqrsInformation): PqrsCommand {
    return { type: 'RequestInformation', data: { note } };
  }
}

@CommandHandler(ProvidePqrsInformation)
export class ProvidePqrsInformationHandler extends PqrsCaseCommandHandler<ProvidePqrsInformation> {
  protected toDomain({ providedAt, note }: ProvidePqrsInformation): PqrsCommand {
    return { type: 'ProvideInformation', data: { providedAt, note } };
  }
  protected override occurredAt({ providedAt }: ProvidePqrsInformation): string {
    return providedAt;
  }
}

@CommandHandler(ExtendPqrsDeadline)
export class ExtendPqrsDeadlineHandler extends PqrsCaseCommandHandler<ExtendPqrsDeadline> {
  protected toDomain({ newDueDate, reason }: ExtendPqrsDeadline): PqrsCommand {
    return { type: 'ExtendDeadline', data: { newDueDate, reason } };
  }
}

@CommandHandler(TransferPqrs)
export class TransferPqrsHandler extends PqrsCaseCommandHandler<TransferPqrs> {
  protected toDomain({ entity, reason }: TransferPqrs): PqrsCommand {
    return { type: 'TransferPqrs', data: { entity, reason } };
  }
}

@CommandHandler(AnswerPqrs)
export class AnswerPqrsHandler extends PqrsCaseCommandHandler<AnswerPqrs> {
  protected toDomain({ answer, answeredAt, accessDecision, metadata }: AnswerPqrs): PqrsCommand {
    return {
      type: 'AnswerPqrs',
      data: { answer, answeredAt: answeredAt ?? metadata.issuedAt, accessDecision },
    };
  }
  protected override occurredAt({ answeredAt }: AnswerPqrs): string | undefined {
    return answeredAt ?? undefined;
  }
}

@CommandHandler(ClosePqrs)
export class ClosePqrsHandler extends PqrsCaseCommandHandler<ClosePqrs> {
  protected toDomain(): PqrsCommand {
    return { type: 'ClosePqrs', data: {} };
  }
}

@CommandHandler(WithdrawPqrs)
export class WithdrawPqrsHandler extends PqrsCaseCommandHandler<WithdrawPqrs> {
  protected toDomain({ mode, reason }: WithdrawPqrs): PqrsCommand {
    return { type: 'WithdrawPqrs', data: { mode, reason } };
  }
}

export const PQRS_COMMAND_HANDLERS = [
  ReceivePqrsHandler,
  AssignPqrsHandler,
  RequestPqrsInformationHandler,
  ProvidePqrsInformationHandler,
  ExtendPqrsDeadlineHandler,
  TransferPqrsHandler,
  AnswerPqrsHandler,
  ClosePqrsHandler,
  WithdrawPqrsHandler,
];
