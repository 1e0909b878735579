// The `risks` read model: one document per risk of the process (id = risk id) with what the risk map
// shows — its texts (vault references), inherent and residual ratings, controls, quarterly monitoring and
// materialisations — and `riskVersions`, the same document as it stood at any recorded instant (the
// report and the management review read the map as of a date).
import {
  RISK_STREAM_PREFIX,
  riskIdOf,
  type ControlPeriodicity,
  type MaterializationLink,
  type RecordedRating,
  type RiskEvent,
  type RiskRatingMethod,
} from '../../../../domain/risk/index.js';
import type {
  ControlDocumentation,
  ControlEvidence,
  ControlFrequency,
  ControlImplementation,
  ControlType,
  RatingAxis,
  RiskZone,
} from '../../../../domain/planning/risk-rating.js';
import type { CalendarDate, Instant } from '../../../../domain/shared/time.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../../engine/projections/projection.js';
import { versionedProjection } from '../../../../engine/projections/versioned-projection.js';
import type { ReadModelDocument } from '../../../../engine/read-models/read-model-store.js';

export const RISKS_COLLECTION = 'risks';
export const RISK_VERSIONS_COLLECTION = 'riskVersions';

export interface RiskControlEntry {
  readonly controlId: string;
  readonly description: string;
  readonly responsibleId: string;
  readonly type: ControlType;
  readonly implementation: ControlImplementation;
  readonly documentation: ControlDocumentation;
  readonly frequency: ControlFrequency;
  readonly evidence: ControlEvidence;
  readonly periodicity: ControlPeriodicity;
  readonly evidenceDescription: string;
  readonly axis: RatingAxis;
  readonly weight: number;
  /** The residual rating once this control was applied after the earlier ones. */
  readonly residualAfter: RecordedRating;
  readonly addedAt: Instant;
  readonly addedOn: CalendarDate;
  readonly addedBy: string;
}

export interface RiskMonitoringEntry {
  readonly quarter: string;
  readonly controlsEffective: boolean;
  readonly observations: string;
  readonly evidence: string;
  readonly residual: RecordedRating;
  readonly materializations: number;
  readonly monitoredAt: Instant;
  readonly monitoredOn: CalendarDate;
  readonly monitoredBy: string;
}

export interface RiskMaterializationEntry {
  readonly materializationId: string;
  readonly occurredOn: CalendarDate;
  readonly quarter: string;
  readonly description: string;
  readonly links: readonly MaterializationLink[];
  readonly recordedOn: CalendarDate;
  readonly recordedBy: string;
}

export interface RiskFields {
  readonly id: string;
  /** Free texts: vault references until revealed. */
  readonly name: string;
  readonly cause: string;
  readonly consequence: string;
  readonly method: RiskRatingMethod;
  readonly inherent: RecordedRating;
  /** The rating with every control applied; the inherent one while there are none. */
  readonly residual: RecordedRating;
  readonly inherentZone: RiskZone;
  readonly residualZone: RiskZone;
  readonly registeredAt: Instant;
  readonly registeredOn: CalendarDate;
  readonly registeredBy: string;
  readonly controls: readonly RiskControlEntry[];
  /** In the order recorded. */
  readonly monitorings: readonly RiskMonitoringEntry[];
  /** The latest quarter monitored (by quarter, not by recording order); null before the first. */
  readonly lastMonitoredQuarter: string | null;
  readonly materializations: readonly RiskMaterializationEntry[];
  readonly revision: number;
  readonly lastPosition: number;
  readonly updatedAt: Instant;
}

export interface RiskDocument extends ReadModelDocument, RiskFields {
  readonly id: string;
}

/** The risk after one of its events; null when the event cannot apply (no RiskRegistered seen). */
export function evolveRisk(current: RiskDocument | null, recorded: RecordedEvent): RiskDocument | null {
  const event = { type: recorded.type, data: recorded.data } as RiskEvent;
  const marks = {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
  const actor = recorded.metadata.actorId;
  if (event.type === 'RiskRegistered') {
    const data = event.data;
    return {
      id: riskIdOf(recorded.stream),
      name: data.name,
      cause: data.cause,
      consequence: data.consequence,
      method: data.method,
      inherent: data.inherent,
      residual: data.inherent,
      inherentZone: data.inherent.zone,
      residualZone: data.inherent.zone,
      registeredAt: data.registeredAt,
      registeredOn: data.registeredOn,
      registeredBy: actor,
      controls: [],
      monitorings: [],
      lastMonitoredQuarter: null,
      materializations: [],
      ...marks,
    };
  }
  if (current === null) return null;
  switch (event.type) {
    case 'RiskControlAdded': {
      const { residual, ...control } = event.data;
      return {
        ...current,
        controls: [...current.controls, { ...control, residualAfter: residual, addedBy: actor }],
        residual,
        residualZone: residual.zone,
        ...marks,
      };
    }
    case 'RiskMonitored': {
      const quarter = event.data.quarter;
      const last = current.lastMonitoredQuarter;
      return {
        ...current,
        monitorings: [...current.monitorings, { ...event.data, monitoredBy: actor }],
        // `YYYY-Tn` sorts as the quarters run.
        lastMonitoredQuarter: last === null || quarter > last ? quarter : last,
        ...marks,
      };
    }
    case 'RiskMaterialized':
      return {
        ...current,
        materializations: [...current.materializations, { ...event.data, recordedBy: actor }],
        ...marks,
      };
    default: {
      const _exhaustive: never = event;
      void _exhaustive;
      return { ...current, ...marks };
    }
  }
}

export const risksProjection: Projection = {
  name: 'risks',
  version: 1,
  categories: [RISK_STREAM_PREFIX],
  collections: [RISKS_COLLECTION],
  indexes: { [RISKS_COLLECTION]: ['registeredAt', 'residualZone'] },
  async apply(event, tx) {
    const riskId = riskIdOf(event.stream);
    const current = await tx.get<RiskDocument>(RISKS_COLLECTION, riskId);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveRisk(current, event);
    if (next !== null) await tx.put(RISKS_COLLECTION, next);
  },
};

/** Every risk as it stood at any recorded instant, for the risk map as of a date. */
export const riskVersionsProjection: Projection = versionedProjection<RiskDocument>({
  name: 'riskVersions',
  version: 1,
  categories: [RISK_STREAM_PREFIX],
  collection: RISK_VERSIONS_COLLECTION,
  indexes: ['registeredOn'],
  entityIdOf: riskIdOf,
  evolve: evolveRisk,
});

export const RISK_PROJECTIONS: readonly Projection[] = [risksProjection, riskVersionsProjection];
