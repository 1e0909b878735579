// The Afiliaciones screen's rules without the screen: Spanish names of statuses, types and support
// documents (the domain's words, from src/domain/affiliation/labels.ts, but for the documents the office
// configures), the list's filters as the API takes them, the checklist in words, and which steps the user
// may take on an application in its current status. Pure: no React, no DOM.
import type {
  AffiliationStatus,
  AffiliationType,
  NoveltyKind,
  PqrsChannel,
  Role,
  SupportDocumentState,
} from '../graphql/generated/graphql.js';
import { mayAsk, mayAskOnRecord } from './domain-permissions.js';
import { formatDate, todayInBogota } from './report-periods.js';
import {
  AFFILIATION_STATUS_LABELS as STATUS_LABELS,
  NOVELTY_KIND_LABELS,
} from '../../../src/domain/affiliation/labels.js';

export {
  AFFILIATION_STATUS_LABELS,
  AFFILIATION_TYPE_LABELS,
  SUPPORT_DOCUMENT_STATE_LABELS,
} from '../../../src/domain/affiliation/labels.js';

export const AFFILIATION_STATUSES: readonly AffiliationStatus[] = [
  'RECEIVED',
  'ASSIGNED',
  'REQUIREMENTS_VERIFIED',
  'APPROVED',
  'REJECTED',
  'RETIRED',
];

export const AFFILIATION_TYPES: readonly AffiliationType[] = ['INDIVIDUAL', 'INDEPENDENT', 'COMPANY'];

const DOCUMENT_LABELS: Readonly<Record<string, string>> = {
  IDENTITY_DOCUMENT: 'Documento de identidad',
  APPLICATION_FORM: 'Formulario de solicitud',
  PROOF_OF_INCOME: 'Certificado de ingresos',
  CHAMBER_OF_COMMERCE_CERTIFICATE: 'Certificado de existencia (Cámara de Comercio)',
  RUT: 'RUT',
  LEGAL_REPRESENTATIVE_ID: 'Documento del representante legal',
  SOCIAL_SECURITY_PAYMENT: 'Planilla de pago de seguridad social',
};

/** A support document's name; a code the office added by configuration shows as it was written. */
export function documentLabel(documentType: string): string {
  return DOCUMENT_LABELS[documentType] ?? documentType;
}

/**
 * A server message with the support documents named in Spanish: the decider names them by code
 * ("Aún no se han aceptado estos documentos requeridos: APPLICATION_FORM (rechazado), RUT").
 */
export function withDocumentNames(message: string): string {
  return message.replace(/\b[A-Z][A-Z0-9_]{1,59}\b/g, (code) => DOCUMENT_LABELS[code] ?? code);
}

/** How the list's "documentos pendientes" filter reads. */
export type PendingDocumentsFilter = 'ANY' | 'PENDING' | 'COMPLETE';

export const PENDING_DOCUMENTS_LABELS: Readonly<Record<PendingDocumentsFilter, string>> = {
  ANY: 'Todas',
  PENDING: 'Con documentos pendientes',
  COMPLETE: 'Con documentos completos',
};

/**
 * How a request is named to staff and applicants: its number (AFI-2026-000042); a request filed before
 * requests were numbered has none, and is named by the start of its id.
 */
export function requestReference(affiliation: {
  readonly id: string;
  readonly requestNumber?: string | null;
}): string {
  return affiliation.requestNumber ?? `Sin número (${affiliation.id.slice(0, 8)})`;
}

/** The filters as staff set them; '' is "any". */
export interface AffiliationFilterDraft {
  /** A request number as staff type it: AFI-2026-000042, or just 42. */
  readonly search: string;
  readonly status: AffiliationStatus | '';
  readonly affiliationType: AffiliationType | '';
  readonly channel: PqrsChannel | '';
  /**
   * A campaign of the plan as `plan:<id>` (campaignPlanFilterValue), or the name an older request was
   * typed with, exactly.
   */
  readonly campaign: string;
  readonly pendingDocuments: PendingDocumentsFilter;
}

const PLAN_CAMPAIGN_PREFIX = 'plan:';

/** The filter value that stands for a campaign of the plan (by its id). */
export function campaignPlanFilterValue(campaignId: string): string {
  return `${PLAN_CAMPAIGN_PREFIX}${campaignId}`;
}

export const NO_AFFILIATION_FILTER: AffiliationFilterDraft = {
  search: '',
  status: '',
  affiliationType: '',
  channel: '',
  campaign: '',
  pendingDocuments: 'ANY',
};

export interface AffiliationListFilter {
  text?: string;
  status?: AffiliationStatus;
  affiliationType?: AffiliationType;
  channel?: PqrsChannel;
  campaign?: string;
  campaignId?: string;
  hasPendingDocuments?: boolean;
}

/**
 * The filter the API takes: only what staff set, the search and the campaign as written without outer
 * spaces (the server finds a request by its number, whole or just its consecutive).
 */
