// Command handlers of the improvement action: each maps its command to the domain's and runs it
// read-your-writes. Formulating does more: it gives the action its id and checks what the domain cannot
// see (the responsible user, the PQRS case it comes from, the action it follows).
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { CommandOutcome } from '../../engine/commands/command-executor.js';
import { BadUserInput, DomainRuleViolation } from '../../engine/application-errors.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import {
  improvementActionDecider,
  improvementActionStreamOf,
  type ImprovementActionCommand,
  type ImprovementActionEvent,
  type ImprovementActionState,
  type LinkedActionFacts,
} from '../../domain/improvement-action/index.js';
import { pqrsStreamOf } from '../../domain/pqrs/events.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { fold } from '../../domain/shared/decider.js';
import { isDomainError } from '../../domain/shared/domain-error.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { USER_STORE, type UserStore } from '../../identity/user-store.js';
import { BUSINESS_CALENDAR } from '../../infrastructure/tokens.js';
import { improvementActionAggregate } from './commands.js';
import {
  CloseImprovementAction,
  FormulateImprovementAction,
  RecordActionProgress,
  VerifyActionEffectiveness,
  type ImprovementActionChange,
  type ImprovementActionCommandResult,
} from './improvement-actions.commands.js';

type ActionOutcome = CommandOutcome<ImprovementActionEvent, ImprovementActionState>;

function resultOf(actionId: string, outcome: ActionOutcome): ImprovementActionCommandResult {
  return { actionId, revision: outcome.revision, position: outcome.position };
}

@CommandHandler(FormulateImprovementAction)
export class FormulateImprovementActionHandler implements ICommandHandler<FormulateImprovementAction> {
  constructor(
    @Inject(ReadYourWrites) private readonly commands: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: () => BusinessCalendar,
  ) {}

  async execute({ input, metadata }: FormulateImprovementAction): Promise<ImprovementActionCommandResult> {
    const actionId = randomUUID();
    const linkedAction =
      input.linkedActionId === null ? null : await this.linkedActionFacts(input.linkedActionId);
    const command: ImprovementActionCommand = {
      type: 'FormulateAction',
      data: {
        actionId,
        source: input.source,
        problem: input.problem,
        rootCause: input.rootCause,
        action: input.action,
        responsibleId: input.responsibleId,
        dueDate: input.dueDate,
        linkedAction,
      },
    };
    // Ask the domain first, so a malformed request is refused before anything is looked up.
    const verdict = improvementActionDecider.decide(command, improvementActionDecider.initialState, {
      now: metadata.issuedAt,
      actor: metadata.actor,
      calendar: this.calendar(),
    });
    if (isDomainError(verdict)) throw new DomainRuleViolation(verdict);
    await this.checkResponsible(input.responsibleId);
    if (input.source.kind === 'PQRS') await this.checkCaseExists(input.source.reference.trim());

    const outcome = await this.commands.execute(improvementActionAggregate, {
      stream: improvementActionStreamOf(actionId),
      command,
      metadata,
    });
    return resultOf(actionId, outcome);
  }

  private async checkResponsible(responsibleId: string): Promise<void> {
    const responsible = await this.users.findById(responsibleId);
    if (!responsible || !responsible.active) {
      throw new BadUserInput('responsibleId', 'El responsable de la acción no existe o está inactivo.');
    }
  }

  /** The log, not a read model: a case received a moment ago already counts. */
  private async checkCaseExists(radicado: string): Promise<void> {
    const first = await this.store.readStream(pqrsStreamOf(radicado), { maxCount: 1 });
    if (first.length === 0) {
      throw new BadUserInput('source.reference', `No existe un caso PQRS con radicado ${radicado}.`);
    }
  }

  /** What the domain needs of the action the new one follows, folded from that action's stream. */
  private async linkedActionFacts(linkedActionId: string): Promise<LinkedActionFacts> {
    const events = await this.store.readStream(improvementActionStreamOf(linkedActionId));
    const state = fold(
      improvementActionDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as ImprovementActionEvent),
    );
    if (state.status === 'NOT_FORMULATED') {
      throw new BadUserInput('linkedActionId', `No existe una acción de mejora con id ${linkedActionId}.`);
    }
    return { actionId: linkedActionId, lastVerificationEffective: state.lastVerification?.effective ?? null };
  }
}

/** The shared path of every command on an existing action: map, then run it on the action's stream. */
@Injectable()
abstract class ImprovementActionChangeHandler<C extends ImprovementActionChange> {
  constructor(@Inject(ReadYourWrites) private readonly commands: ReadYourWrites) {}

  protected abstract toDomain(command: C): ImprovementActionCommand;

  async execute(command: C): Promise<ImprovementActionCommandResult> {
    const outcome = await this.commands.execute(improvementActionAggregate, {
      stream: improvementActionStreamOf(command.actionId),
      command: this.toDomain(command),
      metadata: command.metadata,
      ...(command.expectedRevision !== undefined ? { expectedRevision: command.expectedRevision } : {}),
    });
    return resultOf(command.actionId, outcome);
  }
}

@CommandHandler(RecordActionProgress)
export class RecordActionProgressHandler extends ImprovementActionChangeHandler<RecordActionProgress> {
  protected toDomain({ note, evidence }: RecordActionProgress): ImprovementActionCommand {
    return { type: 'RecordProgress', data: { note, evidence } };
  }
}

@CommandHandler(VerifyActionEffectiveness)
export class VerifyActionEffectivenessHandler extends ImprovementActionChangeHandler<VerifyActionEffectiveness> {
  protected toDomain({ effective, evidence }: VerifyActionEffectiveness): ImprovementActionCommand {
    return { type: 'VerifyEffectiveness', data: { effective, evidence } };
  }
}

@CommandHandler(CloseImprovementAction)
export class CloseImprovementActionHandler extends ImprovementActionChangeHandler<CloseImprovementAction> {
  protected toDomain(): ImprovementActionCommand {
    return { type: 'CloseAction', data: {} };
  }
}

export const IMPROVEMENT_ACTION_COMMAND_HANDLERS = [
  FormulateImprovementActionHandler,
  RecordActionProgressHandler,
  VerifyActionEffectivenessHandler,
  CloseImprovementActionHandler,
];
