// The read side of the action plan: a year's plan as it stands, the years with a plan, and a plan's
// execution as of a day (for the management review). Overdue depends on the day, so it is computed here.
import { Inject, Injectable } from '@nestjs/common';
import { bogotaDateOf, endOfBogotaDay, type CalendarDate } from '../../../../domain/shared/time.js';
import { CLOCK } from '../../../../engine/tokens.js';
import { readModelsProvider } from '../../../../engine/commands/read-your-writes.js';
import { findAsOf } from '../../../../engine/projections/versioned-projection.js';
import type { ReadModelReader } from '../../../../engine/read-models/read-model-store.js';
import {
  ACTION_PLAN_PROJECTIONS,
  ACTION_PLAN_VERSIONS_COLLECTION,
  ACTION_PLANS_COLLECTION,
  type ActionPlanDocument,
} from './action-plans-projection.js';
import { planExecutionOn, type ActionPlanExecution } from './action-plan-execution.js';

/** What the action-plan queries read: the plans and their versions. */
export const ACTION_PLAN_READ_MODELS = Symbol('ActionPlanReadModels');
export const actionPlanReadModels = readModelsProvider(ACTION_PLAN_READ_MODELS, ACTION_PLAN_PROJECTIONS);

export interface ActionPlanView {
  readonly plan: ActionPlanDocument;
  readonly execution: ActionPlanExecution;
}

@Injectable()
export class ActionPlanQueries {
  constructor(
    @Inject(ACTION_PLAN_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  today(): CalendarDate {
    return bogotaDateOf(this.clock().toISOString());
  }

  /** The year's plan as it stands today, with today's figures; null when none was created. */
  async get(year: number): Promise<ActionPlanView | null> {
    const plan = await this.readModels.get<ActionPlanDocument>(ACTION_PLANS_COLLECTION, String(year));
    return plan === null ? null : { plan, execution: planExecutionOn(plan, this.today()) };
  }

  /** The years that have a plan, newest first. */
  async years(): Promise<number[]> {
    const plans = await this.readModels.find<ActionPlanDocument>(
      ACTION_PLANS_COLLECTION,
      {},
      { sort: [{ field: 'year', direction: 'desc' }] },
    );
    return plans.map((plan) => plan.year);
  }

  /**
   * The plan's execution as it stood at the end of `asOf` (a Bogotá day): the activities added by then,
   * each counting the progress approved by then, overdue when its end date was before that day. Read
   * from the plan's versions, so a later correction of the record does not rewrite a past day's figures.
   * Texts (descriptions, indicators, targets) are vault references: reveal them before showing. Null when
   * the year had no plan by then.
   */
  async executionAsOf(year: number, asOf: CalendarDate): Promise<ActionPlanExecution | null> {
    const [plan] = await findAsOf<ActionPlanDocument>(
      this.readModels,
      ACTION_PLAN_VERSIONS_COLLECTION,
      endOfBogotaDay(asOf),
      { year },
    );
    return plan === undefined ? null : planExecutionOn(plan, asOf);
  }
}
