// Fixtures of the person specs: a fixed clock, the roles, and commands with everything a rule needs.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type {
  ErasePersonalData,
  PersonalRecord,
  PersonCommand,
  RecordPersonalDataChange,
} from './commands.js';
import { personDecider } from './decide.js';
import type { PersonEvent, PersonalDataChanged } from './events.js';
import type { PersonState } from './state.js';

export const given = deciderSpecification<PersonCommand, PersonEvent, PersonState>(personDecider);

const calendar = createBusinessCalendar();
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };

/** 10:00 in Bogotá on the day given. */
export const on = (day: string, actor: Actor = admin): DecisionContext => ({
  now: `${day}T15:00:00.000Z`,
  actor,
  calendar,
});

let lastPerson = 0;
/** A person id no other spec uses. */
export function freshPersonId(): string {
  lastPerson += 1;
  return `person-${lastPerson}`;
}

export function recordChange(
  personId: string,
  overrides: Partial<RecordPersonalDataChange['data']> = {},
): RecordPersonalDataChange {
  return {
    type: 'RecordPersonalDataChange',
    data: { personId, version: 2, previousVersion: 1, changedFields: ['name', 'email'], ...overrides },
  };
}

export function changed(
  personId: string,
  version = 2,
  changedFields: PersonalDataChanged['data']['changedFields'] = ['name', 'email'],
): PersonalDataChanged {
  return {
    type: 'PersonalDataChanged',
    data: { personId, version, previousVersion: version - 1, changedFields },
  };
}

export function closedCase(reference: string, lastActivityOn: string): PersonalRecord {
  return { series: 'PQRS', reference, open: false, statusInSentence: 'cerrado', lastActivityOn };
}

export function erase(
  personId: string,
  overrides: Partial<ErasePersonalData['data']> = {},
): ErasePersonalData {
  return {
    type: 'ErasePersonalData',
    data: {
      personId,
      legalBasis: 'HOLDER_REQUEST',
      requestReference: 'PQRS-2026-000123',
      records: [],
      retentionYears: { PQRS: 2, AFFILIATION: 10, SURVEY: 1 },
      ...overrides,
    },
  };
}
