// The office's calendar as facts: its GraphQL part, and the start-up seed that records the configured days
// (VENTANILLA_EXTRA_NON_WORKING_DAYS) once and reads the record the command path counts with.
import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  OFFICE_CALENDAR_ID,
  type BusinessCalendarEvent,
  type CalendarHistory,
} from '../../domain/business-calendar/index.js';
import { RunCommand, type CommandResult } from '../../engine/commands/run-command.js';
import { CALENDAR_RECORD, type CalendarRecord } from './calendar-record.js';
import { businessCalendar, CALENDAR_SEED } from './commands.js';
import { BusinessCalendarResolver } from './graphql/business-calendar.resolver.js';

/**
 * On every start: seeds an empty record with the configured days (a restart finds the stream and records
 * nothing), and serves the record from then on. A configuration that no longer matches the seed is said in
 * the log and changes nothing: the record is the calendar; an ADMIN changes it with its act.
 */
@Injectable()
export class CalendarSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('Calendario');

  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(CALENDAR_RECORD) private readonly record: CalendarRecord,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const configured = [...new Set(this.record.configuredDays)].sort();
    const result = (await this.commands.execute(
      new RunCommand(
        businessCalendar,
        OFFICE_CALENDAR_ID,
        { type: 'SeedNonWorkingDays', data: { days: configured } },
        // One command id for the seed: two instances starting on one empty log record it once.
        { actor: CALENDAR_SEED, commandId: 'business-calendar-seed' },
      ),
    )) as CommandResult<BusinessCalendarEvent, CalendarHistory>;
    this.record.replace(result.state);
    const seed = result.state.revisions[0];
    if (
      result.events.length === 0 &&
      seed !== undefined &&
      seed.nonWorkingDays.join(',') !== configured.join(',')
    ) {
      this.logger.warn(
        `VENTANILLA_EXTRA_NON_WORKING_DAYS (${configured.join(', ') || 'vacío'}) ya no coincide con los días sembrados en el calendario (${seed.nonWorkingDays.join(', ') || 'ninguno'}): el calendario registrado sigue en vigor (versión ${result.state.revisions.at(-1)!.calendarVersion}); declare los cambios con addNonWorkingDay / removeNonWorkingDay y su acto.`,
      );
    }
  }
}

@Module({ providers: [BusinessCalendarResolver, CalendarSeed] })
export class BusinessCalendarModule {}
