// The office's calendar in the gateway: staff read its days and versions; an ADMIN declares a day
// non-working or working again, with its act, on the one command path. Reads come from the record the
// command path itself counts with (the stream's state), not from a read model.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BUSINESS_CALENDAR_COMMAND_ROLES,
  OFFICE_CALENDAR_ID,
  type BusinessCalendarCommand,
  type BusinessCalendarEvent,
  type CalendarHistory,
  type CalendarRevision,
} from '../../../domain/business-calendar/index.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { RunCommand, type CommandResult } from '../../../engine/commands/run-command.js';
import { ALL_ROLES, Origin, Roles } from '../../../identity/auth.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { CALENDAR_RECORD, type CalendarRecord } from '../calendar-record.js';
import { businessCalendar } from '../commands.js';
import { CalendarChangeArgs, CalendarVersion } from './business-calendar.types.js';

@Resolver(() => CalendarVersion)
export class BusinessCalendarResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(CALENDAR_RECORD) private readonly record: CalendarRecord,
  ) {}

  @Query(() => [DateScalar], {
    description:
      'Los días que la entidad declara no hábiles en el calendario vigente, además de fines de semana y festivos.',
  })
  @Roles(...ALL_ROLES)
  nonWorkingDays(): readonly string[] {
    return this.record.revisions.at(-1)?.nonWorkingDays ?? this.record.configuredDays;
  }

  @Query(() => [CalendarVersion], {
    description: 'Las versiones del calendario de días hábiles, de la más reciente a la primera.',
  })
  @Roles(...ALL_ROLES)
  calendarHistory(): CalendarVersion[] {
    return [...this.record.revisions].reverse().map(toGraphQL);
  }

  @Mutation(() => CalendarVersion, {
    description:
      'Declara no hábil un día, con el acto que lo declara: una versión nueva del calendario. Los casos ya radicados conservan su versión, salvo que el acto sea retroactivo.',
  })
  @Roles(...BUSINESS_CALENDAR_COMMAND_ROLES.AddNonWorkingDay)
  addNonWorkingDay(
    @Args() args: CalendarChangeArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<CalendarVersion> {
    return this.change({ type: 'AddNonWorkingDay', data: dataOf(args) }, origin);
  }

  @Mutation(() => CalendarVersion, {
    description:
      'Declara hábil un día no hábil (uno declarado por la entidad, o un festivo que la fuente trae por error), con su acto: una versión nueva del calendario.',
  })
  @Roles(...BUSINESS_CALENDAR_COMMAND_ROLES.RemoveNonWorkingDay)
  removeNonWorkingDay(
    @Args() args: CalendarChangeArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<CalendarVersion> {
    return this.change({ type: 'RemoveNonWorkingDay', data: dataOf(args) }, origin);
  }

  private async change(command: BusinessCalendarCommand, origin: CommandOrigin): Promise<CalendarVersion> {
    const result = (await this.commands.execute(
      new RunCommand(businessCalendar, OFFICE_CALENDAR_ID, command, origin),
    )) as CommandResult<BusinessCalendarEvent, CalendarHistory>;
    this.record.replace(result.state);
    return toGraphQL(result.state.revisions.at(-1)!);
  }
}

function dataOf(args: CalendarChangeArgs) {
  return {
    day: args.day,
    act: { number: args.act.number, title: args.act.title, date: args.act.date },
    retroactive: args.retroactive,
  };
}

function toGraphQL(revision: CalendarRevision): CalendarVersion {
  return {
    revision: revision.revision,
    calendarVersion: revision.calendarVersion,
    change: revision.kind,
    day: revision.day,
    act: revision.act,
    retroactive: revision.retroactive,
    recordedAt: revision.at,
    nonWorkingDays: revision.nonWorkingDays,
    workingDays: revision.workingDays,
  };
}
