// The campaign on the command path: its decider and streams, its free texts sealed under a key of the
// campaign's own (name, media, results, mapped names), and what mapping an old name needs from outside the
// domain: the campaign that name is mapped to already, if any.
import { Inject, Injectable } from '@nestjs/common';
import {
  CAMPAIGN_EVENT_SCHEMA_VERSIONS,
  campaignDecider,
  campaignStreamOf,
  type CampaignCommand,
  type CampaignEvent,
  type CampaignState,
} from '../../../domain/campaign/index.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../../engine/commands/run-command.js';
import { CampaignNameMappings } from './read-models/campaign-name-mappings.js';

@Injectable()
export class CampaignLookUps implements CommandLookUps<CampaignCommand> {
  constructor(@Inject(CampaignNameMappings) private readonly mappings: CampaignNameMappings) {}

  async complete(
    command: CampaignCommand,
    context: LookUpContext<CampaignCommand>,
  ): Promise<CompletedCommand<CampaignCommand>> {
    if (command.type !== 'MapCampaignName') return { command };
    // Ask the domain first, so a blank name or a campaign never planned is refused before the look-up.
    await context.precheck(command);
    const mappedToCampaignId = await this.mappings.campaignOf(command.data.legacyName);
    return { command: { ...command, data: { ...command.data, mappedToCampaignId } } };
  }
}

/** A campaign, fair, visit or dissemination action of the plan: `campaign-<id>`. */
export const campaignAggregate: AggregateType<CampaignCommand, CampaignEvent, CampaignState> = {
  decider: campaignDecider,
  schemaVersions: CAMPAIGN_EVENT_SCHEMA_VERSIONS,
  streamOf: campaignStreamOf,
  lookUps: CampaignLookUps,
  // Staff write names and results that may name people: sealed under the campaign's own key.
  freeTexts: {
    fields: {
      PlanCampaign: ['name', 'media'],
      RecordCampaignResult: ['results'],
      MapCampaignName: ['legacyName'],
    },
    ownerOf: (command, state) =>
      command.type === 'PlanCampaign' || state.status === 'NOT_PLANNED' ? null : state.textOwnerId,
  },
};
