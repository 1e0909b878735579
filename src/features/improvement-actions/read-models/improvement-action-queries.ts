// The read side of improvement actions: one action, the filtered list and a PQRS case's actions, from
// the read models. Overdue depends on today, so it is computed here, not stored.
import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '../../../engine/application-errors.js';
import { findKeysetPage, keysetCursorOf, type KeysetOrder } from '../../../engine/read-models/keyset-page.js';
import type { ActionSourceKind } from '../../../domain/improvement-action/events.js';
import { bogotaDateOf, type CalendarDate } from '../../../domain/shared/time.js';
import { CLOCK } from '../../../engine/tokens.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import {
  IMPROVEMENT_ACTIONS_COLLECTION,
  improvementActionsProjection,
  type ImprovementActionDocument,
  type ImprovementActionFields,
} from './improvement-actions-projection.js';
import type { Filter, ReadModelReader } from '../../../engine/read-models/read-model-store.js';

/** Where an action stands as staff see it: OVERDUE is an open action past its due date (Bogotá). */
export const IMPROVEMENT_ACTION_STATUS_VALUES = [
  'OPEN',
  'OVERDUE',
  'CLOSED_EFFECTIVE',
  'CLOSED_NOT_EFFECTIVE',
] as const;
export type ImprovementActionStatusValue = (typeof IMPROVEMENT_ACTION_STATUS_VALUES)[number];

export interface ImprovementActionView extends Omit<ImprovementActionFields, 'status'> {
  readonly status: ImprovementActionStatusValue;
}

export interface ImprovementActionListFilter {
  /** Matches the status the list shows: OPEN is open within its term, OVERDUE open past it. */
  readonly status?: ImprovementActionStatusValue | null;
  readonly sourceKind?: ActionSourceKind | null;
  readonly sourceReference?: string | null;
  readonly responsibleId?: string | null;
}

export interface ImprovementActionPage {
  readonly nodes: readonly ImprovementActionView[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** Newest first; the id breaks ties, so the cursor is a stable keyset position. */
const ACTIONS_ORDER: KeysetOrder = { sortField: 'formulatedAt', tieField: 'id' };

/** What the improvement-action queries read: the actions. */
export const IMPROVEMENT_ACTION_READ_MODELS = Symbol('ImprovementActionReadModels');
export const improvementActionReadModels = readModelsProvider(IMPROVEMENT_ACTION_READ_MODELS, [
  improvementActionsProjection,
]);

@Injectable()
export class ImprovementActionQueries {
  constructor(
    @Inject(IMPROVEMENT_ACTION_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  today(): CalendarDate {
    return bogotaDateOf(this.clock().toISOString());
  }

  async get(actionId: string): Promise<ImprovementActionView> {
    const document = await this.readModels.get<ImprovementActionDocument>(
      IMPROVEMENT_ACTIONS_COLLECTION,
      actionId,
    );
    if (!document) throw new NotFound(`No existe una acción de mejora con id ${actionId}.`);
    return viewOf(document, this.today());
  }

  async list(
    filter: ImprovementActionListFilter,
    first: number,
    after: string | null,
  ): Promise<ImprovementActionPage> {
    const today = this.today();
    const base = improvementActionFilter(filter, today);
    const page = await findKeysetPage<ImprovementActionDocument>(
      this.readModels,
      IMPROVEMENT_ACTIONS_COLLECTION,
      base,
      { ...ACTIONS_ORDER, first, after },
    );
    return { ...page, nodes: page.nodes.map((document) => viewOf(document, today)) };
  }

  /** The actions formulated from one source (a PQRS case's, by its radicado), oldest first. */
  async ofSource(kind: ActionSourceKind, reference: string): Promise<ImprovementActionView[]> {
    const today = this.today();
    const documents = await this.readModels.find<ImprovementActionDocument>(
      IMPROVEMENT_ACTIONS_COLLECTION,
      { sourceKind: kind, sourceReference: reference },
      {
        sort: [
          { field: 'formulatedAt', direction: 'asc' },
          { field: 'id', direction: 'asc' },
        ],
      },
    );
    return documents.map((document) => viewOf(document, today));
  }
}

export function actionStatusOn(
  document: Pick<ImprovementActionDocument, 'status' | 'dueDate'>,
  today: CalendarDate,
): ImprovementActionStatusValue {
  return document.status === 'OPEN' && document.dueDate < today ? 'OVERDUE' : document.status;
}

function viewOf(document: ImprovementActionDocument, today: CalendarDate): ImprovementActionView {
  return { ...document, status: actionStatusOn(document, today) };
}

/** The read-model filter for a list filter, today being `today` in Bogotá. */
export function improvementActionFilter(filter: ImprovementActionListFilter, today: CalendarDate): Filter {
  const conditions: Record<string, Filter[string]> = {};
  if (filter.sourceKind) conditions['sourceKind'] = filter.sourceKind;
  if (filter.sourceReference) conditions['sourceReference'] = filter.sourceReference.trim();
  if (filter.responsibleId) conditions['responsibleId'] = filter.responsibleId;
  switch (filter.status ?? null) {
    case null:
      break;
    case 'OPEN':
      conditions['status'] = 'OPEN';
      conditions['dueDate'] = { $gte: today };
      break;
    case 'OVERDUE':
      conditions['status'] = 'OPEN';
      conditions['dueDate'] = { $lt: today };
      break;
    case 'CLOSED_EFFECTIVE':
    case 'CLOSED_NOT_EFFECTIVE':
      conditions['status'] = filter.status;
      break;
  }
  return conditions as Filter;
}

export function encodeActionCursor(view: Pick<ImprovementActionView, 'formulatedAt' | 'id'>): string {
  return keysetCursorOf(view, ACTIONS_ORDER);
}
