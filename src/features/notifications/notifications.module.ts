// Notices by mail for every record that notifies: their read model, the sender that follows it, and the
// registry where each record type says how its notices are written (PQRS cases, affiliations).
import { Global, Module } from '@nestjs/common';
import { readModelsProvider } from '../../engine/commands/read-your-writes.js';
import { NoticeComposers } from './notice-composition.js';
import { NOTIFICATION_READ_MODELS, NotificationQueries } from './notification-queries.js';
import { NotificationSender } from './notification-sender.js';
import { notificationsProjection } from './notifications-projection.js';

@Global()
@Module({
  providers: [
    readModelsProvider(NOTIFICATION_READ_MODELS, [notificationsProjection]),
    NotificationQueries,
    NoticeComposers,
    NotificationSender,
  ],
  exports: [NotificationQueries, NoticeComposers, NotificationSender],
})
export class NotificationsModule {}
