import { activeStaffMember } from '../../src/domain/shared/staff-spec-fixtures.js';
// The indicator read models: per family, what the days hold after real events (PQRS events decided by
// the PQRS decider on the business calendar, so business days are the domain's), the end-of-day stocks
// built from day deltas, the roll-up into months, quarters, semesters and years, and that replaying
// events changes nothing.
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import {
  affiliationStreamOf,
  type AffiliationEvent,
  type AffiliationReceived,
} from '../../src/domain/affiliation/events.js';
import {
  improvementActionStreamOf,
  type ActionSourceKind,
  type ImprovementActionEvent,
} from '../../src/domain/improvement-action/events.js';
import {
  initialPqrsState,
  PQRS_CHANNELS,
  PQRS_EVENT_SCHEMA_VERSIONS,
  PQRS_KINDS,
  pqrsDecider,
  pqrsStreamOf,
  upcastPqrsEvent,
  type PqrsChannel,
  type PqrsCommand,
  type PqrsKind,
  type PqrsState,
} from '../../src/domain/pqrs/index.js';
import { at, coordinator, on } from '../../src/domain/pqrs/pqrs-spec-fixtures.js';
import {
  surveyInstrumentStreamOf,
  surveyResponseStreamOf,
  type SurveyAnswer,
  type SurveyAnswered,
  type SurveyEvaluation,
} from '../../src/domain/survey/events.js';
import { fold } from '../../src/domain/shared/decider.js';
import { isDomainError } from '../../src/domain/shared/domain-error.js';
import type { CalendarDate, Instant } from '../../src/domain/shared/time.js';
import {
  affiliationsProjection,
  queryAffiliationStatistics,
} from '../../src/features/affiliations/read-models/affiliations-projection.js';
import {
  AFFILIATION_INDICATOR_APPLICATIONS_COLLECTION,
  AFFILIATION_INDICATOR_DAYS_COLLECTION,
  affiliationIndicatorDaysProjection,
  queryAffiliationIndicatorSeries,
} from '../../src/features/indicators/read-models/affiliation-indicator-days.js';
import {
  IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION,
  improvementActionIndicatorDaysProjection,
  queryImprovementActionIndicatorSeries,
  queryImprovementActionPeriodStatistics,
} from '../../src/features/indicators/read-models/improvement-action-indicator-days.js';
import { bucketsOf } from '../../src/features/indicators/read-models/indicator-periods.js';
import { INDICATOR_PROJECTIONS } from '../../src/features/indicators/read-models/indicator-projections.js';
import { queryIndicatorSeries } from '../../src/features/indicators/read-models/indicator-series.js';
import {
  PQRS_INDICATOR_CASES_COLLECTION,
  PQRS_INDICATOR_DAYS_COLLECTION,
  pqrsIndicatorDaysProjection,
  queryPqrsIndicatorSeries,
  queryPqrsPeriodIndicators,
  type PqrsIndicatorBucket,
} from '../../src/features/indicators/read-models/pqrs-indicator-days.js';
import {
  querySatisfactionIndicatorSeries,
  SATISFACTION_INDICATOR_DAYS_COLLECTION,
  satisfactionIndicatorDaysProjection,
} from '../../src/features/indicators/read-models/satisfaction-indicator-days.js';
import { assertValidProjection, type Projection } from '../../src/engine/projections/projection.js';
import type { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

let lastPosition = 0;

/** An event as the store hands it back; positions leave gaps, as EventStoreDB's do. */
function recorded(
  stream: string,
  revision: number,
  event: { readonly type: string; readonly data: unknown },
  occurredAt: Instant,
  schemaVersion = 1,
): RecordedEvent {
  lastPosition += 10;
  return {
    id: `${stream}-${revision}`,
    stream,
    revision,
    position: lastPosition,
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata: {
      actorId: coordinator.id,
      actorRole: coordinator.role,
      occurredAt,
      recordedAt: occurredAt,
      correlationId: `correlation-${stream}`,
      causationId: `command-${stream}-${revision}`,
      previousHash: '',
      hash: '',
    },
  };
}

/**
 * One PQRS case driven through the PQRS decider, a command per Bogotá day, its events appended to
 * `log`: due dates and business days taken are the domain's own.
 */
class PqrsCase {
  private state: PqrsState = initialPqrsState;
  private revision = 0;

  constructor(
    readonly radicado: string,
    private readonly log: RecordedEvent[],
  ) {}

  static received(
    log: RecordedEvent[],
    radicado: string,
    receivedOn: CalendarDate,
    kind: PqrsKind = 'PETITION',
    channel: PqrsChannel = 'WEB',
  ): PqrsCase {
    return new PqrsCase(radicado, log).run(receivedOn, {
      type: 'ReceivePqrs',
      data: {
        radicado,
        kind,
        channel,
        subject: 'Certificado de afiliación',
        description: 'Solicito copia del certificado.',
        petitionerId: 'person-1',
        receivedAt: at(receivedOn, '10:00'),
        priority: [],
      },
    });
  }

  assign(on: CalendarDate, assigneeId: string, dependency: string): this {
    return this.run(on, {
      type: 'AssignPqrs',
      data: { assignee: activeStaffMember(assigneeId), dependency },
    });
  }

  /**
   * An assignment as stored before its moment was kept (schema version 1): it bounds no later fact, so an
   * answer entered after it may still be dated before it, as old logs hold.
   */
  assignAsStoredBefore(on: CalendarDate, assigneeId: string, dependency: string): this {
    this.assign(on, assigneeId, dependency);
    const stored = this.log.at(-1)!;
    const { assignedAt: _assignedAt, ...data } = stored.data as Record<string, unknown>;
    this.log[this.log.length - 1] = { ...stored, schemaVersion: 1, data };
    const stream = pqrsStreamOf(this.radicado);
    this.state = fold(pqrsDecider, this.log.filter((event) => event.stream === stream).map(upcastPqrsEvent));
    return this;
  }

  requestInformation(on: CalendarDate): this {
    return this.run(on, { type: 'RequestInformation', data: { note: 'Falta la copia del documento.' } });
  }

  provideInformation(on: CalendarDate): this {
    return this.run(on, {
      type: 'ProvideInformation',
      data: { providedAt: at(on, '09:00'), note: 'Aportó la copia.' },
    });
  }

  extend(on: CalendarDate, newDueDate: CalendarDate): this {
    return this.run(on, {
      type: 'ExtendDeadline',
      data: { newDueDate, reason: 'Requiere concepto jurídico.' },
    });
  }

  /** Answered on `answeredOn`, entered on `enteredOn` (the same day unless it is entered late). */
  answer(answeredOn: CalendarDate, enteredOn: CalendarDate = answeredOn): this {
    return this.run(enteredOn, {
      type: 'AnswerPqrs',
      data: { answer: 'Respuesta de fondo.', answeredAt: at(answeredOn, '09:00') },
    });
  }

  transfer(on: CalendarDate): this {
    return this.run(on, {
      type: 'TransferPqrs',
      data: { entity: 'Alcaldía de Tunja', reason: 'Es de su competencia.' },
    });
  }

  withdrawTacitly(on: CalendarDate): this {
    return this.run(on, {
      type: 'WithdrawPqrs',
      data: { mode: 'TACIT', reason: 'No completó la petición.', actNumber: 'Resolución 031 de 2026' },
    });
  }

  private run(day: CalendarDate, command: PqrsCommand): this {
    const context = on(day, coordinator, '11:00');
    const decision = pqrsDecider.decide(command, this.state, context);
    if (isDomainError(decision)) throw new Error(`${command.type} refused: ${decision.message}`);
    for (const event of decision) {
      this.state = pqrsDecider.evolve(this.state, event);
      this.log.push(
        recorded(
          pqrsStreamOf(this.radicado),
          this.revision++,
          event,
          context.now,
          PQRS_EVENT_SCHEMA_VERSIONS[event.type],
        ),
      );
    }
    return this;
  }
}

async function applyAll(
  store: SqliteReadModelStore,
  projection: Projection,
  events: readonly RecordedEvent[],
): Promise<void> {
  await store.transaction(async (tx) => {
    for (const event of events) {
      if (projection.categories.some((category) => event.stream.startsWith(category))) {
        await projection.apply(event, tx);
      }
    }
  });
}

/** One figure of each DAY bucket, by day. */
function byDay(
  buckets: readonly PqrsIndicatorBucket[],
  figure: (bucket: PqrsIndicatorBucket) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(buckets.map((bucket) => [bucket.label, figure(bucket)]));
}

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

describe('the indicator projections', () => {
  it('are valid and each writes only its own collections', () => {
    for (const projection of INDICATOR_PROJECTIONS) assertValidProjection(projection);
    const collections = INDICATOR_PROJECTIONS.flatMap((projection) => projection.collections);
    expect(new Set(collections).size).toBe(collections.length);
  });
});

describe('the buckets of a period', () => {
  it('cuts months, quarters, semesters and years at the ends of the period, with Spanish labels', () => {
    expect(bucketsOf('2026-02-15', '2026-08-10', 'QUARTER')).toEqual([
      { label: '2026-T1', from: '2026-02-15', to: '2026-03-31' },
      { label: '2026-T2', from: '2026-04-01', to: '2026-06-30' },
      { label: '2026-T3', from: '2026-07-01', to: '2026-08-10' },
    ]);
    expect(bucketsOf('2025-12-20', '2026-03-01', 'MONTH').map((bucket) => bucket.label)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(bucketsOf('2024-02-01', '2024-02-29', 'MONTH')).toEqual([
      { label: '2024-02', from: '2024-02-01', to: '2024-02-29' },
    ]);
    expect(bucketsOf('2025-05-01', '2026-07-01', 'SEMESTER')).toEqual([
      { label: '2025-S1', from: '2025-05-01', to: '2025-06-30' },
      { label: '2025-S2', from: '2025-07-01', to: '2025-12-31' },
      { label: '2026-S1', from: '2026-01-01', to: '2026-06-30' },
      { label: '2026-S2', from: '2026-07-01', to: '2026-07-01' },
    ]);
    expect(bucketsOf('2025-12-31', '2026-01-01', 'YEAR')).toEqual([
      { label: '2025', from: '2025-12-31', to: '2025-12-31' },
      { label: '2026', from: '2026-01-01', to: '2026-01-01' },
    ]);
    expect(bucketsOf('2026-02-27', '2026-03-02', 'DAY').map((bucket) => bucket.label)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});

// Received Friday 13 March 2026, a petition or complaint is due Wednesday 8 April (15 business days:
// San José on Monday 23 March and Holy Thursday and Friday, 2 and 3 April, are holidays).
describe('the PQRS indicators', () => {
  describe('flows', () => {
    let log: RecordedEvent[];
    beforeEach(async () => {
      log = [];
      PqrsCase.received(log, 'A', '2026-03-13', 'PETITION', 'WEB')
        .assign('2026-03-16', 'agent-a', 'Atención al Cliente')
        .answer('2026-04-08');
      PqrsCase.received(log, 'B', '2026-03-13', 'PETITION', 'EMAIL')
        .assign('2026-03-16', 'agent-b', 'Jurídica')
        .answer('2026-04-09');
      PqrsCase.received(log, 'C', '2026-03-13', 'COMPLAINT', 'EMAIL').answer('2026-04-10');
      await applyAll(readModels.store, pqrsIndicatorDaysProjection, log);
    });

    it('counts receipts on the day received, by kind and channel, not yet assigned', async () => {
      const [march] = await queryPqrsIndicatorSeries(readModels.store, '2026-03-01', '2026-03-31', 'MONTH');
      expect(march.label).toBe('2026-03');
      expect(march.received.total).toBe(3);
      expect(march.received.byKind.filter((count) => count.value > 0)).toEqual([
        { key: 'PETITION', value: 2 },
        { key: 'COMPLAINT', value: 1 },
      ]);
      // Every kind, the habeas data consulta and reclamo (Ley 1581 de 2012) included.
      expect(march.received.byKind).toHaveLength(10);
      expect(march.received.byChannel.filter((count) => count.value > 0)).toEqual([
        { key: 'EMAIL', value: 2 },
        { key: 'WEB', value: 1 },
      ]);
      expect(march.received.byDependency).toEqual([{ key: 'UNASSIGNED', value: 3 }]);
      expect(march.received.byAssignee).toEqual([{ key: 'UNASSIGNED', value: 3 }]);
      expect(march.answered.total).toBe(0);
      expect(march.onTimeRate).toBeNull();
      expect(march.responseBusinessDays).toEqual({ count: 0, sum: 0, average: null, max: null });
    });

    it('counts answers on the day answered, on time or late, under the dependency and assignee in force', async () => {
      const days = await queryPqrsIndicatorSeries(readModels.store, '2026-04-08', '2026-04-10', 'DAY');
      expect(byDay(days, (day) => [day.answeredOnTime.total, day.answeredLate.total])).toEqual({
        '2026-04-08': [1, 0],
        '2026-04-09': [0, 1],
        '2026-04-10': [0, 1],
      });
      expect(byDay(days, (day) => day.answered.byDependency)).toEqual({
        '2026-04-08': [{ key: 'Atención al Cliente', value: 1 }],
        '2026-04-09': [{ key: 'Jurídica', value: 1 }],
        '2026-04-10': [{ key: 'UNASSIGNED', value: 1 }],
      });
      expect(byDay(days, (day) => day.answered.byAssignee)).toEqual({
        '2026-04-08': [{ key: 'agent-a', value: 1 }],
        '2026-04-09': [{ key: 'agent-b', value: 1 }],
        '2026-04-10': [{ key: 'UNASSIGNED', value: 1 }],
      });
    });

    it('averages the business days taken per kind, with the maximum', async () => {
      const [april] = await queryPqrsIndicatorSeries(readModels.store, '2026-04-01', '2026-04-30', 'MONTH');
      expect(april.answered.total).toBe(3);
      expect(april.onTimeRate).toBeCloseTo(1 / 3);
      // 15 (A, on its due date), 16 (B, a day late) and 17 (C, two days late) business days.
      expect(april.responseBusinessDays).toEqual({ count: 3, sum: 48, average: 16, max: 17 });
      const byKind = Object.fromEntries(
        april.responseBusinessDaysByKind.map(({ kind, ...time }) => [kind, time]),
      );
      expect(byKind['PETITION']).toEqual({ count: 2, sum: 31, average: 15.5, max: 16 });
      expect(byKind['COMPLAINT']).toEqual({ count: 1, sum: 17, average: 17, max: 17 });
      expect(byKind['CLAIM']).toEqual({ count: 0, sum: 0, average: null, max: null });
    });
  });

  describe('open and overdue cases at the end of each day', () => {
    async function daysOf(log: readonly RecordedEvent[], from: CalendarDate, to: CalendarDate) {
      await applyAll(readModels.store, pqrsIndicatorDaysProjection, log);
      return queryPqrsIndicatorSeries(readModels.store, from, to, 'DAY');
    }

    it('a case is open from the day received until the day answered; answered on its due date, never overdue', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'A', '2026-03-13').answer('2026-04-08');
      const days = await daysOf(log, '2026-03-12', '2026-04-12');
      const open = byDay(days, (day) => day.open.total);
      expect([open['2026-03-12'], open['2026-03-13'], open['2026-04-07'], open['2026-04-08']]).toEqual([
        0, 1, 1, 0,
      ]);
      expect(days.every((day) => day.overdue.total === 0)).toBe(true);
      expect(days.find((day) => day.label === '2026-04-08')?.answeredOnTime.total).toBe(1);
    });

    it('answered the day after its due date, a case is late but in no end-of-day overdue stock', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'B', '2026-03-13').answer('2026-04-09');
      const days = await daysOf(log, '2026-04-07', '2026-04-11');
      expect(byDay(days, (day) => day.overdue.total)).toEqual({
        '2026-04-07': 0,
        '2026-04-08': 0,
        '2026-04-09': 0,
        '2026-04-10': 0,
        '2026-04-11': 0,
      });
      expect(byDay(days, (day) => day.answeredLate.total)['2026-04-09']).toBe(1);
    });

    it('answered two days after its due date, a case is overdue at the end of the day in between', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'C', '2026-03-13', 'COMPLAINT', 'EMAIL').answer('2026-04-10');
      const days = await daysOf(log, '2026-04-07', '2026-04-11');
      expect(byDay(days, (day) => day.overdue.total)).toEqual({
        '2026-04-07': 0,
        '2026-04-08': 0,
        '2026-04-09': 1,
        '2026-04-10': 0,
        '2026-04-11': 0,
      });
      const overdue = days.find((day) => day.label === '2026-04-09')!.overdue;
      expect(overdue.byKind.find((count) => count.key === 'COMPLAINT')?.value).toBe(1);
      expect(overdue.byChannel.find((count) => count.key === 'EMAIL')?.value).toBe(1);
      expect(overdue.byDependency).toEqual([{ key: 'UNASSIGNED', value: 1 }]);
    });

    it('an extension moves the first overdue day to the day after the new due date', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'D', '2026-03-13').extend('2026-04-01', '2026-04-22').answer('2026-04-24');
      const days = await daysOf(log, '2026-03-30', '2026-04-25');
      const overdueDays = days.filter((day) => day.overdue.total > 0).map((day) => day.label);
      expect(overdueDays).toEqual(['2026-04-23']);
      expect(byDay(days, (day) => day.extensions.total)['2026-04-01']).toBe(1);
      const answeredOn = days.find((day) => day.label === '2026-04-24')!;
      expect(answeredOn.answeredLate.total).toBe(1);
      // Friday 24 April is the 27th business day after 13 March.
      expect(answeredOn.responseBusinessDays).toEqual({ count: 1, sum: 27, average: 27, max: 27 });
      expect(byDay(days, (day) => day.open.total)['2026-04-23']).toBe(1);
      expect(byDay(days, (day) => day.open.total)['2026-04-24']).toBe(0);
    });

    it('the art. 17 request stops the clock and the restart counts a new term from the information', async () => {
      // Asked on 17 March, completed on Friday 20 March: 15 business days from Tuesday 24, due 15 April.
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'E', '2026-03-13')
        .requestInformation('2026-03-17')
        .provideInformation('2026-03-20')
        .answer('2026-04-17');
      const days = await daysOf(log, '2026-03-13', '2026-04-20');
      expect(days.filter((day) => day.overdue.total > 0).map((day) => day.label)).toEqual(['2026-04-16']);
      expect(days.filter((day) => day.informationRequests.total > 0).map((day) => day.label)).toEqual([
        '2026-03-17',
      ]);
      // Counted from the restart: 16 and 17 April are the 16th and 17th business days after 20 March.
      expect(days.find((day) => day.label === '2026-04-17')!.responseBusinessDays.sum).toBe(17);
    });

    it('a case awaiting the petitioner stays open but never becomes overdue, until withdrawn', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'F', '2026-03-13')
        .requestInformation('2026-03-17')
        .withdrawTacitly('2026-04-20');
      const days = await daysOf(log, '2026-03-13', '2026-04-21');
      expect(days.every((day) => day.overdue.total === 0)).toBe(true);
      const open = byDay(days, (day) => day.open.total);
      expect([open['2026-04-08'], open['2026-04-19'], open['2026-04-20']]).toEqual([1, 1, 0]);
      expect(days.filter((day) => day.withdrawals.total > 0).map((day) => day.label)).toEqual(['2026-04-20']);
    });

    it('a reassignment moves the case between dependencies and assignees from the day it happens', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'G', '2026-03-13', 'CLAIM')
        .assign('2026-03-16', 'agent-a', 'Atención al Cliente')
        .assign('2026-04-13', 'agent-b', 'Jurídica')
        .answer('2026-04-20');
      const days = await daysOf(log, '2026-03-13', '2026-04-20');
      const openByDependency = byDay(days, (day) => day.open.byDependency);
      expect(openByDependency['2026-03-13']).toEqual([{ key: 'UNASSIGNED', value: 1 }]);
      expect(openByDependency['2026-03-16']).toEqual([{ key: 'Atención al Cliente', value: 1 }]);
      expect(openByDependency['2026-04-12']).toEqual([{ key: 'Atención al Cliente', value: 1 }]);
      expect(openByDependency['2026-04-13']).toEqual([{ key: 'Jurídica', value: 1 }]);
      const overdueByAssignee = byDay(days, (day) => day.overdue.byAssignee);
      expect(overdueByAssignee['2026-04-08']).toEqual([]);
      expect(overdueByAssignee['2026-04-09']).toEqual([{ key: 'agent-a', value: 1 }]);
      expect(overdueByAssignee['2026-04-12']).toEqual([{ key: 'agent-a', value: 1 }]);
      expect(overdueByAssignee['2026-04-13']).toEqual([{ key: 'agent-b', value: 1 }]);
      expect(overdueByAssignee['2026-04-20']).toEqual([]);
      expect(byDay(days, (day) => day.answered.byAssignee)['2026-04-20']).toEqual([
        { key: 'agent-b', value: 1 },
      ]);
    });

    it('an answer entered after a reassignment but dated before it ends the case on its date, under who had it', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'H', '2026-03-13')
        .assignAsStoredBefore('2026-03-16', 'agent-a', 'Atención al Cliente')
        .assignAsStoredBefore('2026-04-06', 'agent-b', 'Jurídica')
        .answer('2026-04-01', '2026-04-07');
      const days = await daysOf(log, '2026-03-13', '2026-04-15');
      const openByAssignee = byDay(days, (day) => day.open.byAssignee);
      expect(openByAssignee['2026-03-31']).toEqual([{ key: 'agent-a', value: 1 }]);
      expect(openByAssignee['2026-04-01']).toEqual([]);
      expect(openByAssignee['2026-04-06']).toEqual([]);
      expect(days.every((day) => day.open.total >= 0 && day.overdue.total === 0)).toBe(true);
      const answeredOn = days.find((day) => day.label === '2026-04-01')!;
      expect(answeredOn.answeredOnTime.byAssignee).toEqual([{ key: 'agent-a', value: 1 }]);
      // Wednesday 1 April is the 12th business day after 13 March.
      expect(answeredOn.responseBusinessDays.sum).toBe(12);
    });

    it('a transfer ends the case on the day it is transferred', async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'T', '2026-03-13').transfer('2026-03-16');
      const days = await daysOf(log, '2026-03-13', '2026-04-10');
      const open = byDay(days, (day) => day.open.total);
      expect([open['2026-03-13'], open['2026-03-15'], open['2026-03-16']]).toEqual([1, 1, 0]);
      expect(days.every((day) => day.overdue.total === 0)).toBe(true);
      expect(days.filter((day) => day.transfers.total > 0).map((day) => day.label)).toEqual(['2026-03-16']);
    });
  });

  describe('rolled up', () => {
    beforeEach(async () => {
      const log: RecordedEvent[] = [];
      PqrsCase.received(log, 'A', '2026-03-13').answer('2026-04-08');
      PqrsCase.received(log, 'B', '2026-03-13').answer('2026-04-09');
      PqrsCase.received(log, 'C', '2026-03-13', 'COMPLAINT').answer('2026-04-10');
      PqrsCase.received(log, 'D', '2026-03-13').extend('2026-04-01', '2026-04-22').answer('2026-04-24');
      await applyAll(readModels.store, pqrsIndicatorDaysProjection, log);
    });

    it('sums flows over each month and reads stocks at its last day', async () => {
      const months = await queryPqrsIndicatorSeries(readModels.store, '2026-03-01', '2026-05-31', 'MONTH');
      expect(
        months.map((month) => ({
          label: month.label,
          received: month.received.total,
          answered: month.answered.total,
          onTime: month.answeredOnTime.total,
          late: month.answeredLate.total,
          open: month.open.total,
          overdue: month.overdue.total,
          extensions: month.extensions.total,
        })),
      ).toEqual([
        {
          label: '2026-03',
          received: 4,
          answered: 0,
          onTime: 0,
          late: 0,
          open: 4,
          overdue: 0,
          extensions: 0,
        },
        {
          label: '2026-04',
          received: 0,
          answered: 4,
          onTime: 1,
          late: 3,
          open: 0,
          overdue: 0,
          extensions: 1,
        },
        {
          label: '2026-05',
          received: 0,
          answered: 0,
          onTime: 0,
          late: 0,
          open: 0,
          overdue: 0,
          extensions: 0,
        },
      ]);
      const april = months[1];
      expect(april.onTimeRate).toBe(0.25);
      // 15 + 16 + 17 + 27 business days.
      expect(april.responseBusinessDays).toEqual({ count: 4, sum: 75, average: 18.75, max: 27 });
      const petitions = april.responseBusinessDaysByKind.find((time) => time.kind === 'PETITION')!;
      expect(petitions).toMatchObject({ count: 3, sum: 58, max: 27 });
      expect(petitions.average).toBeCloseTo(58 / 3);
    });

    it('reads the stocks of a bucket cut by the period at the period end, counting days before it', async () => {
      const quarters = await queryPqrsIndicatorSeries(
        readModels.store,
        '2026-02-15',
        '2026-04-20',
        'QUARTER',
      );
      expect(
        quarters.map((quarter) => [
          quarter.label,
          quarter.to,
          quarter.received.total,
          quarter.answered.total,
          quarter.open.total,
          quarter.overdue.total,
        ]),
      ).toEqual([
        ['2026-T1', '2026-03-31', 4, 0, 4, 0],
        ['2026-T2', '2026-04-20', 0, 3, 1, 0],
      ]);
      // A one-day period still counts every case received before it.
      const [ninth] = await queryPqrsIndicatorSeries(readModels.store, '2026-04-09', '2026-04-09', 'DAY');
      expect([ninth.received.total, ninth.open.total, ninth.overdue.total]).toEqual([0, 2, 1]);
    });

    it('rolls up semesters and years, empty buckets included', async () => {
      const semesters = await queryPqrsIndicatorSeries(
        readModels.store,
        '2026-01-01',
        '2026-12-31',
        'SEMESTER',
      );
      expect(
        semesters.map((semester) => [semester.label, semester.received.total, semester.answered.total]),
      ).toEqual([
        ['2026-S1', 4, 4],
        ['2026-S2', 0, 0],
      ]);
      const years = await queryPqrsIndicatorSeries(readModels.store, '2025-06-01', '2026-12-31', 'YEAR');
      expect(
        years.map((year) => [year.label, year.from, year.received.total, year.responseBusinessDays.average]),
      ).toEqual([
        ['2025', '2025-06-01', 0, null],
        ['2026', '2026-01-01', 4, 18.75],
      ]);
    });
    it('sums a period of any length as one, with the cases open and overdue at the end of today', async () => {
      // A answered on its due date (15 business days), B a day late (16); C overdue on 9 April; D extended.
      const spring = await queryPqrsPeriodIndicators(
        readModels.store,
        { from: '2026-03-13', to: '2026-04-09' },
        '2026-04-09',
      );
      expect(spring).toEqual({
        received: 4,
        answered: 2,
        answeredOnTime: 1,
        answeredLate: 1,
        onTimeRate: 0.5,
        averageResponseBusinessDays: 15.5,
        byKind: PQRS_KINDS.map((kind) => ({
          kind,
          count: kind === 'PETITION' ? 3 : kind === 'COMPLAINT' ? 1 : 0,
        })),
        byChannel: PQRS_CHANNELS.map((channel) => ({ channel, count: channel === 'WEB' ? 4 : 0 })),
        open: 2,
        overdue: 1,
      });
    });

    it('counts open and overdue as of today, whatever the period, and nothing in a period without activity', async () => {
      const quiet = (today: CalendarDate) =>
        queryPqrsPeriodIndicators(readModels.store, { from: '2025-01-01', to: '2025-12-31' }, today);
      expect(await quiet('2026-04-09')).toMatchObject({
        received: 0,
        answered: 0,
        onTimeRate: null,
        averageResponseBusinessDays: null,
        open: 2,
        overdue: 1,
      });
      expect(await quiet('2026-04-23')).toMatchObject({ open: 1, overdue: 1 });
      expect(await quiet('2026-04-24')).toMatchObject({ open: 0, overdue: 0 });
    });
  });

  it('applying the same events again changes nothing', async () => {
    const log: RecordedEvent[] = [];
    PqrsCase.received(log, 'A', '2026-03-13')
      .assign('2026-03-16', 'agent-a', 'Atención al Cliente')
      .requestInformation('2026-03-17')
      .provideInformation('2026-03-20')
      .extend('2026-04-01', '2026-04-22')
      .answer('2026-04-24');
    PqrsCase.received(log, 'B', '2026-03-13').transfer('2026-03-16');
    await applyAll(readModels.store, pqrsIndicatorDaysProjection, log);
    const days = await dumpCollection(readModels.store, PQRS_INDICATOR_DAYS_COLLECTION);
    const cases = await dumpCollection(readModels.store, PQRS_INDICATOR_CASES_COLLECTION);
    await applyAll(readModels.store, pqrsIndicatorDaysProjection, log);
    await applyAll(readModels.store, pqrsIndicatorDaysProjection, log.slice(2, 5));
    expect(await dumpCollection(readModels.store, PQRS_INDICATOR_DAYS_COLLECTION)).toEqual(days);
    expect(await dumpCollection(readModels.store, PQRS_INDICATOR_CASES_COLLECTION)).toEqual(cases);
    expect(cases).toHaveLength(2);
  });
});

