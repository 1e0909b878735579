// The facts of one risk of the process on the risk map (mapa de riesgos), stored in its stream
// `risk-<id>`: registered with its cause, consequence and inherent rating, its controls added one by one
// (each with the residual rating it leaves), monitored once a quarter, and its materialisations linked to
// the PQRS, improvement actions or indicators that show them. Ratings follow the Función Pública guide
// (see ../planning/risk-rating.ts); the method is named in each registration so a later guide can be told
// apart.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import { PQRS_FLOW_FIGURE_NAMES, PQRS_STOCK_FIGURE_NAMES } from '../pqrs/figure-names.js';
import type {
  ControlDocumentation,
  ControlEvidence,
  ControlFrequency,
  ControlImplementation,
  ControlType,
  ImpactLevel,
  ProbabilityLevel,
  RatingAxis,
  RiskZone,
} from '../planning/risk-rating.js';
import type { Quarter } from './quarters.js';

/**
 * The method the ratings follow: «Guía para la Gestión Integral del Riesgo en Entidades Públicas»,
 * versión 7 (Función Pública, agosto de 2025), whose rating tables are those of versión 6 (2022).
 */
export const RISK_RATING_METHODS = ['DAFP_V7_2025'] as const;
export type RiskRatingMethod = (typeof RISK_RATING_METHODS)[number];
export const CURRENT_RISK_RATING_METHOD: RiskRatingMethod = 'DAFP_V7_2025';

/** How often the control runs (its periodicity, which the guide asks the control's design to state). */
export const CONTROL_PERIODICITIES = [
  'EACH_TIME',
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'QUARTERLY',
  'SEMIANNUAL',
  'YEARLY',
] as const;
export type ControlPeriodicity = (typeof CONTROL_PERIODICITIES)[number];

/** What shows that a risk materialised: a PQRS case, an improvement action or one of the PQRS indicators. */
export const MATERIALIZATION_LINK_KINDS = ['PQRS', 'IMPROVEMENT_ACTION', 'INDICATOR'] as const;
export type MaterializationLinkKind = (typeof MATERIALIZATION_LINK_KINDS)[number];

/** The indicators a materialisation may point at: the PQRS figures, by the names the Tablero prints. */
export const RISK_INDICATOR_NAMES = {
  PQRS_RECEIVED: PQRS_FLOW_FIGURE_NAMES.received,
  PQRS_ANSWERED: PQRS_FLOW_FIGURE_NAMES.answered,
  PQRS_ANSWERED_ON_TIME: PQRS_FLOW_FIGURE_NAMES.answeredOnTime,
  PQRS_ANSWERED_LATE: PQRS_FLOW_FIGURE_NAMES.answeredLate,
  PQRS_ON_TIME_RATE: PQRS_FLOW_FIGURE_NAMES.onTimeRate,
  PQRS_OPEN: PQRS_STOCK_FIGURE_NAMES.open,
  PQRS_OVERDUE: PQRS_STOCK_FIGURE_NAMES.overdue,
} as const;
export type RiskIndicator = keyof typeof RISK_INDICATOR_NAMES;
export const RISK_INDICATORS = Object.keys(RISK_INDICATOR_NAMES) as readonly RiskIndicator[];

export interface MaterializationLink {
  readonly kind: MaterializationLinkKind;
  /** A radicado (PQRS), an improvement action's id, or an indicator's code (RISK_INDICATORS). */
  readonly reference: string;
}

/** A rating as an event records it: the levels, their percentages and the zone on the heat map. */
export interface RecordedRating {
  readonly probability: ProbabilityLevel;
  readonly probabilityPercent: number;
  readonly impact: ImpactLevel;
  readonly impactPercent: number;
  readonly zone: RiskZone;
}

export type RiskRegistered = DomainEvent<
  'RiskRegistered',
  {
    readonly riskId: string;
    /** Free texts: references to the vault, under the risk's own key (textOwnerId). */
    readonly name: string;
    readonly cause: string;
    readonly consequence: string;
    readonly method: RiskRatingMethod;
    /** The inherent rating: the levels staff chose and the zone where they cross. */
    readonly inherent: RecordedRating;
    readonly registeredAt: Instant;
    readonly registeredOn: CalendarDate;
    readonly textOwnerId: string | null;
  }
>;

export type RiskControlAdded = DomainEvent<
  'RiskControlAdded',
  {
    readonly controlId: string;
    readonly description: string;
    /** The staff member who carries the control out. */
    readonly responsibleId: string;
    readonly type: ControlType;
    readonly implementation: ControlImplementation;
    readonly documentation: ControlDocumentation;
    readonly frequency: ControlFrequency;
    readonly evidence: ControlEvidence;
    readonly periodicity: ControlPeriodicity;
    /** What record the control leaves (free text): a form, a report, a log. */
    readonly evidenceDescription: string;
    /** The rule applied (tabla 6 and 8): the axis the control lowers and its weight in points. */
    readonly axis: RatingAxis;
    readonly weight: number;
    /** The residual rating once this control is applied after the earlier ones. */
    readonly residual: RecordedRating;
    readonly addedAt: Instant;
    readonly addedOn: CalendarDate;
  }
>;

export type RiskMonitored = DomainEvent<
  'RiskMonitored',
  {
    readonly quarter: Quarter;
    /** Whether the controls ran as designed and kept the risk where the residual rating says. */
    readonly controlsEffective: boolean;
    readonly observations: string;
    readonly evidence: string;
    /** The residual rating in force when the quarter was monitored. */
    readonly residual: RecordedRating;
    /** Materialisations recorded for the quarter by then. */
    readonly materializations: number;
    readonly monitoredAt: Instant;
    readonly monitoredOn: CalendarDate;
  }
>;

export type RiskMaterialized = DomainEvent<
  'RiskMaterialized',
  {
    readonly materializationId: string;
    readonly occurredOn: CalendarDate;
    readonly quarter: Quarter;
    readonly description: string;
    readonly links: readonly MaterializationLink[];
    readonly recordedOn: CalendarDate;
  }
>;

export type RiskEvent = RiskRegistered | RiskControlAdded | RiskMonitored | RiskMaterialized;
export type RiskEventType = RiskEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const RISK_EVENT_SCHEMA_VERSIONS: Readonly<Record<RiskEventType, number>> = {
  RiskRegistered: 1,
  RiskControlAdded: 1,
  RiskMonitored: 1,
  RiskMaterialized: 1,
};

export const RISK_STREAM_PREFIX = 'risk-';
export const riskStreamOf = (riskId: string): string => `${RISK_STREAM_PREFIX}${riskId}`;
export const riskIdOf = (stream: string): string => stream.slice(RISK_STREAM_PREFIX.length);

export function upcastRiskEvent(stored: {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}): RiskEvent {
  return { type: stored.type, data: stored.data } as RiskEvent;
}
