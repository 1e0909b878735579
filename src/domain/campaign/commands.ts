// What staff ask of a campaign. The moment and the actor arrive in the DecisionContext.
import type { CalendarDate } from '../shared/time.js';
import type { CampaignChannel, CampaignKind } from './events.js';

export type PlanCampaign = {
  readonly type: 'PlanCampaign';
  readonly data: {
    readonly campaignId: string;
    /** `kind` and the channels are strings until decide checks them: they come from outside. */
    readonly kind: CampaignKind | string;
    readonly name: string;
    readonly municipalityCode: string;
    readonly startDate: CalendarDate;
    readonly endDate: CalendarDate;
    readonly channels: readonly (CampaignChannel | string)[];
    readonly media: string | null;
    readonly budget: number;
    /** Written by the command path once the texts are sealed under a key of the campaign's own. */
    readonly textOwnerId?: string | null;
  };
};

export type RecordCampaignResult = {
  readonly type: 'RecordCampaignResult';
  readonly data: {
    readonly attendance: number;
    readonly actualCost: number;
    readonly results: string;
  };
};

export type MapCampaignName = {
  readonly type: 'MapCampaignName';
  readonly data: {
    readonly legacyName: string;
    /**
     * The campaign the name is mapped to already, as the look-ups found it (null: to none). A name counts
     * for one campaign only.
     */
    readonly mappedToCampaignId: string | null;
  };
};

export type CampaignCommand = PlanCampaign | RecordCampaignResult | MapCampaignName;
