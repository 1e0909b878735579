// The facts of an affiliation's life, stored in its stream `affiliation-<id>`: the application, its
// review document by document, the decision, the notice to the applicant (by mail, and what became of
// it) and the later novelties.
import {
  NOTIFICATION_EVENT_SCHEMA_VERSIONS,
  type NotificationEvent,
} from '../notifications/notifications.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { DomainEvent } from '../shared/decider.js';
import type { LateEntry } from '../shared/late-entry.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import type { PqrsChannel } from '../pqrs/events.js';

/** Who applies: a person on payroll, a company (its workers follow), or an independent worker. */
export const AFFILIATION_TYPES = ['INDIVIDUAL', 'COMPANY', 'INDEPENDENT'] as const;
export type AffiliationType = (typeof AFFILIATION_TYPES)[number];

/** Affiliations arrive through the same channels as PQRS. */
export type AffiliationChannel = PqrsChannel;

/** Later changes of an affiliate, reported in the "reporte de novedades". */
export const NOVELTY_KINDS = ['DATA_UPDATE', 'RETIREMENT', 'REACTIVATION'] as const;
export type NoveltyKind = (typeof NOVELTY_KINDS)[number];

export const AFFILIATION_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type AffiliationDecision = (typeof AFFILIATION_DECISIONS)[number];

/** Received as first stored (schemaVersion 1), before late entries were recorded. */
export type AffiliationReceivedV1 = DomainEvent<
  'Received',
  {
    readonly affiliationId: string;
    readonly affiliationType: AffiliationType;
    readonly channel: AffiliationChannel;
    /** A reference into the personal-data store; never the applicant's data itself. */
    readonly applicantId: string;
    /** The campaign or fair the application came from, if any. */
    readonly campaign: string | null;
    readonly receivedAt: Instant;
    readonly receivedOn: CalendarDate;
    /** The document checklist in force for this type at receipt: later decisions are judged by it. */
    readonly requiredDocuments: readonly string[];
  }
>;

/** schemaVersion 2: an application recorded after the late-entry window says so. */
export type AffiliationReceivedV2 = DomainEvent<
  'Received',
  AffiliationReceivedV1['data'] & {
    /** Null when recorded within the window of receivedAt. */
    readonly lateEntry: LateEntry | null;
  }
>;

/** schemaVersion 3: adds the version of the applicant's data the application was filed with. */
export type AffiliationReceivedV3 = DomainEvent<
  'Received',
  AffiliationReceivedV2['data'] & {
    /** The version of the applicant's data in the personal-data store this application was filed with. */
    readonly applicantVersion: number;
  }
>;

/** schemaVersion 4: the number the request is filed under (request-number.ts). */
export type AffiliationReceivedV4 = DomainEvent<
  'Received',
  AffiliationReceivedV3['data'] & {
    /** `AFI-2026-000042`; null for a request filed before requests were numbered. */
    readonly requestNumber: string | null;
  }
>;

/**
 * schemaVersion 5: the campaign is named by the id of a campaign of the plan (`campaignId`), chosen from
 * the list; the free-text `campaign` of earlier versions stays in their events, as written, and is null
 * from this version on (an old name counts for a campaign through a recorded CampaignNameMapped).
 */
export type AffiliationReceived = DomainEvent<
  'Received',
  AffiliationReceivedV4['data'] & {
    readonly campaignId: string | null;
  }
>;

export type AffiliationAssigned = DomainEvent<
  'Assigned',
  {
    readonly assigneeId: string;
    /** Set when this is a reassignment. */
    readonly previousAssigneeId: string | null;
  }
>;

/** DocumentSubmitted as first stored (schemaVersion 1): the document was kept elsewhere, named by reference. */
export type DocumentSubmittedV1 = DomainEvent<
  'DocumentSubmitted',
  {
    readonly documentType: string;
    /** Where the file or evidence is kept (document-management id, file name, physical folder). */
    readonly evidenceReference: string;
    readonly checkedBy: string;
    readonly checkedAt: Instant;
  }
>;

/**
 * A support document received and checked: accepted by the official who checked it. schemaVersion 2: the
 * file itself may be attached, and then a reference to where it is kept is optional.
 */
export type DocumentSubmitted = DomainEvent<
  'DocumentSubmitted',
  Omit<DocumentSubmittedV1['data'], 'evidenceReference'> & {
    readonly evidenceReference: string | null;
    readonly attachments: readonly AttachmentRef[];
  }
>;

