// The support documents each affiliation type requires. These are the defaults; the office may override
// them by configuration, and each Received event records the checklist in force for its application.
import type { AffiliationType } from './events.js';

/** A document type is a stable upper-snake code, so configuration can add new ones. */
export const DOCUMENT_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{1,59}$/;

export const KNOWN_DOCUMENT_TYPES = [
  'IDENTITY_DOCUMENT',
  'APPLICATION_FORM',
  'PROOF_OF_INCOME',
  'CHAMBER_OF_COMMERCE_CERTIFICATE',
  'RUT',
  'LEGAL_REPRESENTATIVE_ID',
  'SOCIAL_SECURITY_PAYMENT',
] as const;

export type AffiliationChecklists = Readonly<Record<AffiliationType, readonly string[]>>;

export const DEFAULT_AFFILIATION_CHECKLISTS: AffiliationChecklists = {
  INDIVIDUAL: ['IDENTITY_DOCUMENT', 'APPLICATION_FORM', 'PROOF_OF_INCOME'],
  COMPANY: ['APPLICATION_FORM', 'CHAMBER_OF_COMMERCE_CERTIFICATE', 'RUT', 'LEGAL_REPRESENTATIVE_ID'],
  INDEPENDENT: ['IDENTITY_DOCUMENT', 'APPLICATION_FORM', 'PROOF_OF_INCOME', 'SOCIAL_SECURITY_PAYMENT'],
};

/** Null when the list can be a checklist, otherwise the reason in Spanish. */
export function checklistProblem(documents: readonly string[]): string | null {
  if (documents.length === 0) return 'la lista de documentos requeridos está vacía';
  const malformed = documents.find((document) => !DOCUMENT_TYPE_PATTERN.test(document));
  if (malformed !== undefined) {
    return `"${malformed}" no es un código de documento (MAYÚSCULAS_CON_GUION_BAJO)`;
  }
  if (new Set(documents).size !== documents.length) return 'un documento aparece dos veces';
  return null;
}

/** The defaults with the types the override names replaced. */
export function mergeChecklists(
  override: Readonly<Partial<Record<AffiliationType, readonly string[]>>>,
): AffiliationChecklists {
  return { ...DEFAULT_AFFILIATION_CHECKLISTS, ...override } as AffiliationChecklists;
}
