// The GraphQL operations of the affiliation screens added after the checklist and decision: receiving a
// request, assigning it, reporting a novelty, and the period's statistics.
import { graphql } from '../../graphql/generated';

export const AFFILIATION_RECEIVE = graphql(`
  mutation AffiliationReceive($input: ReceiveAffiliationInput!) {
    receiveAffiliation(input: $input) {
      id
      revision
      status
    }
  }
`);

/** The campaigns of the plan, for the intake's list to choose the one a request came from. */
export const AFFILIATION_CAMPAIGN_CHOICES = graphql(`
  query AffiliationCampaignChoices {
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

/** The campaigns to filter the list by: the plan's, and the names older requests were typed with. */
export const AFFILIATION_CAMPAIGN_FILTER_CHOICES = graphql(`
  query AffiliationCampaignFilterChoices {
    campaigns {
      id
      name
      startDate
    }
    legacyCampaignNames {
      name
    }
  }
`);

export const AFFILIATION_ASSIGN = graphql(`
  mutation AffiliationAssign($id: ID!, $expectedRevision: Int, $assigneeId: ID!) {
    assignAffiliation(id: $id, expectedRevision: $expectedRevision, assigneeId: $assigneeId) {
      id
      revision
      status
      assignee {
        id
        username
        fullName
      }
    }
  }
`);

export const AFFILIATION_REPORT_NOVELTY = graphql(`
  mutation AffiliationReportNovelty(
    $id: ID!
    $expectedRevision: Int
    $input: ReportAffiliationNoveltyInput!
  ) {
    reportAffiliationNovelty(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      status
      retiredOn
    }
  }
`);

export const AFFILIATION_STATISTICS = graphql(`
  query AffiliationStatistics($from: Date!, $to: Date!) {
    affiliationStatistics(from: $from, to: $to) {
      from
      to
      received
      approved
      rejected
      averageDaysToDecision
      byStatus {
        status
        count
      }
      byType {
        affiliationType
        count
      }
      byCampaign {
        campaignId
        campaign
        plannedCampaignName
        count
      }
    }
  }
`);