export type DocumentRejected = DomainEvent<
  'DocumentRejected',
  {
    readonly documentType: string;
    readonly reason: string;
    readonly checkedBy: string;
    readonly checkedAt: Instant;
  }
>;

export type RequirementsVerified = DomainEvent<
  'RequirementsVerified',
  {
    /** The checklist found complete, each document accepted. */
    readonly verifiedDocuments: readonly string[];
    readonly verifiedBy: string;
    readonly verifiedAt: Instant;
  }
>;

export type AffiliationApproved = DomainEvent<
  'Approved',
  {
    /** `AF-000123`, issued by the member-number counter. */
    readonly memberNumber: string;
    readonly approvedAt: Instant;
    readonly approvedOn: CalendarDate;
    /** Calendar days from receipt to decision, for the management statistics. */
    readonly daysToDecision: number;
  }
>;

export type AffiliationRejected = DomainEvent<
  'Rejected',
  {
    readonly reason: string;
    readonly rejectedAt: Instant;
    readonly rejectedOn: CalendarDate;
    readonly daysToDecision: number;
  }
>;

/**
 * Staff record that they told the applicant of the decision themselves (by telephone, in person, by a
 * letter of their own); the notice Ventanilla sends by mail is a NotificationRequested of its own.
 */
export type AffiliationAnswered = DomainEvent<
  'Answered',
  {
    readonly decision: AffiliationDecision;
    readonly channel: AffiliationChannel;
    readonly notifiedAt: Instant;
  }
>;

export type NoveltyReported = DomainEvent<
  'NoveltyReported',
  {
    readonly kind: NoveltyKind;
    readonly description: string;
    /** The day the change takes effect (a retirement from the 1st of the month, say). */
    readonly effectiveDate: CalendarDate;
    readonly reportedBy: string;
    readonly reportedAt: Instant;
  }
>;

export type AffiliationEvent =
  | AffiliationReceived
  | AffiliationAssigned
  | DocumentSubmitted
  | DocumentRejected
  | RequirementsVerified
  | AffiliationApproved
  | AffiliationRejected
  | AffiliationAnswered
  | NoveltyReported
  | NotificationEvent;

export type AffiliationEventType = AffiliationEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const AFFILIATION_EVENT_SCHEMA_VERSIONS: Readonly<Record<AffiliationEventType, number>> = {
  Received: 5,
  Assigned: 1,
  DocumentSubmitted: 2,
  DocumentRejected: 1,
  RequirementsVerified: 1,
  Approved: 1,
  Rejected: 1,
  Answered: 1,
  NoveltyReported: 1,
  ...NOTIFICATION_EVENT_SCHEMA_VERSIONS,
};

export const AFFILIATION_STREAM_PREFIX = 'affiliation-';
export const affiliationStreamOf = (affiliationId: string): string =>
  `${AFFILIATION_STREAM_PREFIX}${affiliationId}`;

/** An event as the store keeps it: its type, the schema version it was written with, and its data. */
export interface StoredAffiliationEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * The current shape of a stored affiliation event, whatever schema version it was written with: an
 * application stored before late entries were kept reads as recorded in time; one stored before version 3
 * predates the versions of personal data: the store then kept one record per person, its version 1; one
 * stored before version 4 was filed before requests were numbered and has no number (the log is never
 * rewritten to give it one); one stored before version 5 names its campaign, if any, in free text only
 * (`campaignId` null).
 */
export function upcastAffiliationEvent(stored: StoredAffiliationEvent): AffiliationEvent {
  if (stored.type === 'Received' && stored.schemaVersion < AFFILIATION_EVENT_SCHEMA_VERSIONS.Received) {
    const data = stored.data as AffiliationReceivedV1['data'] & {
      lateEntry?: LateEntry | null;
      applicantVersion?: number;
    };
    return {
      type: 'Received',
      data: {
        ...data,
        lateEntry: stored.schemaVersion === 1 ? null : (data.lateEntry ?? null),
        applicantVersion: stored.schemaVersion >= 3 ? (data.applicantVersion ?? 1) : 1,
        requestNumber:
          stored.schemaVersion >= 4
            ? ((data as { requestNumber?: string | null }).requestNumber ?? null)
            : null,
        campaignId: null,
      },
    };
  }
  if (stored.type === 'DocumentSubmitted' && stored.schemaVersion < 2) {
    return {
      type: 'DocumentSubmitted',
      data: { ...(stored.data as DocumentSubmittedV1['data']), attachments: [] },
    };
  }
  return { type: stored.type, data: stored.data } as AffiliationEvent;
}
