// The campaign read models: `campaigns`, one document per campaign of the plan (id = campaign id) with
// what the list, the statistics and the report show; `campaignNameMappings`, one document per old
// free-text name mapped to a campaign. Texts (name, media, results, mapped names) are vault references.
import {
  CAMPAIGN_STREAM_PREFIX,
  type CampaignChannel,
  type CampaignEvent,
  type CampaignKind,
} from '../../../../domain/campaign/events.js';
import type { CalendarDate, Instant } from '../../../../domain/shared/time.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../../engine/read-models/read-model-store.js';

export const CAMPAIGNS_COLLECTION = 'campaigns';
export const CAMPAIGN_NAME_MAPPINGS_COLLECTION = 'campaignNameMappings';

export type CampaignDocumentStatus = 'PLANNED' | 'RESULT_RECORDED';

export interface CampaignDocument extends ReadModelDocument {
  readonly id: string;
  readonly kind: CampaignKind;
  /** Vault reference of the name. */
  readonly name: string;
  readonly municipalityCode: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly year: number;
  readonly channels: readonly CampaignChannel[];
  readonly media: string | null;
  /** Planned budget, whole pesos. */
  readonly budget: number;
  readonly status: CampaignDocumentStatus;
  readonly attendance: number | null;
  /** Actual cost, whole pesos; null until a result is recorded. */
  readonly actualCost: number | null;
  readonly results: string | null;
  readonly resultRecordedOn: CalendarDate | null;
  readonly plannedAt: Instant;
  readonly plannedBy: string;
  /** Stream revision of the last event applied: the idempotency guard. */
  readonly revision: number;
  readonly lastPosition: number;
  /** When the store recorded the last event applied (not the projection's clock: rebuilds agree). */
  readonly updatedAt: Instant;
}

export interface CampaignNameMappingDocument extends ReadModelDocument {
  /** `<campaign id>:<stream revision>`: one per CampaignNameMapped event. */
  readonly id: string;
  readonly campaignId: string;
  /** Vault reference of the old free-text name. */
  readonly legacyName: string;
  readonly mappedAt: Instant;
  readonly mappedBy: string;
  readonly lastPosition: number;
}

export function campaignIdOf(stream: string): string {
  return stream.slice(CAMPAIGN_STREAM_PREFIX.length);
}

/** The campaign after one of its events; null when the event cannot apply (no CampaignPlanned seen). */
export function evolveCampaignDocument(
  current: CampaignDocument | null,
  recorded: RecordedEvent,
): CampaignDocument | null {
  const event = { type: recorded.type, data: recorded.data } as CampaignEvent;
  const marks = {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
  if (event.type === 'CampaignPlanned') {
    const data = event.data;
    return {
      id: campaignIdOf(recorded.stream),
      kind: data.kind,
      name: data.name,
      municipalityCode: data.municipalityCode,
      startDate: data.startDate,
      endDate: data.endDate,
      year: data.year,
      channels: data.channels,
      media: data.media,
      budget: data.budget,
      status: 'PLANNED',
      attendance: null,
      actualCost: null,
      results: null,
      resultRecordedOn: null,
      plannedAt: data.plannedAt,
      plannedBy: recorded.metadata.actorId,
      ...marks,
    };
  }
  if (current === null) return null;
  switch (event.type) {
    case 'CampaignResultRecorded':
      return {
        ...current,
        status: 'RESULT_RECORDED',
        attendance: event.data.attendance,
        actualCost: event.data.actualCost,
        results: event.data.results,
        resultRecordedOn: event.data.recordedOn,
        ...marks,
      };
    case 'CampaignNameMapped':
      return { ...current, ...marks };
    default: {
      const _exhaustive: never = event;
      void _exhaustive;
      return { ...current, ...marks };
    }
  }
}

export const campaignsProjection: Projection = {
  name: 'campaigns',
  version: 1,
  categories: [CAMPAIGN_STREAM_PREFIX],
  collections: [CAMPAIGNS_COLLECTION, CAMPAIGN_NAME_MAPPINGS_COLLECTION],
  indexes: {
    [CAMPAIGNS_COLLECTION]: ['year', 'startDate', 'municipalityCode', 'kind'],
    [CAMPAIGN_NAME_MAPPINGS_COLLECTION]: ['campaignId'],
  },
  async apply(event, tx) {
    const campaignId = campaignIdOf(event.stream);
    const current = await tx.get<CampaignDocument>(CAMPAIGNS_COLLECTION, campaignId);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveCampaignDocument(current, event);
    if (next === null) return;
    await tx.put(CAMPAIGNS_COLLECTION, next);
    if (event.type === 'CampaignNameMapped') {
      const data = event.data as { legacyName: string; mappedAt: Instant };
      const mapping: CampaignNameMappingDocument = {
        id: `${campaignId}:${event.revision}`,
        campaignId,
        legacyName: data.legacyName,
        mappedAt: data.mappedAt,
        mappedBy: event.metadata.actorId,
        lastPosition: event.position,
      };
      await tx.put(CAMPAIGN_NAME_MAPPINGS_COLLECTION, mapping);
    }
  },
};
