// What other features use of notices: the read model (registered with every projection), its queries,
// and the registry where a record type says how its notices are written.
import type { Projection } from '../../engine/projections/projection.js';
import { notificationsProjection } from './notifications-projection.js';

export { notificationsProjection, NOTIFICATIONS_COLLECTION } from './notifications-projection.js';
export type { NotificationDocument } from './notifications-projection.js';
export { NotificationQueries, type OutboxCounts } from './notification-queries.js';
export {
  NoticeComposers,
  NOTICE_TEXTS,
  type ComposedNotice,
  type NoticeComposer,
  type NoticeTexts,
  type UnsendableNotice,
} from './notice-composition.js';
export { NotificationSender, MAIL_SENDER } from './notification-sender.js';
export { NotificationsModule } from './notifications.module.js';

export const NOTIFICATION_PROJECTIONS: readonly Projection[] = [notificationsProjection];
