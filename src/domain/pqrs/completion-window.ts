// Art. 17 of Ley 1755 de 2015, whole: the petitioner has one month to complete an incomplete petition;
// they may ask, before it ends, for its extension "hasta por un término igual"; after it (extended or
// not) the office may decide the tacit withdrawal, only by a motivated act (acto administrativo motivado)
// that is notified; and the petitioner may file again. Nothing here runs on a clock: a case past its
// window stays open until the office decides. Pure; the moment and the calendar come in the context.
import type { DecisionContext } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { lateEntryOf } from '../shared/late-entry.js';
import {
  addCalendarDays,
  addCalendarMonths,
  bogotaDateOf,
  canonicalInstant,
  compareInstants,
  isInstant,
  spanishDate,
  type CalendarDate,
} from '../shared/time.js';
import type { ExtendCompletionWindow, ReceivePqrs, WithdrawPqrs } from './commands.js';
import type { CompletionWindowExtended, PqrsEvent, RefilingRecorded } from './events.js';
import type { InformationRequestRecord, PqrsState } from './state.js';

/** The longest act number kept (a resolution's number and year, e.g. «Resolución 045 de 2026»). */
export const ACT_NUMBER_MAX_LENGTH = 120;

/** The last day of the window to complete: the day before tacit withdrawal may be decided. */
export function completionWindowEnd(
  request: Pick<InformationRequestRecord, 'tacitWithdrawalFrom'>,
): CalendarDate {
  return addCalendarDays(request.tacitWithdrawalFrom, -1);
}

/**
 * The first day of tacit withdrawal after an extension "hasta por un término igual": the window the
 * request gave, once more. A window of whole months (one by art. 17; other terms a kind may have) is
 * extended by as many months counted from the request, so 31 January + 1 month + 1 month ends as the
 * calendar does (31 March); any other length by as many calendar days.
 */
export function extendedTacitWithdrawalFrom(
  request: Pick<InformationRequestRecord, 'requestedOn' | 'tacitWithdrawalFrom'>,
): CalendarDate {
  for (let months = 1; months <= 24; months += 1) {
    if (addCalendarMonths(request.requestedOn, months) === request.tacitWithdrawalFrom) {
      return addCalendarMonths(request.requestedOn, 2 * months);
    }
  }
  const days = Math.round(
    (Date.parse(request.tacitWithdrawalFrom) - Date.parse(request.requestedOn)) / 86_400_000,
  );
  return addCalendarDays(request.tacitWithdrawalFrom, days);
}

/** The petitioner (or staff recording their request) asks for the window's extension. */
export function decideCompletionWindowExtension(
  { data }: ExtendCompletionWindow,
  state: Exclude<PqrsState, { status: 'NOT_RECEIVED' }>,
  context: DecisionContext,
): readonly PqrsEvent[] | DomainError {
  if (state.status !== 'AWAITING_INFORMATION') {
    return refuse(
      'NOT_AWAITING_INFORMATION',
      'El caso no está en espera de que el peticionario complete la petición: no hay plazo que prorrogar.',
    );
  }
  if (context.actor.role === 'CITIZEN' && data.askedAt !== null) {
    return refuse(
      'CITIZEN_ASKED_AT',
      'La solicitud de prórroga hecha en línea se recibe en el momento en que se envía.',
      'askedAt',
    );
  }
  const request = state.informationRequest;
  if (request.windowExtendedOn !== null) {
    return refuse(
      'COMPLETION_WINDOW_ALREADY_EXTENDED',
      `El plazo para completar la petición ya se prorrogó el ${spanishDate(request.windowExtendedOn)}; el art. 17 de la Ley 1755 de 2015 admite una sola prórroga, por un término igual.`,
    );
  }
  const askedAt = data.askedAt ?? context.now;
  if (!isInstant(askedAt)) {
    return refuse(
      'INVALID_INSTANT',
      'La fecha y hora de la solicitud de prórroga no es válida (ISO 8601 con zona horaria).',
      'askedAt',
    );
  }
  if (compareInstants(askedAt, request.requestedAt) < 0) {
    return refuse(
      'ASKED_BEFORE_REQUEST',
      'La prórroga no puede haberse pedido antes del requerimiento para completar la petición.',
      'askedAt',
    );
  }
  const lateEntry = lateEntryOf(
    {
      occurredAt: askedAt,
      field: 'askedAt',
      lateEntryReason: data.lateEntryReason,
      what: 'la solicitud de prórroga',
    },
    context,
  );
  if (isDomainError(lateEntry)) return lateEntry;
  const askedOn = bogotaDateOf(askedAt);
  const windowEnd = completionWindowEnd(request);
  if (askedOn > windowEnd) {
    return refuse(
      'COMPLETION_WINDOW_ENDED',
      `El plazo para completar la petición terminó el ${spanishDate(windowEnd)}: la prórroga debe pedirse antes de su vencimiento (art. 17 de la Ley 1755 de 2015).`,
      data.askedAt === null ? undefined : 'askedAt',
    );
  }
  const extended: CompletionWindowExtended = {
    type: 'CompletionWindowExtended',
    data: {
      askedAt: canonicalInstant(askedAt),
      askedOn,
      previousTacitWithdrawalFrom: request.tacitWithdrawalFrom,
      tacitWithdrawalFrom: extendedTacitWithdrawalFrom(request),
      lateEntry,
    },
  };
  return [extended];
}

