// What reports read: the versioned read models, as they stood at the report's as-of instant. Nothing
// here reads the event log: every figure comes from projections.
import type { CalendarDate } from '../../../domain/shared/time.js';
import type { AffiliationDocument } from '../../affiliations/index.js';
import type { ImprovementActionDocument } from '../../improvement-actions/index.js';
import {
  ACTION_PLAN_VERSIONS_COLLECTION,
  CAMPAIGN_VERSIONS_COLLECTION,
  MANAGEMENT_REVIEW_VERSIONS_COLLECTION,
  RISK_VERSIONS_COLLECTION,
  TRAINING_PLAN_VERSIONS_COLLECTION,
  type ActionPlanDocument,
  type CampaignVersionDocument,
  type ManagementReviewDocument,
  type RiskDocument,
  type TrainingPlanDocument,
} from '../../planning/index.js';
import { OPEN_CASE_STATUSES } from '../../pqrs/index.js';
import {
  AFFILIATION_VERSIONS_COLLECTION,
  CASE_VERSIONS_COLLECTION,
  IMPROVEMENT_ACTION_VERSIONS_COLLECTION,
  SURVEY_INSTRUMENT_VERSIONS_COLLECTION,
  SURVEY_RESPONSE_VERSIONS_COLLECTION,
  type ReportCase,
} from './report-source-projections.js';
import { findAsOf, validAt, type Versioned } from '../../../engine/projections/versioned-projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import type { SurveyInstrumentDocument, SurveyResponseDocument } from '../../surveys/index.js';
import type { PrintedLogHead } from '../report-document.js';
import { SIGNED_HEADS_COLLECTION, type SignedHeadDocument } from './signed-heads-projection.js';

export interface ReportPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

const inPeriod = (period: ReportPeriod) => ({ $gte: period.from, $lte: period.to });

/**
 * The entities whose `field` (a day the collection indexes) falls in the period, as they
 * stood at asOf, in the entities' order, as findAsOf gives them. The store is asked to sort by that field:
 * asked for its default order (by id), SQLite walks the primary key through every version of every
 * entity, reading each document's fields, instead of the period's range of the index (0.14 s against
 * 0.02 s for a semester of 6,000 cases); the few thousand results are put back in id order here.
 */
async function findInPeriodAsOf<Entity extends ReadModelDocument>(
  reader: ReadModelReader,
  collection: string,
  asOf: string,
  field: string,
  period: ReportPeriod,
): Promise<Entity[]> {
  const versions = await reader.find<Versioned<Entity>>(
    collection,
    { $and: [{ [field]: inPeriod(period) }, validAt(asOf)] },
    { sort: [{ field, direction: 'asc' }] },
  );
  // At most one version per entity is valid at asOf, so the version's id orders as its entity's id.
  versions.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  // The entity is its version with the entity's id (entityOf); the store's documents are this call's own,
  // so each takes that id in place rather than being copied without the version's fields, which a
  // semester's 120,000 cases paid for in copying and collecting. No builder reads those fields.
  for (const version of versions) (version as { id: string }).id = version.entityId;
  return versions as unknown as Entity[];
}

/** Documents with the free texts they refer to revealed (the read models hold references to the vault). */
export type RevealTexts = <Value>(value: Value) => Promise<Value>;

/** For read models built from events whose texts were stored in clear (fixtures, benchmarks). */
export const TEXTS_IN_CLEAR: RevealTexts = (value) => Promise.resolve(value);

export class ReportSources {
  constructor(
    private readonly reader: ReadModelReader,
    private readonly revealTexts: RevealTexts,
  ) {}

  /** Cases received in the period, as they stood at asOf (a canonical ISO instant), texts revealed. */
  async casesReceivedIn(period: ReportPeriod, asOf: string): Promise<ReportCase[]> {
    return this.revealTexts(
      await findInPeriodAsOf<ReportCase>(this.reader, CASE_VERSIONS_COLLECTION, asOf, 'receivedOn', period),
    );
  }

  /**
   * Cases received in the period, as they stood at asOf, by the same index as casesReceivedIn; texts stay
   * referenced: only counted (the periods the Informe de PQRS compares its own with).
   */
  countedCasesReceivedIn(period: ReportPeriod, asOf: string): Promise<ReportCase[]> {
    return findInPeriodAsOf<ReportCase>(this.reader, CASE_VERSIONS_COLLECTION, asOf, 'receivedOn', period);
  }

  /**
   * Cases answered in the period (by the answer's date), whatever the day they were received, as they
   * stood at asOf: the period's flow of answers. Texts stay referenced: only counted.
   */
  casesAnsweredIn(period: ReportPeriod, asOf: string): Promise<ReportCase[]> {
    return findInPeriodAsOf<ReportCase>(this.reader, CASE_VERSIONS_COLLECTION, asOf, 'answeredOn', period);
  }

  /**
   * Cases received up to `lastDay` and open as the record stood at `instant`: the stock at a cut, whatever
   * the period each was received in. Texts stay referenced: only counted.
   */
  casesOpenAt(lastDay: CalendarDate, instant: string): Promise<ReportCase[]> {
    return findAsOf<ReportCase>(this.reader, CASE_VERSIONS_COLLECTION, instant, {
      receivedOn: { $lte: lastDay },
      status: { $in: OPEN_CASE_STATUSES },
    });
  }

  /** Improvement actions formulated in the period, as they stood at asOf. */
  actionsFormulatedIn(period: ReportPeriod, asOf: string): Promise<ImprovementActionDocument[]> {
    return findInPeriodAsOf<ImprovementActionDocument>(
      this.reader,
      IMPROVEMENT_ACTION_VERSIONS_COLLECTION,
      asOf,
      'formulatedOn',
      period,
    );
  }