describe('the affiliation indicators', () => {
  let revisions: Map<string, number>;
  const event = (affiliationId: string, affiliationEvent: AffiliationEvent, day: CalendarDate) => {
    const revision = revisions.get(affiliationId) ?? 0;
    revisions.set(affiliationId, revision + 1);
    return recorded(affiliationStreamOf(affiliationId), revision, affiliationEvent, at(day));
  };
  const received = (
    affiliationId: string,
    receivedOn: CalendarDate,
    overrides: Partial<AffiliationReceived['data']>,
  ): AffiliationReceived => ({
    type: 'Received',
    data: {
      lateEntry: null,
      requestNumber: null,
      affiliationId,
      affiliationType: 'INDIVIDUAL',
      channel: 'IN_PERSON',
      applicantId: 'person-1',
      applicantVersion: 1,
      campaign: null,
      campaignId: null,
      receivedAt: at(receivedOn),
      receivedOn,
      requiredDocuments: ['IDENTITY_DOCUMENT'],
      ...overrides,
    },
  });
  const approved = (approvedOn: CalendarDate, daysToDecision: number): AffiliationEvent => ({
    type: 'Approved',
    data: { memberNumber: 'AF-000001', approvedAt: at(approvedOn), approvedOn, daysToDecision },
  });
  const rejected = (rejectedOn: CalendarDate, daysToDecision: number): AffiliationEvent => ({
    type: 'Rejected',
    data: { reason: 'Ya es afiliado.', rejectedAt: at(rejectedOn), rejectedOn, daysToDecision },
  });
  let log: RecordedEvent[];

  beforeEach(async () => {
    revisions = new Map();
    log = [
      event('X1', received('X1', '2026-03-02', { campaign: 'Feria Zipaquirá' }), '2026-03-02'),
      event('X2', received('X2', '2026-03-02', { affiliationType: 'COMPANY', channel: 'WEB' }), '2026-03-02'),
      event(
        'X1',
        { type: 'Assigned', data: { assigneeId: 'agent-a', previousAssigneeId: null } },
        '2026-03-03',
      ),
      event('X1', approved('2026-03-05', 3), '2026-03-05'),
      event(
        'X3',
        received('X3', '2026-03-30', { channel: 'WEB', campaign: 'Feria Zipaquirá' }),
        '2026-03-30',
      ),
      event('X2', rejected('2026-04-02', 31), '2026-04-02'),
      event('X3', approved('2026-04-06', 7), '2026-04-06'),
    ];
    await applyAll(readModels.store, affiliationIndicatorDaysProjection, log);
  });

  it('counts applications received and decided on their days, by type, channel and campaign', async () => {
    const [march, april] = await queryAffiliationIndicatorSeries(
      readModels.store,
      '2026-03-01',
      '2026-04-30',
      'MONTH',
    );
    expect(march.received.total).toBe(3);
    expect(march.received.byType).toEqual([
      { key: 'INDIVIDUAL', value: 2 },
      { key: 'COMPANY', value: 1 },
      { key: 'INDEPENDENT', value: 0 },
    ]);
    expect(march.received.byChannel.filter((count) => count.value > 0)).toEqual([
      { key: 'IN_PERSON', value: 1 },
      { key: 'WEB', value: 2 },
    ]);
    expect(march.received.byCampaign).toEqual([
      { key: 'Feria Zipaquirá', value: 2 },
      { key: 'NO_CAMPAIGN', value: 1 },
    ]);
    expect([march.approved.total, march.rejected.total]).toEqual([1, 0]);
    expect(march.daysToDecision.total).toEqual({ count: 1, sum: 3, average: 3 });

    expect([april.received.total, april.approved.total, april.rejected.total]).toEqual([0, 1, 1]);
    expect(april.rejected.byCampaign).toEqual([{ key: 'NO_CAMPAIGN', value: 1 }]);
    expect(april.daysToDecision.total).toEqual({ count: 2, sum: 38, average: 19 });
    expect(april.daysToDecision.byType).toEqual([
      { key: 'INDIVIDUAL', count: 1, sum: 7, average: 7 },
      { key: 'COMPANY', count: 1, sum: 31, average: 31 },
      { key: 'INDEPENDENT', count: 0, sum: 0, average: null },
    ]);
    expect(april.daysToDecision.byCampaign).toEqual([
      { key: 'Feria Zipaquirá', count: 1, sum: 7, average: 7 },
      { key: 'NO_CAMPAIGN', count: 1, sum: 31, average: 31 },
    ]);
  });

  it('averages days to decision as the affiliation statistics do', async () => {
    await applyAll(readModels.store, affiliationsProjection, log);
    for (const [from, to] of [
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-03-01', '2026-04-30'],
    ] as const) {
      const statistics = await queryAffiliationStatistics(readModels.store, from, to);
      const [bucket] = await queryAffiliationIndicatorSeries(readModels.store, from, to, 'YEAR');
      expect([bucket.approved.total, bucket.rejected.total, bucket.daysToDecision.total.average]).toEqual([
        statistics.approved,
        statistics.rejected,
        statistics.averageDaysToDecision,
      ]);
    }
  });

  it('applying the same events again changes nothing', async () => {
    const days = await dumpCollection(readModels.store, AFFILIATION_INDICATOR_DAYS_COLLECTION);
    const applications = await dumpCollection(
      readModels.store,
      AFFILIATION_INDICATOR_APPLICATIONS_COLLECTION,
    );
    await applyAll(readModels.store, affiliationIndicatorDaysProjection, log);
    expect(await dumpCollection(readModels.store, AFFILIATION_INDICATOR_DAYS_COLLECTION)).toEqual(days);
    expect(await dumpCollection(readModels.store, AFFILIATION_INDICATOR_APPLICATIONS_COLLECTION)).toEqual(
      applications,
    );
  });
});

