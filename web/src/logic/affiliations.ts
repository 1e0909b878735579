// The Afiliaciones screen's rules without the screen: Spanish names of statuses, types and support
// documents (the domain's words, from src/domain/affiliation/labels.ts, but for the documents the office
// configures), the list's filters as the API takes them, the checklist in words, and which steps the user
// may take on an application in its current status. Pure: no React, no DOM.
import type {
  AffiliationStatus,
  AffiliationType,
  PqrsChannel,
  Role,
  SupportDocumentState,
} from '../graphql/generated/graphql.js';
import { mayAsk, mayAskOnRecord } from './domain-permissions.js';

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
 * ("Faltan documentos requeridos por aceptar: APPLICATION_FORM (rechazado), RUT").
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

/** The filters as staff set them; '' is "any". */
export interface AffiliationFilterDraft {
  readonly status: AffiliationStatus | '';
  readonly affiliationType: AffiliationType | '';
  readonly channel: PqrsChannel | '';
  readonly campaign: string;
  readonly pendingDocuments: PendingDocumentsFilter;
}

export const NO_AFFILIATION_FILTER: AffiliationFilterDraft = {
  status: '',
  affiliationType: '',
  channel: '',
  campaign: '',
  pendingDocuments: 'ANY',
};

export interface AffiliationListFilter {
  status?: AffiliationStatus;
  affiliationType?: AffiliationType;
  channel?: PqrsChannel;
  campaign?: string;
  hasPendingDocuments?: boolean;
}

/** The filter the API takes: only what staff set, the campaign as written without outer spaces. */
export function affiliationListFilter(draft: AffiliationFilterDraft): AffiliationListFilter {
  const filter: AffiliationListFilter = {};
  if (draft.status !== '') filter.status = draft.status;
  if (draft.affiliationType !== '') filter.affiliationType = draft.affiliationType;
  if (draft.channel !== '') filter.channel = draft.channel;
  const campaign = draft.campaign.trim();
  if (campaign !== '') filter.campaign = campaign;
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
