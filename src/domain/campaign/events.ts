// The facts of a campaign of the year's marketing and media plan (campaña, feria, visita o acción de
// difusión), stored in its stream `campaign-<id>`: planned with its kind, place, dates, channels and budget;
// its result recorded (attendance, actual cost, what came of it); old free-text campaign names of
// affiliations mapped to it.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';

export const CAMPAIGN_KINDS = ['CAMPAIGN', 'FAIR', 'VISIT', 'DISSEMINATION'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** The channels and media a campaign reaches people through. */
export const CAMPAIGN_CHANNELS = [
  'IN_PERSON',
  'RADIO',
  'TELEVISION',
  'PRESS',
  'SOCIAL_MEDIA',
  'WEBSITE',
  'EMAIL',
  'PRINTED_MATERIAL',
  'LOUDSPEAKER',
] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export type CampaignPlanned = DomainEvent<
  'CampaignPlanned',
  {
    readonly campaignId: string;
    /** The vault owner its texts are sealed under (a key of the campaign's own). */
    readonly textOwnerId: string | null;
    readonly kind: CampaignKind;
    /** Its name as staff wrote it: a reference to the sealed text. */
    readonly name: string;
    /** DANE DIVIPOLA code of the municipality of Cundinamarca where it takes place. */
    readonly municipalityCode: string;
    readonly startDate: CalendarDate;
    readonly endDate: CalendarDate;
    /** The plan year it belongs to: the year of its start date. */
    readonly year: number;
    readonly channels: readonly CampaignChannel[];
    /** The media named (stations, papers, pages), sealed; null when none were named. */
    readonly media: string | null;
    /** Planned budget in Colombian pesos (integer). */
    readonly budget: number;
    readonly plannedAt: Instant;
    readonly plannedOn: CalendarDate;
  }
>;

export type CampaignResultRecorded = DomainEvent<
  'CampaignResultRecorded',
  {
    /** People who attended or were reached in person. */
    readonly attendance: number;
    /** What the campaign actually cost, in Colombian pesos: the cost per affiliation divides this. */
    readonly actualCost: number;
    /** What came of it, as staff wrote it (sealed). */
    readonly results: string;
    readonly recordedAt: Instant;
    readonly recordedOn: CalendarDate;
    /** Whether this result replaces one recorded before (a correction). */
    readonly correction: boolean;
  }
>;

export type CampaignNameMapped = DomainEvent<
  'CampaignNameMapped',
  {
    /**
     * A campaign name as affiliations received before campaigns were planned carry it in free text
     * (sealed here): those affiliations count for this campaign. The old events are never rewritten.
     */
    readonly legacyName: string;
    readonly mappedAt: Instant;
  }
>;

export type CampaignEvent = CampaignPlanned | CampaignResultRecorded | CampaignNameMapped;
export type CampaignEventType = CampaignEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const CAMPAIGN_EVENT_SCHEMA_VERSIONS: Readonly<Record<CampaignEventType, number>> = {
  CampaignPlanned: 1,
  CampaignResultRecorded: 1,
  CampaignNameMapped: 1,
};

export const CAMPAIGN_STREAM_PREFIX = 'campaign-';
export const campaignStreamOf = (campaignId: string): string => `${CAMPAIGN_STREAM_PREFIX}${campaignId}`;