describe('the improvement-action indicators', () => {
  const formulated = (
    actionId: string,
    source: ActionSourceKind,
    formulatedOn: CalendarDate,
    dueDate: CalendarDate,
    responsibleId = 'agent-a',
  ): RecordedEvent =>
    recorded(
      improvementActionStreamOf(actionId),
      0,
      {
        type: 'ActionFormulated',
        data: {
          actionId,
          source: { kind: source, reference: 'referencia' },
          problem: 'Problema',
          rootCause: 'Causa',
          action: 'Acción',
          responsibleId,
          dueDate,
          formulatedAt: at(formulatedOn),
          formulatedOn,
          linkedActionId: null,
        },
      } satisfies ImprovementActionEvent,
      at(formulatedOn),
    );
  const closed = (
    actionId: string,
    revision: number,
    closedOn: CalendarDate,
    dueDate: CalendarDate,
    effective: boolean,
  ) =>
    recorded(
      improvementActionStreamOf(actionId),
      revision,
      {
        type: 'ActionClosed',
        data: { effective, verifiedOn: closedOn, closedAt: at(closedOn), closedOn, dueDate },
      } satisfies ImprovementActionEvent,
      at(closedOn),
    );
  let log: RecordedEvent[];

  beforeEach(async () => {
    log = [
      formulated('I1', 'PQRS', '2026-03-02', '2026-03-20', 'agent-b'),
      formulated('I2', 'AUDIT', '2026-03-02', '2026-03-10'),
      formulated('I3', 'SURVEY', '2026-03-05', '2026-03-31'),
      recorded(
        improvementActionStreamOf('I2'),
        1,
        {
          type: 'EffectivenessVerified',
          data: {
            effective: false,
            evidence: 'Acta 3',
            verifiedAt: at('2026-03-13'),
            verifiedOn: '2026-03-13',
            attachments: [],
          },
        } satisfies ImprovementActionEvent,
        at('2026-03-13'),
      ),
      closed('I2', 2, '2026-03-13', '2026-03-10', false),
      closed('I1', 1, '2026-03-18', '2026-03-20', true),
    ];
    await applyAll(readModels.store, improvementActionIndicatorDaysProjection, log);
  });

  it('counts an action overdue from the day after its due date until the day it is closed', async () => {
    const days = await queryImprovementActionIndicatorSeries(
      readModels.store,
      '2026-03-10',
      '2026-03-21',
      'DAY',
    );
    expect(days.filter((day) => day.overdue.total > 0).map((day) => day.label)).toEqual([
      '2026-03-11',
      '2026-03-12',
    ]);
    expect(days.find((day) => day.label === '2026-03-11')!.overdue.bySource).toEqual([
      { key: 'PQRS', value: 0 },
      { key: 'SURVEY', value: 0 },
      { key: 'AUDIT', value: 1 },
      { key: 'INDICATOR', value: 0 },
      { key: 'MANAGEMENT_REVIEW', value: 0 },
    ]);
  });

  it('rolls up formulated and closed actions by source, with open and overdue stocks at the end', async () => {
    const [march, april] = await queryImprovementActionIndicatorSeries(
      readModels.store,
      '2026-03-01',
      '2026-04-30',
      'MONTH',
    );
    expect(march).toMatchObject({
      label: '2026-03',
      formulated: { total: 3 },
      closedEffective: { total: 1 },
      closedNotEffective: { total: 1 },
      effectivenessRate: 0.5,
      open: { total: 1 },
      overdue: { total: 0 },
    });
    expect(march.closedNotEffective.bySource.find((count) => count.key === 'AUDIT')?.value).toBe(1);
    expect(april).toMatchObject({
      formulated: { total: 0 },
      effectivenessRate: null,
      open: { total: 1 },
      overdue: { total: 1 },
    });
    expect(april.overdue.bySource.find((count) => count.key === 'SURVEY')?.value).toBe(1);
  });

  it('sums a period as one, by source and by responsible, with the actions open and overdue at the end of today', async () => {
    const march = await queryImprovementActionPeriodStatistics(
      readModels.store,
      { from: '2026-03-01', to: '2026-03-31' },
      '2026-04-01',
    );
    expect(march).toEqual({
      formulated: 3,
      bySourceKind: [
        { kind: 'PQRS', count: 1 },
        { kind: 'SURVEY', count: 1 },
        { kind: 'AUDIT', count: 1 },
        { kind: 'INDICATOR', count: 0 },
        { kind: 'MANAGEMENT_REVIEW', count: 0 },
      ],
      byResponsible: [
        { responsibleId: 'agent-a', count: 2 },
        { responsibleId: 'agent-b', count: 1 },
      ],
      closed: 2,
      closedEffective: 1,
      closedNotEffective: 1,
      effectivenessRate: 0.5,
      // I3, due 31 March, is still open on 1 April.
      open: 1,
      overdue: 1,
    });
  });

  it('lists responsibles with equal counts by id, counts today whatever the period, and nothing when idle', async () => {
    const second = await queryImprovementActionPeriodStatistics(
      readModels.store,
      { from: '2026-03-02', to: '2026-03-02' },
      '2026-03-31',
    );
    expect(second.byResponsible).toEqual([
      { responsibleId: 'agent-a', count: 1 },
      { responsibleId: 'agent-b', count: 1 },
    ]);
    expect([second.open, second.overdue]).toEqual([1, 0]);
    const quiet = await queryImprovementActionPeriodStatistics(
      readModels.store,
      { from: '2025-01-01', to: '2025-12-31' },
      '2026-03-11',
    );
    expect(quiet).toMatchObject({
      formulated: 0,
      byResponsible: [],
      closed: 0,
      effectivenessRate: null,
      open: 3,
      overdue: 1,
    });
  });

  it('applying the same events again changes nothing', async () => {
    const days = await dumpCollection(readModels.store, IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION);
    await applyAll(readModels.store, improvementActionIndicatorDaysProjection, log);
    await applyAll(readModels.store, improvementActionIndicatorDaysProjection, log.slice(3));
    expect(await dumpCollection(readModels.store, IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION)).toEqual(
      days,
    );
  });
});

