// The facts of art. 17 (Ley 1755 de 2015) and of administrative silence a case page states, in Spanish
// and in words (never by colour alone): the window to complete and its one extension, the act of a tacit
// withdrawal, the link between a withdrawn petition and its new filing, positive silence (art. 14.1)
// with its copies, and negative silence (Ley 1437 de 2011, art. 83). The server judges silence on today.
import { formatDate } from './report-periods.js';

export interface LawFactsSubject {
  readonly status: string;
  readonly tacitWithdrawalFrom?: string | null;
  readonly completionWindowExtendedOn?: string | null;
  readonly withdrawalActNumber?: string | null;
  readonly refilingOf?: string | null;
  readonly refiledAs?: readonly string[] | null;
  readonly positiveSilence?: {
    readonly silenceFrom: string;
    readonly copiesDueBy: string;
    readonly copiesStatus: string;
    readonly copiesDeliveredOn?: string | null;
  } | null;
  readonly negativeSilence?: { readonly silenceFrom: string } | null;
}

/** The day before `date` (YYYY-MM-DD), as a calendar day. */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const COPIES_SENTENCES: Readonly<Record<string, (dueBy: string, deliveredOn: string) => string>> = {
  PENDING: (dueBy) => `copias pendientes de entrega; debían entregarse a más tardar el ${dueBy}`,
  DELIVERED_ON_TIME: (_dueBy, deliveredOn) => `copias entregadas a tiempo el ${deliveredOn}`,
  DELIVERED_LATE: (dueBy, deliveredOn) => `copias entregadas tarde el ${deliveredOn} (vencían el ${dueBy})`,
};

/** The label–sentence pairs of these facts that apply to the case, in the order the page lists them. */
export function lawFactsOf(subject: LawFactsSubject): [string, string][] {
  const facts: [string, string][] = [];
  if (subject.status === 'AWAITING_INFORMATION' && subject.tacitWithdrawalFrom) {
    const until = formatDate(dayBefore(subject.tacitWithdrawalFrom));
    facts.push([
      'Plazo para completar (art. 17)',
      subject.completionWindowExtendedOn
        ? `Hasta el ${until}, prorrogado a solicitud del peticionario el ${formatDate(subject.completionWindowExtendedOn)} (una sola prórroga, por un término igual). Después, el desistimiento tácito se decreta por acto motivado; nunca ocurre solo.`
        : `Hasta el ${until}; el peticionario puede pedir antes de esa fecha una prórroga por un término igual. Después, el desistimiento tácito se decreta por acto motivado; nunca ocurre solo.`,
    ]);
  }
  if (subject.withdrawalActNumber) {
    facts.push(['Acto de desistimiento tácito', subject.withdrawalActNumber]);
  }
  if (subject.refilingOf) {
    facts.push(['Presenta de nuevo', `La petición desistida ${subject.refilingOf} (art. 17)`]);
  }
  if (subject.refiledAs && subject.refiledAs.length > 0) {
    facts.push(['Presentada de nuevo como', subject.refiledAs.join(', ')]);
  }
  if (subject.positiveSilence) {
    const silence = subject.positiveSilence;
    const copies = (COPIES_SENTENCES[silence.copiesStatus] ?? COPIES_SENTENCES['PENDING']!)(
      formatDate(silence.copiesDueBy),
      silence.copiesDeliveredOn ? formatDate(silence.copiesDeliveredOn) : '',
    );
    facts.push([
      'Silencio administrativo positivo',
      `Desde el ${formatDate(silence.silenceFrom)} la solicitud se entiende aceptada (art. 14 num. 1, Ley 1755 de 2015): ${copies}.`,
    ]);
  }
  if (subject.negativeSilence) {
    facts.push([
      'Silencio administrativo negativo',
      `Desde el ${formatDate(subject.negativeSilence.silenceFrom)}: tres meses sin decisión notificada (art. 83, Ley 1437 de 2011). La oficina sigue obligada a responder.`,
    ]);
  }
  return facts;
}

/** The short flag the Bandeja shows beside a case with negative silence; null without it. */
export function negativeSilenceFlag(subject: Pick<LawFactsSubject, 'negativeSilence'>): string | null {
  return subject.negativeSilence
    ? `Silencio negativo desde el ${formatDate(subject.negativeSilence.silenceFrom)}`
    : null;
}
