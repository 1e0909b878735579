// The PQRS indicator read model: one document per Bogotá day (indicator-days.ts) with the cases
// received and answered (on time, late), the response times, extensions, transfers, withdrawals and
// information requests of the day, and the deltas of the open and overdue stocks; each broken down by
// kind, channel, dependency and assignee in force when it happened. `indicatorPqrsCases` keeps, per
// case, what later events need to know (kind, channel, due date, assignee, the stretches it counted).
//
// Stocks at the end of a day: a case is open from its receipt day until the day it ends (answered,
// transferred, withdrawn); overdue from the calendar day after its due date in force until it ends,
// except while awaiting the petitioner (art. 17), when its clock is stopped. A case ending during a
// day does not count at the end of it: answered on the day after its due date, it is late but was
// never in the end-of-day overdue stock.
//
// An event writes its case and the days it touches: at most two (its own day, and the day after the
// due date, where the overdue count starts or is retracted), more only for an answer dated before
// reassignments already recorded, which retracts each of them.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  PQRS_CHANNELS,
  PQRS_KINDS,
  PQRS_STREAM_PREFIX,
  upcastPqrsEvent,
  type PqrsChannel,
  type PqrsEvent,
  type PqrsKind,
} from '../../../domain/pqrs/events.js';
import { addCalendarDays, bogotaDateOf, type CalendarDate } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { branchAt, countAt, valueAt, type CountTree } from './count-tree.js';
import {
  averageAt,
  countsOf,
  observation,
  ratioOf,
  type AverageFigure,
  type IndicatorCount,
} from './indicator-figures.js';
import {
  DayIncrements,
  rollUpIndicatorDays,
  stocksAtEndOf,
  sumIndicatorDays,
  writeDayIncrements,
  type IndicatorBucketTotals,
} from './indicator-days.js';
import type { IndicatorBucketPeriod, IndicatorGranularity } from './indicator-periods.js';
import { reshapeStock, type StockSegment, type StockStance } from './stock-segments.js';

export const PQRS_INDICATOR_DAYS_COLLECTION = 'indicatorPqrsDays';
export const PQRS_INDICATOR_CASES_COLLECTION = 'indicatorPqrsCases';

/** The dependency and assignee key of a case nobody has been assigned yet ("sin asignar"). */
export const UNASSIGNED = 'UNASSIGNED';

/** What the indicators need to remember of a case between its events. */
export interface PqrsIndicatorCase extends ReadModelDocument {
  /** The radicado. */
  readonly id: string;
  readonly kind: PqrsKind;
  readonly channel: PqrsChannel;
  readonly receivedOn: CalendarDate;
  /** The due date in force. */
  readonly dueDate: CalendarDate;
  /** UNASSIGNED until the first assignment. */
  readonly dependency: string;
  readonly assignee: string;
  /** Art. 17: the clock is stopped until the petitioner answers. */
  readonly awaitingInformation: boolean;
  /** Answered, transferred or withdrawn. */
  readonly ended: boolean;
  /** The stretches of days the case counted as open, and as overdue (keys: dependency, assignee). */
  readonly open: readonly StockSegment[];
  readonly overdue: readonly StockSegment[];
  /** Stream revision of the last event applied: the idempotency guard of the whole event. */
  readonly revision: number;
  readonly lastPosition: number;
}

export interface PqrsIndicatorChanges {
  readonly indicatorCase: PqrsIndicatorCase;
  readonly increments: DayIncrements;
}

/**
 * What one event of a case changes: the case as the indicators remember it, and the increments of the
 * days it touches. Null when it changes nothing (a closing, or an event of a case never seen received).
 */
