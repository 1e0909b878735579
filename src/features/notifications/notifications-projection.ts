// The `notifications` read model: one document per notice of any record (a case, an affiliation), with
// what became of it. The sender reads the pending ones from it; staff see the failed ones; the outbox
// count says how many wait. It is rebuilt from the log like every read model: the log is the outbox.
import {
  evolveNotifications,
  isNotificationEvent,
  type NotificationRecord,
} from '../../domain/notifications/notifications.js';
import { AFFILIATION_STREAM_PREFIX } from '../../domain/affiliation/events.js';
import { PQRS_STREAM_PREFIX } from '../../domain/pqrs/events.js';
import type { RecordedEvent } from '../../engine/eventstore/event-store.js';
import type { Projection } from '../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../engine/read-models/read-model-store.js';

export const NOTIFICATIONS_COLLECTION = 'notifications';

/** The records notices belong to, by the prefix of their streams. */
export const NOTIFYING_STREAM_PREFIXES = [PQRS_STREAM_PREFIX, AFFILIATION_STREAM_PREFIX] as const;

export interface NotificationDocument extends ReadModelDocument, NotificationRecord {
  readonly id: string;
  /** The stream of the record it belongs to (`pqrs-<radicado>`, `affiliation-<id>`). */
  readonly stream: string;
  /** The record's id within its stream (the radicado, the affiliation's id). */
  readonly recordId: string;
  /** For the sender's query: PENDING e-mails are due once this passes ('' when due at once). */
  readonly dueForSending: string;
  readonly lastPosition: number;
}

export function recordIdOf(stream: string): string {
  const prefix = NOTIFYING_STREAM_PREFIXES.find((candidate) => stream.startsWith(candidate)) ?? '';
  return stream.slice(prefix.length);
}

export function evolveNotificationDocument(
  current: NotificationDocument | null,
  recorded: RecordedEvent,
): NotificationDocument | null {
  const event = { type: recorded.type, data: recorded.data };
  if (!isNotificationEvent(event)) return current;
  const [next] = evolveNotifications(current === null ? [] : [current], event);
  if (next === undefined) return null;
  return {
    ...next,
    stream: recorded.stream,
    recordId: recordIdOf(recorded.stream),
    dueForSending: next.nextAttemptAt ?? '',
    lastPosition: recorded.position,
  };
}

export const notificationsProjection: Projection = {
  name: 'notifications',
  version: 1,
  categories: [...NOTIFYING_STREAM_PREFIXES],
  collections: [NOTIFICATIONS_COLLECTION],
  indexes: {
    [NOTIFICATIONS_COLLECTION]: ['status', 'status+channel', 'status+dueForSending', 'stream', 'requestedAt'],
  },
  async apply(event, tx) {
    if (!isNotificationEvent({ type: event.type })) return;
    const id = (event.data as { notificationId?: unknown }).notificationId;
    if (typeof id !== 'string') return;
    const current = await tx.get<NotificationDocument>(NOTIFICATIONS_COLLECTION, id);
    // Positions only grow: an event at or below the document's last one is already in it.
    if (current !== null && event.position <= current.lastPosition) return;
    const next = evolveNotificationDocument(current, event);
    if (next !== null) await tx.put(NOTIFICATIONS_COLLECTION, next);
  },
};
