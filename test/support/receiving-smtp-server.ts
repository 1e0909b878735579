// A receiving mail server on loopback (the smtp-server package) that keeps every message it accepts,
// parsed (mailparser), for the tests to read what Ventanilla sent. A test may have it refuse a message
// (a 4xx "try later" or a 5xx "never") or act before it accepts one (an interruption of the sender).
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly envelopeTo: readonly string[];
  readonly messageId: string;
  readonly subject: string;
  readonly text: string;
  readonly parsed: ParsedMail;
}

export interface ReceivingSmtpOptions {
  /**
   * Before a message is taken: a reply to refuse it with (`{ code: 451, message }`), or null to take it.
   * `seen` counts the messages with the same Message-ID offered before, refused ones included.
   */
  readonly refuse?: (
    mail: ReceivedMail,
    seen: number,
  ) => { readonly code: number; readonly message: string } | null;
  /** Runs once a message is parsed and before the server answers that it took it. */
  readonly beforeAccepting?: (mail: ReceivedMail) => Promise<void>;
}

export class ReceivingSmtpServer {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    /** Every message accepted, in the order it arrived. */
    readonly received: readonly ReceivedMail[],
    /** Every message offered, accepted or refused, in the order it arrived. */
    readonly offered: readonly ReceivedMail[],
  ) {}

  static async start(options: ReceivingSmtpOptions = {}): Promise<ReceivingSmtpServer> {
    const received: ReceivedMail[] = [];
    const offered: ReceivedMail[] = [];
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then(async (parsed) => {
            const mail: ReceivedMail = {
              envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
              messageId: parsed.messageId ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              parsed,
            };
            const seen = offered.filter((earlier) => earlier.messageId === mail.messageId).length;
            offered.push(mail);
            const refusal = options.refuse?.(mail, seen) ?? null;
            if (refusal !== null) {
              callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
              return;
            }
            await options.beforeAccepting?.(mail);
            received.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.server.address() as AddressInfo;
    return new ReceivingSmtpServer(server, port, received, offered);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits until `count` messages matching `filter` have arrived; fails after `timeoutMs`. */
  async waitFor(
    filter: (mail: ReceivedMail) => boolean,
    count: number,
    timeoutMs = 20_000,
  ): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.received.filter(filter);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline) {
        throw new Error(`Llegaron ${matching.length} de ${count} mensajes esperados en ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
