// The read side of the access log: who saw whose personal data unmasked, newest first, by person, by staff
// member and by recorded date.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput } from '../../../engine/application-errors.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import type { KeysetPage } from '../../../engine/read-models/keyset-page.js';
import type { Filter, ReadModelReader, SortKey } from '../../../engine/read-models/read-model-store.js';
import {
  PERSONAL_DATA_ACCESSES_COLLECTION,
  personalDataAccessesProjection,
  type PersonalDataAccessDocument,
} from './personal-data-accesses-projection.js';

export interface AccessLogFilter {
  readonly personId?: string | null;
  readonly actorId?: string | null;
  /** Recorded at or after this instant (ISO 8601). */
  readonly from?: string | null;
  /** Recorded at or before this instant (ISO 8601). */
  readonly to?: string | null;
}

const NEWEST_FIRST: readonly SortKey[] = [{ field: 'id', direction: 'desc' }];

export const ACCESS_LOG_READ_MODELS = Symbol('AccessLogReadModels');
export const accessLogReadModels = readModelsProvider(ACCESS_LOG_READ_MODELS, [
  personalDataAccessesProjection,
]);

@Injectable()
export class AccessLogQueries {
  constructor(@Inject(ACCESS_LOG_READ_MODELS) private readonly readModels: ReadModelReader) {}

  async accesses(
    filter: AccessLogFilter,
    first: number,
    after: string | null,
  ): Promise<KeysetPage<PersonalDataAccessDocument>> {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new BadUserInput('to', 'La fecha final de la búsqueda es anterior a la inicial.');
    }
    const conditions: Record<string, Filter[string]> = {};
    if (filter.personId) conditions['personId'] = filter.personId;
    if (filter.actorId) conditions['actorId'] = filter.actorId;
    if (filter.from || filter.to) {
      conditions['recordedAt'] = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lte: filter.to } : {}),
      };
    }
    const base = conditions as Filter;
    const page: Filter = after === null ? base : { $and: [base, { id: { $lt: after } }] };
    const [documents, totalCount] = await Promise.all([
      this.readModels.find<PersonalDataAccessDocument>(PERSONAL_DATA_ACCESSES_COLLECTION, page, {
        sort: NEWEST_FIRST,
        limit: first + 1,
      }),
      this.readModels.count(PERSONAL_DATA_ACCESSES_COLLECTION, base),
    ]);
    const nodes = documents.slice(0, first);
    return {
      nodes,
      totalCount,
      hasNextPage: documents.length > first,
      // The id is the cursor: fixed-width text in the log's order, naming nobody.
      endCursor: nodes.at(-1)?.id ?? null,
    };
  }
}
