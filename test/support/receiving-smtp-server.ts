// A receiving mail server on loopback (the smtp-server package) that keeps every message it accepts,
// parsed (mailparser), for the tests to read what Ventanilla sent.
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

export class ReceivingSmtpServer {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    /** Every message accepted, in the order it arrived. */
    readonly received: readonly ReceivedMail[],
  ) {}

  static async start(): Promise<ReceivingSmtpServer> {
    const received: ReceivedMail[] = [];
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            received.push({
              envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
              messageId: parsed.messageId ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              parsed,
            });
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
    return new ReceivingSmtpServer(server, port, received);
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
