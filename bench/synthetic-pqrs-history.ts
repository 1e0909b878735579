// A year of PQRS cases as the office would have produced them, for the rebuild and query measures:
// events shaped exactly like src/domain/pqrs/events.ts, due dates computed with the real business
// calendar and legal terms, metadata as the command path writes it, all streams interleaved in
// time order. Deterministic for a given case count and "now" (ids apart).
import { randomUUID } from 'node:crypto';
import { eventIdFor } from '../src/engine/commands/command-executor.js';
import {
  PQRS_CHANNELS,
  PQRS_EVENT_SCHEMA_VERSIONS,
  pqrsStreamOf,
  type PqrsEvent,
  type PqrsKind,
  type PriorityReason,
} from '../src/domain/pqrs/events.js';
import { legalTermOf, termFrom } from '../src/domain/pqrs/legal-terms.js';
import { formatRadicado } from '../src/domain/radicado/radicado.js';
import type { BusinessCalendar } from '../src/domain/shared/business-calendar.js';
import { createBusinessCalendar } from '../src/domain/shared/business-calendar-factory.js';
import type { Actor } from '../src/domain/shared/decider.js';
import {
  addCalendarDays,
  addCalendarMonths,
  bogotaDateOf,
  yearOf,
  type CalendarDate,
  type Instant,
} from '../src/domain/shared/time.js';
import type { EventStore, NewEvent } from '../src/engine/eventstore/event-store.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';

export interface HistoryActors {
  /** Radicadores: receive cases. */
  readonly receivers: readonly Actor[];
  /** Assign, record the petitioner's information, close. */
  readonly coordinator: Actor;
  /** Cases are assigned to them; they ask for information and answer. */
  readonly agents: readonly Actor[];
}

/** One event ready to append, with the revision it takes in its stream. */
export interface HistoryAppend {
  readonly stream: string;
  readonly revision: number;
  readonly occurredAt: Instant;
  readonly event: NewEvent;
}

export interface SeededHistory {
  readonly cases: number;
  readonly events: number;
  readonly openCases: number;
  readonly head: number;
  readonly durationMs: number;
}

// Weights as an office sees them: mostly petitions, complaints and claims.
const KIND_MIX: readonly PqrsKind[] = [
  'PETITION',
  'PETITION',
  'PETITION',
  'PETITION',
  'COMPLAINT',
  'COMPLAINT',
  'COMPLAINT',
  'CLAIM',
  'CLAIM',
  'CLAIM',
  'INFORMATION_REQUEST',
  'INFORMATION_REQUEST',
  'CONSULTATION',
  'SUGGESTION',
  'DENUNCIATION',
  'INTERAUTHORITY',
];
const SUBJECTS = [
  'Petición de información sobre la facturación del servicio',
  'Queja por la atención en la ventanilla de afiliación',
  'Reclamo por cobro no autorizado en el extracto',
  'Sugerencia: ampliar el horario de atención al público',
  'Denuncia de irregularidades en un contrato de obra',
  'Consulta sobre el régimen de afiliación del cónyuge',
  'Solicitud de copia del acta de la asamblea',
  'Petición de la Contraloría Departamental sobre contratos',
  'Certificado de afiliación para trámite pensional',
  'Reclamo por demora en el reembolso de aportes',
];
const DEPENDENCIES = ['Atención al Cliente', 'Afiliaciones', 'Jurídica', 'Cartera', 'Contratación'];
const PRIORITIES: readonly (readonly PriorityReason[])[] = [
  [],
  [],
  [],
  [],
  [],
  [],
  [],
  ['MINOR'],
  [],
  ['JOURNALIST'],
];
const DAY_MS = 24 * 60 * 60 * 1000;
const BOGOTA_OFFSET_HOURS = 5;
const APPEND_WAVE_SIZE = 2_000;

/**
 * The events of `cases` cases received over the year before `now`, oldest first, in global time
 * order. Most cases run their whole course (received, assigned, answered, closed); some are
 * reassigned, some wait for the petitioner (art. 17), some are still open (and some of those overdue).
 */
export function syntheticPqrsHistory(cases: number, actors: HistoryActors, now: Date): HistoryAppend[] {
  const calendar = createBusinessCalendar();
  const firstDay = bogotaDateOf(new Date(now.getTime() - 365 * DAY_MS).toISOString());
  const consecutiveByYear = new Map<number, number>();
  const appends: HistoryAppend[] = [];
  for (let index = 0; index < cases; index++) {
    const receivedOn = addCalendarDays(firstDay, Math.floor((index * 365) / cases));
    const year = yearOf(receivedOn);
    const consecutive = (consecutiveByYear.get(year) ?? 0) + 1;
    consecutiveByYear.set(year, consecutive);
    appends.push(...caseHistory(formatRadicado(year, consecutive), index, receivedOn, actors, calendar, now));
  }
  // Time order across streams; a stream's own events are in time order already, so revisions stay in order.
  return appends.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.revision - b.revision);
}

