// The GraphQL operations of the campaigns-and-media screen: the year's plan with its figures, the old
// free-text names, planning a campaign, recording its result and mapping an old name to it.
import { graphql } from '../../../graphql/generated';

export const CAMPAIGN_PLAN = graphql(`
  query CampaignPlan($filter: CampaignFilterInput) {
    campaignStatistics(filter: $filter) {
      byCampaign {
        campaign {
          id
          kind
          name
          municipality {
            code
            name
          }
          startDate
          endDate
          channels
          media
          budget
          attendance
          actualCost
          results
          mappedNames
          revision
        }
        figures {
          applications
          approved
          costPerAffiliation
        }
      }
      byMunicipality {
        municipality {
          code
          name
        }
        campaigns
        budget
        actualCost
        attendance
        applications
        approved
        costPerAffiliation
      }
    }
  }
`);

export const LEGACY_CAMPAIGN_NAMES = graphql(`
  query LegacyCampaignNames {
    legacyCampaignNames {
      name
      applications
      campaignId
    }
    campaigns {
      id
      name
      startDate
      endDate
      municipality {
        code
        name
      }
    }
  }
`);

export const CAMPAIGN_PLAN_MUTATION = graphql(`
  mutation CampaignPlanCampaign($input: PlanCampaignInput!) {
    planCampaign(input: $input) {
      id
      name
      year
    }
  }
`);

export const CAMPAIGN_RECORD_RESULT = graphql(`
  mutation CampaignRecordResult(
    $id: ID!
    $expectedRevision: Int
    $attendance: Int!
    $actualCost: Int!
    $results: String!
  ) {
    recordCampaignResult(
      id: $id
      expectedRevision: $expectedRevision
      attendance: $attendance
      actualCost: $actualCost
      results: $results
    ) {
      id
      attendance
      actualCost
      results
      revision
    }
  }
`);

export const CAMPAIGN_MAP_NAME = graphql(`
  mutation CampaignMapName($id: ID!, $legacyName: String!) {
    mapCampaignName(id: $id, legacyName: $legacyName) {
      id
      mappedNames
      revision
    }
  }
`);