export function pqrsIndicatorChanges(
  current: PqrsIndicatorCase | null,
  recorded: RecordedEvent,
): PqrsIndicatorChanges | null {
  const event = upcastPqrsEvent(recorded);
  const changeDay = changeDayOf(event, recorded);
  if (changeDay === null) return null;
  const before = event.type === 'Received' ? receivedCase(event, recorded) : current;
  if (before === null) return null;
  const after = {
    ...evolveIndicatorCase(before, event),
    revision: recorded.revision,
    lastPosition: recorded.position,
  };
  // A case's stocks can only change from its receipt on, whatever day the event names.
  const from = changeDay < after.receivedOn ? after.receivedOn : changeDay;
  const open = reshapeStock(after.open, from, openStance(after));
  const overdue = reshapeStock(after.overdue, from, overdueStance(after));

  const increments = new DayIncrements();
  const flow = flowOf(before, handsOn(before, changeDay), event);
  if (flow !== null) increments.add(changeDay, flow);
  for (const delta of open.deltas) {
    increments.add(delta.day, { stockDeltas: { open: breakdown(after, handsOf(delta), delta.amount) } });
  }
  for (const delta of overdue.deltas) {
    increments.add(delta.day, { stockDeltas: { overdue: breakdown(after, handsOf(delta), delta.amount) } });
  }
  return { indicatorCase: { ...after, open: open.segments, overdue: overdue.segments }, increments };
}

/** The day the event happened on (the day its effects count from); null for events with no effect. */
function changeDayOf(event: PqrsEvent, recorded: RecordedEvent): CalendarDate | null {
  switch (event.type) {
    case 'Received':
      return event.data.receivedOn;
    case 'Assigned':
      // The event names no day of its own: it happened when the command was given.
      return bogotaDateOf(recorded.metadata.occurredAt);
    case 'InformationRequested':
      return event.data.requestedOn;
    case 'InformationProvided':
      return event.data.providedOn;
    case 'DeadlineExtended':
      return event.data.extendedOn;
    case 'Transferred':
      return event.data.transferredOn;
    case 'Answered':
      return event.data.answeredOn;
    case 'Withdrawn':
      return bogotaDateOf(event.data.withdrawnAt);
    case 'Closed':
      // An answered case already left the stocks; closing it counts nowhere.
      return null;
    // Reviews and notices move no stock (the Answered an approval records does).
    case 'AnswerDrafted':
    case 'AnswerApproved':
    case 'AnswerReturned':
    case 'ClaimInProcessMarked':
    case 'JointAnswerLinked':
    case 'CompletionWindowExtended':
    case 'CopiesDelivered':
    case 'RefilingRecorded':
    case 'NotificationRequested':
    case 'NotificationResent':
    case 'NotificationAttemptFailed':
    case 'NotificationSent':
    case 'NotificationFailed':
    case 'PostalDispatchRecorded':
    case 'PostalOutcomeRecorded':
    case 'PriorityRecognised':
    case 'PriorityAlertRaised':
    case 'MeritEvaluated':
      return null;
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return null;
    }
  }
}

function receivedCase(
  event: Extract<PqrsEvent, { type: 'Received' }>,
  recorded: RecordedEvent,
): PqrsIndicatorCase {
  return {
    id: event.data.radicado,
    kind: event.data.kind,
    channel: event.data.channel,
    receivedOn: event.data.receivedOn,
    dueDate: event.data.dueDate,
    dependency: UNASSIGNED,
    assignee: UNASSIGNED,
    awaitingInformation: false,
    ended: false,
    open: [],
    overdue: [],
    revision: recorded.revision,
    lastPosition: recorded.position,
  };
}

function evolveIndicatorCase(indicatorCase: PqrsIndicatorCase, event: PqrsEvent): PqrsIndicatorCase {
  switch (event.type) {
    case 'Assigned':
      return { ...indicatorCase, dependency: event.data.dependency, assignee: event.data.assigneeId };
    case 'InformationRequested':
      return { ...indicatorCase, awaitingInformation: true };
    case 'InformationProvided':
      return { ...indicatorCase, awaitingInformation: false, dueDate: event.data.dueDate };
    case 'DeadlineExtended':
      return { ...indicatorCase, dueDate: event.data.newDueDate };
    case 'Answered':
      return { ...indicatorCase, dueDate: event.data.dueDate, ended: true };
    case 'Transferred':
    case 'Withdrawn':
      return { ...indicatorCase, ended: true };
    case 'Received':
    case 'Closed':
    case 'AnswerDrafted':
    case 'AnswerApproved':
    case 'AnswerReturned':
    case 'ClaimInProcessMarked':
    case 'JointAnswerLinked':
    case 'CompletionWindowExtended':
    case 'CopiesDelivered':
    case 'RefilingRecorded':
    case 'NotificationRequested':
    case 'NotificationResent':
    case 'NotificationAttemptFailed':
    case 'NotificationSent':
    case 'NotificationFailed':
    case 'PostalDispatchRecorded':
    case 'PostalOutcomeRecorded':
    case 'PriorityRecognised':
    case 'PriorityAlertRaised':
    case 'MeritEvaluated':
      return indicatorCase;
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return indicatorCase;
    }
  }
}

