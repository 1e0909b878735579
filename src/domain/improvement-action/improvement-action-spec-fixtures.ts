// Builders shared by the improvement-action specs: actors, a fixed Bogotá clock, fresh ids and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type { FormulateAction, ImprovementActionCommand } from './commands.js';
import { improvementActionDecider } from './decide.js';
import type {
  ActionClosed,
  ActionFormulated,
  EffectivenessVerified,
  ImprovementActionEvent,
  ProgressRecorded,
} from './events.js';
import type { ImprovementActionState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
/** The agent responsible for the actions below. */
export const responsibleAgent: Actor = { id: 'user-agent', role: 'AGENT' };
export const otherAgent: Actor = { id: 'user-other-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at a given time, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator, time = '10:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

let lastId = 0;
/** An action id no other test uses, so every test has its own stream. */
export function freshActionId(): string {
  lastId += 1;
  return `00000000-0000-4000-8000-${String(lastId).padStart(12, '0')}`;
}

export const given = deciderSpecification<
  ImprovementActionCommand,
  ImprovementActionEvent,
  ImprovementActionState
>(improvementActionDecider);

/** Formulating on Monday 16 March 2026, from a claim, due Thursday 30 April. */
export function formulate(
  actionId: string,
  overrides: Partial<FormulateAction['data']> = {},
): FormulateAction {
  return {
    type: 'FormulateAction',
    data: {
      actionId,
      source: { kind: 'PQRS', reference: 'PQRS-2026-000042' },
      problem: 'Los certificados de afiliación se expiden con datos desactualizados.',
      rootCause: 'El formato no se alimenta de la base de afiliados vigente.',
      action: 'Generar el certificado desde la base de afiliados y revisar la plantilla.',
      responsibleId: responsibleAgent.id,
      dueDate: '2026-04-30',
      linkedAction: null,
      ...overrides,
    },
  };
}

export function formulated(
  actionId: string,
  overrides: Partial<ActionFormulated['data']> = {},
): ActionFormulated {
  return {
    type: 'ActionFormulated',
    data: {
      actionId,
      source: { kind: 'PQRS', reference: 'PQRS-2026-000042' },
      problem: 'Los certificados de afiliación se expiden con datos desactualizados.',
      rootCause: 'El formato no se alimenta de la base de afiliados vigente.',
      action: 'Generar el certificado desde la base de afiliados y revisar la plantilla.',
      responsibleId: responsibleAgent.id,
      dueDate: '2026-04-30',
      formulatedAt: at('2026-03-16'),
      formulatedOn: '2026-03-16',
      linkedActionId: null,
      ...overrides,
    },
  };
}

/** Progress reported on Wednesday 1 April 2026. */
export function progressRecorded(overrides: Partial<ProgressRecorded['data']> = {}): ProgressRecorded {
  return {
    type: 'ProgressRecorded',
    data: {
      note: 'Plantilla nueva en producción.',
      evidence: 'GD-2026-0153',
      recordedAt: at('2026-04-01'),
      recordedOn: '2026-04-01',
      attachments: [],
      ...overrides,
    },
  };
}

/** The follow-up check on Friday 15 May 2026. */
export function effectivenessVerified(
  effective: boolean,
  evidence = 'Muestreo de 30 certificados',
): EffectivenessVerified {
  return {
    type: 'EffectivenessVerified',
    data: { effective, evidence, verifiedAt: at('2026-05-15'), verifiedOn: '2026-05-15', attachments: [] },
  };
}

export function closed(effective: boolean): ActionClosed {
  return {
    type: 'ActionClosed',
    data: {
      effective,
      verifiedOn: '2026-05-15',
      closedAt: at('2026-05-18'),
      closedOn: '2026-05-18',
      dueDate: '2026-04-30',
    },
  };
}
