// A risk as its events leave it: a union on `status` holding what decide.ts needs.
import type { ImpactLevel, ProbabilityLevel, RatedControl } from '../planning/risk-rating.js';
import type { CalendarDate } from '../shared/time.js';
import type { RiskEvent } from './events.js';
import type { Quarter } from './quarters.js';

export interface NotRegisteredRisk {
  readonly status: 'NOT_REGISTERED';
}

export interface StateControl extends RatedControl {
  readonly controlId: string;
}

export interface RegisteredRisk {
  readonly status: 'REGISTERED';
  readonly riskId: string;
  /** Whose key seals the risk's texts; every later command's texts go under it. */
  readonly textOwnerId: string | null;
  readonly probability: ProbabilityLevel;
  readonly impact: ImpactLevel;
  readonly registeredOn: CalendarDate;
  /** In the order added: the residual rating applies them in this order. */
  readonly controls: readonly StateControl[];
  readonly monitoredQuarters: readonly Quarter[];
  readonly materializations: readonly { readonly materializationId: string; readonly quarter: Quarter }[];
}

export type RiskState = NotRegisteredRisk | RegisteredRisk;

export const initialRiskState: RiskState = { status: 'NOT_REGISTERED' };

/** Folds one event into the risk; never validates, never throws (the event is a fact). */
export function evolve(state: RiskState, event: RiskEvent): RiskState {
  switch (event.type) {
    case 'RiskRegistered': {
      const data = event.data;
      return {
        status: 'REGISTERED',
        riskId: data.riskId,
        textOwnerId: data.textOwnerId,
        probability: data.inherent.probability,
        impact: data.inherent.impact,
        registeredOn: data.registeredOn,
        controls: [],
        monitoredQuarters: [],
        materializations: [],
      };
    }
    case 'RiskControlAdded': {
      if (state.status !== 'REGISTERED') return state;
      const { controlId, type, implementation } = event.data;
      return { ...state, controls: [...state.controls, { controlId, type, implementation }] };
    }
    case 'RiskMonitored': {
      if (state.status !== 'REGISTERED') return state;
      return { ...state, monitoredQuarters: [...state.monitoredQuarters, event.data.quarter] };
    }
    case 'RiskMaterialized': {
      if (state.status !== 'REGISTERED') return state;
      const { materializationId, quarter } = event.data;
      return { ...state, materializations: [...state.materializations, { materializationId, quarter }] };
    }
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
