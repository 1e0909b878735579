// What the mailbox reader remembers, in a SQLite file of its own in the data folder (`mail-intake.db`):
// which message (by its key, a hash) became which radicado, and the staff queue "Correo por revisar" —
// the messages it could not radicate, with the reason. The queue shows who wrote and about what, so it
// holds those two texts (nothing else of the message): only here, never in the event log, the file readable
// by its owner only, and blanked (zeroed on disk) when a staff member dismisses the message.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { restrictToOwner } from '../../engine/owner-only-file.js';

export const MAIL_INTAKE_FILE = 'mail-intake.db';
const SCHEMA_VERSION = 1;

/** A message in the queue, as staff read it. */
export interface MailForReviewRecord {
  readonly id: string;
  /** When it arrived in the mailbox (ISO-8601); null when the server did not say. */
  readonly receivedAt: string | null;
  readonly from: string | null;
  readonly subject: string | null;
  readonly reason: string;
  readonly queuedAt: string;
}

/** A staff member's dismissal of a queued message: who, when and why. */
export interface MailReviewDismissalRecord {
  readonly id: string;
  readonly dismissedAt: string;
  readonly dismissedBy: string;
  readonly reason: string;
}

interface ReviewRow {
  readonly id: string;
  readonly received_at: string | null;
  readonly from_text: string | null;
  readonly subject: string | null;
  readonly reason: string;
  readonly queued_at: string;
  readonly dismissed_at: string | null;
  readonly dismissed_by: string | null;
  readonly dismissal_reason: string | null;
}

export class MailIntakeStore {
  readonly path: string;
  private readonly db: Database.Database;

  static open(dataDir: string, now: () => Date = () => new Date()): MailIntakeStore {
    return new MailIntakeStore(dataDir, now);
  }

  private constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, MAIL_INTAKE_FILE);
    this.db = new Database(this.path);
    restrictToOwner(this.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // A dismissed message's sender and subject are overwritten with zeros, not left in a freed page.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS radicated_messages (
        message_key  TEXT PRIMARY KEY,   -- messageKeyOf: a hash of the Message-ID (or of the bytes)
        radicado     TEXT NOT NULL,
        radicated_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS mail_for_review (
        id               TEXT PRIMARY KEY,
        message_key      TEXT NOT NULL UNIQUE,
        received_at      TEXT,
        from_text        TEXT,           -- blanked on dismissal
        subject          TEXT,           -- blanked on dismissal
        reason           TEXT NOT NULL,
        queued_at        TEXT NOT NULL,
        dismissed_at     TEXT,
        dismissed_by     TEXT,
        dismissal_reason TEXT
      );
      CREATE INDEX IF NOT EXISTS mail_for_review_pending ON mail_for_review (queued_at) WHERE dismissed_at IS NULL;
    `);
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `${this.path} fue escrito por una versión más reciente de Ventanilla (esquema ${version}); ` +
          'actualice Ventanilla antes de abrirlo.',
      );
    }
    if (version < SCHEMA_VERSION) this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  /** The radicado a message with this key became, or null when it was never radicated. */
  radicadoOf(messageKey: string): string | null {
    return (
      this.db
        .prepare<[string], { radicado: string }>(
          'SELECT radicado FROM radicated_messages WHERE message_key = ?',
        )
        .get(messageKey)?.radicado ?? null
    );
  }

  recordRadicated(messageKey: string, radicado: string): void {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO radicated_messages (message_key, radicado, radicated_at) VALUES (?, ?, ?)',
      )
      .run(messageKey, radicado, this.now().toISOString());
  }

  /**
   * Queues a message for review. The same message queued again (a copy delivered later) is one entry, back
   * in the queue with the latest reason even if it had been dismissed.
   */
  queueForReview(
    messageKey: string,
    message: {
      readonly receivedAt: string | null;
      readonly from: string | null;
      readonly subject: string | null;
      readonly reason: string;
    },
  ): string {
    this.db
      .prepare(
        `INSERT INTO mail_for_review (id, message_key, received_at, from_text, subject, reason, queued_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (message_key) DO UPDATE SET
           received_at = excluded.received_at, from_text = excluded.from_text, subject = excluded.subject,
           reason = excluded.reason, queued_at = excluded.queued_at,
           dismissed_at = NULL, dismissed_by = NULL, dismissal_reason = NULL`,
      )
      .run(
        randomUUID(),
        messageKey,
        message.receivedAt,
        message.from,
        message.subject,
        message.reason,
        this.now().toISOString(),
      );
    return this.db
      .prepare<[string], { id: string }>('SELECT id FROM mail_for_review WHERE message_key = ?')
      .get(messageKey)!.id;
  }

  /** The messages waiting for a staff member, the oldest first. */
  pendingReview(): MailForReviewRecord[] {
    return this.db
      .prepare<[], ReviewRow>(
        'SELECT * FROM mail_for_review WHERE dismissed_at IS NULL ORDER BY queued_at, rowid',
      )
      .all()
      .map((row) => ({
        id: row.id,
        receivedAt: row.received_at,
        from: row.from_text,
        subject: row.subject,
        reason: row.reason,
        queuedAt: row.queued_at,
      }));
  }

  /**
   * Takes a message out of the queue, recording who and why; its sender and subject are blanked. Null when
   * no message waits under this id (never queued, or dismissed already).
   */
  dismiss(id: string, dismissedBy: string, reason: string): MailReviewDismissalRecord | null {
    const dismissedAt = this.now().toISOString();
    const { changes } = this.db
      .prepare(
        `UPDATE mail_for_review SET dismissed_at = ?, dismissed_by = ?, dismissal_reason = ?,
                from_text = NULL, subject = NULL
          WHERE id = ? AND dismissed_at IS NULL`,
      )
      .run(dismissedAt, dismissedBy, reason, id);
    return changes === 0 ? null : { id, dismissedAt, dismissedBy, reason };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
