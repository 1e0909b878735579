// The process that follows the log's notices and sends the pending e-mails: each one written from the
// template version it recorded, given a Message-ID derived from its id and round (a send repeated after
// an interruption is the same message to the receiving server), tried again with a doubling wait when
// the server refuses for now, failed for good after the last try or at once on a permanent refusal, and
// every outcome recorded in the record's own stream as a SYSTEM actor. With no SMTP server configured it
// does nothing: notices wait as pending, and the staff client says so.
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import type { Actor } from '../../domain/shared/decider.js';
import { deterministicId } from '../../engine/commands/command-executor.js';
import { RunCommand } from '../../engine/commands/run-command.js';
import { CLOCK } from '../../engine/tokens.js';
import { MAILER, MailNotSent, messageIdOf, type Mailer } from '../../mail/mailer.js';
import { isUnsendable, NoticeComposers } from './notice-composition.js';
import { NotificationQueries } from './notification-queries.js';
import type { NotificationDocument } from './notifications-projection.js';

/** Who records what the mail server answered. */
export const MAIL_SENDER: Actor = { id: 'mail-sender', role: 'SYSTEM' };

/** How often the pending notices are looked at while there is nothing to send. */
const IDLE_POLL_MS = 1_000;
/** How many notices one pass takes. */
const BATCH = 20;

@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Avisos');
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(NotificationQueries) private readonly queries: NotificationQueries,
    @Inject(NoticeComposers) private readonly records: NoticeComposers,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.mailer.configured) {
      this.logger.log(
        'Sin servidor de correo (VENTANILLA_SMTP_URL): los avisos quedan pendientes hasta que se configure.',
      );
      return;
    }
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Sends what is due now; the loop calls it, and tests may too. Gives how many it handled. */
  async sendDue(): Promise<number> {
    const due = await this.queries.dueForSending(this.clock().toISOString(), BATCH);
    let handled = 0;
    for (const notification of due) {
      if (!this.running) break;
      await this.sendOne(notification);
      handled += 1;
    }
    return handled;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.sendDue();
      } catch (error) {
        // The store or the bus failed (a shutdown under way, a disk full): the notices stay pending.
        if (this.running) this.logger.error(`No se pudieron enviar los avisos pendientes: ${String(error)}`);
      }
      if (handled === 0 && this.running) await this.sleep(IDLE_POLL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        if (this.timer !== null) clearTimeout(this.timer);
        this.timer = null;
        this.wake = null;
        resolve();
      };
      this.timer = setTimeout(() => this.wake?.(), ms);
    });
  }

  private async sendOne(notification: NotificationDocument): Promise<void> {
    const record = this.records.recordOf(notification.stream);
    if (record === null) {
      this.logger.error(`Ningún tipo de expediente envía los avisos de ${notification.stream}.`);
      return;
    }
    const attempt = notification.attempts + 1;
    const composed = await record.composer.compose(notification);
    if (isUnsendable(composed)) {
      await this.recordOutcome(notification, {
        type: 'RecordNotificationAttemptFailed',
        data: { ...this.round(notification, attempt), failure: composed.unsendable, nextAttemptAt: null },
      });
      return;
    }
    const messageId = messageIdOf(
      `${notification.id}.${notification.round}`,
      this.config.mail.messageIdDomain,
    );
    try {
      const receipt = await this.mailer.send({
        messageId,
        to: composed.to,
        subject: composed.subject,
        text: composed.text,
        attachments: composed.attachments.map((attachment) => ({
          fileName: attachment.fileName,
          mediaType: attachment.mediaType,
          content: attachment.content,
        })),
        // The Date header is the notice's, so the same notice is the same message on every try.
        date: new Date(notification.requestedAt),
      });
      await this.recordOutcome(notification, {
        type: 'RecordNotificationSent',
        data: {
          ...this.round(notification, attempt),
          messageId: receipt.messageId,
          serverResponse: receipt.response,
        },
      });
    } catch (error) {
      if (!(error instanceof MailNotSent)) throw error;
      await this.recordOutcome(notification, {
        type: 'RecordNotificationAttemptFailed',
        data: {
          ...this.round(notification, attempt),
          failure: error.message,
          nextAttemptAt: this.nextAttemptAt(attempt, error),
        },
      });
    }
  }

  private round(notification: NotificationDocument, attempt: number) {
    return { notificationId: notification.id, round: notification.round, attempt };
  }

  /**
   * When to try again: after retryBaseSeconds, doubling each time; never after the last try, nor after a
   * permanent refusal (a 5xx reply: the mailbox does not exist, the message is refused).
   */
  private nextAttemptAt(attempt: number, error: MailNotSent): string | null {
    const permanent = error.responseCode !== null && error.responseCode >= 500;
    if (permanent || attempt >= this.config.mail.sendAttempts) return null;
    const waitMs = this.config.mail.retryBaseSeconds * 1000 * 2 ** (attempt - 1);
    return new Date(this.clock().getTime() + waitMs).toISOString();
  }

  private async recordOutcome(
    notification: NotificationDocument,
    command:
      | {
          readonly type: 'RecordNotificationSent';
          readonly data: {
            readonly notificationId: string;
            readonly round: number;
            readonly attempt: number;
            readonly messageId: string;
            readonly serverResponse: string;
          };
        }
      | {
          readonly type: 'RecordNotificationAttemptFailed';
          readonly data: {
            readonly notificationId: string;
            readonly round: number;
            readonly attempt: number;
            readonly failure: string;
            readonly nextAttemptAt: string | null;
          };
        },
  ): Promise<void> {
    const record = this.records.recordOf(notification.stream)!;
    const { notificationId, round, attempt } = command.data;
    // The same outcome recorded again (after an interruption) is the same command: nothing new is written.
    const commandId = deterministicId(`notice/${notificationId}/${round}/${attempt}/${command.type}`);
    await this.commands.execute(
      new RunCommand(record.aggregate, notification.recordId, command, {
        actor: MAIL_SENDER,
        commandId,
        correlationId: notificationId,
        causationId: notificationId,
      }),
    );
  }
}
