// The affiliation indicator read model: one document per Bogotá day (indicator-days.ts) with the
// applications received that day and the decisions taken that day (approved, rejected, and the
// calendar days from receipt each took, as the Approved and Rejected events state them: the same
// figure the affiliation statistics average), by affiliation type, channel and campaign.
// `indicatorAffiliationApplications` remembers each application's type, channel and campaign for its
// decision.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  AFFILIATION_STREAM_PREFIX,
  AFFILIATION_TYPES,
  type AffiliationChannel,
  upcastAffiliationEvent,
  type AffiliationType,
} from '../../../domain/affiliation/events.js';
import { PQRS_CHANNELS } from '../../../domain/pqrs/events.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { branchAt, countAt, type CountTree } from './count-tree.js';
import {
  averageAt,
  averagesOf,
  countsOf,
  observation,
  type AverageFigure,
  type IndicatorCount,
} from './indicator-figures.js';
import { DayIncrements, rollUpIndicatorDays, writeDayIncrements } from './indicator-days.js';
import type { IndicatorBucketPeriod, IndicatorGranularity } from './indicator-periods.js';

export const AFFILIATION_INDICATOR_DAYS_COLLECTION = 'indicatorAffiliationDays';
export const AFFILIATION_INDICATOR_APPLICATIONS_COLLECTION = 'indicatorAffiliationApplications';

/** The campaign key of an application that came from no campaign ("sin campaña"). */
export const NO_CAMPAIGN = 'NO_CAMPAIGN';

export interface AffiliationIndicatorApplication extends ReadModelDocument {
  /** The affiliation id. */
  readonly id: string;
  readonly affiliationType: AffiliationType;
  readonly channel: AffiliationChannel;
  /** The campaign's name, or NO_CAMPAIGN. */
  readonly campaign: string;
  readonly revision: number;
  readonly lastPosition: number;
}

/** The day an event counts on and what it adds there; null for the events these indicators ignore. */
export function affiliationIndicatorIncrements(
  application: AffiliationIndicatorApplication,
  recorded: RecordedEvent,
): DayIncrements | null {
  const event = upcastAffiliationEvent(recorded);
  switch (event.type) {
    case 'Received':
      return new DayIncrements().add(event.data.receivedOn, {
        flows: { received: breakdown(application, 1) },
      });
    case 'Approved':
      return new DayIncrements().add(event.data.approvedOn, {
        flows: {
          approved: breakdown(application, 1),
          daysToDecision: breakdown(application, observation(event.data.daysToDecision)),
        },
      });
    case 'Rejected':
      return new DayIncrements().add(event.data.rejectedOn, {
        flows: {
          rejected: breakdown(application, 1),
          daysToDecision: breakdown(application, observation(event.data.daysToDecision)),
        },
      });
    default:
      return null;
  }
}

function breakdown(application: AffiliationIndicatorApplication, value: number | CountTree): CountTree {
  return {
    total: value,
    byType: { [application.affiliationType]: value },
    byChannel: { [application.channel]: value },
    byCampaign: { [application.campaign]: value },
  };
}

function applicationOf(recorded: RecordedEvent): AffiliationIndicatorApplication | null {
  const event = upcastAffiliationEvent(recorded);
  if (event.type !== 'Received') return null;
  return {
    id: recorded.stream.slice(AFFILIATION_STREAM_PREFIX.length),
    affiliationType: event.data.affiliationType,
    channel: event.data.channel,
    // The campaign of the plan by its id (schema 5 on); an older application by its free-text name.
    campaign: event.data.campaignId ?? event.data.campaign ?? NO_CAMPAIGN,
    revision: recorded.revision,
    lastPosition: recorded.position,
  };
}

