// The training plan's part of the gateway: each mutation builds the domain's command and runs it on the
// one command path (RunCommand) on the year's plan, then answers from the read models with the texts
// revealed; queries read the read models (and the data's proposals).
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { staffMemberNamed } from '../../../../domain/shared/staff-member.js';
import { TRAINING_COMMAND_ROLES, type TrainingCommand } from '../../../../domain/training/index.js';
import type { CommandOrigin } from '../../../../engine/commands/command-metadata.js';
import { newInstanceId, revisionSeen, RunCommand } from '../../../../engine/commands/run-command.js';
import { ALL_ROLES, Origin, Roles } from '../../../../identity/auth.js';
import { PersonalTexts } from '../../../../personal-data/personal-texts.js';
import { trainingPlan } from '../commands.js';
import { TrainingQueries, type TrainingNeedView } from '../read-models/training-queries.js';
import type { TrainingSessionDocument } from '../read-models/training-sessions-projection.js';
import {
  AcceptTrainingNeedArgs,
  DismissTrainingNeedArgs,
  RecordTrainingAttendanceArgs,
  ScheduleTrainingArgs,
  TrainingYearArgs,
} from './training.inputs.js';
import { TrainingNeed, TrainingSession } from './training.types.js';

const ROLES = TRAINING_COMMAND_ROLES;

@Resolver(() => TrainingNeed)
export class TrainingResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(TrainingQueries) private readonly queries: TrainingQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Query(() => [TrainingNeed], {
    description:
      'Necesidades de capacitación del año: las aceptadas, las que proponen los datos (asuntos frecuentes de PQRS, acciones de mejora) y las descartadas.',
  })
  @Roles(...ALL_ROLES)
  async trainingNeeds(@Args() { year }: TrainingYearArgs): Promise<TrainingNeed[]> {
    return (await this.texts.reveal(await this.queries.needs(year))).map(toTrainingNeed);
  }

  @Query(() => [TrainingSession], { description: 'Sesiones de capacitación del año, por fecha.' })
  @Roles(...ALL_ROLES)
  async trainingSessions(@Args() { year }: TrainingYearArgs): Promise<TrainingSession[]> {
    return (await this.texts.reveal(await this.queries.sessions(year))).map(toTrainingSession);
  }

  @Query(() => Int, {
    nullable: true,
    description:
      'Revisión del plan de capacitación del año (para expectedRevision); null si no tiene hechos.',
  })
  @Roles(...ALL_ROLES)
  trainingPlanRevision(@Args() { year }: TrainingYearArgs): Promise<number | null> {
    return this.queries.planRevision(year);
  }

  @Mutation(() => TrainingNeed, {
    description: 'Acepta una necesidad propuesta: queda en el plan con su fundamento tal como estaba.',
  })
  @Roles(...ROLES.AcceptTrainingNeed)
  async acceptTrainingNeed(
    @Args() args: AcceptTrainingNeedArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<TrainingNeed> {
    const data = { year: args.year, needKey: args.needKey, basis: null };
    await this.run(args.year, { type: 'AcceptTrainingNeed', data }, origin, args);
    return this.need(args.year, args.needKey);
  }

  @Mutation(() => TrainingNeed, { description: 'Descarta una necesidad propuesta, con el motivo.' })
  @Roles(...ROLES.DismissTrainingNeed)
  async dismissTrainingNeed(
    @Args() args: DismissTrainingNeedArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<TrainingNeed> {
    const data = { year: args.year, needKey: args.needKey, basis: null, reason: args.reason };
    await this.run(args.year, { type: 'DismissTrainingNeed', data }, origin, args);
    return this.need(args.year, args.needKey);
  }

  @Mutation(() => TrainingSession, {
    description:
      'Programa una sesión de capacitación: tema, fecha, quién la dicta y los funcionarios convocados.',
  })
  @Roles(...ROLES.ScheduleTraining)
  async scheduleTraining(
    @Args() { input, expectedRevision }: ScheduleTrainingArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<TrainingSession> {
    const sessionId = newInstanceId('trainingSession', null);
    await this.run(
      input.year,
      {
        type: 'ScheduleTraining',
        data: {
          year: input.year,
          sessionId,
          topic: input.topic,
          date: input.date,
          trainer: input.trainer,
          // The look-ups fill in each account as the staff directory knows it.
          attendees: input.attendeeIds.map((id) => staffMemberNamed(id)),
          needKeys: input.needKeys ?? [],
          passingScore: input.passingScore,
        },
      },
      origin,
      { expectedRevision },
    );
    return this.session(sessionId);
  }

  @Mutation(() => TrainingSession, {
    description:
      'Registra la asistencia y la evaluación de cada convocado; un registro posterior corrige el anterior.',
  })
  @Roles(...ROLES.RecordTrainingAttendance)
  async recordTrainingAttendance(
    @Args() args: RecordTrainingAttendanceArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<TrainingSession> {
    const { year } = await this.queries.session(args.sessionId);
    const attendance = args.attendance.map(({ userId, attended, score }) => ({
      userId,
      attended,
      score: score ?? null,
    }));
    await this.run(
      year,
      { type: 'RecordTrainingAttendance', data: { sessionId: args.sessionId, attendance } },
      origin,
      args,
    );
    return this.session(args.sessionId);
  }

  private async run(
    year: number,
    command: TrainingCommand,
    origin: CommandOrigin,
    args: { readonly expectedRevision?: number | null },
  ): Promise<void> {
    await this.commands.execute(
      new RunCommand(trainingPlan, String(year), command, origin, revisionSeen(args)),
    );
  }

  private async need(year: number, needKey: string): Promise<TrainingNeed> {
    return toTrainingNeed(await this.texts.reveal(await this.queries.need(year, needKey)));
  }

  private async session(sessionId: string): Promise<TrainingSession> {
    return toTrainingSession(await this.texts.reveal(await this.queries.session(sessionId)));
  }
}

function toTrainingNeed(view: TrainingNeedView): TrainingNeed {
  const basis = view.basis;
  return {
    year: view.year,
    needKey: view.needKey,
    status: view.status,
    basis: {
      kind: basis.kind,
      reference: basis.reference,
      label: basis.label,
      receivedCount: basis.kind === 'PQRS_SUBJECT' ? basis.receivedCount : null,
      firstReceivedOn: basis.kind === 'PQRS_SUBJECT' ? basis.firstReceivedOn : null,
      lastReceivedOn: basis.kind === 'PQRS_SUBJECT' ? basis.lastReceivedOn : null,
      actionStatus: basis.kind === 'IMPROVEMENT_ACTION' ? basis.actionStatus : null,
      formulatedOn: basis.kind === 'IMPROVEMENT_ACTION' ? basis.formulatedOn : null,
      dueDate: basis.kind === 'IMPROVEMENT_ACTION' ? basis.dueDate : null,
    },
    decidedAt: view.decidedAt,
    decidedById: view.decidedBy,
    reason: view.reason,
    sessionIds: [...view.sessionIds],
  };
}

function toTrainingSession(document: TrainingSessionDocument): TrainingSession {
  return {
    id: document.id,
    year: document.year,
    topic: document.topic,
    date: document.date,
    trainer: document.trainer,
    attendeeIds: [...document.attendeeIds],
    needKeys: [...document.needKeys],
    passingScore: document.passingScore,
    scheduledAt: document.scheduledAt,
    attendance: document.attendance === null ? null : document.attendance.map((record) => ({ ...record })),
    attendanceRecordedAt: document.attendanceRecordedAt,
  };
}
