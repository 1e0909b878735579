// The management review on the command path: its decider and streams, its free texts (title, decisions,
// conclusions: staff write them and they may name people, so they are sealed under a key of the
// review's own), and what its commands need from outside the domain — the inputs assembled from the read
// models when it is opened, the staff accounts it names, and which decisions' actions the log holds.
import { Inject, Injectable } from '@nestjs/common';
import {
  MANAGEMENT_REVIEW_EVENT_SCHEMA_VERSIONS,
  managementReviewDecider,
  managementReviewStreamOf,
  type ManagementReviewCommand,
  type ManagementReviewEvent,
  type ManagementReviewState,
} from '../../../domain/management-review/index.js';
import { BadUserInput } from '../../../engine/application-errors.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../../engine/commands/run-command.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { improvementActionCase } from '../../improvement-actions/index.js';
import { ManagementReviewInputs } from './review-inputs.js';

@Injectable()
export class ManagementReviewLookUps implements CommandLookUps<ManagementReviewCommand> {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(ManagementReviewInputs) private readonly inputs: ManagementReviewInputs,
  ) {}

  async complete(
    command: ManagementReviewCommand,
    context: LookUpContext<ManagementReviewCommand>,
  ): Promise<CompletedCommand<ManagementReviewCommand>> {
    switch (command.type) {
      case 'OpenManagementReview':
        return { command: await this.opening(command, context) };
      case 'RecordReviewDecision':
        await context.precheck(command);
        await this.activeAccount(command.data.responsibleId, 'responsibleId', 'El responsable');
        return { command };
      case 'CloseManagementReview':
        return { command: await this.closing(command, context) };
      default: {
        const unknownCommand: never = command;
        return { command: unknownCommand };
      }
    }
  }

  /**
   * The inputs are read when the review is opened, as of that instant, and kept in its event: the
   * minutes show the figures the committee had before it, whatever is recorded later.
   */
  private async opening(
    command: Extract<ManagementReviewCommand, { type: 'OpenManagementReview' }>,
    context: LookUpContext<ManagementReviewCommand>,
  ): Promise<ManagementReviewCommand> {
    const { period } = command.data;
    // A malformed request is refused by the domain before anything is read.
    const asked = { ...command, data: { ...command.data, inputs: { ...command.data.inputs, period } } };
    await context.precheck(asked);
    for (const attendeeId of command.data.attendeeIds) {
      await this.activeAccount(attendeeId, 'attendeeIds', 'Un asistente');
    }
    const inputs = await this.inputs.assemble(period, context.metadata.issuedAt);
    return { ...command, data: { ...command.data, inputs } };
  }

  /** The actions the decisions named that the log does not hold yet. */
  private async closing(
    command: Extract<ManagementReviewCommand, { type: 'CloseManagementReview' }>,
    context: LookUpContext<ManagementReviewCommand>,
  ): Promise<ManagementReviewCommand> {
    if (context.id === null) return command;
    const { state } = await context.stateOf(managementReviewCase, context.id);
    if (state.status !== 'OPEN') return command;
    const pendingActionIds: string[] = [];
    for (const decision of state.decisions) {
      const actionId = decision.improvementActionId;
      if (actionId !== null && !(await context.exists(improvementActionCase, actionId))) {
        pendingActionIds.push(actionId);
      }
    }
    return { ...command, data: { ...command.data, pendingActionIds } };
  }

  private async activeAccount(userId: string, field: string, who: string): Promise<void> {
    if (userId.trim() === '') return; // the domain names the missing field
    const user = await this.users.findById(userId);
    if (!user || !user.active) throw new BadUserInput(field, `${who} (${userId}) no existe o está inactivo.`);
  }
}

/** A management review: `management-review-<id>`. */
export const managementReviewCase: AggregateType<
  ManagementReviewCommand,
  ManagementReviewEvent,
  ManagementReviewState
> = {
  decider: managementReviewDecider,
  schemaVersions: MANAGEMENT_REVIEW_EVENT_SCHEMA_VERSIONS,
  streamOf: managementReviewStreamOf,
  lookUps: ManagementReviewLookUps,
  // Staff write them, and a decision or a conclusion may name a person: sealed under a key of the
  // review's own (they are no citizen's data), the key made when it is opened.
  freeTexts: {
    fields: {
      OpenManagementReview: ['title'],
      RecordReviewDecision: ['description'],
      CloseManagementReview: ['conclusions'],
    },
    ownerOf: (_command, state) => (state.status === 'NOT_OPENED' ? null : state.textOwnerId),
  },
};
