// The Mailer over SMTP, through nodemailer: one pooled connection to VENTANILLA_SMTP_URL.
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { MailNotSent, type MailReceipt, type Mailer, type OutgoingMail } from './mailer.js';

export class SmtpMailer implements Mailer {
  readonly configured = true;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(transportOptionsOf(smtpUrl));
  }

  async send(mail: OutgoingMail): Promise<MailReceipt> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: [...mail.to],
        cc: mail.cc === undefined ? undefined : [...mail.cc],
        subject: mail.subject,
        text: mail.text,
        date: mail.date,
        messageId: mail.messageId,
        attachments: (mail.attachments ?? []).map((attachment) => ({
          filename: attachment.fileName,
          contentType: attachment.mediaType,
          content: attachment.content,
        })),
      });
      const accepted = (info.accepted as (string | { address: string })[]).map(addressOf);
      const rejected = (info.rejected as (string | { address: string })[]).map(addressOf);
      if (accepted.length === 0) {
        throw new MailNotSent(`El servidor de correo no aceptó ningún destinatario: ${info.response}`, null);
      }
      return { messageId: mail.messageId, response: String(info.response), accepted, rejected };
    } catch (error) {
      if (error instanceof MailNotSent) throw error;
      const failure = error as { message?: string; response?: string; responseCode?: number };
      throw new MailNotSent(
        failure.response ?? failure.message ?? String(error),
        typeof failure.responseCode === 'number' ? failure.responseCode : null,
      );
    }
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * `smtp://user:password@host:587` (STARTTLS when the server offers it) or `smtps://…:465` (TLS from the
 * start); `?rejectUnauthorized=false` accepts a server certificate no authority signed (an internal relay).
 */
export function transportOptionsOf(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    auth:
      url.username === ''
        ? undefined
        : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    tls: { rejectUnauthorized: url.searchParams.get('rejectUnauthorized') !== 'false' },
    // A server that does not answer must not hold a notice forever: it is tried again later.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}

function addressOf(recipient: string | { address: string }): string {
  return typeof recipient === 'string' ? recipient : recipient.address;
}

/** No SMTP server configured: nothing is sent, notices wait as pending and staff see that they do. */
export const NO_MAILER: Mailer = {
  configured: false,
  send: () =>
    Promise.reject(new MailNotSent('No hay un servidor de correo configurado (VENTANILLA_SMTP_URL).', null)),
};
