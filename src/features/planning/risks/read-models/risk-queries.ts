// The read side of the risk map: every risk with its ratings, controls, monitoring and materialisations;
// the heat map's 25 cells with how many risks fall in each; and the map as it stood at an instant, for
// the report and the management review. Texts are vault references here: resolvers and reports reveal them.
import { Inject, Injectable } from '@nestjs/common';
import {
  HEAT_MAP,
  IMPACT_LEVELS,
  PROBABILITY_LEVELS,
  type ImpactLevel,
  type ProbabilityLevel,
  type RiskZone,
} from '../../../../domain/planning/risk-rating.js';
import { NotFound } from '../../../../engine/application-errors.js';
import { readModelsProvider } from '../../../../engine/commands/read-your-writes.js';
import { findAsOf } from '../../../../engine/projections/versioned-projection.js';
import type { ReadModelReader } from '../../../../engine/read-models/read-model-store.js';
import {
  RISK_PROJECTIONS,
  RISK_VERSIONS_COLLECTION,
  RISKS_COLLECTION,
  type RiskDocument,
  type RiskMaterializationEntry,
} from './risks-projection.js';

export type RatingKind = 'INHERENT' | 'RESIDUAL';

/** One cell of the heat map: where a probability and an impact cross, its zone and the risks in it. */
export interface HeatMapCell {
  readonly probability: ProbabilityLevel;
  readonly impact: ImpactLevel;
  readonly zone: RiskZone;
  readonly count: number;
  readonly riskIds: readonly string[];
}

/**
 * The 25 cells, rows from Muy Alta down to Muy Baja as the guide draws them, columns from Leve to
 * Catastrófico, each with the risks whose inherent (or residual) rating falls in it.
 */
export function heatMapOf(risks: readonly RiskDocument[], rating: RatingKind): HeatMapCell[] {
  const cells: HeatMapCell[] = [];
  for (const probability of [...PROBABILITY_LEVELS].reverse()) {
    for (const impact of IMPACT_LEVELS) {
      const riskIds = risks
        .filter((risk) => {
          const levels = rating === 'INHERENT' ? risk.inherent : risk.residual;
          return levels.probability === probability && levels.impact === impact;
        })
        .map((risk) => risk.id);
      cells.push({
        probability,
        impact,
        zone: HEAT_MAP[probability][impact],
        count: riskIds.length,
        riskIds,
      });
    }
  }
  return cells;
}

/** What the management review reads of each risk as of a date. */
export interface RiskMonitoringSummary {
  readonly riskId: string;
  /** A vault reference: reveal it (PersonalTexts.reveal, or the report's revealTexts) before printing. */
  readonly name: string;
  readonly inherentZone: RiskZone;
  readonly residualZone: RiskZone;
  /** The latest quarter monitored by then; null when none was. */
  readonly lastMonitoringQuarter: string | null;
  /** That monitoring's verdict on the controls; null when none was. */
  readonly lastMonitoringControlsEffective: boolean | null;
  readonly materializations: readonly RiskMaterializationEntry[];
}

/** The risks in the order they were registered. */
function byRegistration(left: RiskDocument, right: RiskDocument): number {
  return left.registeredAt < right.registeredAt
    ? -1
    : left.registeredAt > right.registeredAt
      ? 1
      : left.id < right.id
        ? -1
        : left.id > right.id
          ? 1
          : 0;
}

export function monitoringSummaryOf(risk: RiskDocument): RiskMonitoringSummary {
  const last = risk.monitorings.find((entry) => entry.quarter === risk.lastMonitoredQuarter) ?? null;
  return {
    riskId: risk.id,
    name: risk.name,
    inherentZone: risk.inherentZone,
    residualZone: risk.residualZone,
    lastMonitoringQuarter: risk.lastMonitoredQuarter,
    lastMonitoringControlsEffective: last?.controlsEffective ?? null,
    materializations: risk.materializations,
  };
}

/** What the risk queries read: the live risks and their versions. */
export const RISK_READ_MODELS = Symbol('RiskReadModels');
export const riskReadModels = readModelsProvider(RISK_READ_MODELS, RISK_PROJECTIONS);

@Injectable()
export class RiskQueries {
  constructor(@Inject(RISK_READ_MODELS) private readonly readModels: ReadModelReader) {}

  /** Every risk on the map, in the order registered. */
  async all(): Promise<RiskDocument[]> {
    const risks = await this.readModels.find<RiskDocument>(RISKS_COLLECTION, {});
    return risks.sort(byRegistration);
  }

  async get(riskId: string): Promise<RiskDocument> {
    const risk = await this.readModels.get<RiskDocument>(RISKS_COLLECTION, riskId);
    if (!risk) throw new NotFound(`No existe un riesgo con id ${riskId}.`);
    return risk;
  }

  /** Every risk registered up to asOf (a canonical ISO instant), as it stood then. */
  async asOf(asOf: string): Promise<RiskDocument[]> {
    const risks = await findAsOf<RiskDocument>(this.readModels, RISK_VERSIONS_COLLECTION, asOf);
    return risks.sort(byRegistration);
  }

  /**
   * The risks' monitoring as of an instant: per risk its name (a vault reference), inherent and residual
   * zones, the last quarter monitored and the materialisations recorded by then.
   */
  async monitoringAsOf(asOf: string): Promise<RiskMonitoringSummary[]> {
    return (await this.asOf(asOf)).map(monitoringSummaryOf);
  }
}