export function affiliationListFilter(draft: AffiliationFilterDraft): AffiliationListFilter {
  const filter: AffiliationListFilter = {};
  const search = draft.search.trim();
  if (search !== '') filter.text = search;
  if (draft.status !== '') filter.status = draft.status;
  if (draft.affiliationType !== '') filter.affiliationType = draft.affiliationType;
  if (draft.channel !== '') filter.channel = draft.channel;
  const campaign = draft.campaign.trim();
  if (campaign.startsWith(PLAN_CAMPAIGN_PREFIX))
    filter.campaignId = campaign.slice(PLAN_CAMPAIGN_PREFIX.length);
  else if (campaign !== '') filter.campaign = campaign;
  if (draft.pendingDocuments !== 'ANY') filter.hasPendingDocuments = draft.pendingDocuments === 'PENDING';
  return filter;
}

/** "Faltan 2 de 3 documentos" / "Documentos completos (3)": the checklist in one line. */
export function checklistSummary(documents: readonly { readonly state: SupportDocumentState }[]): string {
  const pending = documents.filter((document) => document.state !== 'ACCEPTED').length;
  if (documents.length === 0) return 'Sin documentos requeridos';
  if (pending === 0) return `Documentos completos (${documents.length})`;
  return pending === 1
    ? `Falta 1 de ${documents.length} documentos`
    : `Faltan ${pending} de ${documents.length} documentos`;
}

export interface AffiliationSteps {
  /** Register (accept) or reject each support document. */
  readonly reviewDocuments: boolean;
  readonly verifyRequirements: boolean;
  readonly approve: boolean;
  readonly reject: boolean;
}

const IN_REVIEW: readonly AffiliationStatus[] = ['RECEIVED', 'ASSIGNED'];
const UNDECIDED: readonly AffiliationStatus[] = [...IN_REVIEW, 'REQUIREMENTS_VERIFIED'];

/**
 * The steps the user may take on an application as it stands (the decider's rules): documents change
 * and requirements are verified while it is in review; only coordinators decide; an agent works only on
 * the applications assigned to them; an auditor takes none.
 */
export function affiliationSteps(
  roles: readonly Role[],
  userId: string,
  affiliation: { readonly status: AffiliationStatus; readonly assigneeId: string | null },
): AffiliationSteps {
  const inReview = IN_REVIEW.includes(affiliation.status);
  const onIt = (command: 'SubmitDocument' | 'VerifyRequirements') =>
    mayAskOnRecord(roles, command, userId, affiliation.assigneeId);
  return {
    reviewDocuments: inReview && onIt('SubmitDocument'),
    verifyRequirements: inReview && onIt('VerifyRequirements'),
    approve: affiliation.status === 'REQUIREMENTS_VERIFIED' && mayAsk(roles, 'ApproveAffiliation'),
    reject: UNDECIDED.includes(affiliation.status) && mayAsk(roles, 'RejectAffiliation'),
  };
}

/** One line of the affiliate's history: a novelty reported, or another request of the same applicant. */
export interface AffiliateHistoryEntry {
  readonly key: string;
  /** dd/mm/aaaa: the novelty's effective date, or the day the request was received (Bogotá). */
  readonly on: string;
  readonly what: string;
  /** The other request's id, for a link to it; null for a novelty. */
  readonly requestId: string | null;
}

export interface HistoryNovelty {
  readonly id: string;
  readonly kind: NoveltyKind;
  readonly description: string;
  readonly effectiveDate: string;
}

export interface HistoryRequest {
  readonly id: string;
  readonly requestNumber?: string | null;
  readonly status: AffiliationStatus;
  readonly receivedAt: string;
  readonly memberNumber?: string | null;
}

/**
 * The affiliate's history, newest first: each novelty by its effective date («Retiro: …»), and each other
 * request of the applicant by the day it was received, named by its number, with its status (and the
 * member number it was given, if approved).
 */
export function affiliateHistory(
  novelties: readonly HistoryNovelty[],
  otherRequests: readonly HistoryRequest[],
): AffiliateHistoryEntry[] {
  const entries = [
    ...novelties.map((novelty) => ({
      day: novelty.effectiveDate,
      entry: {
        key: `novedad-${novelty.id}`,
        on: formatDate(novelty.effectiveDate),
        what: `Novedad: ${NOVELTY_KIND_LABELS[novelty.kind]}. ${novelty.description}`.trim(),
        requestId: null,
      },
    })),
    ...otherRequests.map((request) => {
      const day = todayInBogota(new Date(request.receivedAt));
      const member = request.memberNumber ? `, número de afiliado ${request.memberNumber}` : '';
      return {
        day,
        entry: {
          key: `solicitud-${request.id}`,
          on: formatDate(day),
          what: `Solicitud ${requestReference(request)}: ${STATUS_LABELS[request.status]}${member}.`,
          requestId: request.id,
        },
      };
    }),
  ];
  return entries.sort((left, right) => right.day.localeCompare(left.day)).map(({ entry }) => entry);
}
