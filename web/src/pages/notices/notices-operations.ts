// The GraphQL operations of the office's notices outside a case: the outbox's counts (the layout's
// warning) and the case list read for failed notices (the schema has no query for them across cases).
import { graphql } from '../../graphql/generated';

export const NOTIFICATION_OUTBOX = graphql(`
  query NotificationOutbox {
    notificationOutbox {
      smtpConfigured
      pendingEmails
      pendingPostal
      failed
    }
  }
`);

export const CASES_WITH_NOTICES = graphql(`
  query CasesWithNotices($after: String) {
    pqrsList(first: 100, after: $after, sort: RECEIVED_AT_DESC) {
      nodes {
        radicado
        kind
        status
        assignee {
          id
          username
          fullName
        }
        notifications {
          id
          kind
          channel
          recipientRole
          status
          requestedAt
          failure
          attempts
          round
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
