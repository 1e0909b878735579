// Builders shared by the campaign specs: actors, a fixed Bogotá clock, fresh ids and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type { CampaignCommand, MapCampaignName, PlanCampaign, RecordCampaignResult } from './commands.js';
import { campaignDecider } from './decide.js';
import type { CampaignEvent, CampaignNameMapped, CampaignPlanned, CampaignResultRecorded } from './events.js';
import type { CampaignState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** Zipaquirá's DIVIPOLA code. */
export const ZIPAQUIRA = '25899';

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at a given time, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator, time = '10:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

let lastId = 0;
/** A campaign id no other test uses, so every test has its own stream. */
export function freshCampaignId(): string {
  lastId += 1;
  return `00000000-0000-4000-9000-${String(lastId).padStart(12, '0')}`;
}

export const given = deciderSpecification<CampaignCommand, CampaignEvent, CampaignState>(campaignDecider);

/** The Zipaquirá fair of 10–12 April 2026, planned on Monday 2 February 2026. */
export function plan(campaignId: string, overrides: Partial<PlanCampaign['data']> = {}): PlanCampaign {
  return {
    type: 'PlanCampaign',
    data: {
      campaignId,
      kind: 'FAIR',
      name: 'Feria de servicios Zipaquirá 2026',
      municipalityCode: ZIPAQUIRA,
      startDate: '2026-04-10',
      endDate: '2026-04-12',
      channels: ['IN_PERSON', 'RADIO'],
      media: 'Emisora comunitaria; volantes',
      budget: 4_500_000,
      textOwnerId: 'owner-campaign',
      ...overrides,
    },
  };
}

export function planned(
  campaignId: string,
  overrides: Partial<CampaignPlanned['data']> = {},
): CampaignPlanned {
  return {
    type: 'CampaignPlanned',
    data: {
      campaignId,
      textOwnerId: 'owner-campaign',
      kind: 'FAIR',
      name: 'Feria de servicios Zipaquirá 2026',
      municipalityCode: ZIPAQUIRA,
      startDate: '2026-04-10',
      endDate: '2026-04-12',
      year: 2026,
      channels: ['IN_PERSON', 'RADIO'],
      media: 'Emisora comunitaria; volantes',
      budget: 4_500_000,
      plannedAt: at('2026-02-02'),
      plannedOn: '2026-02-02',
      ...overrides,
    },
  };
}

export function recordResult(overrides: Partial<RecordCampaignResult['data']> = {}): RecordCampaignResult {
  return {
    type: 'RecordCampaignResult',
    data: {
      attendance: 320,
      actualCost: 4_120_000,
      results: '58 solicitudes de afiliación recibidas en el stand.',
      ...overrides,
    },
  };
}

/** The result recorded on Monday 13 April 2026, the day after the fair. */
export function resultRecorded(
  overrides: Partial<CampaignResultRecorded['data']> = {},
): CampaignResultRecorded {
  return {
    type: 'CampaignResultRecorded',
    data: {
      attendance: 320,
      actualCost: 4_120_000,
      results: '58 solicitudes de afiliación recibidas en el stand.',
      recordedAt: at('2026-04-13'),
      recordedOn: '2026-04-13',
      correction: false,
      ...overrides,
    },
  };
}

export function mapName(
  legacyName = 'Feria Zipaquirá 2026',
  mappedToCampaignId: string | null = null,
): MapCampaignName {
  return { type: 'MapCampaignName', data: { legacyName, mappedToCampaignId } };
}

export function nameMapped(
  legacyName = 'Feria Zipaquirá 2026',
  date: CalendarDate = '2026-04-20',
): CampaignNameMapped {
  return { type: 'CampaignNameMapped', data: { legacyName, mappedAt: at(date) } };
}
