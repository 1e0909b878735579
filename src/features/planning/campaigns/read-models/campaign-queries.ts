// The read side of campaigns: one campaign, the year's plan filtered, the campaign statistics
// (affiliations per campaign and municipality, cost per affiliation) and the old free-text names still
// to map — from the campaigns and affiliations read models, texts revealed by the resolver.
import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '../../../../engine/application-errors.js';
import { readModelsProvider } from '../../../../engine/commands/read-your-writes.js';
import type { Filter, ReadModelReader } from '../../../../engine/read-models/read-model-store.js';
import { foldForSearch } from '../../../../engine/read-models/search-text.js';
import {
  AFFILIATIONS_COLLECTION,
  affiliationsProjection,
  type AffiliationDocument,
} from '../../../affiliations/index.js';
import {
  campaignFigures,
  mappedNameIndex,
  municipalityFigures,
  type CampaignFigures,
  type LegacyNameMapping,
  type MunicipalityFigures,
} from './campaign-figures.js';
import { CampaignNameMappings } from './campaign-name-mappings.js';
import { CAMPAIGNS_COLLECTION, campaignsProjection, type CampaignDocument } from './campaigns-projection.js';

export interface CampaignListFilter {
  readonly year?: number | null;
  readonly kind?: string | null;
  readonly municipalityCode?: string | null;
}

export interface CampaignStatistics {
  readonly campaigns: readonly (CampaignDocument & { readonly figures: CampaignFigures })[];
  readonly byMunicipality: readonly MunicipalityFigures[];
}

/** An old free-text name found on applications, how many carry it, and the campaign it is mapped to. */
export interface LegacyCampaignName {
  readonly name: string;
  readonly applications: number;
  readonly campaignId: string | null;
}

/** What the campaign statistics read: the campaigns and the applications that name them. */
export const CAMPAIGN_STATISTICS_READ_MODELS = Symbol('CampaignStatisticsReadModels');
export const campaignStatisticsReadModels = readModelsProvider(CAMPAIGN_STATISTICS_READ_MODELS, [
  campaignsProjection,
  affiliationsProjection,
]);

const BY_START = {
  sort: [
    { field: 'startDate', direction: 'asc' as const },
    { field: 'id', direction: 'asc' as const },
  ],
};

@Injectable()
export class CampaignQueries {
  constructor(
    @Inject(CAMPAIGN_STATISTICS_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(CampaignNameMappings) private readonly mappings: CampaignNameMappings,
  ) {}

  async get(campaignId: string): Promise<CampaignDocument> {
    const document = await this.readModels.get<CampaignDocument>(CAMPAIGNS_COLLECTION, campaignId);
    if (!document) throw new NotFound(`No existe una campaña con id ${campaignId}.`);
    return document;
  }

  /** The campaigns of the filter, by start date. */
  list(filter: CampaignListFilter): Promise<CampaignDocument[]> {
    return this.readModels.find<CampaignDocument>(CAMPAIGNS_COLLECTION, campaignFilter(filter), BY_START);
  }

  /** The old names mapped to each campaign, as written, in the order they were mapped (one read). */
  async mappedNames(): Promise<ReadonlyMap<string, readonly string[]>> {
    const byCampaign = new Map<string, string[]>();
    for (const { campaignId, legacyName } of await this.mappings.all()) {
      byCampaign.set(campaignId, [...(byCampaign.get(campaignId) ?? []), legacyName]);
    }
    return byCampaign;
  }

  /** Each campaign of the filter with its figures, and the figures by municipality. */
  async statistics(filter: CampaignListFilter): Promise<CampaignStatistics> {
    const campaigns = await this.list(filter);
    const mappings = await this.mappings.all();
    const applications = await this.applicationsOf(campaigns, mappings);
    const figures = campaignFigures(campaigns, applications, mappings);
    return {
      campaigns: campaigns.map((campaign, index) => ({ ...campaign, figures: figures[index]! })),
      byMunicipality: municipalityFigures(campaigns, figures),
    };
  }

  /** The free-text names old applications carry, most applications first, with their mapping. */
  async legacyNames(): Promise<LegacyCampaignName[]> {
    const legacy = await this.readModels.find<AffiliationDocument>(AFFILIATIONS_COLLECTION, {
      campaign: { $ne: null },
    });
    const mapped = mappedNameIndex(await this.mappings.all());
    const names = new Map<string, number>();
    for (const { campaign } of legacy) if (campaign) names.set(campaign, (names.get(campaign) ?? 0) + 1);
    return [...names]
      .map(([name, applications]) => ({
        name,
        applications,
        campaignId: mapped.get(foldForSearch(name.trim())) ?? null,
      }))
      .sort(
        (left, right) => right.applications - left.applications || left.name.localeCompare(right.name, 'es'),
      );
  }

  /** The applications that name the campaigns by id, and the old ones whose name is mapped to one. */
  private async applicationsOf(
    campaigns: readonly CampaignDocument[],
    mappings: readonly LegacyNameMapping[],
  ): Promise<AffiliationDocument[]> {
    if (campaigns.length === 0) return [];
    const ids = campaigns.map((campaign) => campaign.id);
    const byId = await this.readModels.find<AffiliationDocument>(AFFILIATIONS_COLLECTION, {
      campaignId: { $in: ids },
    });
    const wanted = new Set(ids);
    if (!mappings.some((mapping) => wanted.has(mapping.campaignId))) return byId;
    const legacy = await this.readModels.find<AffiliationDocument>(AFFILIATIONS_COLLECTION, {
      campaign: { $ne: null },
    });
    return [...byId, ...legacy];
  }
}

export function campaignFilter(filter: CampaignListFilter): Filter {
  const conditions: Record<string, Filter[string]> = {};
  if (filter.year != null) conditions['year'] = filter.year;
  if (filter.kind) conditions['kind'] = filter.kind;
  if (filter.municipalityCode) conditions['municipalityCode'] = filter.municipalityCode;
  return conditions as Filter;
}
