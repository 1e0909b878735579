// Builders shared by the PQRS specs: actors, a fixed Bogotá clock, fresh radicados and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import { formatRadicado } from '../radicado/radicado.js';
import type { PqrsCommand } from './commands.js';
import type {
  Answered,
  Assigned,
  InformationProvided,
  InformationRequested,
  PqrsEvent,
  Received,
  Transferred,
  Withdrawn,
} from './events.js';
import { pqrsDecider } from './decide.js';
import type { PqrsState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const otherAgent: Actor = { id: 'user-other-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at a given time, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator, time = '11:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

let lastConsecutive = 0;
/** A radicado no other test uses, so every test has its own stream. */
export function freshRadicado(): string {
  lastConsecutive += 1;
  return formatRadicado(2026, lastConsecutive);
}

/**
 * Facts are compared with `then`; the notices each decision requests with them with `thenSetsAside`, as
 * `KIND/CHANNEL` (e.g. `EXTENSION/EMAIL`).
 */
export const given = deciderSpecification<PqrsCommand, PqrsEvent, PqrsState>(pqrsDecider, {
  is: (event) => event.type === 'NotificationRequested',
  summary: (event) =>
    event.type === 'NotificationRequested' ? `${event.data.kind}/${event.data.channel}` : event.type,
});

/**
 * A petition received Friday 13 March 2026, 10:00: due Wednesday 8 April (San José and Holy Week skipped).
 * Received in office hours, it is radicated the day it was received (overridden or not), and day 1 of its
 * term is the next business day.
 */
export function received(radicado: string, overrides: Partial<Received['data']> = {}): Received {
  const radicatedOn = overrides.receivedOn ?? '2026-03-13';
  return {
    type: 'Received',
    data: {
      radicado,
      kind: 'PETITION',
      channel: 'WEB',
      subject: 'Certificado de afiliación',
      description: 'Solicito copia del certificado de afiliación.',
      petitionerId: 'person-1',
      petitionerVersion: 1,
      receivedAt: at('2026-03-13'),
      receivedOn: '2026-03-13',
      priority: [],
      termBusinessDays: 15,
      dueDate: '2026-04-08',
      maxDueDate: '2026-04-29',
      calendarVersion: calendar.version,
      lateEntry: null,
      personType: 'NATURAL',
      textOwnerId: null,
      answerChannel: null,
      dataProcessingConsent: null,
      attachments: [],
      accessCodeHash: null,
      afterHoursRule: 'RECEIPT_DAY',
      officeHours: '07:00-17:00',
      outsideOfficeHours: false,
      radicatedOn,
      termRunsFrom: calendar.addBusinessDays(radicatedOn, 1),
      ...overrides,
    },
  };
}

/** An assignment whose moment is unknown (as stored before it was kept), so it bounds no later fact. */
export function assigned(assigneeId = agent.id, previousAssigneeId: string | null = null): Assigned {
  return {
    type: 'Assigned',
    data: { assigneeId, dependency: 'Atención al Cliente', previousAssigneeId, assignedAt: null },
  };
}

/** The art. 17 request sent Tuesday 17 March 2026: tacit withdrawal possible from 17 April. */
export function informationRequested(): InformationRequested {
  return {
    type: 'InformationRequested',
    data: {
      note: 'Falta copia del documento de identidad.',
      requestedAt: at('2026-03-17'),
      requestedOn: '2026-03-17',
      tacitWithdrawalFrom: '2026-04-17',
    },
  };
}

/** The petitioner completes on Friday 20 March 2026: 15 days restart on Tuesday 24, due 15 April. */
export function informationProvided(): InformationProvided {
  return {
    type: 'InformationProvided',
    data: {
      note: 'Aportó la copia del documento.',
      providedAt: at('2026-03-20'),
      providedOn: '2026-03-20',
      dueDate: '2026-04-15',
      maxDueDate: '2026-05-07',
      calendarVersion: calendar.version,
      lateEntry: null,
      attachments: [],
    },
  };
}

export function answered(): Answered {
  return {
    type: 'Answered',
    data: {
      answer: 'Se expide el certificado solicitado.',
      answeredAt: at('2026-04-08'),
      answeredOn: '2026-04-08',
      dueDate: '2026-04-08',
      onTime: true,
      businessDaysTaken: 15,
      accessDecision: null,
      lateEntry: null,
      attachments: [],
      letter: null,
      approvedDraft: null,
      accessDenialGround: null,
      accessDenialDetail: null,
      accessException: null,
      accessDenialProvision: null,
      accessDenialHarm: null,
      publicVersionDelivered: null,
      verbalAnswer: null,
    },
  };
}

export function transferred(entity = 'Superintendencia de Subsidio Familiar'): Transferred {
  return {
    type: 'Transferred',
    data: {
      entity,
      reason: 'El asunto es de su competencia.',
      transferredAt: at('2026-03-18', '11:00'),
      transferredOn: '2026-03-18',
      businessDaysAfterReceipt: 3,
      late: false,
      allowedUntil: '2026-03-23',
    },
  };
}

export function withdrawn(mode: Withdrawn['data']['mode'] = 'EXPRESS'): Withdrawn {
  return {
    type: 'Withdrawn',
    data: {
      mode,
      reason: 'El peticionario desiste por escrito.',
      withdrawnAt: at('2026-03-18', '11:00'),
      actNumber: mode === 'TACIT' ? 'Resolución 031 de 2026' : null,
    },
  };
}
