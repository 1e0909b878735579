// The action-plan part of the gateway: each mutation builds the domain's command and runs it on the one
// command path (RunCommand) on the year's stream, then answers with the plan as the read models show it,
// its texts revealed from the vault; the query reads the read model with today's figures.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../../../attachments/attachment-registry.js';
import { ACTION_PLAN_COMMAND_ROLES, type ActionPlanCommand } from '../../../../domain/action-plan/index.js';
import type { CommandOrigin } from '../../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type RunOptions,
} from '../../../../engine/commands/run-command.js';
import { NotFound } from '../../../../engine/application-errors.js';
import { ALL_ROLES, Origin, Roles } from '../../../../identity/auth.js';
import { UserRef } from '../../../../identity/graphql/identity.types.js';
import { USER_STORE, type UserStore } from '../../../../identity/user-store.js';
import { PersonalTexts } from '../../../../personal-data/personal-texts.js';
import { actionPlan } from '../commands.js';
import type { ActionPlanView } from '../read-models/action-plan-queries.js';
import { ActionPlanQueries } from '../read-models/action-plan-queries.js';
import {
  ActionPlanYearArgs,
  AddPlanActivityInput,
  AddPlanGoalArgs,
  CreateActionPlanInput,
  RejectActivityProgressArgs,
  ReportActivityProgressArgs,
  ReviewActivityProgressArgs,
} from './action-plan.inputs.js';
import { ActionPlan, ActivityProgressReport, PlanActivity } from './action-plan.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = ACTION_PLAN_COMMAND_ROLES;

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(ActionPlanQueries) private readonly queries: ActionPlanQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(ATTACHMENT_REGISTRY) private readonly attachments: AttachmentRegistry,
  ) {}

  @Query(() => ActionPlan, {
    nullable: true,
    description: 'El plan de acción del año, con su ejecución al día de hoy; null si no se ha creado.',
  })
  @Roles(...ALL_ROLES)
  async actionPlan(@Args() { year }: ActionPlanYearArgs): Promise<ActionPlan | null> {
    const view = await this.queries.get(year);
    return view === null ? null : this.toActionPlan(view);
  }

  @Query(() => [Int], { description: 'Los años que tienen plan de acción, del más reciente al más antiguo.' })
  @Roles(...ALL_ROLES)
  actionPlanYears(): Promise<number[]> {
    return this.queries.years();
  }

  @Mutation(() => ActionPlan, { description: 'Crea el plan de acción de un año (uno por año).' })
  @Roles(...ROLES.CreateActionPlan)
  createActionPlan(
    @Args('input') input: CreateActionPlanInput,
    @Origin() origin: CommandOrigin,
  ): Promise<ActionPlan> {
    return this.run(
      input.year,
      { type: 'CreateActionPlan', data: { year: input.year, title: input.title } },
      origin,
    );
  }

  @Mutation(() => ActionPlan, { description: 'Agrega una meta al plan de acción del año.' })
  @Roles(...ROLES.AddPlanGoal)
  addPlanGoal(@Args() args: AddPlanGoalArgs, @Origin() origin: CommandOrigin): Promise<ActionPlan> {
    const goalId = newInstanceId('planGoal', null);
    return this.run(
      args.year,
      { type: 'AddPlanGoal', data: { goalId, description: args.description } },
      origin,
      revisionSeen(args),
    );
  }

  @Mutation(() => ActionPlan, {
    description:
      'Agrega una actividad a una meta del plan, con responsable, fechas, peso, indicador y meta; los pesos del plan no pueden pasar de 100 %.',
  })
  @Roles(...ROLES.AddPlanActivity)
  addPlanActivity(
    @Args('input') input: AddPlanActivityInput,
    @Args('expectedRevision', { type: () => Int, nullable: true }) expectedRevision: number | null,
    @Origin() origin: CommandOrigin,
  ): Promise<ActionPlan> {
    const activityId = newInstanceId('planActivity', null);
    const { year, ...activity } = input;
    return this.run(
      year,
      { type: 'AddPlanActivity', data: { activityId, ...activity } },
      origin,
      revisionSeen({ expectedRevision }),
    );
  }

  @Mutation(() => ActionPlan, {
    description:
      'Reporta el avance acumulado de una actividad con su evidencia; cuenta para la ejecución cuando se aprueba.',
  })
  @Roles(...ROLES.ReportActivityProgress)
  async reportActivityProgress(
    @Args() args: ReportActivityProgressArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<ActionPlan> {
    const reportId = newInstanceId('activityProgressReport', null);
    const attachments =
      args.attachmentIds && args.attachmentIds.length > 0
        ? await this.attachments.forCommand(
            args.attachmentIds,
            { kind: 'STAFF', actorId: origin.actor.id },
            'attachmentIds',
          )
        : [];
    return this.run(
      args.year,
      {
        type: 'ReportActivityProgress',
        data: {
          reportId,
          activityId: args.activityId,
          progressPercent: args.progressPercent,
          note: args.note,
          evidence: args.evidence ?? '',
          attachments,
        },
      },
      origin,
      revisionSeen(args),
    );
  }

  @Mutation(() => ActionPlan, {
    description:
      'Aprueba un reporte de avance (un coordinador o administrador distinto de quien lo reportó).',
  })
  @Roles(...ROLES.ApproveActivityProgress)
  approveActivityProgress(
    @Args() args: ReviewActivityProgressArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<ActionPlan> {
    return this.run(
      args.year,
      { type: 'ApproveActivityProgress', data: { reportId: args.progressReportId } },
      origin,
      revisionSeen(args),
    );
  }

  @Mutation(() => ActionPlan, {
    description: 'Rechaza un reporte de avance con su motivo; la actividad conserva su avance aprobado.',
  })
  @Roles(...ROLES.RejectActivityProgress)
  rejectActivityProgress(
    @Args() args: RejectActivityProgressArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<ActionPlan> {
    return this.run(
      args.year,
      { type: 'RejectActivityProgress', data: { reportId: args.progressReportId, reason: args.reason } },
      origin,
      revisionSeen(args),
    );
  }

  /** Runs the command on the year's plan and answers with the plan as the read models show it. */
  private async run(
    year: number,
    command: ActionPlanCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<ActionPlan> {
    await this.commands.execute(new RunCommand(actionPlan, String(year), command, origin, options));
    const view = await this.queries.get(year);
    if (view === null) throw new NotFound(`No existe el plan de acción ${year}.`);
    return this.toActionPlan(view);
  }

  private async toActionPlan(view: ActionPlanView): Promise<ActionPlan> {
    return toActionPlan(await this.texts.reveal(view));
  }
}

@Resolver(() => PlanActivity)
export class PlanActivityResolver {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  @ResolveField(() => UserRef, { nullable: true, description: 'null si el usuario ya no existe.' })
  async responsible(@Parent() activity: PlanActivity): Promise<UserRef | null> {
    return userRefOf(await this.users.findById(activity.responsibleId));
  }
}

@Resolver(() => ActivityProgressReport)
export class ProgressReportResolver {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  @ResolveField(() => UserRef, { nullable: true, description: 'Quien lo reportó; null si ya no existe.' })
  async reportedBy(@Parent() report: ActivityProgressReport): Promise<UserRef | null> {
    return userRefOf(await this.users.findById(report.reportedById));
  }

  @ResolveField(() => UserRef, { nullable: true, description: 'Quien lo aprobó o rechazó.' })
  async reviewedBy(@Parent() report: ActivityProgressReport): Promise<UserRef | null> {
    return report.reviewedById === null ? null : userRefOf(await this.users.findById(report.reviewedById));
  }
}

/** The plan for the schema, from the document and its figures today (texts already revealed). */
export function toActionPlan({ plan, execution }: ActionPlanView): ActionPlan {
  const reports = plan.progressReports.map((report): ActivityProgressReport => ({
    id: report.reportId,
    activityId: report.activityId,
    progressPercent: report.progressPercent,
    note: report.note,
    evidence: report.evidence,
    attachments: report.attachments,
    reportedById: report.reportedBy,
    reportedAt: report.reportedAt,
    reportedOn: report.reportedOn,
    status: report.status,
    reviewedById: report.reviewedBy,
    reviewedAt: report.reviewedAt,
    reviewedOn: report.reviewedOn,
    rejectionReason: report.rejectionReason,
  }));
  const figures = new Map(execution.activities.map((activity) => [activity.activityId, activity]));
  const activities = plan.activities.map((activity): PlanActivity => {
    const today = figures.get(activity.activityId);
    const own = reports.filter((report) => report.activityId === activity.activityId);
    return {
      id: activity.activityId,
      goalId: activity.goalId,
      description: activity.description,
      responsibleId: activity.responsibleId,
      startDate: activity.startDate,
      endDate: activity.endDate,
      weight: activity.weight,
      indicator: activity.indicator,
      target: activity.target,
      approvedProgress: today?.progress ?? activity.approvedProgress,
      weightedExecution: today?.weightedExecution ?? 0,
      overdue: today?.overdue ?? false,
      status: today?.status ?? 'NOT_STARTED',
      pendingReportId: own.find((report) => report.status === 'PENDING')?.id ?? null,
      progressReports: own,
    };
  });
  const sum = (values: readonly number[]) => Math.round(values.reduce((a, b) => a + b * 100, 0)) / 100;
  return {
    year: plan.year,
    title: plan.title,
    createdAt: plan.createdAt,
    asOf: execution.asOf,
    executionPercent: execution.executionPercent,
    weightTotal: execution.weightTotal,
    weightsBalanced: execution.weightsBalanced,
    overdueActivities: execution.overdueActivities.length,
    pendingReports: reports.filter((report) => report.status === 'PENDING').length,
    goals: plan.goals.map((goal) => {
      const own = activities.filter((activity) => activity.goalId === goal.goalId);
      return {
        id: goal.goalId,
        description: goal.description,
        weight: sum(own.map((activity) => activity.weight)),
        execution: sum(own.map((activity) => activity.weightedExecution)),
        activities: own,
      };
    }),
    activities,
    revision: plan.revision,
  };
}

function userRefOf(
  user: { id: string; username: string; fullName: string } | null | undefined,
): UserRef | null {
  return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
}
