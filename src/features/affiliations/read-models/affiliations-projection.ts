// The affiliation read models: `affiliations`, one document per application (id = affiliation id) for
// lists, search and the detail page, with the notices of its decision; `affiliationNovelties`, one
// document per reported novelty for the "reporte de novedades". Also the period queries (novelties,
// statistics) that read them.
import {
  evolveNotifications,
  isNotificationEvent,
  type NotificationRecord,
} from '../../../domain/notifications/notifications.js';
import type { AttachmentRef } from '../../../domain/shared/attachments.js';
import {
  AFFILIATION_STREAM_PREFIX,
  AFFILIATION_TYPES,
  type AffiliationChannel,
  type AffiliationDecision,
  type AffiliationEvent,
  type AffiliationType,
  type NoveltyKind,
  upcastAffiliationEvent,
} from '../../../domain/affiliation/events.js';
import { parseRequestNumber } from '../../../domain/affiliation/request-number.js';
import { AFFILIATION_STATUSES, type AffiliationStatus } from '../../../domain/affiliation/state.js';
import { PQRS_CHANNELS } from '../../../domain/pqrs/events.js';
import type { LateEntry } from '../../../domain/shared/late-entry.js';
import type { CalendarDate, Instant } from '../../../domain/shared/time.js';
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { foldForSearch } from '../../../engine/read-models/search-text.js';

export const AFFILIATIONS_COLLECTION = 'affiliations';
export const AFFILIATION_NOVELTIES_COLLECTION = 'affiliationNovelties';

/** The statuses a received affiliation shows: the domain's, without its initial NOT_RECEIVED. */
export type AffiliationDocumentStatus = Exclude<AffiliationStatus, 'NOT_RECEIVED'>;
export const AFFILIATION_DOCUMENT_STATUSES = AFFILIATION_STATUSES.filter(
  (status): status is AffiliationDocumentStatus => status !== 'NOT_RECEIVED',
);

export const SUPPORT_DOCUMENT_STATES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type SupportDocumentState = (typeof SUPPORT_DOCUMENT_STATES)[number];

/** One required support document as the affiliation shows it. */
export interface SupportDocumentView {
  readonly documentType: string;
  readonly state: SupportDocumentState;
  readonly evidenceReference: string | null;
  /** The document itself, when its file was attached (absent in documents projected before files). */
  readonly attachment?: AttachmentRef | null;
  readonly rejectionReason: string | null;
  readonly checkedBy: string | null;
  readonly checkedAt: Instant | null;
}

export interface AffiliationDocument extends ReadModelDocument {
  readonly id: string;
  /**
   * `AFI-2026-000042`, the number the request was filed under; null for one filed before requests were
   * numbered (absent in documents projected before numbers).
   */
  readonly requestNumber?: string | null;
  /** Its consecutive, for a search by `42` in any year; null without a number. */
  readonly requestConsecutive?: number | null;
  readonly affiliationType: AffiliationType;
  readonly channel: AffiliationChannel;
  /** The free-text campaign of an application received before campaigns were planned (schema < 5). */
  readonly campaign: string | null;
  /** The campaign of the plan it came from (absent in documents projected before campaigns were planned). */
  readonly campaignId?: string | null;
  readonly status: AffiliationDocumentStatus;
  readonly applicantId: string;
  /** The version of the applicant's data the application was filed with (the store keeps each). */
  readonly applicantVersion: number;
  /** The staff member who received it: an agent sees the applicant of the applications they filed. */
  readonly receivedBy: string;
  readonly assigneeId: string | null;
  /** The checklist in force at receipt, each with its last check. */
  readonly documents: readonly SupportDocumentView[];
  /** Required documents not accepted yet, in checklist order. */
  readonly pendingDocuments: readonly string[];
  /** Filters and sorts use the count: arrays are not searched. */
  readonly pendingDocumentCount: number;
  readonly receivedAt: Instant;
  readonly receivedOn: CalendarDate;
  /** Set when the application was recorded after the late-entry window of its receipt. */
  readonly lateEntry: LateEntry | null;
  readonly verifiedAt: Instant | null;
  readonly memberNumber: string | null;
  readonly decision: AffiliationDecision | null;
  readonly decidedAt: Instant | null;
  readonly decidedOn: CalendarDate | null;
  readonly daysToDecision: number | null;
  readonly rejectionReason: string | null;
  /** When staff recorded that they told the applicant by a means of their own (NotifyDecision). */
  readonly notifiedAt: Instant | null;
  readonly notificationChannel: AffiliationChannel | null;
  /**
   * The decision's notices by mail, with what became of each (absent in documents projected before
   * notices were sent).
   */
  readonly notifications?: readonly NotificationRecord[];
  readonly retiredOn: CalendarDate | null;
  /** Member number and campaign folded (lower case, no accents), for text search. */
  readonly searchText: string;
  /** Stream revision of the last event applied: the idempotency guard. */
  readonly revision: number;
  readonly lastPosition: number;
  /** When the store recorded the last event applied (not the projection's clock: rebuilds agree). */
  readonly updatedAt: Instant;
}

