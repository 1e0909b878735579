// The read side of the training plan: a year's needs (decided ones from `trainingNeeds`, the rest as the
// data propose them now), its sessions, and the plan's revision. Texts come back sealed; resolvers reveal.
import { Inject, Injectable } from '@nestjs/common';
import type { ActorRole } from '../../../../domain/shared/decider.js';
import type { CalendarDate, Instant } from '../../../../domain/shared/time.js';
import type { TrainingNeedBasis } from '../../../../domain/training/index.js';
import { NotFound } from '../../../../engine/application-errors.js';
import { readModelsProvider } from '../../../../engine/commands/read-your-writes.js';
import type { ReadModelReader } from '../../../../engine/read-models/read-model-store.js';
import { TrainingProposals } from './training-proposals.js';
import {
  TRAINING_NEEDS_COLLECTION,
  trainingNeedIdOf,
  trainingNeedsProjection,
  type TrainingNeedDocument,
} from './training-needs-projection.js';
import {
  TRAINING_SESSIONS_COLLECTION,
  trainingSessionsProjection,
  type TrainingSessionDocument,
} from './training-sessions-projection.js';

export type TrainingNeedStatus = 'PROPOSED' | 'ACCEPTED' | 'DISMISSED';

export interface TrainingNeedView {
  readonly year: number;
  readonly needKey: string;
  readonly status: TrainingNeedStatus;
  /** As it stood when decided; as the data stand now while only proposed. */
  readonly basis: TrainingNeedBasis;
  readonly decidedAt: Instant | null;
  readonly decidedOn: CalendarDate | null;
  readonly decidedBy: string | null;
  readonly decidedByRole: ActorRole | null;
  readonly reason: string | null;
  /** The sessions scheduled for it. */
  readonly sessionIds: readonly string[];
}

export const TRAINING_READ_MODELS = Symbol('TrainingReadModels');
export const trainingReadModels = readModelsProvider(TRAINING_READ_MODELS, [
  trainingNeedsProjection,
  trainingSessionsProjection,
]);

const STATUS_ORDER: Readonly<Record<TrainingNeedStatus, number>> = { ACCEPTED: 0, PROPOSED: 1, DISMISSED: 2 };

@Injectable()
export class TrainingQueries {
  constructor(
    @Inject(TRAINING_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(TrainingProposals) private readonly proposals: TrainingProposals,
  ) {}

  /** The year's needs: accepted, then proposed (in the proposals' order), then dismissed. */
  async needs(year: number): Promise<TrainingNeedView[]> {
    const [decided, proposed, sessions] = await Promise.all([
      this.decidedNeeds(year),
      this.proposals.forYear(year),
      this.sessions(year),
    ]);
    const decidedKeys = new Set(decided.map((need) => need.needKey));
    const sessionsOf = (needKey: string) =>
      sessions.filter((session) => session.needKeys.includes(needKey)).map((session) => session.id);
    const views: TrainingNeedView[] = [
      ...decided.map((document) => ({ ...viewOf(document), sessionIds: sessionsOf(document.needKey) })),
      ...proposed
        .filter((proposal) => !decidedKeys.has(proposal.needKey))
        .map((proposal) => ({
          year,
          needKey: proposal.needKey,
          status: 'PROPOSED' as const,
          basis: proposal.basis,
          decidedAt: null,
          decidedOn: null,
          decidedBy: null,
          decidedByRole: null,
          reason: null,
          sessionIds: [],
        })),
    ];
    // A stable sort: within a status, decided needs keep their decision order, proposals theirs.
    return views.sort((left, right) => STATUS_ORDER[left.status] - STATUS_ORDER[right.status]);
  }

  /** One need of the year, decided or proposed. */
  async need(year: number, needKey: string): Promise<TrainingNeedView> {
    const found = (await this.needs(year)).find((need) => need.needKey === needKey);
    if (found === undefined)
      throw new NotFound(`No hay una necesidad de capacitación ${needKey} en ${year}.`);
    return found;
  }

  async decidedNeeds(year: number): Promise<TrainingNeedDocument[]> {
    return this.readModels.find<TrainingNeedDocument>(
      TRAINING_NEEDS_COLLECTION,
      { year },
      {
        sort: [
          { field: 'revision', direction: 'asc' },
          { field: 'id', direction: 'asc' },
        ],
      },
    );
  }

  async decidedNeed(year: number, needKey: string): Promise<TrainingNeedDocument | null> {
    return this.readModels.get<TrainingNeedDocument>(
      TRAINING_NEEDS_COLLECTION,
      trainingNeedIdOf(year, needKey),
    );
  }

  /** The year's sessions by date. */
  async sessions(year: number): Promise<TrainingSessionDocument[]> {
    return this.readModels.find<TrainingSessionDocument>(
      TRAINING_SESSIONS_COLLECTION,
      { year },
      {
        sort: [
          { field: 'date', direction: 'asc' },
          { field: 'id', direction: 'asc' },
        ],
      },
    );
  }

  async session(sessionId: string): Promise<TrainingSessionDocument> {
    const session = await this.readModels.get<TrainingSessionDocument>(
      TRAINING_SESSIONS_COLLECTION,
      sessionId,
    );
    if (session === null) throw new NotFound(`No existe una sesión de capacitación con id ${sessionId}.`);
    return session;
  }

  /** The revision of the year's plan stream (what expectedRevision compares); null before its first event. */
  async planRevision(year: number): Promise<number | null> {
    const [needs, sessions] = await Promise.all([this.decidedNeeds(year), this.sessions(year)]);
    const revisions = [...needs, ...sessions].map((document) => document.revision);
    return revisions.length === 0 ? null : Math.max(...revisions);
  }
}

function viewOf(document: TrainingNeedDocument): Omit<TrainingNeedView, 'sessionIds'> {
  return {
    year: document.year,
    needKey: document.needKey,
    status: document.status,
    basis: document.basis,
    decidedAt: document.decidedAt,
    decidedOn: document.decidedOn,
    decidedBy: document.decidedBy,
    decidedByRole: document.decidedByRole,
    reason: document.reason,
  };
}
