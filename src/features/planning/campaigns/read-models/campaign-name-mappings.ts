// The old free-text campaign names mapped to campaigns, as written (revealed from the vault): what the
// statistics count old applications by, and what the look-ups check a new mapping against. Apart from the
// other queries so the command path reads it without the affiliations read model.
import { Inject, Injectable } from '@nestjs/common';
import { readModelsProvider } from '../../../../engine/commands/read-your-writes.js';
import type { ReadModelReader } from '../../../../engine/read-models/read-model-store.js';
import { foldForSearch } from '../../../../engine/read-models/search-text.js';
import { PersonalTexts } from '../../../../personal-data/personal-texts.js';
import type { LegacyNameMapping } from './campaign-figures.js';
import {
  CAMPAIGN_NAME_MAPPINGS_COLLECTION,
  campaignsProjection,
  type CampaignNameMappingDocument,
} from './campaigns-projection.js';

export const CAMPAIGN_READ_MODELS = Symbol('CampaignReadModels');
export const campaignReadModels = readModelsProvider(CAMPAIGN_READ_MODELS, [campaignsProjection]);

@Injectable()
export class CampaignNameMappings {
  constructor(
    @Inject(CAMPAIGN_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  /** Every mapping, its name revealed, oldest first. */
  async all(): Promise<LegacyNameMapping[]> {
    const documents = await this.readModels.find<CampaignNameMappingDocument>(
      CAMPAIGN_NAME_MAPPINGS_COLLECTION,
      {},
      {
        sort: [
          { field: 'mappedAt', direction: 'asc' },
          { field: 'id', direction: 'asc' },
        ],
      },
    );
    const revealed = await this.texts.reveal(documents);
    return revealed.map(({ legacyName, campaignId }) => ({ legacyName, campaignId }));
  }

  /** The campaign a name (case and accents aside) is mapped to; null when it is mapped to none. */
  async campaignOf(name: string): Promise<string | null> {
    const folded = foldForSearch(name.trim());
    const found = (await this.all()).find((mapping) => foldForSearch(mapping.legacyName.trim()) === folded);
    return found?.campaignId ?? null;
  }
}