function openStance(indicatorCase: PqrsIndicatorCase): StockStance {
  return indicatorCase.ended ? null : { from: indicatorCase.receivedOn, keys: keysOf(indicatorCase) };
}

function overdueStance(indicatorCase: PqrsIndicatorCase): StockStance {
  if (indicatorCase.ended || indicatorCase.awaitingInformation) return null;
  // Due on a day is still on time that day: overdue from the next calendar day.
  return { from: addCalendarDays(indicatorCase.dueDate, 1), keys: keysOf(indicatorCase) };
}

/** Who had the case: the dependency and the assignee (UNASSIGNED before the first assignment). */
type Hands = { readonly dependency: string; readonly assignee: string };

function keysOf(indicatorCase: PqrsIndicatorCase): Hands {
  return { dependency: indicatorCase.dependency, assignee: indicatorCase.assignee };
}

/**
 * Who had the case on `day`: the open stretch covering it says so even when the event is recorded
 * after a later reassignment (an answer entered with an earlier answer date); the current hands else.
 */
function handsOn(indicatorCase: PqrsIndicatorCase, day: CalendarDate): Hands {
  const covering = indicatorCase.open.find(
    (segment) => segment.from <= day && (segment.to === null || day < segment.to),
  );
  return covering ? handsOf(covering) : keysOf(indicatorCase);
}

function handsOf(segment: Pick<StockSegment, 'keys'>): Hands {
  return {
    dependency: segment.keys['dependency'] ?? UNASSIGNED,
    assignee: segment.keys['assignee'] ?? UNASSIGNED,
  };
}

/** What the event adds to its own day's flows, counted under the hands that had the case then. */
function flowOf(
  indicatorCase: PqrsIndicatorCase,
  hands: Hands,
  event: PqrsEvent,
): { flows: CountTree; maxima?: CountTree } | null {
  const kindOnly = { total: 1, byKind: { [indicatorCase.kind]: 1 } };
  switch (event.type) {
    case 'Received':
      return { flows: { received: breakdown(indicatorCase, hands, 1) } };
    case 'Answered': {
      const days = event.data.businessDaysTaken;
      return {
        flows: {
          answered: breakdown(indicatorCase, hands, 1),
          [event.data.onTime ? 'answeredOnTime' : 'answeredLate']: breakdown(indicatorCase, hands, 1),
          responseBusinessDays: {
            total: observation(days),
            byKind: { [indicatorCase.kind]: observation(days) },
          },
        },
        maxima: { responseBusinessDays: { total: days, byKind: { [indicatorCase.kind]: days } } },
      };
    }
    case 'DeadlineExtended':
      return { flows: { extensions: kindOnly } };
    case 'Transferred':
      return { flows: { transfers: kindOnly } };
    case 'Withdrawn':
      return { flows: { withdrawals: kindOnly } };
    case 'InformationRequested':
      return { flows: { informationRequests: kindOnly } };
    default:
      return null;
  }
}

function breakdown(
  indicatorCase: Pick<PqrsIndicatorCase, 'kind' | 'channel'>,
  hands: Hands,
  amount: number,
): CountTree {
  return {
    total: amount,
    byKind: { [indicatorCase.kind]: amount },
    byChannel: { [indicatorCase.channel]: amount },
    byDependency: { [hands.dependency]: amount },
    byAssignee: { [hands.assignee]: amount },
  };
}

