// The `campaignVersions` read model: each campaign as it stood after each of its events — its plan, its
// last result and the old names mapped to it — with the recording interval in which each version was the
// current one (versioned-projection.ts), so the Informe de campañas y medios reads the plan as of its cut.
// It folds the campaign with the live read model's own function, so the report and the screen agree.
import { CAMPAIGN_STREAM_PREFIX, type CampaignNameMapped } from '../../../../domain/campaign/events.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import { versionedProjection } from '../../../../engine/projections/versioned-projection.js';
import { campaignIdOf, evolveCampaignDocument, type CampaignDocument } from './campaigns-projection.js';

export const CAMPAIGN_VERSIONS_COLLECTION = 'campaignVersions';

export interface CampaignVersionDocument extends CampaignDocument {
  /** The old free-text names mapped to it (vault references), in the order they were mapped. */
  readonly mappedNames: readonly string[];
}

export function evolveCampaignVersion(
  current: CampaignVersionDocument | null,
  recorded: RecordedEvent,
): CampaignVersionDocument | null {
  const next = evolveCampaignDocument(current, recorded);
  if (next === null) return null;
  const mappedNames = current?.mappedNames ?? [];
  return {
    ...next,
    mappedNames:
      recorded.type === 'CampaignNameMapped'
        ? [...mappedNames, (recorded.data as CampaignNameMapped['data']).legacyName]
        : mappedNames,
  };
}

export const campaignVersionsProjection = versionedProjection<CampaignVersionDocument>({
  name: 'campaignVersions',
  version: 1,
  categories: [CAMPAIGN_STREAM_PREFIX],
  collection: CAMPAIGN_VERSIONS_COLLECTION,
  indexes: ['startDate', 'year'],
  entityIdOf: campaignIdOf,
  evolve: evolveCampaignVersion,
});