function caseHistory(
  radicado: string,
  index: number,
  receivedOn: CalendarDate,
  actors: HistoryActors,
  calendar: BusinessCalendar,
  now: Date,
): HistoryAppend[] {
  const stream = pqrsStreamOf(radicado);
  const kind = KIND_MIX[index % KIND_MIX.length];
  const term = termFrom(receivedOn, legalTermOf(kind), calendar);
  const receivedAt = bogotaInstant(receivedOn, 8 + (index % 9), (index * 7) % 60);
  let assignee = actors.agents[index % actors.agents.length];
  const events: { event: PqrsEvent; actor: Actor; occurredAt: Instant }[] = [];
  const record = (event: PqrsEvent, actor: Actor, occurredAt: Instant) =>
    events.push({ event, actor, occurredAt });

  record(
    {
      type: 'Received',
      data: {
        lateEntry: null,
        personType: 'NATURAL',
        textOwnerId: null,
        answerChannel: null,
        dataProcessingConsent: null,
        attachments: [],
        accessCodeHash: null,
        radicado,
        kind,
        channel: PQRS_CHANNELS[(index * 5) % PQRS_CHANNELS.length],
        subject: `${SUBJECTS[(index * 3) % SUBJECTS.length]} (${index})`,
        description: 'Texto de la solicitud tal como la presentó el peticionario, con sus anexos descritos.',
        petitionerId: randomUUID(),
        petitionerVersion: 1,
        receivedAt,
        receivedOn,
        afterHoursRule: 'RECEIPT_DAY',
        officeHours: '07:00-17:00',
        outsideOfficeHours: false,
        radicatedOn: receivedOn,
        termRunsFrom: calendar.addBusinessDays(receivedOn, 1),
        priority: PRIORITIES[index % PRIORITIES.length],
        ...term,
      },
    },
    actors.receivers[index % actors.receivers.length],
    receivedAt,
  );

  const share = index % 100;
  // 2% are never assigned; 6% more are assigned but not answered (open, most of them overdue).
  if (share >= 2) {
    const assignedOn = calendar.addBusinessDays(receivedOn, 1);
    record(
      {
        type: 'Assigned',
        data: {
          assignedAt: null,
          assigneeId: assignee.id,
          dependency: DEPENDENCIES[index % DEPENDENCIES.length],
          previousAssigneeId: null,
        },
      },
      actors.coordinator,
      bogotaInstant(assignedOn, 9, 0),
    );
    if (index % 10 === 3 || index % 10 === 8) {
      const newAssignee = actors.agents[(index + 1) % actors.agents.length];
      record(
        {
          type: 'Assigned',
          data: {
            assignedAt: null,
            assigneeId: newAssignee.id,
            dependency: DEPENDENCIES[(index + 1) % DEPENDENCIES.length],
            previousAssigneeId: assignee.id,
          },
        },
        actors.coordinator,
        bogotaInstant(assignedOn, 12, 0),
      );
      assignee = newAssignee;
    }
  }

  let termStartedOn = receivedOn;
  let dueDate = term.dueDate;
  if (share >= 20 && share < 35) {
    const requestedOn = calendar.addBusinessDays(receivedOn, 2);
    const providedOn = calendar.addBusinessDays(receivedOn, 5);
    const restarted = termFrom(providedOn, term.termBusinessDays, calendar);
    record(
      {
        type: 'InformationRequested',
        data: {
          note: 'Falta copia del documento de identidad del peticionario.',
          requestedAt: bogotaInstant(requestedOn, 10, 0),
          requestedOn,
          tacitWithdrawalFrom: addCalendarMonths(requestedOn, 1),
        },
      },
      assignee,
      bogotaInstant(requestedOn, 10, 0),
    );
    record(
      {
        type: 'InformationProvided',
        data: {
          lateEntry: null,
          attachments: [],
          note: 'El peticionario aportó el documento.',
          providedAt: bogotaInstant(providedOn, 11, 0),
          providedOn,
          dueDate: restarted.dueDate,
          maxDueDate: restarted.maxDueDate,
          calendarVersion: restarted.calendarVersion,
        },
      },
      actors.coordinator,
      bogotaInstant(providedOn, 11, 0),
    );
    termStartedOn = providedOn;
    dueDate = restarted.dueDate;
  }

  if (share >= 8) {
    // 1 to 20 business days: most on time, the slowest late for 10- and 15-day terms.
    const answeredOn = calendar.addBusinessDays(termStartedOn, 1 + ((index * 7) % 20));
    const answeredAt = bogotaInstant(answeredOn, 14, 0);
    record(
      {
        type: 'Answered',
        data: {
          lateEntry: null,
          attachments: [],
          letter: null,
          approvedDraft: null,
          accessDenialGround: null,
          accessDenialDetail: null,
          accessException: null,
          accessDenialProvision: null,
          accessDenialHarm: null,
          publicVersionDelivered: null,
          verbalAnswer: null,
          answer: 'Respuesta de fondo: se atiende la solicitud y se informa el trámite realizado.',
          answeredAt,
          answeredOn,
          dueDate,
          onTime: answeredOn <= dueDate,
          businessDaysTaken: calendar.businessDaysBetween(termStartedOn, answeredOn),
          // One request for information in ten denied, as the access report expects some.
          accessDecision: kind === 'INFORMATION_REQUEST' ? (index % 10 === 0 ? 'DENIED' : 'GRANTED') : null,
        },
      },
      assignee,
      answeredAt,
    );
    if (index % 20 !== 7) {
      const closedAt = new Date(Date.parse(answeredAt) + 2 * DAY_MS).toISOString();
      record({ type: 'Closed', data: { closedAt } }, actors.coordinator, closedAt);
    }
  }

  // What has not happened yet by `now` stays out: recent cases are still open.
  const nowInstant = now.toISOString();
  return events
    .filter(({ occurredAt }) => occurredAt <= nowInstant)
    .map(({ event, actor, occurredAt }, revision) => toAppend(stream, revision, event, actor, occurredAt));
}