export const pqrsIndicatorDaysProjection: Projection = {
  name: 'indicatorPqrs',
  version: 1,
  categories: [PQRS_STREAM_PREFIX],
  collections: [PQRS_INDICATOR_DAYS_COLLECTION, PQRS_INDICATOR_CASES_COLLECTION],
  async apply(recorded, tx) {
    const radicado = recorded.stream.slice(PQRS_STREAM_PREFIX.length);
    const current = await tx.get<PqrsIndicatorCase>(PQRS_INDICATOR_CASES_COLLECTION, radicado);
    // The case and the days it touches commit together: a case that holds the event holds all of it.
    if (current !== null && recorded.revision <= current.revision) return;
    const changes = pqrsIndicatorChanges(current, recorded);
    if (changes === null) return;
    await tx.put(PQRS_INDICATOR_CASES_COLLECTION, changes.indicatorCase);
    await writeDayIncrements(tx, PQRS_INDICATOR_DAYS_COLLECTION, recorded, changes.increments);
  },
};

/** A PQRS count and its breakdowns. Kinds and channels list every value (zeros included). */
export interface PqrsBreakdown {
  readonly total: number;
  readonly byKind: readonly IndicatorCount[];
  readonly byChannel: readonly IndicatorCount[];
  /** Dependencies with a non-zero count, by name; UNASSIGNED for cases not assigned yet. */
  readonly byDependency: readonly IndicatorCount[];
  /** Assignee user ids with a non-zero count; UNASSIGNED for cases not assigned yet. */
  readonly byAssignee: readonly IndicatorCount[];
}

export interface KindBreakdown {
  readonly total: number;
  readonly byKind: readonly IndicatorCount[];
}

export interface ResponseTimeFigure extends AverageFigure {
  /** The longest response of the bucket in business days; null with no answers. */
  readonly max: number | null;
}

export interface PqrsIndicatorFigures {
  readonly received: PqrsBreakdown;
  readonly answered: PqrsBreakdown;
  readonly answeredOnTime: PqrsBreakdown;
  readonly answeredLate: PqrsBreakdown;
  /** Answered on time / answered; null with no answers. */
  readonly onTimeRate: number | null;
  /** Stocks at the end of the bucket's last day. */
  readonly open: PqrsBreakdown;
  readonly overdue: PqrsBreakdown;
  /** Business days from receipt (or from the art. 17 restart) to the answer. */
  readonly responseBusinessDays: ResponseTimeFigure;
  /** Every kind, in the order of PQRS_KINDS. */
  readonly responseBusinessDaysByKind: readonly (ResponseTimeFigure & { readonly kind: PqrsKind })[];
  readonly extensions: KindBreakdown;
  readonly transfers: KindBreakdown;
  readonly withdrawals: KindBreakdown;
  /** Requests to complete the petition (art. 17). */
  readonly informationRequests: KindBreakdown;
}

export function pqrsFiguresOf(
  totals: Pick<IndicatorBucketTotals, 'flows' | 'maxima' | 'stocks'>,
): PqrsIndicatorFigures {
  const { flows, maxima, stocks } = totals;
  const answered = breakdownOf(branchAt(flows, 'answered'));
  const answeredOnTime = breakdownOf(branchAt(flows, 'answeredOnTime'));
  const responseTimes = branchAt(flows, 'responseBusinessDays');
  const responseMaxima = branchAt(maxima, 'responseBusinessDays');
  return {
    received: breakdownOf(branchAt(flows, 'received')),
    answered,
    answeredOnTime,
    answeredLate: breakdownOf(branchAt(flows, 'answeredLate')),
    onTimeRate: ratioOf(answeredOnTime.total, answered.total),
    open: breakdownOf(branchAt(stocks, 'open')),
    overdue: breakdownOf(branchAt(stocks, 'overdue')),
    responseBusinessDays: responseTimeOf(branchAt(responseTimes, 'total'), valueAt(responseMaxima, 'total')),
    responseBusinessDaysByKind: PQRS_KINDS.map((kind) => ({
      kind,
      ...responseTimeOf(branchAt(responseTimes, 'byKind', kind), valueAt(responseMaxima, 'byKind', kind)),
    })),
    extensions: kindBreakdownOf(branchAt(flows, 'extensions')),
    transfers: kindBreakdownOf(branchAt(flows, 'transfers')),
    withdrawals: kindBreakdownOf(branchAt(flows, 'withdrawals')),
    informationRequests: kindBreakdownOf(branchAt(flows, 'informationRequests')),
  };
}