/**
 * Why a tacit withdrawal cannot be decided now, or null when it can: it needs the act's number and its
 * motivation, the petitioner's silence (not their answer) and the window, with its extension, ended.
 */
export function tacitWithdrawalRefusal(
  data: WithdrawPqrs['data'],
  state: Exclude<PqrsState, { status: 'NOT_RECEIVED' }>,
  context: DecisionContext,
): DomainError | null {
  if (data.mode !== 'TACIT') {
    if (!isBlank(data.actNumber)) {
      return refuse(
        'ACT_NUMBER_NOT_APPLICABLE',
        'El número de acto solo se registra en un desistimiento tácito: el expreso es del peticionario.',
        'actNumber',
      );
    }
    return null;
  }
  if (state.status !== 'AWAITING_INFORMATION') {
    const completed = state.informationRequest !== null && state.informationRequest.providedAt !== null;
    return completed
      ? refuse(
          'INFORMATION_ALREADY_PROVIDED',
          `El peticionario completó la petición el ${spanishDate(state.informationRequest!.providedOn!)}: no procede el desistimiento tácito.`,
        )
      : refuse(
          'NOT_AWAITING_INFORMATION',
          'El desistimiento tácito solo procede cuando se pidió completar la petición y el peticionario no respondió.',
        );
  }
  if (isBlank(data.actNumber)) {
    return refuse(
      'ACT_NUMBER_REQUIRED',
      'El desistimiento tácito se decreta mediante acto administrativo motivado (art. 17 de la Ley 1755 de 2015): indique su número.',
      'actNumber',
    );
  }
  if (data.actNumber!.trim().length > ACT_NUMBER_MAX_LENGTH) {
    return refuse(
      'ACT_NUMBER_TOO_LONG',
      `El número del acto admite hasta ${ACT_NUMBER_MAX_LENGTH} caracteres.`,
      'actNumber',
    );
  }
  const today = bogotaDateOf(context.now);
  const { tacitWithdrawalFrom, windowExtendedOn } = state.informationRequest;
  if (today < tacitWithdrawalFrom) {
    const extension = windowExtendedOn === null ? '' : ', prorrogado a solicitud suya,';
    return refuse(
      'TACIT_WITHDRAWAL_TOO_EARLY',
      `El plazo del peticionario para completar la petición${extension} corre hasta el ${spanishDate(addCalendarDays(tacitWithdrawalFrom, -1))}: el desistimiento tácito procede desde el ${spanishDate(tacitWithdrawalFrom)}.`,
    );
  }
  return null;
}

/** The link a new filing records to the withdrawn case it presents again, or the refusal. */
export function refilingOf(data: ReceivePqrs['data']): readonly RefilingRecorded[] | DomainError {
  if (isBlank(data.refilingOf)) return [];
  const radicado = data.refilingOf!.trim();
  const refiled = data.refiledCase ?? null;
  if (refiled === null || refiled.status !== 'WITHDRAWN') {
    return refuse(
      'REFILING_NOT_WITHDRAWN',
      `El radicado ${radicado} no corresponde a una petición desistida: solo se presenta de nuevo una petición desistida (art. 17 de la Ley 1755 de 2015).`,
      'refilingOf',
    );
  }
  return [
    { type: 'RefilingRecorded', data: { withdrawnRadicado: radicado, withdrawnAt: refiled.withdrawnAt } },
  ];
}
