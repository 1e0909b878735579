// What is asked of a day's digest: to record that one staff member's digest was handed to the mail
// server. Only Ventanilla's own digest process asks it; the address it went to stays out of the log.
import type { TemplateUsed } from '../notifications/notice-kinds.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import type { DigestContents } from './events.js';

export type RecordDigestSent = {
  readonly type: 'RecordDigestSent';
  readonly data: {
    /** The business day the digest is for (Bogotá). */
    readonly date: CalendarDate;
    /** The staff account it was sent to, by id: never its name or address. */
    readonly recipientAccountId: string;
    /** The Message-ID it carried, derived from (date, account): a resend is the same message. */
    readonly messageId: string;
    /** The mail server's reply when it took the message. */
    readonly serverResponse: string;
    readonly sentAt: Instant;
    /** How many cases of each list it named. */
    readonly contents: DigestContents;
    /** The DAILY_DIGEST version it was written from: the one in force when it was written. */
    readonly template: TemplateUsed;
  };
};

export type DigestCommand = RecordDigestSent;