export interface AffiliationNoveltyDocument extends ReadModelDocument {
  /** `<affiliation id>:<stream revision>`: one per NoveltyReported event. */
  readonly id: string;
  readonly affiliationId: string;
  readonly memberNumber: string | null;
  readonly affiliationType: AffiliationType;
  readonly kind: NoveltyKind;
  readonly description: string;
  readonly effectiveDate: CalendarDate;
  readonly reportedBy: string;
  readonly reportedAt: Instant;
  readonly lastPosition: number;
}

/** The affiliation after one of its events; null when the event cannot apply (no Received seen). */
export function evolveAffiliationDocument(
  current: AffiliationDocument | null,
  recorded: RecordedEvent,
): AffiliationDocument | null {
  const event = upcastAffiliationEvent(recorded);
  if (event.type === 'Received') {
    const data = event.data;
    const documents = data.requiredDocuments.map(pendingDocument);
    return withSearchText({
      id: affiliationIdOf(recorded.stream),
      requestNumber: data.requestNumber,
      requestConsecutive:
        data.requestNumber === null ? null : (parseRequestNumber(data.requestNumber)?.consecutive ?? null),
      affiliationType: data.affiliationType,
      channel: data.channel,
      campaign: data.campaign,
      campaignId: data.campaignId,
      status: 'RECEIVED',
      applicantId: data.applicantId,
      applicantVersion: data.applicantVersion,
      receivedBy: recorded.metadata.actorId,
      assigneeId: null,
      documents,
      ...pendingOf(documents),
      receivedAt: data.receivedAt,
      receivedOn: data.receivedOn,
      lateEntry: data.lateEntry,
      verifiedAt: null,
      memberNumber: null,
      decision: null,
      decidedAt: null,
      decidedOn: null,
      daysToDecision: null,
      rejectionReason: null,
      notifiedAt: null,
      notificationChannel: null,
      notifications: [],
      retiredOn: null,
      searchText: '',
      ...appliedMarks(recorded),
    });
  }
  if (current === null) return null;
  return withSearchText({ ...current, ...changesOf(current, event), ...appliedMarks(recorded) });
}

function changesOf(
  current: AffiliationDocument,
  event: Exclude<AffiliationEvent, { type: 'Received' }>,
): Partial<AffiliationDocument> {
  if (isNotificationEvent(event)) {
    return { notifications: evolveNotifications(current.notifications ?? [], event) };
  }
  switch (event.type) {
    case 'Assigned':
      return {
        assigneeId: event.data.assigneeId,
        status: current.status === 'RECEIVED' ? 'ASSIGNED' : current.status,
      };
    case 'DocumentSubmitted':
      return checked(current, event.data.documentType, {
        state: 'ACCEPTED',
        evidenceReference: event.data.evidenceReference,
        attachment: event.data.attachments[0] ?? null,
        rejectionReason: null,
        checkedBy: event.data.checkedBy,
        checkedAt: event.data.checkedAt,
      });
    case 'DocumentRejected':
      return checked(current, event.data.documentType, {
        state: 'REJECTED',
        evidenceReference: null,
        attachment: null,
        rejectionReason: event.data.reason,
        checkedBy: event.data.checkedBy,
        checkedAt: event.data.checkedAt,
      });
    case 'RequirementsVerified':
      return { status: 'REQUIREMENTS_VERIFIED', verifiedAt: event.data.verifiedAt };
    case 'Approved':
      return {
        status: 'APPROVED',
        memberNumber: event.data.memberNumber,
        decision: 'APPROVED',
        decidedAt: event.data.approvedAt,
        decidedOn: event.data.approvedOn,
        daysToDecision: event.data.daysToDecision,
      };
    case 'Rejected':
      return {
        status: 'REJECTED',
        decision: 'REJECTED',
        rejectionReason: event.data.reason,
        decidedAt: event.data.rejectedAt,
        decidedOn: event.data.rejectedOn,
        daysToDecision: event.data.daysToDecision,
      };
    case 'Answered':
      return { notifiedAt: event.data.notifiedAt, notificationChannel: event.data.channel };
    case 'NoveltyReported':
      switch (event.data.kind) {
        case 'RETIREMENT':
          return { status: 'RETIRED', retiredOn: event.data.effectiveDate };
        case 'REACTIVATION':
          return { status: 'APPROVED', retiredOn: null };
        case 'DATA_UPDATE':
          return {};
        default: {
          const _exhaustive: never = event.data.kind;
          void _exhaustive;
          return {};
        }
      }
    default: {
      // A type added to AffiliationEvent must be handled above; at run time an unknown type changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return {};
    }
  }
}

