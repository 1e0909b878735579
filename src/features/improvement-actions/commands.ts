// The improvement action on the command path: its decider and streams, and what formulating one needs
// from outside the domain — the action it follows (folded from that action's stream), its responsible's
// account, and the PQRS case or the management review's decision it comes from.
import { Inject, Injectable } from '@nestjs/common';
import {
  IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS,
  upcastImprovementActionEvent,
  improvementActionDecider,
  improvementActionStreamOf,
  type ImprovementActionCommand,
  type ImprovementActionEvent,
  type ImprovementActionState,
} from '../../domain/improvement-action/index.js';
import {
  MANAGEMENT_REVIEW_EVENT_SCHEMA_VERSIONS,
  managementReviewDecider,
  managementReviewStreamOf,
  parseDecisionReference,
  type ManagementReviewCommand,
  type ManagementReviewEvent,
  type ManagementReviewState,
} from '../../domain/management-review/index.js';
import { BadUserInput } from '../../engine/application-errors.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import { USER_STORE, type UserStore } from '../../identity/user-store.js';
import { pqrsStreamOf } from '../../domain/pqrs/events.js';

/**
 * PQRS cases by their streams, as the domain names them: enough to ask the log whether a case exists. Not
 * the PQRS feature's aggregate, which would close a cycle of imports (the PQRS read models list a case's
 * improvement actions, and the planning features run this aggregate through this feature's index).
 */
const pqrsCases = { streamOf: pqrsStreamOf };

@Injectable()
export class ImprovementActionLookUps implements CommandLookUps<ImprovementActionCommand> {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  async complete(
    command: ImprovementActionCommand,
    context: LookUpContext<ImprovementActionCommand>,
  ): Promise<CompletedCommand<ImprovementActionCommand>> {
    if (command.type !== 'FormulateAction') return { command };
    const { data } = command;
    const linked = data.linkedAction;
    const formulated: ImprovementActionCommand = {
      ...command,
      data: {
        ...data,
        linkedAction: linked === null ? null : await this.linkedActionFacts(linked.actionId, context),
      },
    };
    // Ask the domain first, so a malformed request is refused before anything else is looked up.
    await context.precheck(formulated);
    const responsible = await this.users.findById(data.responsibleId);
    if (!responsible || !responsible.active) {
      throw new BadUserInput('responsibleId', 'El responsable de la acción no existe o está inactivo.');
    }
    const radicado = data.source.reference.trim();
    if (data.source.kind === 'PQRS' && !(await context.exists(pqrsCases, radicado))) {
      throw new BadUserInput('source.reference', `No existe un caso PQRS con radicado ${radicado}.`);
    }
    if (data.source.kind === 'MANAGEMENT_REVIEW') {
      // The decision named the action before it existed: formulating it is that action, whatever id the
      // request came with, so a retry (or a later formulation of a pending decision) finishes the pair.
      const actionId = await this.actionNamedByDecision(data.source.reference, context);
      return { id: actionId, command: { ...formulated, data: { ...formulated.data, actionId } } };
    }
    return { command: formulated };
  }

  /** The action a management review's decision named, checked against the review's stream. */
  private async actionNamedByDecision(
    reference: string,
    context: LookUpContext<ImprovementActionCommand>,
  ): Promise<string> {
    const named = parseDecisionReference(reference);
    if (named === null) {
      throw new BadUserInput('source.reference', 'La referencia no nombra una decisión de revisión.');
    }
    const { state } = await context.stateOf(managementReviewStream, named.reviewId);
    if (state.status === 'NOT_OPENED') {
      throw new BadUserInput(
        'source.reference',
        `No existe una revisión por la dirección con id ${named.reviewId}.`,
      );
    }
    const decision = state.decisions.find((recorded) => recorded.number === named.decisionNumber);
    if (decision === undefined) {
      throw new BadUserInput(
        'source.reference',
        `La revisión por la dirección no tiene una decisión número ${named.decisionNumber}.`,
      );
    }
    if (decision.improvementActionId === null) {
      throw new BadUserInput(
        'source.reference',
        `La decisión ${named.decisionNumber} de la revisión por la dirección no formula una acción de mejora.`,
      );
    }
    return decision.improvementActionId;
  }

  /** What the domain needs of the action the new one follows, folded from that action's stream. */
  private async linkedActionFacts(actionId: string, context: LookUpContext<ImprovementActionCommand>) {
    const { state } = await context.stateOf(improvementActionCase, actionId);
    if (state.status === 'NOT_FORMULATED') {
      throw new BadUserInput('linkedActionId', `No existe una acción de mejora con id ${actionId}.`);
    }
    return { actionId, lastVerificationEffective: state.lastVerification?.effective ?? null };
  }
}

/**
 * A management review's stream, read (never written) to check the decision an action comes from; the
 * review's own feature runs its commands.
 */
const managementReviewStream: AggregateType<
  ManagementReviewCommand,
  ManagementReviewEvent,
  ManagementReviewState
> = {
  decider: managementReviewDecider,
  schemaVersions: MANAGEMENT_REVIEW_EVENT_SCHEMA_VERSIONS,
  streamOf: managementReviewStreamOf,
};

/** An improvement action: `improvement-action-<id>`. */
export const improvementActionCase: AggregateType<
  ImprovementActionCommand,
  ImprovementActionEvent,
  ImprovementActionState
> = {
  decider: improvementActionDecider,
  schemaVersions: IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS,
  upcast: upcastImprovementActionEvent,
  streamOf: improvementActionStreamOf,
  lookUps: ImprovementActionLookUps,
};
