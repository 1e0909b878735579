// The management-review part of the gateway: each mutation builds the domain's command and runs it on
// the one command path (RunCommand), then answers with the review as the read models show it, its texts
// revealed; a decision that formulates an improvement action runs FormulateAction right after it.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  decisionReference,
  MANAGEMENT_REVIEW_COMMAND_ROLES,
  type ManagementReviewCommand,
  type ManagementReviewEvent,
  type ManagementReviewState,
} from '../../../../domain/management-review/index.js';
import type { ImprovementActionCommand } from '../../../../domain/improvement-action/index.js';
import type { CommandOrigin } from '../../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type CommandResult,
  type RunOptions,
} from '../../../../engine/commands/run-command.js';
import { ALL_ROLES, Origin, Roles } from '../../../../identity/auth.js';
import { PersonalTexts } from '../../../../personal-data/personal-texts.js';
import { improvementActionCase } from '../../../improvement-actions/index.js';
import { managementReviewCase } from '../commands.js';
import {
  ManagementReviewQueries,
  type ManagementReviewView,
} from '../read-models/management-review-queries.js';
import { inputsToBeAssembled } from '../review-inputs.js';
import {
  CloseManagementReviewArgs,
  ManagementReviewIdArgs,
  ManagementReviewsArgs,
  OpenManagementReviewInput,
  RecordReviewDecisionInput,
} from './management-review.inputs.js';
import { ManagementReview } from './management-review.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = MANAGEMENT_REVIEW_COMMAND_ROLES;

@Resolver(() => ManagementReview)
export class ManagementReviewResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(ManagementReviewQueries) private readonly queries: ManagementReviewQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Mutation(() => ManagementReview, {
    description:
      'Abre una revisión por la dirección: reúne sus entradas (indicadores, satisfacción, Informe de PQRS, plan de acción, riesgos y acciones de mejora abiertas) tal como están ahora y las guarda con ella.',
  })
  @Roles(...ROLES.OpenManagementReview)
  async openManagementReview(
    @Args('input') input: OpenManagementReviewInput,
    @Origin() origin: CommandOrigin,
  ): Promise<ManagementReview> {
    const reviewId = newInstanceId('managementReview', input.idempotencyKey);
    const period = { from: input.period.from, to: input.period.to };
    await this.runOnReview(
      reviewId,
      {
        type: 'OpenManagementReview',
        data: {
          reviewId,
          title: input.title,
          meetingDate: input.meetingDate,
          period,
          attendeeIds: input.attendeeIds,
          // The look-ups assemble them once the domain accepts the request.
          inputs: inputsToBeAssembled(period, origin.issuedAt ?? new Date(0).toISOString()),
        },
      },
      origin,
      input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {},
    );
    return this.answer(reviewId);
  }

  @Mutation(() => ManagementReview, {
    description:
      'Registra una decisión de la revisión. Si formula una acción de mejora, la formula a continuación (origen: revisión por la dirección, referencia <revisión>/<número>); si eso quedó a medias, reenviar la misma clave de idempotencia lo completa.',
  })
  @Roles(...ROLES.RecordReviewDecision)
  async recordReviewDecision(
    @Args('input') input: RecordReviewDecisionInput,
    @Origin() origin: CommandOrigin,
  ): Promise<ManagementReview> {
    const key = input.idempotencyKey ? `${input.reviewId}/${input.idempotencyKey}` : null;
    const formulation = input.improvementAction ?? null;
    const actionId = formulation === null ? null : newInstanceId('reviewDecisionAction', key);
    const dueDate = input.dueDate ?? null;
    const result = await this.runOnReview(
      input.reviewId,
      {
        type: 'RecordReviewDecision',
        data: {
          kind: input.kind,
          description: input.description,
          responsibleId: input.responsibleId,
          dueDate,
          improvementActionId: actionId,
        },
      },
      origin,
      { ...revisionSeen(input), ...(key ? { idempotencyKey: key } : {}) },
    );
    if (formulation !== null && actionId !== null && dueDate !== null) {
      const state = result.state;
      const decision =
        state.status === 'NOT_OPENED'
          ? undefined
          : state.decisions.find((recorded) => recorded.improvementActionId === actionId);
      if (decision !== undefined) {
        const command: ImprovementActionCommand = {
          type: 'FormulateAction',
          data: {
            actionId,
            source: {
              kind: 'MANAGEMENT_REVIEW',
              reference: decisionReference(input.reviewId, decision.number),
            },
            problem: formulation.problem,
            rootCause: formulation.rootCause,
            action: formulation.action,
            responsibleId: input.responsibleId,
            dueDate,
            linkedAction: null,
          },
        };
        await this.commands.execute(
          new RunCommand(
            improvementActionCase,
            actionId,
            command,
            origin,
            key ? { idempotencyKey: `${key}/action` } : {},
          ),
        );
      }
    }
    return this.answer(input.reviewId);
  }

  @Mutation(() => ManagementReview, {
    description:
      'Aprueba el acta con las conclusiones y cierra la revisión; requiere al menos una decisión y las acciones de mejora de sus decisiones formuladas.',
  })
  @Roles(...ROLES.CloseManagementReview)
  async closeManagementReview(
    @Args() args: CloseManagementReviewArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<ManagementReview> {
    await this.runOnReview(
      args.reviewId,
      // The look-ups find which decisions' actions the log does not hold yet.
      { type: 'CloseManagementReview', data: { conclusions: args.conclusions, pendingActionIds: [] } },
      origin,
      revisionSeen(args),
    );
    return this.answer(args.reviewId);
  }

  @Query(() => ManagementReview, { description: 'Una revisión por la dirección por su id.' })
  @Roles(...ALL_ROLES)
  managementReview(@Args() { reviewId }: ManagementReviewIdArgs): Promise<ManagementReview> {
    return this.answer(reviewId);
  }

  @Query(() => [ManagementReview], {
    description: 'Revisiones por la dirección del año (todas si se omite), la reunión más reciente primero.',
  })
  @Roles(...ALL_ROLES)
  async managementReviews(@Args() { year }: ManagementReviewsArgs): Promise<ManagementReview[]> {
    const views = await this.texts.reveal(await this.queries.list(year ?? null));
    return views.map(toManagementReview);
  }

  private runOnReview(
    reviewId: string,
    command: ManagementReviewCommand,
    origin: CommandOrigin,
    options: RunOptions,
  ): Promise<CommandResult<ManagementReviewEvent, ManagementReviewState>> {
    return this.commands.execute(new RunCommand(managementReviewCase, reviewId, command, origin, options));
  }

  private async answer(reviewId: string): Promise<ManagementReview> {
    return toManagementReview(await this.texts.reveal(await this.queries.get(reviewId)));
  }
}

function toManagementReview(view: ManagementReviewView): ManagementReview {
  return {
    id: view.id,
    title: view.title,
    meetingDate: view.meetingDate,
    period: { from: view.periodFrom, to: view.periodTo },
    attendeeIds: [...view.attendeeIds],
    status: view.status,
    openedAt: view.openedAt,
    inputs: view.inputs as unknown as ManagementReview['inputs'],
    decisions: view.decisions.map((decision) => ({
      number: decision.number,
      reference: decisionReference(view.id, decision.number),
      kind: decision.kind,
      description: decision.description,
      responsibleId: decision.responsibleId,
      dueDate: decision.dueDate,
      improvementActionId: decision.improvementActionId,
      actionFormulated: decision.actionFormulated,
      recordedAt: decision.recordedAt,
    })),
    conclusions: view.conclusions,
    closedAt: view.closedAt,
    revision: view.revision,
  };
}
