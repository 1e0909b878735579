// The action plan on the command path: its decider and streams (one per year, `action-plan-<year>`), its
// free texts sealed under the plan's own key, and what adding an activity needs from outside the domain:
// that its responsible is an active staff account.
import { Inject, Injectable } from '@nestjs/common';
import {
  ACTION_PLAN_EVENT_SCHEMA_VERSIONS,
  actionPlanDecider,
  actionPlanStreamOf,
  upcastActionPlanEvent,
  type ActionPlanCommand,
  type ActionPlanEvent,
  type ActionPlanState,
} from '../../../domain/action-plan/index.js';
import { BadUserInput } from '../../../engine/application-errors.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../../engine/commands/run-command.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';

@Injectable()
export class ActionPlanLookUps implements CommandLookUps<ActionPlanCommand> {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  async complete(
    command: ActionPlanCommand,
    context: LookUpContext<ActionPlanCommand>,
  ): Promise<CompletedCommand<ActionPlanCommand>> {
    if (command.type !== 'AddPlanActivity') return { command };
    // Ask the domain first, so a malformed request is refused before anything else is looked up.
    await context.precheck(command);
    const responsible = await this.users.findById(command.data.responsibleId);
    if (!responsible || !responsible.active) {
      throw new BadUserInput('responsibleId', 'El responsable de la actividad no existe o está inactivo.');
    }
    return { command };
  }
}

/** A year's action plan: `action-plan-<year>`, the instance id being the year. */
export const actionPlan: AggregateType<ActionPlanCommand, ActionPlanEvent, ActionPlanState> = {
  decider: actionPlanDecider,
  schemaVersions: ACTION_PLAN_EVENT_SCHEMA_VERSIONS,
  upcast: upcastActionPlanEvent,
  streamOf: actionPlanStreamOf,
  lookUps: ActionPlanLookUps,
  // Staff write these, and a note or a file name may name a person: sealed like every free text, under a
  // key of the plan's own (no citizen's erasure reaches them).
  freeTexts: {
    fields: {
      CreateActionPlan: ['title'],
      AddPlanGoal: ['description'],
      AddPlanActivity: ['description', 'indicator', 'target'],
      ReportActivityProgress: ['note', 'evidence', 'attachments[].fileName'],
      RejectActivityProgress: ['reason'],
    },
    ownerOf: (_command, state) => (state.status === 'CREATED' ? state.textOwnerId : null),
  },
};
