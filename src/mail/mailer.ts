// The outgoing-mail port: one message handed to the office's SMTP server, and what the server answered.
// Ventanilla gives every message its own Message-ID, so a message sent again after an interruption is the
// same message to the receiving side.

export interface OutgoingMail {
  /** `<id@domain>`: derived from what the message is (a notice's id and round), never random. */
  readonly messageId: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachments?: readonly OutgoingAttachment[];
  /** The Date header: when the message was made. */
  readonly date: Date;
}

export interface OutgoingAttachment {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/** What the server said when it took the message. */
export interface MailReceipt {
  readonly messageId: string;
  /** The server's last reply line (`250 2.0.0 Ok: queued as …`). */
  readonly response: string;
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
}

/** A refusal the server gave (a 4xx or 5xx reply) or a connection that failed, as staff read it. */
export class MailNotSent extends Error {
  constructor(
    message: string,
    /** The SMTP reply code, when the server answered (550, 421); null when it could not be reached. */
    readonly responseCode: number | null,
  ) {
    super(message);
    this.name = 'MailNotSent';
  }
}

export interface Mailer {
  /** False when no SMTP server is configured: notices wait as pending. */
  readonly configured: boolean;
  /** Hands the message over; throws MailNotSent when the server refuses it or cannot be reached. */
  send(mail: OutgoingMail): Promise<MailReceipt>;
}

export const MAILER = Symbol('Mailer');

/** `<local@domain>` for a Message-ID made of Ventanilla's own parts (ids, dates). */
export function messageIdOf(local: string, domain: string): string {
  return `<${local.replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/g, '-')}@${domain}>`;
}
