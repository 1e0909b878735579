// A risk of the process on the command path: its decider and stream, its free texts sealed under the
// risk's own key, and what its commands need from outside the domain — the control's owner account, and
// whether the PQRS cases and improvement actions a materialisation points at exist in the log.
import { Inject, Injectable } from '@nestjs/common';
import {
  RISK_EVENT_SCHEMA_VERSIONS,
  riskDecider,
  riskStreamOf,
  upcastRiskEvent,
  type RiskCommand,
  type RiskEvent,
  type RiskState,
} from '../../../domain/risk/index.js';
import { BadUserInput } from '../../../engine/application-errors.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../../engine/commands/run-command.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { improvementActionCase } from '../../improvement-actions/index.js';
import { pqrsCase } from '../../pqrs/index.js';

@Injectable()
export class RiskLookUps implements CommandLookUps<RiskCommand> {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  async complete(
    command: RiskCommand,
    context: LookUpContext<RiskCommand>,
  ): Promise<CompletedCommand<RiskCommand>> {
    if (command.type === 'AddRiskControl') {
      // Ask the domain first, so a malformed request is refused before anything is looked up.
      await context.precheck(command);
      const responsible = await this.users.findById(command.data.responsibleId);
      if (!responsible || !responsible.active) {
        throw new BadUserInput('responsibleId', 'El responsable del control no existe o está inactivo.');
      }
    }
    if (command.type === 'RecordRiskMaterialization') {
      await context.precheck(command);
      for (const [index, link] of command.data.links.entries()) {
        const reference = link.reference.trim();
        const field = `links.${index}.reference`;
        if (link.kind === 'PQRS' && !(await context.exists(pqrsCase, reference))) {
          throw new BadUserInput(field, `No existe un caso PQRS con radicado ${reference}.`);
        }
        if (link.kind === 'IMPROVEMENT_ACTION') {
          const { state } = await context.stateOf(improvementActionCase, reference);
          if (state.status === 'NOT_FORMULATED') {
            throw new BadUserInput(field, `No existe una acción de mejora con id ${reference}.`);
          }
        }
      }
    }
    return { command };
  }
}

/** A risk of the process: `risk-<id>`. */
export const riskCase: AggregateType<RiskCommand, RiskEvent, RiskState> = {
  decider: riskDecider,
  schemaVersions: RISK_EVENT_SCHEMA_VERSIONS,
  upcast: upcastRiskEvent,
  streamOf: riskStreamOf,
  lookUps: RiskLookUps,
  freeTexts: {
    fields: {
      RegisterRisk: ['name', 'cause', 'consequence'],
      AddRiskControl: ['description', 'evidenceDescription'],
      RecordRiskMonitoring: ['observations', 'evidence'],
      RecordRiskMaterialization: ['description'],
    },
    // The risk's texts are no one person's: they go under a key of the risk's own, made on registration.
    ownerOf: (_command, state) => (state.status === 'REGISTERED' ? state.textOwnerId : null),
  },
};