export const affiliationIndicatorDaysProjection: Projection = {
  name: 'indicatorAffiliations',
  version: 1,
  categories: [AFFILIATION_STREAM_PREFIX],
  collections: [AFFILIATION_INDICATOR_DAYS_COLLECTION, AFFILIATION_INDICATOR_APPLICATIONS_COLLECTION],
  async apply(recorded, tx) {
    const id = recorded.stream.slice(AFFILIATION_STREAM_PREFIX.length);
    const current = await tx.get<AffiliationIndicatorApplication>(
      AFFILIATION_INDICATOR_APPLICATIONS_COLLECTION,
      id,
    );
    const received = current === null ? applicationOf(recorded) : null;
    if (received !== null) await tx.put(AFFILIATION_INDICATOR_APPLICATIONS_COLLECTION, received);
    const application = received ?? current;
    if (application === null) return;
    const increments = affiliationIndicatorIncrements(application, recorded);
    // Each day remembers the last event it counted, so a replayed decision is not counted twice.
    if (increments !== null)
      await writeDayIncrements(tx, AFFILIATION_INDICATOR_DAYS_COLLECTION, recorded, increments);
  },
};

/** An affiliation count by type and channel (every value, zeros included) and campaign (those present). */
export interface AffiliationBreakdown {
  readonly total: number;
  readonly byType: readonly IndicatorCount[];
  readonly byChannel: readonly IndicatorCount[];
  /** Campaign names, NO_CAMPAIGN for applications outside any campaign. */
  readonly byCampaign: readonly IndicatorCount[];
}

export interface DaysToDecisionFigures {
  readonly total: AverageFigure;
  readonly byType: readonly (AverageFigure & { readonly key: string })[];
  readonly byChannel: readonly (AverageFigure & { readonly key: string })[];
  readonly byCampaign: readonly (AverageFigure & { readonly key: string })[];
}

export interface AffiliationIndicatorFigures {
  readonly received: AffiliationBreakdown;
  readonly approved: AffiliationBreakdown;
  readonly rejected: AffiliationBreakdown;
  /** Calendar days from receipt to the decisions taken in the bucket. */
  readonly daysToDecision: DaysToDecisionFigures;
}

export function affiliationFiguresOf(flows: CountTree): AffiliationIndicatorFigures {
  const daysToDecision = branchAt(flows, 'daysToDecision');
  return {
    received: breakdownOf(branchAt(flows, 'received')),
    approved: breakdownOf(branchAt(flows, 'approved')),
    rejected: breakdownOf(branchAt(flows, 'rejected')),
    daysToDecision: {
      total: averageAt(branchAt(daysToDecision, 'total')),
      byType: averagesOf(branchAt(daysToDecision, 'byType'), AFFILIATION_TYPES),
      byChannel: averagesOf(branchAt(daysToDecision, 'byChannel'), PQRS_CHANNELS),
      byCampaign: averagesOf(branchAt(daysToDecision, 'byCampaign')),
    },
  };
}

function breakdownOf(branch: CountTree): AffiliationBreakdown {
  return {
    total: countAt(branch, 'total'),
    byType: countsOf(branchAt(branch, 'byType'), AFFILIATION_TYPES),
    byChannel: countsOf(branchAt(branch, 'byChannel'), PQRS_CHANNELS),
    byCampaign: countsOf(branchAt(branch, 'byCampaign')),
  };
}

export type AffiliationIndicatorBucket = IndicatorBucketPeriod & AffiliationIndicatorFigures;

/** The affiliation indicators of `from`..`to` (Bogotá days, both included), one entry per bucket. */
export async function queryAffiliationIndicatorSeries(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
  granularity: IndicatorGranularity,
): Promise<AffiliationIndicatorBucket[]> {
  const buckets = await rollUpIndicatorDays(
    reader,
    AFFILIATION_INDICATOR_DAYS_COLLECTION,
    { from, to, granularity },
    false,
  );
  return buckets.map((bucket) => ({
    label: bucket.label,
    from: bucket.from,
    to: bucket.to,
    ...affiliationFiguresOf(bucket.flows),
  }));
}
