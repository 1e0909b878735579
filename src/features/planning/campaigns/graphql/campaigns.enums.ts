// GraphQL enums of campaigns, registered from the domain's own lists, each value described by the
// domain's Spanish words for it.
import { registerEnumType } from '@nestjs/graphql';
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_KINDS,
  type CampaignChannel,
  type CampaignKind,
} from '../../../../domain/campaign/events.js';
import { CAMPAIGN_CHANNEL_LABELS, CAMPAIGN_KIND_LABELS } from '../../../../domain/campaign/labels.js';
import { enumObject, valuesDescribedBy } from '../../../../graphql/enum-values.js';

export const CampaignKindEnum = enumObject<CampaignKind>(CAMPAIGN_KINDS);
export const CampaignChannelEnum = enumObject<CampaignChannel>(CAMPAIGN_CHANNELS);

registerEnumType(CampaignKindEnum, {
  name: 'CampaignKind',
  description:
    'Tipo de actividad del plan de mercadeo y medios: campaña, feria, visita o acción de difusión.',
  valuesMap: valuesDescribedBy<CampaignKind>(CAMPAIGN_KIND_LABELS),
});
registerEnumType(CampaignChannelEnum, {
  name: 'CampaignChannel',
  description: 'Canal o medio por el que la campaña llega a las personas.',
  valuesMap: valuesDescribedBy<CampaignChannel>(CAMPAIGN_CHANNEL_LABELS),
});
