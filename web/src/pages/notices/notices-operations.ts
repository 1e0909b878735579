// The GraphQL operations of the office's notices outside a case: the outbox's counts (the layout's
// warning) and the failed notices across the office's records (Avisos fallidos).
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

/** The newest failed notices, of cases and affiliations alike (the server gives at most 500). */
export const FAILED_NOTIFICATIONS = graphql(`
  query FailedNotifications($first: Int!) {
    failedNotifications(first: $first) {
      id
      recordId
      recordKind
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
`);
