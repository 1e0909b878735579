// Measure 2: the ceiling the command path is held against. A bare better-sqlite3 insert loop into an
// events table shaped like the store's, with the store's durability (WAL, synchronous=FULL, BEGIN
// IMMEDIATE), committing each insert alone or a group of them per transaction (as group commit does).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { median, perSecond } from './statistics.js';
import { withTemporaryDataDir } from './temporary-data-dir.js';

export interface InsertCeilingOptions {
  readonly inserts: number;
  /** Inserts per transaction: 1, or e.g. 16 to mirror 16 commands sharing one commit. */
  readonly insertsPerTransaction: number;
  readonly runs: number;
}

export interface InsertCeilingResult {
  readonly medianInsertsPerSecond: number;
  readonly runs: readonly number[];
}

const EVENTS_TABLE = `
  CREATE TABLE events (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT    NOT NULL UNIQUE,
    stream         TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    data           TEXT    NOT NULL,
    metadata       TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    UNIQUE (stream, revision)
  );
`;

interface EventRow {
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
}

export async function measureInsertCeiling(options: InsertCeilingOptions): Promise<InsertCeilingResult> {
  const runs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    runs.push(
      await withTemporaryDataDir('ceiling', async (dataDir) =>
        insertLoop(join(dataDir, 'events.sqlite'), options),
      ),
    );
  }
  return { medianInsertsPerSecond: median(runs), runs };
}

/** Inserts per second for one run on a new file. */
function insertLoop(file: string, { inserts, insertsPerTransaction }: InsertCeilingOptions): number {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(EVENTS_TABLE);
    const insert = db.prepare(
      `INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, recorded_at)
       VALUES (@id, @stream, @revision, @type, @schemaVersion, @data, @metadata, @recordedAt)`,
    );
    const commitGroup = db.transaction((rows: readonly EventRow[]) => {
      for (const row of rows) insert.run(row);
    });
    // Rows are made before the clock starts: the ceiling is SQLite's, not JSON's.
    const rows = Array.from({ length: inserts }, (_, index) => answeredEventRow(index));
    const startedAt = performance.now();
    for (let first = 0; first < rows.length; first += insertsPerTransaction) {
      commitGroup.immediate(rows.slice(first, first + insertsPerTransaction));
    }
    return perSecond(inserts, performance.now() - startedAt);
  } finally {
    db.close();
  }
}

/** A row the size of a real Answered event with its metadata and hash chain. */
function answeredEventRow(index: number): EventRow {
  const recordedAt = new Date(Date.UTC(2026, 2, 2, 15, 0, 0, index)).toISOString();
  const hash = (seed: string) => seed.repeat(64).slice(0, 64);
  return {
    id: randomUUID(),
    stream: `pqrs-PQRS-2026-${String(index + 1).padStart(6, '0')}`,
    revision: 2,
    type: 'Answered',
    schemaVersion: 1,
    data: JSON.stringify({
      answer: 'Se expide el certificado solicitado y se envía al correo registrado.',
      answeredAt: recordedAt,
      answeredOn: recordedAt.slice(0, 10),
      dueDate: '2026-03-23',
      onTime: true,
      businessDaysTaken: 4,
    }),
    metadata: JSON.stringify({
      actorId: randomUUID(),
      actorRole: 'AGENT',
      occurredAt: recordedAt,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      recordedAt,
      previousHash: hash('a1'),
      hash: hash('b2'),
    }),
    recordedAt,
  };
}
