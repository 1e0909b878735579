// The read side of affiliations: the list and detail, the novelties report and the statistics of a
// period, all from the read models of affiliations-projection.ts.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput, NotFound } from '../../../engine/application-errors.js';
import { findKeysetPage, keysetCursorOf, type KeysetOrder } from '../../../engine/read-models/keyset-page.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import {
  AFFILIATION_NOVELTIES_COLLECTION,
  AFFILIATIONS_COLLECTION,
  affiliationsProjection,
  queryAffiliationNovelties,
  queryAffiliationStatistics,
  type AffiliationDocument,
  type AffiliationNoveltyDocument,
  type AffiliationStatistics,
} from './affiliations-projection.js';
import { requestNumberQueryOf } from '../../../domain/affiliation/request-number.js';
import type { Filter, ReadModelReader } from '../../../engine/read-models/read-model-store.js';

export interface AffiliationListFilter {
  readonly status?: string | null;
  readonly affiliationType?: string | null;
  readonly channel?: string | null;
  readonly campaign?: string | null;
  readonly campaignId?: string | null;
  readonly assigneeId?: string | null;
  readonly memberNumber?: string | null;
  /** true: some required document is still not accepted; false: none is. */
  readonly hasPendingDocuments?: boolean | null;
  readonly text?: string | null;
  readonly receivedFrom?: string | null;
  readonly receivedTo?: string | null;
}

export interface AffiliationPage {
  readonly nodes: readonly AffiliationDocument[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** Newest first; the id breaks ties, so the cursor is a stable keyset position. */
const AFFILIATIONS_ORDER: KeysetOrder = { sortField: 'receivedAt', tieField: 'id' };

/** What the affiliation queries read: the applications and their novelties. */
export const AFFILIATION_READ_MODELS = Symbol('AffiliationReadModels');
export const affiliationReadModels = readModelsProvider(AFFILIATION_READ_MODELS, [affiliationsProjection]);

@Injectable()
export class AffiliationQueries {
  constructor(@Inject(AFFILIATION_READ_MODELS) private readonly readModels: ReadModelReader) {}

  async getAffiliation(affiliationId: string): Promise<AffiliationDocument> {
    const document = await this.readModels.get<AffiliationDocument>(AFFILIATIONS_COLLECTION, affiliationId);
    if (!document) throw new NotFound(`No existe una afiliación con id ${affiliationId}.`);
    return document;
  }

  async list(filter: AffiliationListFilter, first: number, after: string | null): Promise<AffiliationPage> {
    const base = toFilter(filter);
    return findKeysetPage<AffiliationDocument>(this.readModels, AFFILIATIONS_COLLECTION, base, {
      ...AFFILIATIONS_ORDER,
      first,
      after,
    });
  }

  /** The novelties reported on one affiliation, in the order they were reported. */
  noveltiesOf(affiliationId: string): Promise<AffiliationNoveltyDocument[]> {
    return this.readModels.find<AffiliationNoveltyDocument>(
      AFFILIATION_NOVELTIES_COLLECTION,
      { affiliationId },
      { sort: [{ field: 'reportedAt', direction: 'asc' }] },
    );
  }

  /** Every request of the applicant (the person, by their document), newest first. */
  requestsOf(applicantId: string): Promise<AffiliationDocument[]> {
    return this.readModels.find<AffiliationDocument>(
      AFFILIATIONS_COLLECTION,
      { applicantId },
      { sort: [{ field: 'receivedAt', direction: 'desc' }] },
    );
  }

  novelties(from: string, to: string): Promise<AffiliationNoveltyDocument[]> {
    assertPeriod(from, to);
    return queryAffiliationNovelties(this.readModels, from, to);
  }

  statistics(from: string, to: string): Promise<AffiliationStatistics> {
    assertPeriod(from, to);
    return queryAffiliationStatistics(this.readModels, from, to);
  }
}

function assertPeriod(from: string, to: string): void {
  if (from > to) throw new BadUserInput('to', 'La fecha final del periodo es anterior a la inicial.');
}

function toFilter(filter: AffiliationListFilter): Filter {
  const conditions: Record<string, Filter[string]> = {};
  if (filter.status) conditions['status'] = filter.status;
  if (filter.affiliationType) conditions['affiliationType'] = filter.affiliationType;
  if (filter.channel) conditions['channel'] = filter.channel;
  if (filter.campaign) conditions['campaign'] = filter.campaign;
  if (filter.campaignId) conditions['campaignId'] = filter.campaignId;
  if (filter.assigneeId) conditions['assigneeId'] = filter.assigneeId;
  if (filter.memberNumber) conditions['memberNumber'] = filter.memberNumber;
  if (filter.text) Object.assign(conditions, textCondition(filter.text));
  if (filter.hasPendingDocuments === true) conditions['pendingDocumentCount'] = { $gt: 0 };
  if (filter.hasPendingDocuments === false) conditions['pendingDocumentCount'] = 0;
  if (filter.receivedFrom || filter.receivedTo) {
    conditions['receivedOn'] = {
      ...(filter.receivedFrom ? { $gte: filter.receivedFrom } : {}),
      ...(filter.receivedTo ? { $lte: filter.receivedTo } : {}),
    };
  }
  return conditions as Filter;
}

/**
 * What the search box asks: a request number (`AFI-2026-000042`, or just `42` / `000042` in any year)
 * finds the request by its number alone; any other text is looked for in the member number and campaign.
 */
function textCondition(text: string): Record<string, Filter[string]> {
  const number = requestNumberQueryOf(text);
  if (number === null) return { searchText: { $contains: text } };
  return 'requestNumber' in number
    ? { requestNumber: number.requestNumber }
    : { requestConsecutive: number.consecutive };
}

export function encodeAffiliationCursor(document: Pick<AffiliationDocument, 'receivedAt' | 'id'>): string {
  return keysetCursorOf(document, AFFILIATIONS_ORDER);
}
