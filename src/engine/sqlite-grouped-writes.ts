// Group commit for an embedded SQLite database written at synchronous=FULL: the writes asked for in one turn
// of the event loop run together in one transaction — one flush to disk for all of them — each in a
// savepoint of its own, so one that throws undoes only itself. What a caller awaits resolves once its write
// is durable, as before; concurrent commands share the flush instead of queueing one flush each.
import type Database from 'better-sqlite3';

interface GroupedWrite {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export class SqliteGroupedWrites {
  private pending: GroupedWrite[] = [];
  private scheduled = false;

  constructor(private readonly db: Database.Database) {}

  /** Runs `work` (synchronous, on this connection) in the next group; resolves once it is committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // After this turn's I/O callbacks: every write they asked for joins the group.
      setImmediate(() => this.flush());
    });
  }

  /** Commits what is waiting now (before closing the database, or from the scheduled turn). */
  flush(): void {
    this.scheduled = false;
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.db
        .transaction(() =>
          group.map(({ work }): Outcome => {
            try {
              // A nested transaction is a savepoint: this write alone is undone if it throws.
              return { ok: true, value: this.db.transaction(work)() };
            } catch (error) {
              // SQLITE_FULL, SQLITE_IOERR and the like roll back the whole transaction: the group fails.
              if (!this.db.inTransaction) throw error;
              return { ok: false, error };
            }
          }),
        )
        .immediate();
    } catch (error) {
      for (const { reject } of group) reject(error);
      return;
    }
    outcomes.forEach((outcome, index) => {
      const { resolve, reject } = group[index]!;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
  }
}
