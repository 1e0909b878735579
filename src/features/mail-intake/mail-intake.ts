// One message of the office's mailbox, from its bytes to where it goes: radicated (to the processed
// folder) or queued for staff with the reason (to the review folder). Knows no IMAP: the mailbox reader
// fetches the bytes and moves the message where this says. A message is never dropped: when something
// is down (the vault, the file store), this throws and the message waits in the mailbox for the next pass.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { sizeInWords } from '../../domain/shared/attachments.js';
import { MailIntakeStore } from './mail-intake-store.js';
import { fromAsShown, messageKeyOf, readMail } from './mail-reading.js';
import { MailNotRadicated, MailRadication } from './mail-radication.js';

/** Where a message goes once handled. */
export type MailDestination = 'PROCESSED' | 'REVIEW';

/** What the reader knows of a message without its bytes, to queue one too large to fetch. */
export interface MailEnvelope {
  readonly messageId: string | null;
  readonly from: string | null;
  readonly subject: string | null;
  readonly size: number;
  /** Unique in the mailbox: `<uidvalidity>/<uid>`, for a message with no Message-ID. */
  readonly mailboxId: string;
}

@Injectable()
export class MailIntake {
  private readonly logger = new Logger('Buzón de correo');

  constructor(
    @Inject(MailRadication) private readonly radication: MailRadication,
    @Inject(MailIntakeStore) private readonly store: MailIntakeStore,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  /**
   * The largest message fetched and radicated: one filing's files, as base64 makes them (a third more),
   * with room for the text. A larger one goes to the queue without being fetched.
   */
  get maxMessageBytes(): number {
    const { maxTotalBytesPerFiling } = this.config.attachmentLimits;
    return Math.ceil((maxTotalBytesPerFiling * 4) / 3) + 2 * 1024 * 1024;
  }

  /** Handles a message (its bytes as the server keeps them, and when it arrived) and says where it goes. */
  async handle(raw: Uint8Array, arrivedAt: Date | null): Promise<MailDestination> {
    const bytes = Buffer.from(raw);
    let parsed;
    try {
      parsed = await simpleParser(bytes, { skipImageLinks: true, skipTextToHtml: true });
    } catch {
      return this.queue(messageKeyOf(null, bytes), arrivedAt, {
        from: null,
        subject: null,
        reason: 'No se pudo leer el mensaje: su formato no es el de un correo electrónico válido.',
      });
    }
    const key = messageKeyOf(parsed.messageId, bytes);
    const radicado = this.store.radicadoOf(key);
    if (radicado !== null) {
      this.logger.log(
        `Un mensaje ya radicado como ${radicado} llegó otra vez: se archiva sin radicarlo de nuevo.`,
      );
      return 'PROCESSED';
    }
    const { processedFolder } = this.config.mail.intake;
    const reading = readMail(parsed, ownAddressOf(this.config.mail.from), processedFolder);
    if (!reading.readable) return this.queue(key, arrivedAt, reading);
    let issued: string;
    try {
      issued = await this.radication.radicate(reading, arrivedAt, key);
    } catch (error) {
      if (!(error instanceof MailNotRadicated)) throw error;
      return this.queue(key, arrivedAt, {
        from: fromAsShown(parsed),
        subject: parsed.subject?.trim() || null,
        reason: error.message,
      });
    }
    this.store.recordRadicated(key, issued);
    this.logger.log(`Mensaje del buzón radicado como ${issued}.`);
    return 'PROCESSED';
  }

  /** A message too large to fetch goes to the queue with what its envelope says. */
  queueTooLarge(envelope: MailEnvelope, arrivedAt: Date | null): MailDestination {
    const key = messageKeyOf(envelope.messageId ?? `mailbox:${envelope.mailboxId}`, new Uint8Array());
    return this.queue(key, arrivedAt, {
      from: envelope.from,
      subject: envelope.subject,
      reason:
        `El mensaje pesa ${sizeInWords(envelope.size)}; se radican por correo mensajes de hasta ` +
        `${sizeInWords(this.maxMessageBytes)}. Radíquelo a mano con sus archivos.`,
    });
  }

  private queue(
    key: string,
    arrivedAt: Date | null,
    message: { readonly from: string | null; readonly subject: string | null; readonly reason: string },
  ): MailDestination {
    const id = this.store.queueForReview(key, {
      receivedAt: arrivedAt === null || Number.isNaN(arrivedAt.getTime()) ? null : arrivedAt.toISOString(),
      from: message.from?.trim() || null,
      subject: message.subject?.trim() || null,
      reason: message.reason,
    });
    // The reason may quote the message; the log says only that it waits, and under which id.
    this.logger.warn(`Un mensaje del buzón no se pudo radicar: queda en «Correo por revisar» (${id}).`);
    return 'REVIEW';
  }
}

/** The address of VENTANILLA_MAIL_FROM (`Atención al Cliente <pqrs@entidad.gov.co>` → `pqrs@entidad.gov.co`). */
export function ownAddressOf(from: string): string {
  return (/<([^>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}