/** The event as AggregateCommandExecutor would write it for a command of its own. */
function toAppend(
  stream: string,
  revision: number,
  event: PqrsEvent,
  actor: Actor,
  occurredAt: Instant,
): HistoryAppend {
  const commandId = randomUUID();
  return {
    stream,
    revision,
    occurredAt,
    event: {
      id: eventIdFor(commandId, stream, 0),
      type: event.type,
      schemaVersion: PQRS_EVENT_SCHEMA_VERSIONS[event.type],
      data: event.data,
      metadata: {
        actorId: actor.id,
        actorRole: actor.role,
        occurredAt,
        correlationId: commandId,
        causationId: commandId,
      },
    },
  };
}

function bogotaInstant(day: CalendarDate, hour: number, minute: number): Instant {
  return new Date(
    Date.parse(`${day}T00:00:00.000Z`) + ((hour + BOGOTA_OFFSET_HOURS) * 60 + minute) * 60_000,
  ).toISOString();
}

/**
 * Appends the history through SqliteEventStore.append in waves of concurrent appends (one per stream
 * per wave, so the store group-commits them), each with its exact expected revision. The store's clock
 * follows the history, so recordedAt is when each wave's events happened rather than today.
 */
export async function seedEventStore(
  file: string,
  history: readonly HistoryAppend[],
): Promise<SeededHistory> {
  const startedAt = performance.now();
  let recordedAt = new Date(0);
  const store = await SqliteEventStore.open({ file, clock: () => recordedAt });
  try {
    let wave: HistoryAppend[] = [];
    const streamsInWave = new Set<string>();
    const appendWave = async (): Promise<void> => {
      recordedAt = new Date(wave[wave.length - 1].occurredAt);
      await appendConcurrently(store, wave);
      wave = [];
      streamsInWave.clear();
    };
    for (const append of history) {
      if (streamsInWave.has(append.stream) || wave.length >= APPEND_WAVE_SIZE) await appendWave();
      wave.push(append);
      streamsInWave.add(append.stream);
    }
    if (wave.length > 0) await appendWave();
    const streams = new Set(history.map((append) => append.stream));
    const answered = new Set(
      history.filter((append) => append.event.type === 'Answered').map((append) => append.stream),
    );
    return {
      cases: streams.size,
      events: history.length,
      openCases: streams.size - answered.size,
      head: (await store.headPosition()) ?? 0,
      durationMs: performance.now() - startedAt,
    };
  } finally {
    await store.close();
  }
}

function appendConcurrently(store: EventStore, appends: readonly HistoryAppend[]): Promise<unknown> {
  return Promise.all(
    appends.map(({ stream, revision, event }) =>
      store.append(stream, [event], revision === 0 ? 'no_stream' : revision - 1),
    ),
  );
}
