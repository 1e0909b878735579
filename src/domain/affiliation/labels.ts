// The Spanish words of an affiliation's codes, written once: the refusals, the GraphQL schema's
// descriptions and the staff web client read them from here. Where two of them say a code differently,
// both wordings live here, side by side, with the reason.
import type { AffiliationDecision, AffiliationType, NoveltyKind } from './events.js';
import type { AffiliationStatus, DocumentCheck } from './state.js';

/** A received affiliation never shows NOT_RECEIVED. */
export const AFFILIATION_STATUS_LABELS: Readonly<Record<Exclude<AffiliationStatus, 'NOT_RECEIVED'>, string>> =
  {
    RECEIVED: 'Recibida',
    ASSIGNED: 'Asignada',
    REQUIREMENTS_VERIFIED: 'Requisitos verificados',
    APPROVED: 'Aprobada',
    REJECTED: 'Rechazada',
    RETIRED: 'Retirada',
  };

/** Inside a refusal, "esta afiliación está …": lower case; a phrase where the label is a noun. */
export const AFFILIATION_STATUS_IN_SENTENCES: Readonly<Record<AffiliationStatus, string>> = {
  NOT_RECEIVED: 'sin recibir',
  RECEIVED: 'recibida',
  ASSIGNED: 'asignada',
  REQUIREMENTS_VERIFIED: 'con requisitos verificados',
  APPROVED: 'aprobada',
  REJECTED: 'rechazada',
  RETIRED: 'retirada',
};

/** The decision names the status it leads to. */
export const AFFILIATION_DECISION_LABELS: Readonly<Record<AffiliationDecision, string>> = {
  APPROVED: AFFILIATION_STATUS_LABELS.APPROVED,
  REJECTED: AFFILIATION_STATUS_LABELS.REJECTED,
};

export const AFFILIATION_TYPE_LABELS: Readonly<Record<AffiliationType, string>> = {
  INDIVIDUAL: 'Persona dependiente',
  INDEPENDENT: 'Trabajador independiente',
  COMPANY: 'Empresa',
};

export const NOVELTY_KIND_LABELS: Readonly<Record<NoveltyKind, string>> = {
  DATA_UPDATE: 'Actualización de datos',
  RETIREMENT: 'Retiro',
  REACTIVATION: 'Reactivación',
};

/** A required support document is pending until its first check accepts or rejects it. */
export const SUPPORT_DOCUMENT_STATE_LABELS: Readonly<Record<'PENDING' | DocumentCheck['status'], string>> = {
  PENDING: 'Pendiente',
  ACCEPTED: 'Aceptado',
  REJECTED: 'Rechazado',
};