describe('the satisfaction indicators', () => {
  const answered = (
    responseId: string,
    instrumentId: string,
    answeredOn: CalendarDate,
    channel: PqrsChannel,
    evaluation: SurveyEvaluation,
    answers: SurveyAnswer[],
  ): RecordedEvent =>
    recorded(
      surveyResponseStreamOf(responseId),
      0,
      {
        type: 'SurveyAnswered',
        data: {
          responseId,
          instrumentId,
          instrumentVersion: 1,
          answers,
          channel,
          answeredOn,
          evaluation,
          radicado: null,
          affiliationId: null,
          respondentId: null,
          recordedAt: at(answeredOn),
        },
      } satisfies SurveyAnswered,
      at(answeredOn),
    );
  let log: RecordedEvent[];

  beforeEach(async () => {
    log = [
      recorded(
        surveyInstrumentStreamOf('instrument-1'),
        0,
        { type: 'InstrumentRetired', data: { retiredAt: at('2026-03-01') } },
        at('2026-03-01'),
      ),
      answered('R1', 'instrument-1', '2026-03-02', 'WEB', 'FIRST', [
        { questionId: 'q1', kind: 'SCALE_1_5', score: 5 },
        { questionId: 'q2', kind: 'YES_NO', yes: false },
        { questionId: 'q3', kind: 'FREE_TEXT', text: 'Muy amables' },
      ]),
      answered('R2', 'instrument-1', '2026-03-02', 'PHONE', 'SECOND', [
        { questionId: 'q1', kind: 'SCALE_1_5', score: 3 },
        { questionId: 'q2', kind: 'YES_NO', yes: false },
      ]),
      answered('R3', 'instrument-2', '2026-04-10', 'WEB', 'FIRST', [
        { questionId: 'q1', kind: 'SCALE_1_5', score: 4 },
      ]),
    ];
    await applyAll(readModels.store, satisfactionIndicatorDaysProjection, log);
  });

  it('counts scored and satisfied answers (4–5 or yes) per question, channel and evaluation', async () => {
    const [march, april] = await querySatisfactionIndicatorSeries(
      readModels.store,
      '2026-03-01',
      '2026-04-30',
      'MONTH',
    );
    expect(march.responses).toBe(2);
    expect(march.responsesByEvaluation).toEqual([
      { key: 'FIRST', value: 1 },
      { key: 'SECOND', value: 1 },
    ]);
    // Free text is not scored: four scored answers, one of them favourable (the 5).
    expect(march.overall).toEqual({ answered: 4, satisfied: 1, satisfactionIndex: 0.25 });
    expect(march.byQuestion).toEqual([
      { instrumentId: 'instrument-1', questionId: 'q1', answered: 2, satisfied: 1, satisfactionIndex: 0.5 },
      { instrumentId: 'instrument-1', questionId: 'q2', answered: 2, satisfied: 0, satisfactionIndex: 0 },
    ]);
    expect(march.byChannel.find((tally) => tally.key === 'WEB')).toEqual({
      key: 'WEB',
      answered: 2,
      satisfied: 1,
      satisfactionIndex: 0.5,
    });
    expect(march.byChannel.find((tally) => tally.key === 'PHONE')).toMatchObject({
      satisfied: 0,
      satisfactionIndex: 0,
    });
    expect(march.byChannel.find((tally) => tally.key === 'EMAIL')).toMatchObject({
      answered: 0,
      satisfactionIndex: null,
    });
    expect(march.byEvaluation).toEqual([
      { key: 'FIRST', answered: 2, satisfied: 1, satisfactionIndex: 0.5 },
      { key: 'SECOND', answered: 2, satisfied: 0, satisfactionIndex: 0 },
    ]);
    expect(april.byQuestion).toEqual([
      { instrumentId: 'instrument-2', questionId: 'q1', answered: 1, satisfied: 1, satisfactionIndex: 1 },
    ]);
    const [both] = await querySatisfactionIndicatorSeries(
      readModels.store,
      '2026-03-01',
      '2026-04-30',
      'YEAR',
    );
    expect(both.overall).toEqual({ answered: 5, satisfied: 2, satisfactionIndex: 0.4 });
  });

  it('applying the same events again changes nothing', async () => {
    const days = await dumpCollection(readModels.store, SATISFACTION_INDICATOR_DAYS_COLLECTION);
    await applyAll(readModels.store, satisfactionIndicatorDaysProjection, log);
    expect(await dumpCollection(readModels.store, SATISFACTION_INDICATOR_DAYS_COLLECTION)).toEqual(days);
  });
});

describe('the dashboard series', () => {
  it('gives every family the same buckets', async () => {
    const log: RecordedEvent[] = [];
    PqrsCase.received(log, 'A', '2026-03-13').answer('2026-04-08');
    await applyAll(readModels.store, pqrsIndicatorDaysProjection, log);
    const buckets = await queryIndicatorSeries(readModels.store, '2026-03-01', '2026-04-30', 'MONTH');
    expect(buckets.map((bucket) => [bucket.label, bucket.from, bucket.to])).toEqual([
      ['2026-03', '2026-03-01', '2026-03-31'],
      ['2026-04', '2026-04-01', '2026-04-30'],
    ]);
    expect(buckets.map((bucket) => [bucket.pqrs.received.total, bucket.pqrs.answered.total])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(buckets[0].affiliations.received.total).toBe(0);
    expect(buckets[0].improvementActions.formulated.total).toBe(0);
    expect(buckets[0].satisfaction.overall.satisfactionIndex).toBeNull();
  });
});
