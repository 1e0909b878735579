// The constancia de radicación: what the office hands the petitioner when a PQRS is filed. It states
// who received it, the radicado, when, the kind and subject, and the legal term with its due date.
import { legalTermOf, type PqrsKind } from '../../../domain/pqrs/index.js';
import type { CaseDocument } from './cases-projection.js';

export interface FilingOffice {
  readonly entityName: string;
  readonly officeName: string;
}

export interface FilingReceipt extends FilingOffice {
  readonly radicado: string;
  readonly receivedAt: string;
  readonly kind: PqrsKind;
  readonly subject: string;
  readonly dueDate: string;
  /** The term the law gives this kind, in business days, as the due date at receipt was counted. */
  readonly termBusinessDays: number;
  /** The article that sets that term, in the words printed on the constancia. */
  readonly legalBasis: string;
}

/** Art. 30 sets the term of petitions between authorities; art. 14 every other kind's. */
export function legalBasisOf(kind: PqrsKind): string {
  return kind === 'INTERAUTHORITY' ? 'Ley 1755 de 2015, artículo 30' : 'Ley 1755 de 2015, artículo 14';
}

/**
 * The receipt of a case as filed. The due date shown is the one in force, which is the one computed at
 * receipt until an extension or an art. 17 restart moves it; the term is the original one.
 */
export function filingReceiptOf(
  document: Pick<CaseDocument, 'radicado' | 'receivedAt' | 'kind' | 'subject' | 'dueDate'>,
  office: FilingOffice,
): FilingReceipt {
  return {
    entityName: office.entityName,
    officeName: office.officeName,
    radicado: document.radicado,
    receivedAt: document.receivedAt,
    kind: document.kind,
    subject: document.subject,
    dueDate: document.dueDate,
    termBusinessDays: legalTermOf(document.kind),
    legalBasis: legalBasisOf(document.kind),
  };
}
