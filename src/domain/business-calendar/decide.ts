// The office's calendar as a decider: an ADMIN declares a day non-working or working again, with its act;
// each change is the next version. The start-up seed records the configured days once.
import { colombianHolidaysOf } from '../shared/business-calendar-factory.js';
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import {
  bogotaDateOf,
  dayOfWeek,
  isCalendarDate,
  spanishDate,
  yearOf,
  type CalendarDate,
} from '../shared/time.js';
import {
  emptyCalendarHistory,
  versionOfRevision,
  type CalendarHistory,
  type CalendarRevision,
} from './calendar-history.js';
import type { AddNonWorkingDay, BusinessCalendarCommand, RemoveNonWorkingDay } from './commands.js';
import type { BusinessCalendarEvent } from './events.js';

type Decision = readonly BusinessCalendarEvent[] | DomainError;

/** Only an ADMIN changes the calendar every term is counted in; the seed is Ventanilla's own start-up. */
export const BUSINESS_CALENDAR_COMMAND_ROLES: Readonly<
  Record<BusinessCalendarCommand['type'], readonly ActorRole[]>
> = {
  AddNonWorkingDay: ['ADMIN'],
  RemoveNonWorkingDay: ['ADMIN'],
  SeedNonWorkingDays: ['SYSTEM'],
};

const ACTIONS: Readonly<Record<BusinessCalendarCommand['type'], string>> = {
  AddNonWorkingDay: 'declarar días no hábiles',
  RemoveNonWorkingDay: 'declarar hábil un día no hábil',
  SeedNonWorkingDays: 'sembrar el calendario de días hábiles',
};

const SATURDAY = 6;
const SUNDAY = 0;

export function decideBusinessCalendar(
  command: BusinessCalendarCommand,
  state: CalendarHistory,
  context: DecisionContext,
): Decision {
  if (!BUSINESS_CALENDAR_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, ACTIONS[command.type]);
  }
  switch (command.type) {
    case 'SeedNonWorkingDays': {
      // Recorded once: a restart finds the stream and records nothing.
      if (state.revisions.length > 0) return [];
      const bad = command.data.days.find((day) => !isCalendarDate(day));
      if (bad !== undefined) {
        return refuse('INVALID_DATE', `"${bad}" no es una fecha AAAA-MM-DD.`, 'days');
      }
      const days = [...new Set(command.data.days)].sort();
      return [
        {
          type: 'NonWorkingDaysSeeded',
          data: { days, revision: 1, calendarVersion: versionOfRevision(1, days, []), seededAt: context.now },
        },
      ];
    }
    case 'AddNonWorkingDay':
    case 'RemoveNonWorkingDay':
      return decideChange(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse('UNKNOWN_COMMAND', `Orden desconocida: ${String(unknownCommand)}.`);
    }
  }
}