  /** Every improvement action formulated up to asOf, as it stood then. */
  actionsAsOf(asOf: string): Promise<ImprovementActionDocument[]> {
    return findAsOf<ImprovementActionDocument>(this.reader, IMPROVEMENT_ACTION_VERSIONS_COLLECTION, asOf);
  }

  /** Affiliation applications received in the period, as they stood at asOf, texts revealed. */
  async affiliationsReceivedIn(period: ReportPeriod, asOf: string): Promise<AffiliationDocument[]> {
    return this.revealTexts(
      await findInPeriodAsOf<AffiliationDocument>(
        this.reader,
        AFFILIATION_VERSIONS_COLLECTION,
        asOf,
        'receivedOn',
        period,
      ),
    );
  }

  /** Every survey instrument created up to asOf, with the versions it had then. */
  surveyInstrumentsAsOf(asOf: string): Promise<SurveyInstrumentDocument[]> {
    return findAsOf<SurveyInstrumentDocument>(this.reader, SURVEY_INSTRUMENT_VERSIONS_COLLECTION, asOf);
  }

  /** The action plans of these years as they stood at asOf, texts revealed (none for a year without one). */
  async actionPlansAsOf(years: readonly number[], asOf: string): Promise<ActionPlanDocument[]> {
    return this.revealTexts(
      await findAsOf<ActionPlanDocument>(this.reader, ACTION_PLAN_VERSIONS_COLLECTION, asOf, {
        year: { $in: [...years] },
      }),
    );
  }

  /** Every risk of the risk map registered up to asOf, as it stood then, texts revealed, in the order registered. */
  async risksAsOf(asOf: string): Promise<RiskDocument[]> {
    const risks = await findAsOf<RiskDocument>(this.reader, RISK_VERSIONS_COLLECTION, asOf);
    risks.sort((left, right) =>
      left.registeredAt === right.registeredAt
        ? left.id.localeCompare(right.id)
        : left.registeredAt.localeCompare(right.registeredAt),
    );
    return this.revealTexts(risks);
  }

  /** The training plans (PIC) of these years as they stood at asOf, texts revealed (none for a year without one). */
  async trainingPlansAsOf(years: readonly number[], asOf: string): Promise<TrainingPlanDocument[]> {
    return this.revealTexts(
      await findAsOf<TrainingPlanDocument>(this.reader, TRAINING_PLAN_VERSIONS_COLLECTION, asOf, {
        year: { $in: [...years] },
      }),
    );
  }

  /**
   * The management reviews whose meeting falls in the period, as their records stood at asOf, by meeting
   * date then id, texts revealed (their own and the risks' names among their inputs).
   */
  async managementReviewsHeldIn(period: ReportPeriod, asOf: string): Promise<ManagementReviewDocument[]> {
    const reviews = await findInPeriodAsOf<ManagementReviewDocument>(
      this.reader,
      MANAGEMENT_REVIEW_VERSIONS_COLLECTION,
      asOf,
      'meetingDate',
      period,
    );
    reviews.sort((left, right) =>
      left.meetingDate === right.meetingDate
        ? left.id < right.id
          ? -1
          : 1
        : left.meetingDate < right.meetingDate
          ? -1
          : 1,
    );
    return this.revealTexts(reviews);
  }

  /**
   * The campaigns of the marketing and media plan that start in the period, as they stood at asOf, by
   * start date then id, texts revealed (names, media, results, the old names mapped to each).
   */
  async campaignsStartingIn(period: ReportPeriod, asOf: string): Promise<CampaignVersionDocument[]> {
    const campaigns = await findInPeriodAsOf<CampaignVersionDocument>(
      this.reader,
      CAMPAIGN_VERSIONS_COLLECTION,
      asOf,
      'startDate',
      period,
    );
    campaigns.sort((left, right) =>
      left.startDate === right.startDate
        ? left.id.localeCompare(right.id)
        : left.startDate.localeCompare(right.startDate),
    );
    return this.revealTexts(campaigns);
  }

  /**
   * The affiliation requests that may count for campaigns, as they stood at asOf: those naming one of
   * these campaigns by id, and every old one naming its campaign in free text (kept as written: the
   * mapped names decide which counts where). Only their campaign and decision are read: texts stay sealed.
   */
  campaignApplicationsAsOf(campaignIds: readonly string[], asOf: string): Promise<AffiliationDocument[]> {
    return findAsOf<AffiliationDocument>(this.reader, AFFILIATION_VERSIONS_COLLECTION, asOf, {
      $or: [{ campaignId: { $in: [...campaignIds] } }, { campaign: { $ne: null } }],
    });
  }

  /** The last head of the log recorded at or before asOf; null when none was signed by then. */
  async lastSignedHeadAsOf(asOf: string): Promise<PrintedLogHead | null> {
    const [last] = await this.reader.find<SignedHeadDocument>(
      SIGNED_HEADS_COLLECTION,
      { recordedAt: { $lte: asOf } },
      { sort: [{ field: 'recordedAt', direction: 'desc' }], limit: 1 },
    );
    return last === undefined
      ? null
      : { printable: last.printable, sequence: last.sequence, signedAt: last.signedAt };
  }

  /** Survey responses answered in the period and recorded up to asOf. */
  async responsesAnsweredIn(period: ReportPeriod, asOf: string): Promise<SurveyResponseDocument[]> {
    return this.revealTexts(
      await findInPeriodAsOf<SurveyResponseDocument>(
        this.reader,
        SURVEY_RESPONSE_VERSIONS_COLLECTION,
        asOf,
        'answeredOn',
        period,
      ),
    );
  }
}
