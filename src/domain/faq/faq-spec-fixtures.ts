// Builders shared by the FAQ entry specs: actors, a fixed Bogotá clock, fresh entry ids and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type { FaqEntryCommand } from './commands.js';
import { faqEntryDecider } from './decide.js';
import type {
  FaqEntryContent,
  FaqEntryCreated,
  FaqEntryEvent,
  FaqEntryPublished,
  FaqEntryRetired,
  FaqEntryUpdated,
} from './events.js';
import type { FaqEntryState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at 11:00, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator): DecisionContext {
  return { now: at(date, '11:00'), actor, calendar };
}

let lastEntry = 0;
/** An entry id no other test uses, so every test has its own stream. */
export function freshEntryId(): string {
  lastEntry += 1;
  return `00000000-0000-4000-8000-${String(lastEntry).padStart(12, '0')}`;
}

export const given = deciderSpecification<FaqEntryCommand, FaqEntryEvent, FaqEntryState>(faqEntryDecider);

export const content: FaqEntryContent = {
  question: '¿Cómo obtengo el certificado de afiliación?',
  answer: 'Descárguelo en la página web, sección Afiliados, o pídalo en la ventanilla.',
  category: 'Afiliaciones',
  tags: ['afiliación', 'certificado'],
  linkedRadicados: ['PQRS-2026-000001'],
};

export function created(entryId: string, overrides: Partial<FaqEntryContent> = {}): FaqEntryCreated {
  return { type: 'FaqEntryCreated', data: { entryId, ...content, ...overrides, version: 1 } };
}

export function updated(version: number, changes: Partial<FaqEntryContent>): FaqEntryUpdated {
  return { type: 'FaqEntryUpdated', data: { version, changes } };
}

export function published(version = 1, date: CalendarDate = '2026-03-16'): FaqEntryPublished {
  return { type: 'FaqEntryPublished', data: { version, publishedAt: at(date, '11:00') } };
}

export function retired(
  version = 1,
  reason = 'La norma cambió.',
  date: CalendarDate = '2026-03-20',
): FaqEntryRetired {
  return { type: 'FaqEntryRetired', data: { version, reason, retiredAt: at(date, '11:00') } };
}