function breakdownOf(branch: CountTree): PqrsBreakdown {
  return {
    total: countAt(branch, 'total'),
    byKind: countsOf(branchAt(branch, 'byKind'), PQRS_KINDS),
    byChannel: countsOf(branchAt(branch, 'byChannel'), PQRS_CHANNELS),
    byDependency: countsOf(branchAt(branch, 'byDependency')),
    byAssignee: countsOf(branchAt(branch, 'byAssignee')),
  };
}

function kindBreakdownOf(branch: CountTree): KindBreakdown {
  return { total: countAt(branch, 'total'), byKind: countsOf(branchAt(branch, 'byKind'), PQRS_KINDS) };
}

function responseTimeOf(branch: CountTree, max: number | null): ResponseTimeFigure {
  const average = averageAt(branch);
  return { ...average, max: average.count === 0 ? null : max };
}

export type PqrsIndicatorBucket = IndicatorBucketPeriod & PqrsIndicatorFigures;

/** The PQRS indicators of `from`..`to` (Bogotá days, both included), one entry per bucket. */
export async function queryPqrsIndicatorSeries(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
  granularity: IndicatorGranularity,
): Promise<PqrsIndicatorBucket[]> {
  const buckets = await rollUpIndicatorDays(
    reader,
    PQRS_INDICATOR_DAYS_COLLECTION,
    { from, to, granularity },
    true,
  );
  return buckets.map(({ label, from: bucketFrom, to: bucketTo, ...totals }) => ({
    label,
    from: bucketFrom,
    to: bucketTo,
    ...pqrsFiguresOf(totals),
  }));
}

/** The PQRS of one period as a whole, for the management reports. */
export interface PqrsPeriodIndicators {
  readonly received: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Share of answers given on time, 0..1; null when nothing was answered in the period. */
  readonly onTimeRate: number | null;
  readonly averageResponseBusinessDays: number | null;
  /** Cases received in the period: every kind, in the order of PQRS_KINDS, zeros included. */
  readonly byKind: readonly { readonly kind: PqrsKind; readonly count: number }[];
  readonly byChannel: readonly { readonly channel: PqrsChannel; readonly count: number }[];
  /** Cases open at the end of `today`, whatever the period. */
  readonly open: number;
  /** Of those, the ones past their due date with the clock running (art. 17 stops it). */
  readonly overdue: number;
}

/**
 * Cases received and answered from `from` to `to` (Bogotá days, both included), and the cases open and
 * overdue at the end of `today`.
 */
export async function queryPqrsPeriodIndicators(
  reader: ReadModelReader,
  period: { readonly from: CalendarDate; readonly to: CalendarDate },
  today: CalendarDate,
): Promise<PqrsPeriodIndicators> {
  const [{ flows, maxima }, stocks] = await Promise.all([
    sumIndicatorDays(reader, PQRS_INDICATOR_DAYS_COLLECTION, period, false),
    stocksAtEndOf(reader, PQRS_INDICATOR_DAYS_COLLECTION, today),
  ]);
  const figures = pqrsFiguresOf({ flows, maxima, stocks });
  return {
    received: figures.received.total,
    answered: figures.answered.total,
    answeredOnTime: figures.answeredOnTime.total,
    answeredLate: figures.answeredLate.total,
    onTimeRate: figures.onTimeRate,
    averageResponseBusinessDays: figures.responseBusinessDays.average,
    byKind: figures.received.byKind.map(({ key, value }) => ({ kind: key as PqrsKind, count: value })),
    byChannel: figures.received.byChannel.map(({ key, value }) => ({
      channel: key as PqrsChannel,
      count: value,
    })),
    open: figures.open.total,
    overdue: figures.overdue.total,
  };
}
