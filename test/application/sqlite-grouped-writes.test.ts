// Group commit for the embedded databases: the writes asked for in one turn share one transaction (one
// flush), each in a savepoint of its own, and each caller hears of its own write only once it is committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteGroupedWrites } from '../../src/engine/sqlite-grouped-writes.js';

let directory: string;
let db: Database.Database;
let other: Database.Database;
let writes: SqliteGroupedWrites;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'ventanilla-grouped-writes-'));
  const file = join(directory, 'test.sqlite');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE rows (id TEXT PRIMARY KEY)');
  // Another connection sees only what is committed.
  other = new Database(file, { readonly: true });
  writes = new SqliteGroupedWrites(db);
});

afterEach(() => {
  other.close();
  db.close();
  rmSync(directory, { recursive: true, force: true });
});

const committedRows = () => (other.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n;
const insert = (id: string) => () => db.prepare('INSERT INTO rows (id) VALUES (?)').run(id).changes;

it('commits the writes of one turn together, and answers each once committed', async () => {
  const seen: { inThisTransaction: number; committed: number }[] = [];
  const observed = (id: string) => () => {
    insert(id)();
    seen.push({
      inThisTransaction: (db.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n,
      committed: committedRows(),
    });
  };
  const pending = [writes.run(observed('a')), writes.run(observed('b')), writes.run(observed('c'))];
  expect(committedRows()).toBe(0);
  await Promise.all(pending);
  // The third write saw the first two, uncommitted: one transaction for the three.
  expect(seen).toEqual([
    { inThisTransaction: 1, committed: 0 },
    { inThisTransaction: 2, committed: 0 },
    { inThisTransaction: 3, committed: 0 },
  ]);
  expect(committedRows()).toBe(3);
});

it('undoes only the write that throws; the others of its group are committed', async () => {
  const outcomes = await Promise.allSettled([
    writes.run(insert('a')),
    writes.run(() => {
      insert('b')();
      throw new Error('regla violada');
    }),
    writes.run(insert('c')),
  ]);
  expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('regla violada'));
  expect(other.prepare('SELECT id FROM rows ORDER BY id').all()).toEqual([{ id: 'a' }, { id: 'c' }]);
});

it('fails every write of the group when the transaction itself cannot commit', async () => {
  // Holding the write lock from another connection: the group cannot begin.
  const blocker = new Database(join(directory, 'test.sqlite'), { timeout: 0 });
  db.pragma('busy_timeout = 0');
  blocker.exec('BEGIN IMMEDIATE');
  try {
    const outcomes = await Promise.allSettled([writes.run(insert('a')), writes.run(insert('b'))]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  } finally {
    blocker.exec('ROLLBACK');
    blocker.close();
  }
  expect(committedRows()).toBe(0);
  await writes.run(insert('a'));
  expect(committedRows()).toBe(1);
});

it('commits what is waiting when flushed before closing', async () => {
  const pending = writes.run(insert('a'));
  writes.flush();
  expect(committedRows()).toBe(1);
  await expect(pending).resolves.toBe(1);
});
