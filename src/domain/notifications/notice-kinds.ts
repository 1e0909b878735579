// The notices Ventanilla sends, each with its template (DESIGN.md, "Channels and notices"), and the
// templates that are not notices by themselves (the answer letter's body, the staff's daily digest).

/** What the law has the office tell the petitioner (and others), each a fact in the case's log. */
export const NOTICE_KINDS = [
  /** Filing acknowledged: radicado, access code (portal filings), due date, tracking link. */
  'ACKNOWLEDGMENT',
  /** Art. 17, Ley 1755 de 2015: complete the petition within a month. */
  'INFORMATION_REQUEST',
  /** Art. 14, parágrafo: the term is extended, with reasons and the new date, before it expires. */
  'EXTENSION',
  /** Art. 21: the petition was forwarded to the competent entity. */
  'TRANSFER',
  /** Art. 21: the copy to the receiving entity, with the petition. */
  'TRANSFER_COPY',
  /** The answer, with the answer letter and its attachments. */
  'ANSWER',
  /** Tacit withdrawal (desistimiento tácito) decided, as notified before acts were numbered. */
  'TACIT_WITHDRAWAL',
  /**
   * Art. 17: the motivated act that decrees the tacit withdrawal, with its number and motivation, and that
   * the petition may be filed again. A kind of its own (not version 2 of TACIT_WITHDRAWAL's template) so
   * the notices sent before keep reading as they did and the act's number is required from its version 1.
   */
  'TACIT_WITHDRAWAL_DECREE',
  /** An affiliation approved or rejected. */
  'AFFILIATION_DECISION',
  /**
   * Art. 20, Ley 1755 de 2015: a risk of imminent harm to the petitioner's life or integrity calls for
   * immediate measures: the office's coordinators are told at once (never the petitioner).
   */
  'PRIORITY_ALERT',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Every template an ADMIN may edit: one per notice, the answer letter's body and the daily digest. */
export const TEMPLATE_KEYS = [...NOTICE_KINDS, 'ANSWER_LETTER', 'DAILY_DIGEST'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** The template (and its version) a notice or letter was made from: recorded with it. */
export interface TemplateUsed {
  readonly key: TemplateKey;
  readonly version: number;
}
