// The office's mailbox, read over IMAP (imapflow) while the application runs: one connection, the folder
// of new messages kept open so the server can push new mail (IDLE, where it offers it), a pass every
// VENTANILLA_IMAP_POLL_SECONDS besides, and a new connection with a growing wait after a drop. Each pass
// takes the folder's messages one at a time, oldest first, and moves each where MailIntake says; it never
// deletes one. Off when VENTANILLA_IMAP_URL is not set.
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ImapFlow } from 'imapflow';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { imapOptionsOf, mailboxNameOf, reconnectDelayMs } from './imap-connection.js';
import { MailIntake, type MailDestination } from './mail-intake.js';

/** How long a logout may take at shutdown before the connection is simply closed. */
const LOGOUT_WAIT_MS = 2_000;

@Injectable()
export class MailboxReader implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Buzón de correo');
  private client: ImapFlow | null = null;
  /** The connection being made, awaited by readNow. */
  private connecting: Promise<void> | null = null;
  private failures = 0;
  private stopped = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** The pass under way and the one waiting behind it: passes never overlap, and pile up at most one deep. */
  private passing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(
    @Inject(MailIntake) private readonly intake: MailIntake,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  private get settings() {
    return this.config.mail.intake;
  }

  onApplicationBootstrap(): void {
    if (this.settings.url === null) return;
    this.connecting = this.connect();
    this.pollTimer = setInterval(() => void this.requestPass(), this.settings.pollSeconds * 1000);
    this.pollTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    await this.connecting;
    await this.passing;
    const client = this.client;
    this.client = null;
    if (client !== null) await closeConnection(client);
  }

  /**
   * Reads the folder now and resolves when that pass is done (after one under way). Fails when the
   * mailbox is not connected. For an operator's "read the mailbox now", and for the tests.
   */
  async readNow(): Promise<void> {
    await this.connecting;
    if (this.client === null) throw new Error('El buzón de correo no está conectado.');
    await this.requestPass();
  }

  private async connect(): Promise<void> {
    const url = this.settings.url!;
    const client = new ImapFlow({ ...imapOptionsOf(url), logger: false });
    // Without a listener an 'error' event would end the process; the 'close' after it reconnects.
    client.on('error', (error: Error) => {
      this.logger.warn(`El buzón de correo (${mailboxNameOf(url)}) respondió con un error: ${error.message}`);
    });
    client.on('close', () => {
      if (this.client !== client) return;
      this.client = null;
      this.logger.warn(`Se perdió la conexión con el buzón de correo (${mailboxNameOf(url)}).`);
      this.scheduleReconnect();
    });
    // The server pushed a new message (IDLE) or one appeared in a poll's answer.
    client.on('exists', () => void this.requestPass());
    try {
      await client.connect();
      await this.createMissingFolders(client);
      await client.mailboxOpen(this.settings.folder);
    } catch (error) {
      client.close();
      this.failures += 1;
      this.logger.error(
        `No se pudo abrir el buzón de correo (${mailboxNameOf(url)}): ${describe(error)}. ` +
          `Se intenta de nuevo en ${Math.round(reconnectDelayMs(this.failures) / 1000)} s.`,
      );
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await closeConnection(client);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.logger.log(`Leyendo el buzón de correo ${mailboxNameOf(url)}, carpeta «${this.settings.folder}».`);
    void this.requestPass();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer !== undefined) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.stopped) this.connecting = this.connect();
    }, reconnectDelayMs(this.failures));
    this.reconnectTimer.unref();
  }

  /** The folders messages are moved to, created when the mailbox does not have them yet. */
  private async createMissingFolders(client: ImapFlow): Promise<void> {
    const existing = new Set((await client.list()).map((folder) => folder.path));
    for (const folder of [this.settings.processedFolder, this.settings.reviewFolder]) {
      if (!existing.has(folder)) await client.mailboxCreate(folder);
    }
  }

  /** A pass after the one under way, unless one is already waiting (it will see the same messages). */
  private requestPass(): Promise<void> {
    if (this.queued !== null) return this.queued;
    const next = this.passing.then(async () => {
      this.queued = null;
      await this.pass();
    });
    this.queued = next;
    this.passing = next;
    return next;
  }

  private async pass(): Promise<void> {
    const client = this.client;
    if (client === null || this.stopped) return;
    try {
      const lock = await client.getMailboxLock(this.settings.folder);
      try {
        // Asked of the server, not of the count this connection last heard: a message delivered a moment
        // ago is announced to this session only when it syncs (NOOP).
        await client.noop();
        const uids = (await client.search({ all: true }, { uid: true })) || [];
        if (uids.length === 0 || client.mailbox === false) return;
        const uidValidity = String(client.mailbox.uidValidity);
        const listed = await client.fetchAll(
          uids.join(','),
          { uid: true, internalDate: true, size: true },
          { uid: true },
        );
        for (const { uid, internalDate, size } of listed) {
          if (this.stopped || this.client !== client) return;
          await this.take(client, uid, arrivalOf(internalDate), size ?? 0, `${uidValidity}/${uid}`);
        }
      } finally {
        lock.release();
      }
    } catch (error) {
      // The message being handled stays where it is, for the next pass.
      this.logger.error(`La lectura del buzón de correo se interrumpió: ${describe(error)}`);
    }
  }

  private async take(
    client: ImapFlow,
    uid: number,
    arrivedAt: Date | null,
    size: number,
    mailboxId: string,
  ): Promise<void> {
    let destination: MailDestination;
    if (size > this.intake.maxMessageBytes) {
      const { envelope } = (await client.fetchOne(String(uid), { envelope: true }, { uid: true })) || {};
      const from = envelope?.from?.[0];
      destination = this.intake.queueTooLarge(
        {
          messageId: envelope?.messageId ?? null,
          from:
            from === undefined
              ? null
              : [from.name, from.address && `<${from.address}>`].filter(Boolean).join(' '),
          subject: envelope?.subject ?? null,
          size,
          mailboxId,
        },
        arrivedAt,
      );
    } else {
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      // Gone since the listing (another client moved it): nothing to do here.
      if (message === false || message.source === undefined) return;
      destination = await this.intake.handle(message.source, arrivedAt);
    }
    const folder = destination === 'PROCESSED' ? this.settings.processedFolder : this.settings.reviewFolder;
    await client.messageMove(String(uid), folder, { uid: true });
  }
}

function arrivalOf(internalDate: Date | string | undefined): Date | null {
  if (internalDate === undefined) return null;
  const date = internalDate instanceof Date ? internalDate : new Date(internalDate);
  return Number.isNaN(date.getTime()) ? null : date;
}

async function closeConnection(client: ImapFlow): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.logout(),
      new Promise((resolve) => {
        timer = setTimeout(resolve, LOGOUT_WAIT_MS);
      }),
    ]);
  } catch {
    // A connection already broken has nothing to log out of.
  } finally {
    clearTimeout(timer);
    client.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
