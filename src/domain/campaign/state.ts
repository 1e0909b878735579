// A campaign as its events leave it: a union on `status` holding what decide.ts needs.
import type { CalendarDate } from '../shared/time.js';
import type { CampaignEvent } from './events.js';

export interface CampaignResult {
  readonly attendance: number;
  readonly actualCost: number;
  readonly results: string;
}

export interface NotPlannedCampaign {
  readonly status: 'NOT_PLANNED';
}

export interface PlannedCampaign {
  readonly status: 'PLANNED' | 'RESULT_RECORDED';
  readonly campaignId: string;
  readonly textOwnerId: string | null;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  /** The last result recorded; null until the first. */
  readonly result: CampaignResult | null;
  readonly mappedNames: number;
}

export type CampaignState = NotPlannedCampaign | PlannedCampaign;

export const initialCampaignState: CampaignState = { status: 'NOT_PLANNED' };

/**
 * Folds one event into the campaign. The event is a fact: nothing is validated and nothing thrown; an
 * event that cannot apply to the state (which decide never produces) leaves the state as it was.
 */
export function evolve(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case 'CampaignPlanned': {
      const data = event.data;
      return {
        status: 'PLANNED',
        campaignId: data.campaignId,
        textOwnerId: data.textOwnerId,
        startDate: data.startDate,
        endDate: data.endDate,
        result: null,
        mappedNames: 0,
      };
    }
    case 'CampaignResultRecorded': {
      if (state.status === 'NOT_PLANNED') return state;
      const { attendance, actualCost, results } = event.data;
      return { ...state, status: 'RESULT_RECORDED', result: { attendance, actualCost, results } };
    }
    case 'CampaignNameMapped': {
      if (state.status === 'NOT_PLANNED') return state;
      return { ...state, mappedNames: state.mappedNames + 1 };
    }
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