/** The novelty document of a NoveltyReported event, or null for any other event. */
export function noveltyDocumentOf(
  affiliation: AffiliationDocument,
  recorded: RecordedEvent,
): AffiliationNoveltyDocument | null {
  const event = upcastAffiliationEvent(recorded);
  if (event.type !== 'NoveltyReported') return null;
  return {
    id: `${affiliation.id}:${recorded.revision}`,
    affiliationId: affiliation.id,
    memberNumber: affiliation.memberNumber,
    affiliationType: affiliation.affiliationType,
    kind: event.data.kind,
    description: event.data.description,
    effectiveDate: event.data.effectiveDate,
    reportedBy: event.data.reportedBy,
    reportedAt: event.data.reportedAt,
    lastPosition: recorded.position,
  };
}

function pendingDocument(documentType: string): SupportDocumentView {
  return {
    documentType,
    state: 'PENDING',
    evidenceReference: null,
    attachment: null,
    rejectionReason: null,
    checkedBy: null,
    checkedAt: null,
  };
}

function checked(
  current: AffiliationDocument,
  documentType: string,
  check: Omit<SupportDocumentView, 'documentType'>,
): Partial<AffiliationDocument> {
  const documents = current.documents.map((document) =>
    document.documentType === documentType ? { documentType, ...check } : document,
  );
  return { documents, ...pendingOf(documents) };
}

function pendingOf(
  documents: readonly SupportDocumentView[],
): Pick<AffiliationDocument, 'pendingDocuments' | 'pendingDocumentCount'> {
  const pendingDocuments = documents
    .filter((document) => document.state !== 'ACCEPTED')
    .map((document) => document.documentType);
  return { pendingDocuments, pendingDocumentCount: pendingDocuments.length };
}

function withSearchText(document: AffiliationDocument): AffiliationDocument {
  return {
    ...document,
    searchText: foldForSearch([document.memberNumber, document.campaign].filter(Boolean).join(' ')),
  };
}

