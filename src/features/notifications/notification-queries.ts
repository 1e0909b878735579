// What the notices' read model answers: the pending e-mails due for sending, one notice, and the outbox
// as staff see it (how many wait, how many failed, whether a mail server is configured).
import { Inject, Injectable } from '@nestjs/common';
import type { ReadModelReader } from '../../engine/read-models/read-model-store.js';
import { NOTIFICATIONS_COLLECTION, type NotificationDocument } from './notifications-projection.js';

export const NOTIFICATION_READ_MODELS = Symbol('NotificationReadModels');

export interface OutboxCounts {
  /** E-mails waiting to be sent (or tried again). */
  readonly pendingEmails: number;
  /** Postal notices waiting for staff to record their dispatch. */
  readonly pendingPostal: number;
  /** Notices whose last try failed: staff must give them by another means. */
  readonly failed: number;
}

@Injectable()
export class NotificationQueries {
  constructor(@Inject(NOTIFICATION_READ_MODELS) private readonly reader: ReadModelReader) {}

  /** Pending e-mails whose next try is due at `now`, oldest first. */
  async dueForSending(now: string, limit: number): Promise<NotificationDocument[]> {
    return this.reader.find<NotificationDocument>(
      NOTIFICATIONS_COLLECTION,
      { status: 'PENDING', channel: 'EMAIL', dueForSending: { $lte: now } },
      { sort: [{ field: 'requestedAt', direction: 'asc' }], limit },
    );
  }

  get(id: string): Promise<NotificationDocument | null> {
    return this.reader.get<NotificationDocument>(NOTIFICATIONS_COLLECTION, id);
  }

  async outbox(): Promise<OutboxCounts> {
    const [pendingEmails, pendingPostal, failed] = await Promise.all([
      this.reader.count(NOTIFICATIONS_COLLECTION, { status: 'PENDING', channel: 'EMAIL' }),
      this.reader.count(NOTIFICATIONS_COLLECTION, { status: 'PENDING', channel: 'POSTAL' }),
      this.reader.count(NOTIFICATIONS_COLLECTION, { status: 'FAILED' }),
    ]);
    return { pendingEmails, pendingPostal, failed };
  }

  /** The failed notices, newest first: the staff's list of notices to give by another means. */
  failed(limit: number): Promise<NotificationDocument[]> {
    return this.reader.find<NotificationDocument>(
      NOTIFICATIONS_COLLECTION,
      { status: 'FAILED' },
      { sort: [{ field: 'requestedAt', direction: 'desc' }], limit },
    );
  }
}
