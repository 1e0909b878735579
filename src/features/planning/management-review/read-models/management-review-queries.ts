// The read side of management reviews: one review, the reviews of a year, and for each decision that
// names an improvement action whether that action is in the `improvementActions` read model yet (a
// decision recorded whose action was not formulated is pending: formulating it finishes the pair).
import { Inject, Injectable } from '@nestjs/common';
import { readModelsProvider } from '../../../../engine/commands/read-your-writes.js';
import { NotFound } from '../../../../engine/application-errors.js';
import type { Filter, ReadModelReader } from '../../../../engine/read-models/read-model-store.js';
import {
  IMPROVEMENT_ACTIONS_COLLECTION,
  improvementActionsProjection,
} from '../../../improvement-actions/index.js';
import {
  MANAGEMENT_REVIEWS_COLLECTION,
  managementReviewsProjection,
  type ManagementReviewDocument,
  type ManagementReviewFields,
  type ReviewDecisionEntry,
} from './management-reviews-projection.js';

export interface ReviewDecisionView extends ReviewDecisionEntry {
  /** Whether the action the decision names was formulated; null when it names none. */
  readonly actionFormulated: boolean | null;
}

export interface ManagementReviewView extends Omit<ManagementReviewFields, 'decisions'> {
  readonly decisions: readonly ReviewDecisionView[];
}

/** What the review queries read: the reviews, and the actions their decisions formulated. */
export const MANAGEMENT_REVIEW_READ_MODELS = Symbol('ManagementReviewReadModels');
export const managementReviewReadModels = readModelsProvider(MANAGEMENT_REVIEW_READ_MODELS, [
  managementReviewsProjection,
  improvementActionsProjection,
]);

@Injectable()
export class ManagementReviewQueries {
  constructor(@Inject(MANAGEMENT_REVIEW_READ_MODELS) private readonly readModels: ReadModelReader) {}

  async get(reviewId: string): Promise<ManagementReviewView> {
    const document = await this.readModels.get<ManagementReviewDocument>(
      MANAGEMENT_REVIEWS_COLLECTION,
      reviewId,
    );
    if (!document) throw new NotFound(`No existe una revisión por la dirección con id ${reviewId}.`);
    return this.viewOf(document);
  }

  /** The reviews of a year (every year when null), the latest meeting first. */
  async list(year: number | null): Promise<ManagementReviewView[]> {
    const filter: Filter = year === null ? {} : { year };
    const documents = await this.readModels.find<ManagementReviewDocument>(
      MANAGEMENT_REVIEWS_COLLECTION,
      filter,
      {
        sort: [
          { field: 'meetingDate', direction: 'desc' },
          { field: 'id', direction: 'asc' },
        ],
      },
    );
    return Promise.all(documents.map((document) => this.viewOf(document)));
  }

  private async viewOf(document: ManagementReviewDocument): Promise<ManagementReviewView> {
    const named = document.decisions.flatMap((decision) =>
      decision.improvementActionId === null ? [] : [decision.improvementActionId],
    );
    const formulated =
      named.length === 0
        ? new Set<string>()
        : new Set(
            (await this.readModels.find(IMPROVEMENT_ACTIONS_COLLECTION, { id: { $in: named } })).map(
              (action) => action.id,
            ),
          );
    return {
      ...document,
      decisions: document.decisions.map((decision) => ({
        ...decision,
        actionFormulated:
          decision.improvementActionId === null ? null : formulated.has(decision.improvementActionId),
      })),
    };
  }
}
