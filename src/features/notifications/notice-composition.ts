// What a notice becomes before it is sent: its addressees, its text (from the template version it
// recorded) and its files. Each record type that notifies (a case, an affiliation) composes its own,
// registered here by the prefix of its streams.
import { Injectable } from '@nestjs/common';
import type { TemplateUsed } from '../../domain/notifications/notice-kinds.js';
import type { AggregateType } from '../../engine/commands/run-command.js';
import type { NotificationDocument } from './notifications-projection.js';

export interface ComposedNotice {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachments: readonly {
    readonly fileName: string;
    readonly mediaType: string;
    readonly content: Buffer;
  }[];
}

/** A notice that cannot go by e-mail at all (no address, the person's data erased): failed at once. */
export interface UnsendableNotice {
  readonly unsendable: string;
}

export interface NoticeComposer {
  compose(notification: NotificationDocument): Promise<ComposedNotice | UnsendableNotice>;
}

/** The templates' texts: a notice is written from the version it recorded, never from today's. */
export interface NoticeTexts {
  render(
    template: TemplateUsed,
    values: Readonly<Record<string, string>>,
  ): Promise<{ readonly subject: string; readonly text: string }>;
}

export const NOTICE_TEXTS = Symbol('NoticeTexts');

export function isUnsendable(notice: ComposedNotice | UnsendableNotice): notice is UnsendableNotice {
  return 'unsendable' in notice;
}

/** A record type that notifies: how its notices are written, and the aggregate their outcomes go to. */
export interface NotifyingRecord {
  readonly composer: NoticeComposer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each record type has its own commands
  readonly aggregate: AggregateType<any, any, any>;
}

@Injectable()
export class NoticeComposers {
  private readonly byPrefix = new Map<string, NotifyingRecord>();

  register(streamPrefix: string, record: NotifyingRecord): void {
    this.byPrefix.set(streamPrefix, record);
  }

  recordOf(stream: string): NotifyingRecord | null {
    for (const [prefix, record] of this.byPrefix) if (stream.startsWith(prefix)) return record;
    return null;
  }
}
