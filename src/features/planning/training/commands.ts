// The year's training plan on the command path: its decider and stream (`training-<year>`), its free
// texts sealed under a key of the plan's own, and what its commands need from outside the domain — the
// basis of a need as the data propose it now, and the attendees' accounts.
import { Inject, Injectable } from '@nestjs/common';
import {
  TRAINING_EVENT_SCHEMA_VERSIONS,
  trainingDecider,
  trainingStreamOf,
  upcastTrainingEvent,
  type TrainingCommand,
  type TrainingEvent,
  type TrainingPlanState,
} from '../../../domain/training/index.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
} from '../../../engine/commands/run-command.js';
import { USER_STORE, staffMemberOf, type UserStore } from '../../../identity/user-store.js';
import { TrainingProposals } from './read-models/training-proposals.js';

@Injectable()
export class TrainingLookUps implements CommandLookUps<TrainingCommand> {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(TrainingProposals) private readonly proposals: TrainingProposals,
  ) {}

  async complete(command: TrainingCommand): Promise<CompletedCommand<TrainingCommand>> {
    switch (command.type) {
      case 'AcceptTrainingNeed':
      case 'DismissTrainingNeed': {
        const { data } = command;
        // The basis as the data stand now; a need decided before is answered from the plan alone.
        const proposal = await this.proposals.find(data.year, data.needKey);
        return {
          command: { ...command, data: { ...data, basis: proposal?.basis ?? null } } as TrainingCommand,
        };
      }
      case 'ScheduleTraining': {
        const ids = command.data.attendees.map((attendee) => attendee.id);
        const accounts = await this.users.findManyByIds(ids);
        const attendees = ids.map((id) => staffMemberOf(id, accounts.get(id) ?? null));
        return { command: { ...command, data: { ...command.data, attendees } } };
      }
      case 'RecordTrainingAttendance':
        return { command };
      default: {
        const unknownCommand: never = command;
        return { command: unknownCommand };
      }
    }
  }
}

/** The year's training plan: `training-<year>`. */
export const trainingPlan: AggregateType<TrainingCommand, TrainingEvent, TrainingPlanState> = {
  decider: trainingDecider,
  schemaVersions: TRAINING_EVENT_SCHEMA_VERSIONS,
  upcast: upcastTrainingEvent,
  streamOf: trainingStreamOf,
  lookUps: TrainingLookUps,
  // The need's wording (a PQRS subject, an action's problem), a dismissal's reason, a session's topic
  // and its trainer's name are free text that may name people: sealed under a key of the plan's own.
  freeTexts: {
    fields: {
      AcceptTrainingNeed: ['basis.label'],
      DismissTrainingNeed: ['basis.label', 'reason'],
      ScheduleTraining: ['topic', 'trainer'],
    },
    ownerOf: (_command, state) => state.textOwnerId,
  },
};
