// What staff ask of a risk of the process. The moment and the actor arrive in the DecisionContext.
import type { ImpactLevel, ProbabilityLevel, RiskControlAttributes } from '../planning/risk-rating.js';
import type { CalendarDate } from '../shared/time.js';
import type { ControlPeriodicity, MaterializationLink } from './events.js';

/** Codes are strings until decide checks them: they come from outside. */
type Loose<Code extends string> = Code | string;

export type RegisterRisk = {
  readonly type: 'RegisterRisk';
  readonly data: {
    readonly riskId: string;
    readonly name: string;
    readonly cause: string;
    readonly consequence: string;
    readonly probability: Loose<ProbabilityLevel>;
    readonly impact: Loose<ImpactLevel>;
    /** Written by the command path when it seals the texts under the risk's own key. */
    readonly textOwnerId?: string | null;
  };
};

export type AddRiskControl = {
  readonly type: 'AddRiskControl';
  readonly data: {
    readonly controlId: string;
    readonly description: string;
    readonly responsibleId: string;
    readonly attributes: {
      readonly [Attribute in keyof RiskControlAttributes]: Loose<RiskControlAttributes[Attribute]>;
    };
    readonly periodicity: Loose<ControlPeriodicity>;
    readonly evidenceDescription: string;
  };
};

export type RecordRiskMonitoring = {
  readonly type: 'RecordRiskMonitoring';
  readonly data: {
    /** `YYYY-Tn`. */
    readonly quarter: string;
    readonly controlsEffective: boolean;
    readonly observations: string;
    readonly evidence: string;
  };
};

export type RecordRiskMaterialization = {
  readonly type: 'RecordRiskMaterialization';
  readonly data: {
    readonly materializationId: string;
    readonly occurredOn: CalendarDate;
    readonly description: string;
    readonly links: readonly {
      readonly kind: Loose<MaterializationLink['kind']>;
      readonly reference: string;
    }[];
  };
};

export type RiskCommand = RegisterRisk | AddRiskControl | RecordRiskMonitoring | RecordRiskMaterialization;
