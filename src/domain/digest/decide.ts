// The rules of a day's digest: only Ventanilla's own digest process records a sending; a digest is for
// a business day and for today (a past day's is never sent late); each staff member gets a day's digest
// once — recording it again changes nothing.
import type { Decider, DecisionContext } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, isCalendarDate, isInstant, spanishDate } from '../shared/time.js';
import type { DigestCommand, RecordDigestSent } from './commands.js';
import { DIGEST_TEMPLATE_KEY, type DigestEvent } from './events.js';

export type DigestDayState =
  | { readonly status: 'NOTHING_SENT' }
  | { readonly status: 'SENDING'; readonly recipientAccountIds: readonly string[] };

export const initialDigestDayState: DigestDayState = { status: 'NOTHING_SENT' };

export function evolveDigestDay(state: DigestDayState, event: DigestEvent): DigestDayState {
  switch (event.type) {
    case 'DigestSent': {
      const sent = state.status === 'SENDING' ? state.recipientAccountIds : [];
      return { status: 'SENDING', recipientAccountIds: [...sent, event.data.recipientAccountId] };
    }
    default: {
      const unknown: never = event.type;
      return unknown;
    }
  }
}

export function decideDigestDay(
  command: DigestCommand,
  state: DigestDayState,
  context: DecisionContext,
): readonly DigestEvent[] | DomainError {
  switch (command.type) {
    case 'RecordDigestSent':
      return recordDigestSent(command, state, context);
    default: {
      const unknown: never = command.type;
      return unknown;
    }
  }
}

function recordDigestSent(
  { data }: RecordDigestSent,
  state: DigestDayState,
  context: DecisionContext,
): readonly DigestEvent[] | DomainError {
  if (context.actor.role !== 'SYSTEM') {
    return roleNotAllowed(context.actor.role, 'registrar el envío del resumen diario');
  }
  if (!isCalendarDate(data.date)) {
    return refuse('DIGEST_DATE_INVALID', 'La fecha del resumen debe ser un día AAAA-MM-DD.', 'date');
  }
  if (!context.calendar.isBusinessDay(data.date)) {
    return refuse(
      'DIGEST_ON_NON_BUSINESS_DAY',
      `El ${spanishDate(data.date)} no es día hábil: ese día no hay resumen diario.`,
      'date',
    );
  }
  if (data.date !== bogotaDateOf(context.now)) {
    // A digest read on a later day would call overdue what was due soon: a missed day is not sent late.
    return refuse(
      'DIGEST_NOT_TODAY',
      `El resumen del ${spanishDate(data.date)} solo se envía ese día.`,
      'date',
    );
  }
  if (isBlank(data.recipientAccountId)) {
    return refuse(
      'DIGEST_RECIPIENT_REQUIRED',
      'Falta la cuenta que recibe el resumen.',
      'recipientAccountId',
    );
  }
  if (isBlank(data.messageId)) {
    return refuse('DIGEST_MESSAGE_ID_REQUIRED', 'Falta el Message-ID del resumen.', 'messageId');
  }
  if (!isInstant(data.sentAt)) {
    return refuse('DIGEST_SENT_AT_INVALID', 'El momento del envío debe ser un instante ISO 8601.', 'sentAt');
  }
  if (data.template.key !== DIGEST_TEMPLATE_KEY || !isVersionNumber(data.template.version)) {
    return refuse(
      'DIGEST_TEMPLATE_INVALID',
      'El resumen debe nombrar la versión de la plantilla «Resumen diario» con que se escribió.',
      'template',
    );
  }
  // The day's digest already went to this staff member (a restart, a retry): nothing to record again.
  if (state.status === 'SENDING' && state.recipientAccountIds.includes(data.recipientAccountId)) return [];
  return [
    {
      type: 'DigestSent',
      data: {
        date: data.date,
        recipientAccountId: data.recipientAccountId,
        messageId: data.messageId,
        serverResponse: data.serverResponse,
        sentAt: data.sentAt,
        contents: { ...data.contents },
        template: { key: data.template.key, version: data.template.version },
      },
    },
  ];
}

function isVersionNumber(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1;
}

/** Whether the day's digest was recorded as sent to this account. */
export function digestSentTo(state: DigestDayState, recipientAccountId: string): boolean {
  return state.status === 'SENDING' && state.recipientAccountIds.includes(recipientAccountId);
}

export const digestDayDecider: Decider<DigestCommand, DigestEvent, DigestDayState> = {
  decide: decideDigestDay,
  evolve: evolveDigestDay,
  initialState: initialDigestDayState,
};
