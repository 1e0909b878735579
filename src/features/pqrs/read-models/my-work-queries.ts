// "Mi trabajo" from the cases read model: a staff member's open cases grouped by what they need first
// (overdue, due soon, awaiting the petitioner, the rest), and the office's overdue cases by assignee.
// Each reads through an index (assigneeId; status+dueDate), never every case.
import { Inject, Injectable } from '@nestjs/common';
import type { BusinessCalendar } from '../../../domain/shared/business-calendar.js';
import { bogotaDateOf, type CalendarDate } from '../../../domain/shared/time.js';
import {
  businessDaysLeft,
  termOnCaseCalendar,
  trafficLightOf,
  workGroupOf,
  type WorkGroup,
} from '../../../domain/pqrs/index.js';
import type { ReadModelReader, SortKey } from '../../../engine/read-models/read-model-store.js';
import { BUSINESS_CALENDAR, CLOCK } from '../../../engine/tokens.js';
import {
  CASES_COLLECTION,
  OPEN_CASE_STATUSES,
  RUNNING_TERM_STATUSES,
  type CaseDocument,
} from './cases-projection.js';
import { PQRS_READ_MODELS, type CaseView } from './pqrs-queries.js';

/** One case of a work list, with what its group needs said about it. */
export interface WorkItem {
  readonly pqrs: CaseView;
  /** Business days past the due date; null unless the case is overdue. */
  readonly businessDaysOverdue: number | null;
  /** Awaiting the petitioner (art. 17): from this day the case may be withdrawn tacitly. */
  readonly tacitWithdrawalFrom: CalendarDate | null;
}

/** A group's cases (the first `limit`, in its order) and how many it holds in all. */
export interface WorkList {
  readonly count: number;
  readonly items: readonly WorkItem[];
}

export interface AssigneeWork {
  readonly today: CalendarDate;
  readonly groups: Readonly<Record<WorkGroup, WorkList>>;
}

/** The overdue cases of one assignee (null: nobody's yet), the most overdue first. */
export interface AssigneeOverdue extends WorkList {
  readonly assigneeId: string | null;
  readonly oldest: WorkItem;
}

/** Due date ascending, then radicado: the most overdue (or the nearest due) first, a total order. */
const BY_DUE_DATE: readonly SortKey[] = [
  { field: 'dueDate', direction: 'asc' },
  { field: 'radicado', direction: 'asc' },
];

@Injectable()
export class MyWorkQueries {
  constructor(
    @Inject(PQRS_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: (version?: string) => BusinessCalendar,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  today(): CalendarDate {
    return bogotaDateOf(this.clock().toISOString());
  }

  /**
   * The open cases assigned to `assigneeId`, each in its group: overdue and due soon and the rest by due
   * date (so the most overdue first), awaiting the petitioner by the day tacit withdrawal becomes possible.
   */
  async ofAssignee(assigneeId: string, limit: number): Promise<AssigneeWork> {
    const today = this.today();
    const documents = await this.readModels.find<CaseDocument>(
      CASES_COLLECTION,
      { assigneeId, status: { $in: OPEN_CASE_STATUSES } },
      { sort: BY_DUE_DATE },
    );
    const grouped: Record<WorkGroup, WorkItem[]> = {
      OVERDUE: [],
      DUE_SOON: [],
      AWAITING_INFORMATION: [],
      ON_TIME: [],
    };
    for (const stored of documents) {
      const document = this.onItsCalendar(stored);
      const group = workGroupOf(document, today, this.calendar(document.calendarVersion));
      if (group !== null) grouped[group].push(this.itemOf(document, today));
    }
    grouped.AWAITING_INFORMATION.sort(
      (left, right) =>
        (left.tacitWithdrawalFrom ?? '').localeCompare(right.tacitWithdrawalFrom ?? '') ||
        left.pqrs.radicado.localeCompare(right.pqrs.radicado),
    );
    const listOf = (items: readonly WorkItem[]): WorkList => ({
      count: items.length,
      items: items.slice(0, limit),
    });
    return {
      today,
      groups: {
        OVERDUE: listOf(grouped.OVERDUE),
        DUE_SOON: listOf(grouped.DUE_SOON),
        AWAITING_INFORMATION: listOf(grouped.AWAITING_INFORMATION),
        ON_TIME: listOf(grouped.ON_TIME),
      },
    };
  }

  /**
   * Every overdue case of the office by assignee: the unassigned first (nobody will answer them until a
   * coordinator assigns them), then whoever has the most, ties by the oldest due date.
   */
  async teamOverdue(limit: number): Promise<readonly AssigneeOverdue[]> {
    const today = this.today();
    // The clock stops while awaiting the petitioner (art. 17): only a running term can be overdue.
    const documents = await this.readModels.find<CaseDocument>(
      CASES_COLLECTION,
      { status: { $in: RUNNING_TERM_STATUSES }, dueDate: { $lt: today } },
      { sort: BY_DUE_DATE },
    );
    const byAssignee = new Map<string | null, WorkItem[]>();
    for (const document of documents) {
      const items = byAssignee.get(document.assigneeId) ?? [];
      items.push(this.itemOf(document, today));
      byAssignee.set(document.assigneeId, items);
    }
    return [...byAssignee.entries()]
      .map(([assigneeId, items]) => ({
        assigneeId,
        count: items.length,
        oldest: items[0]!,
        items: items.slice(0, limit),
      }))
      .sort(
        (left, right) =>
          Number(right.assigneeId === null) - Number(left.assigneeId === null) ||
          right.count - left.count ||
          left.oldest.pqrs.dueDate.localeCompare(right.oldest.pqrs.dueDate) ||
          (left.assigneeId ?? '').localeCompare(right.assigneeId ?? ''),
      );
  }

  /**
   * The open cases whose filing alerted the coordinators of a risk to life or integrity (Ley 1755 de 2015
   * art. 20: immediate measures), by due date: rank 0 of the Bandeja's priority order, read off its index.
   */
  async priorityAlerts(limit: number): Promise<WorkList> {
    const today = this.today();
    const documents = await this.readModels.find<CaseDocument>(
      CASES_COLLECTION,
      { priorityOrder: { $gte: '0|', $lt: '1|' } },
      { sort: [{ field: 'priorityOrder', direction: 'asc' }, BY_DUE_DATE[1]!] },
    );
    return {
      count: documents.length,
      items: documents.slice(0, limit).map((each) => this.itemOf(each, today)),
    };
  }

  /** The case on its own calendar: a retroactive change since its version re-counts its due date. */
  private onItsCalendar(document: CaseDocument): CaseDocument {
    return document.termStartedOn === undefined
      ? document
      : termOnCaseCalendar(document, this.calendar(document.calendarVersion));
  }

  private itemOf(stored: CaseDocument, today: CalendarDate): WorkItem {
    const document = this.onItsCalendar(stored);
    const calendar = this.calendar(document.calendarVersion);
    const trafficLight = trafficLightOf(document, today, calendar);
    const daysLeft = businessDaysLeft(document, today, calendar);
    return {
      pqrs: { ...document, trafficLight },
      // 0 on the weekend right after a Friday due date: overdue, with no business day past it yet.
      businessDaysOverdue: trafficLight === 'OVERDUE' ? Math.max(0, -(daysLeft ?? 0)) : null,
      tacitWithdrawalFrom: document.status === 'AWAITING_INFORMATION' ? document.tacitWithdrawalFrom : null,
    };
  }
}