function appliedMarks(
  recorded: RecordedEvent,
): Pick<AffiliationDocument, 'revision' | 'lastPosition' | 'updatedAt'> {
  return {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
}

export function affiliationIdOf(stream: string): string {
  return stream.slice(AFFILIATION_STREAM_PREFIX.length);
}

export const affiliationsProjection: Projection = {
  name: 'affiliations',
  // 2: the late entry of the receipt.
  // 3: the applicant's version and who received the application.
  // 4: the file of each accepted document.
  // 5: the decision's notices by mail.
  // 6: the request number.
  // 7: the campaign of the plan, by id.
  version: 7,
  categories: [AFFILIATION_STREAM_PREFIX],
  collections: [AFFILIATIONS_COLLECTION, AFFILIATION_NOVELTIES_COLLECTION],
  indexes: {
    [AFFILIATIONS_COLLECTION]: [
      'status',
      'affiliationType',
      'channel',
      'campaign',
      'campaignId',
      'assigneeId',
      // The applications of a person, for an erasure's check.
      'applicantId',
      'memberNumber',
      'requestNumber',
      'requestConsecutive',
      'receivedAt',
      'receivedOn',
      'decidedOn',
      'pendingDocumentCount',
    ],
    [AFFILIATION_NOVELTIES_COLLECTION]: ['effectiveDate', 'affiliationId'],
  },
  async apply(event, tx) {
    const affiliationId = affiliationIdOf(event.stream);
    const current = await tx.get<AffiliationDocument>(AFFILIATIONS_COLLECTION, affiliationId);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveAffiliationDocument(current, event);
    if (next === null) return;
    await tx.put(AFFILIATIONS_COLLECTION, next);
    const novelty = noveltyDocumentOf(next, event);
    if (novelty !== null) await tx.put(AFFILIATION_NOVELTIES_COLLECTION, novelty);
  },
};

/** The novelties effective from `from` to `to` (Bogotá days, both included), oldest first. */
export function queryAffiliationNovelties(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
): Promise<AffiliationNoveltyDocument[]> {
  return reader.find<AffiliationNoveltyDocument>(
    AFFILIATION_NOVELTIES_COLLECTION,
    { effectiveDate: { $gte: from, $lte: to } },
    {
      sort: [
        { field: 'effectiveDate', direction: 'asc' },
        { field: 'reportedAt', direction: 'asc' },
      ],
    },
  );
}

export interface AffiliationStatistics {
  /** Applications received in the period. */
  readonly received: number;
  /** Of those received in the period, by status today; every status, zeros included. */
  readonly byStatus: readonly { readonly status: AffiliationDocumentStatus; readonly count: number }[];
  readonly byType: readonly { readonly affiliationType: AffiliationType; readonly count: number }[];
  readonly byChannel: readonly { readonly channel: AffiliationChannel; readonly count: number }[];
  /**
   * Most applications first: by the campaign of the plan (campaignId), or, for applications received
   * before campaigns were planned, by their free-text name (campaign); both null: outside any campaign.
   */
  readonly byCampaign: readonly {
    readonly campaignId: string | null;
    readonly campaign: string | null;
    readonly count: number;
  }[];
  /** Decisions taken in the period (whenever the application was received). */
  readonly approved: number;
  readonly rejected: number;
  /** Mean calendar days from receipt to decision over the period's decisions; null with none. */
  readonly averageDaysToDecision: number | null;
}

/** Counts of the affiliations received, and decided, from `from` to `to` (Bogotá days, both included). */
export async function queryAffiliationStatistics(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
): Promise<AffiliationStatistics> {
  const [received, decided] = await Promise.all([
    reader.find<AffiliationDocument>(AFFILIATIONS_COLLECTION, { receivedOn: { $gte: from, $lte: to } }),
    reader.find<AffiliationDocument>(AFFILIATIONS_COLLECTION, { decidedOn: { $gte: from, $lte: to } }),
  ]);
  const count = (matches: (document: AffiliationDocument) => boolean): number =>
    received.filter(matches).length;
  const campaigns = new Map<string, { campaignId: string | null; campaign: string | null; count: number }>();
  for (const document of received) {
    const campaignId = document.campaignId ?? null;
    const key = campaignId !== null ? `id:${campaignId}` : `name:${document.campaign ?? ''}`;
    const entry = campaigns.get(key) ?? {
      campaignId,
      campaign: campaignId ? null : document.campaign,
      count: 0,
    };
    campaigns.set(key, { ...entry, count: entry.count + 1 });
  }
  const daysToDecision = decided.map((document) => document.daysToDecision ?? 0);
  return {
    received: received.length,
    byStatus: AFFILIATION_DOCUMENT_STATUSES.map((status) => ({
      status,
      count: count((d) => d.status === status),
    })),
    byType: AFFILIATION_TYPES.map((affiliationType) => ({
      affiliationType,
      count: count((d) => d.affiliationType === affiliationType),
    })),
    byChannel: PQRS_CHANNELS.map((channel) => ({ channel, count: count((d) => d.channel === channel) })),
    byCampaign: [...campaigns.values()].sort(
      (left, right) =>
        right.count - left.count ||
        (left.campaignId ?? '').localeCompare(right.campaignId ?? '') ||
        (left.campaign ?? '').localeCompare(right.campaign ?? ''),
    ),
    approved: decided.filter((document) => document.decision === 'APPROVED').length,
    rejected: decided.filter((document) => document.decision === 'REJECTED').length,
    averageDaysToDecision:
      daysToDecision.length === 0
        ? null
        : daysToDecision.reduce((sum, days) => sum + days, 0) / daysToDecision.length,
  };
}

export const AFFILIATION_PROJECTIONS: readonly Projection[] = [affiliationsProjection];
