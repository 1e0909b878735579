// The read side of the event log for auditors: its events found by case, stream, actor, type, recorded
// date and the cases' petitioner in the auditLog read model (audit-log-projection.ts), newest first.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput } from '../../../engine/application-errors.js';
import type { KeysetPage } from '../../../engine/read-models/keyset-page.js';
import { pqrsStreamOf } from '../../../domain/pqrs/events.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import {
  AUDIT_LOG_COLLECTION,
  auditLogProjection,
  positionKeyOf,
  type AuditLogDocument,
} from './audit-log-projection.js';
import type { Filter, SortKey, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { casesProjection, radicadosFiledBy, type PetitionersNamed } from '../../pqrs/index.js';

/** The most cases of the people a search names whose events one search reads, before it asks for more words. */
export const PETITIONER_CASES_LIMIT = 500;

export interface AuditLogFilter {
  /** One stream, by its full name (pqrs-PQRS-2026-000001, affiliation-<id>...). */
  readonly stream?: string | null;
  /** A PQRS case's stream, by its radicado. */
  readonly radicado?: string | null;
  /** A stream category, e.g. 'pqrs-': the same event type means different things in each. */
  readonly category?: string | null;
  readonly actorId?: string | null;
  readonly type?: string | null;
  /** Recorded at or after this instant (ISO 8601 in UTC). */
  readonly from?: string | null;
  /** Recorded at or before this instant (ISO 8601 in UTC). */
  readonly to?: string | null;
  /**
   * The events of the cases these people filed (as the vault's person search found them), within whose
   * cases the caller may look for them; null: no such condition.
   */
  readonly petitioners?: PetitionersNamed | null;
}

/** Newest first: the log's own order. The id is the position as fixed-width text, so it is the key. */
const NEWEST_FIRST: readonly SortKey[] = [{ field: 'id', direction: 'desc' }];
const OLDEST_FIRST_BY_RECORDING: readonly SortKey[] = [
  { field: 'recordedAt', direction: 'asc' },
  { field: 'id', direction: 'asc' },
];
const NEWEST_FIRST_BY_RECORDING: readonly SortKey[] = [
  { field: 'recordedAt', direction: 'desc' },
  { field: 'id', direction: 'desc' },
];

/** What the audit queries read: the event log's index. */
export const AUDIT_READ_MODELS = Symbol('AuditReadModels');
export const auditReadModels = readModelsProvider(AUDIT_READ_MODELS, [
  auditLogProjection,
  // The cases: which radicados a person filed, for a search by the petitioner.
  casesProjection,
]);

/**
 * Keyset paging on the position alone (the shared helper in keyset-page.ts pages on two fields, whose
 * "before the cursor" is an OR that SQLite answers by sorting everything before it; the log is the
 * largest collection, so its pages stay one index range each).
 */
@Injectable()
export class AuditLogQueries {
  constructor(@Inject(AUDIT_READ_MODELS) private readonly readModels: ReadModelReader) {}

  async events(
    filter: AuditLogFilter,
    first: number,
    after: string | null,
  ): Promise<KeysetPage<AuditLogDocument>> {
    const cursor = after === null ? null : decodeAuditEventCursor(after);
    const base = await this.filterOf(filter);
    if (base === null) return { nodes: [], totalCount: 0, hasNextPage: false, endCursor: null };
    const page: Filter = cursor === null ? base : { $and: [base, { id: { $lt: cursor } }] };
    const [documents, totalCount] = await Promise.all([
      this.readModels.find<AuditLogDocument>(AUDIT_LOG_COLLECTION, page, {
        sort: NEWEST_FIRST,
        limit: first + 1,
      }),
      this.readModels.count(AUDIT_LOG_COLLECTION, base),
    ]);
    const nodes = documents.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      hasNextPage: documents.length > first,
      endCursor: last ? encodeAuditEventCursor(last) : null,
    };
  }

  /**
   * The read-model filter of a search, or null when no event can match. A recorded-date range becomes a
   * range of positions: recordedAt never decreases along the log (the EventStore port's promise), so the
   * events recorded in [from, to] are exactly those between the first recorded at or after `from` and
   * the last recorded at or before `to`.
   */
  private async filterOf(filter: AuditLogFilter): Promise<Filter | null> {
    const conditions = equalityConditionsOf(filter);
    if (filter.petitioners) {
      const streams = await this.streamsOfCasesFiledBy(filter.petitioners);
      // With a case or stream named too, the search is that stream if the person filed it, else nothing.
      const named = conditions['stream'];
      if (typeof named === 'string') {
        if (!streams.includes(named)) return null;
      } else {
        if (streams.length === 0) return null;
        conditions['stream'] = { $in: streams };
      }
    }
    const [lowest, highest] = await Promise.all([
      filter.from
        ? this.firstId({ recordedAt: { $gte: filter.from } }, OLDEST_FIRST_BY_RECORDING)
        : undefined,
      filter.to ? this.firstId({ recordedAt: { $lte: filter.to } }, NEWEST_FIRST_BY_RECORDING) : undefined,
    ]);
    if (lowest === null || highest === null) return null;
    if (lowest !== undefined || highest !== undefined) {
      conditions['id'] = {
        ...(lowest !== undefined ? { $gte: lowest } : {}),
        ...(highest !== undefined ? { $lte: highest } : {}),
      };
    }
    return conditions as Filter;
  }

  /**
   * The streams of the cases the people filed. More cases than a page of events could ever show together
   * are the caller's to narrow.
   */
  private async streamsOfCasesFiledBy(petitioners: PetitionersNamed): Promise<string[]> {
    const radicados = await radicadosFiledBy(this.readModels, petitioners, PETITIONER_CASES_LIMIT);
    if (radicados === null) {
      throw new BadUserInput(
        'petitioner',
        `Las personas buscadas radicaron más de ${PETITIONER_CASES_LIMIT} casos: precise el nombre o busque por documento.`,
      );
    }
    return radicados.map(pqrsStreamOf);
  }

  private async firstId(filter: Filter, sort: readonly SortKey[]): Promise<string | null> {
    const [document] = await this.readModels.find<AuditLogDocument>(AUDIT_LOG_COLLECTION, filter, {
      sort,
      limit: 1,
    });
    return document?.id ?? null;
  }
}

/** The equality part of a search; contradictory searches are the client's error. */
export function equalityConditionsOf(filter: AuditLogFilter): Record<string, Filter[string]> {
  if (filter.stream && filter.radicado)
    throw new BadUserInput('radicado', 'Busque por flujo o por radicado, no por ambos a la vez.');
  if (filter.from && filter.to && filter.from > filter.to)
    throw new BadUserInput('to', 'La fecha final de la búsqueda es anterior a la inicial.');
  const conditions: Record<string, Filter[string]> = {};
  if (filter.stream) conditions['stream'] = filter.stream;
  if (filter.radicado) conditions['stream'] = pqrsStreamOf(filter.radicado);
  if (filter.category) conditions['category'] = filter.category;
  if (filter.actorId) conditions['actorId'] = filter.actorId;
  if (filter.type) conditions['type'] = filter.type;
  return conditions;
}

/** The opaque cursor of an event: its position, base64url so clients do not read meaning into it. */
export function encodeAuditEventCursor(document: Pick<AuditLogDocument, 'id'>): string {
  return Buffer.from(document.id).toString('base64url');
}

function decodeAuditEventCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d+$/.test(id) || positionKeyOf(Number(id)) !== id)
    throw new BadUserInput('after', 'El cursor de paginación no es válido.');
  return id;
}