function decideChange(
  command: AddNonWorkingDay | RemoveNonWorkingDay,
  state: CalendarHistory,
  context: DecisionContext,
): Decision {
  const { day, act, retroactive } = command.data;
  if (typeof day !== 'string' || !isCalendarDate(day)) {
    return refuse('INVALID_DATE', 'El día debe ser una fecha válida (AAAA-MM-DD).', 'day');
  }
  if (act === null || typeof act !== 'object' || isBlank(act.number)) {
    return refuse('ACT_NUMBER_REQUIRED', 'Indique el número del acto que declara el cambio.', 'act.number');
  }
  if (isBlank(act.title)) {
    return refuse(
      'ACT_TITLE_REQUIRED',
      'Indique el nombre del acto (p. ej. «Resolución de la Gerencia»).',
      'act.title',
    );
  }
  if (typeof act.date !== 'string' || !isCalendarDate(act.date)) {
    return refuse('INVALID_DATE', 'La fecha del acto debe ser una fecha válida (AAAA-MM-DD).', 'act.date');
  }
  const today = bogotaDateOf(context.now);
  if (act.date > today) {
    return refuse('ACT_IN_FUTURE', 'La fecha del acto no puede ser posterior a hoy.', 'act.date');
  }
  if (typeof retroactive !== 'boolean') {
    return refuse('INVALID_RETROACTIVE', 'Indique si el acto es retroactivo.', 'retroactive');
  }
  if (day < today && !retroactive) {
    return refuse(
      'PAST_DAY_NOT_RETROACTIVE',
      `El ${spanishDate(day)} ya pasó: solo puede afectar casos ya radicados, así que el cambio debe marcarse retroactivo si el acto así lo dispone.`,
      'retroactive',
    );
  }
  const last = state.revisions.at(-1);
  const nonWorking = new Set(last?.nonWorkingDays ?? []);
  const working = new Set(last?.workingDays ?? []);
  const weekend = dayOfWeek(day) === SATURDAY || dayOfWeek(day) === SUNDAY;
  const holiday = colombianHolidaysOf(yearOf(day)).has(day);

  if (command.type === 'AddNonWorkingDay') {
    if (weekend) {
      return refuse(
        'ALREADY_NON_WORKING',
        `El ${spanishDate(day)} es sábado o domingo: ya no es hábil.`,
        'day',
      );
    }
    if (nonWorking.has(day)) {
      return refuse('DUPLICATE_NON_WORKING_DAY', `El ${spanishDate(day)} ya está declarado no hábil.`, 'day');
    }
    if (holiday && !working.has(day)) {
      return refuse('ALREADY_NON_WORKING', `El ${spanishDate(day)} es festivo: ya no es hábil.`, 'day');
    }
    if (working.has(day)) working.delete(day);
    else nonWorking.add(day);
  } else {
    if (nonWorking.has(day)) nonWorking.delete(day);
    else if (holiday && !working.has(day)) working.add(day);
    else {
      return refuse(
        'NOT_A_NON_WORKING_DAY',
        weekend
          ? `El ${spanishDate(day)} es sábado o domingo: no puede declararse hábil.`
          : `El ${spanishDate(day)} no es un día no hábil: no hay nada que quitar.`,
        'day',
      );
    }
  }
  const revision = (last?.revision ?? 0) + 1;
  const nonWorkingDays = [...nonWorking].sort();
  const workingDays = [...working].sort();
  const facts = {
    day,
    act: { number: act.number.trim(), title: act.title.trim(), date: act.date },
    retroactive,
    revision,
    calendarVersion: versionOfRevision(revision, nonWorkingDays, workingDays),
  };
  return command.type === 'AddNonWorkingDay'
    ? [{ type: 'NonWorkingDayAdded', data: { ...facts, addedAt: context.now } }]
    : [{ type: 'NonWorkingDayRemoved', data: { ...facts, removedAt: context.now } }];
}

export function evolveBusinessCalendar(
  state: CalendarHistory,
  event: BusinessCalendarEvent,
): CalendarHistory {
  const last = state.revisions.at(-1);
  const nonWorking = new Set(last?.nonWorkingDays ?? []);
  const working = new Set(last?.workingDays ?? []);
  let revision: CalendarRevision;
  switch (event.type) {
    case 'NonWorkingDaysSeeded':
      revision = {
        revision: event.data.revision,
        calendarVersion: event.data.calendarVersion,
        nonWorkingDays: event.data.days,
        workingDays: [],
        kind: 'SEED',
        day: null,
        act: null,
        retroactive: false,
        at: event.data.seededAt,
      };
      break;
    case 'NonWorkingDayAdded':
      if (working.has(event.data.day)) working.delete(event.data.day);
      else nonWorking.add(event.data.day);
      revision = changeOf(event.data, 'ADD', event.data.addedAt, nonWorking, working);
      break;
    case 'NonWorkingDayRemoved':
      if (nonWorking.has(event.data.day)) nonWorking.delete(event.data.day);
      else working.add(event.data.day);
      revision = changeOf(event.data, 'REMOVE', event.data.removedAt, nonWorking, working);
      break;
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
  return { revisions: [...state.revisions, revision] };
}

function changeOf(
  data: AddNonWorkingDay['data'] & { readonly revision: number; readonly calendarVersion: string },
  kind: CalendarRevision['kind'],
  at: string,
  nonWorking: ReadonlySet<CalendarDate>,
  working: ReadonlySet<CalendarDate>,
): CalendarRevision {
  return {
    revision: data.revision,
    calendarVersion: data.calendarVersion,
    nonWorkingDays: [...nonWorking].sort(),
    workingDays: [...working].sort(),
    kind,
    day: data.day,
    act: data.act,
    retroactive: data.retroactive,
    at,
  };
}

export const businessCalendarDecider: Decider<
  BusinessCalendarCommand,
  BusinessCalendarEvent,
  CalendarHistory
> = {
  decide: decideBusinessCalendar,
  evolve: evolveBusinessCalendar,
  initialState: emptyCalendarHistory,
};
