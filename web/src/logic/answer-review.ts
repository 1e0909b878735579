// The answer's review (visto bueno) and what the answer left on the case, as staff read them: where the
// draft stands, the remarks it came back with, who approved it, and the answer letter (oficio) with its
// outgoing number and the day the answer was notified. Pure.
import { formatDate, formatInstant } from './report-periods.js';

export interface AnswerDraftFacts {
  readonly draft: number;
  readonly status: string;
  readonly draftedBy: string;
  readonly draftedAt: string;
  readonly remarks?: string | null;
  readonly returnedAt?: string | null;
}

/** Where the draft stands, in a sentence: waiting for approval, or returned with remarks. */
export function answerDraftStanding(draft: AnswerDraftFacts): string {
  const written = `Borrador ${draft.draft}, escrito por ${draft.draftedBy} el ${formatInstant(draft.draftedAt)}`;
  if (draft.status === 'RETURNED')
    return `${written}: devuelto con observaciones${draft.returnedAt ? ` el ${formatInstant(draft.returnedAt)}` : ''}.`;
  return `${written}: espera el visto bueno de un coordinador.`;
}

export interface AnswerApprovalFacts {
  readonly draft: number;
  readonly draftedBy: string;
  readonly approvedBy: string;
  readonly approvedAt: string;
}

export function answerApprovalSentence(approval: AnswerApprovalFacts): string {
  return `Visto bueno de ${approval.approvedBy} el ${formatInstant(approval.approvedAt)} al borrador ${approval.draft} de ${approval.draftedBy}.`;
}

/** The day the answer was notified, or why there is none yet (the e-mail waits, the post is not out). */
export function answerNotifiedText(answerNotifiedOn: string | null | undefined): string {
  return answerNotifiedOn
    ? formatDate(answerNotifiedOn)
    : 'Aún no: el aviso de la respuesta no se ha enviado ni despachado.';
}

/** SAL-<year>-<6 digits>, the outgoing number the letter prints (issued like the radicado). */
export const OUTGOING_NUMBER = /^SAL-\d{4}-\d{6}$/;
