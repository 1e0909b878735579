// The MongoDB specifications' own tests of transactions, ported to run against the in-memory stand-in
// (test/support/mongodb-stand-in.ts) under the real driver: every `withTransaction`, `startTransaction`,
// `commitTransaction` and `abortTransaction` below is the driver's (ClientSession.prototype, mongodb 7.9.0),
// so these check that the stand-in labels errors, applies fail points and runs commits as a server does
// underneath the driver's retry logic. Each `it` names its source: a unified test file and the test's
// description, from mongodb/specifications@92b3c0b9 (92b3c0b9287bfba1b0ec4084300858d05c654f8c), or a prose
// test of source/transactions-convenient-api/tests/README.md as the Node driver implements it
// (mongodb/node-mongodb-native@bb35ded1
// test/integration/transactions-convenient-api/transactions-convenient-api.prose.test.ts).
// `expectEvents` become assertions on the stand-in server's commandLog (command name, database,
// txnNumber, startTransaction, autocommit, readConcern, writeConcern, maxTimeMS); `outcome` is the
// collection read afterwards. The spec's event matching allows extra fields in nested documents, so where
// a spec test names `writeConcern: { w: majority }` the driver's `{ w: 'majority', wtimeout: 10000 }` is
// asserted whole.
//
// Not ported, and why:
// - afterClusterTime in the retried transactions' readConcern (callback-retry, commit-transienttransactionerror,
//   callback-aborts, callback-commits, commit): the stand-in does not model causal consistency, so those
//   commands carry no readConcern here; everything else of those events is asserted.
// - The retryable write's txnNumber on an insert run after the transaction ended (callback-aborts,
//   callback-commits "runs extra op"): the stand-in does not model retryable writes outside transactions.
// - transaction-options.yml "inherits transaction options from client", "from defaultTransactionOptions",
//   "explicit options override defaultTransactionOptions / client options": the stand-in client and
//   startSession take no read/write concern defaults.
// - error-labels.yml "DuplicateKey errors do not contain transient label": it uses insertMany, which the
//   stand-in does not implement; callback-retry.yml's DuplicateKey case below checks the same labels.
// - error-labels.yml "do not add RetryableWriteError label to writeConcernError ShutdownInProgress that
//   occurs within transaction": the stand-in applies writeConcernError fail points to commit and abort only.
// - error-labels.yml "add TransientTransactionError label to connection errors…": ported without its
//   `distinct` (not implemented by the stand-in), and its `aggregate` is countDocuments (the driver sends
//   that as an aggregate too); "do not add UnknownTransactionCommitResult label to MaxTimeMSExpired inside
//   transactions": the same aggregate, without maxTimeMS (countDocuments on the stand-in takes none).
// - useMultipleMongoses / sharded / load-balanced variants and the runOnRequirements (one replica set here).
import { jest } from '@jest/globals';
import { MongoError, type ClientSession, type Collection, type MongoClient } from 'mongodb';
import { StandInMongoClient, StandInMongoServer, type StandInCommand } from '../support/mongodb-stand-in.js';

const SPEC = 'mongodb/specifications@92b3c0b9 source';
const CONVENIENT = `${SPEC}/transactions-convenient-api/tests/unified`;
const PROSE = `${SPEC}/transactions-convenient-api/tests/README.md`;
const ERROR_LABELS = `${SPEC}/transactions/tests/unified/error-labels.yml`;
const DATABASE = 'withTransaction-tests';
const MAJORITY = { w: 'majority', wtimeout: 10_000 };

type TestDocument = { _id: number };

let server: StandInMongoServer;
let client: MongoClient;
let collection: Collection<TestDocument>;
let session: ClientSession;
/** Where the commands of the test proper start in the server's log. */
let mark = 0;

beforeEach(async () => {
  server = new StandInMongoServer();
  client = new StandInMongoClient(server) as unknown as MongoClient;
  // initialData: the collection, empty.
  await client.db(DATABASE).createCollection('test');
  collection = client.db(DATABASE).collection<TestDocument>('test');
  session = client.startSession();
  mark = server.commandLog.length;
});

afterEach(async () => {
  jest.restoreAllMocks();
  await session.endSession();
  await client.close();
});

/** The testRunner's failPoint operation: configured on the admin database, not one of the test's events. */
async function failPoint(mode: { times: number }, data: Record<string, unknown>): Promise<void> {
  await client.db('admin').command({ configureFailPoint: 'failCommand', mode, data });
  mark = server.commandLog.length;
}

function events(): StandInCommand[] {
  return server.commandLog.slice(mark);
}

async function outcome(): Promise<TestDocument[]> {
  return collection.find({}).sort({ _id: 1 }).toArray();
}

const insertOne = (id: number, on: ClientSession = session) =>
  collection.insertOne({ _id: id }, { session: on });

// The commandStartedEvents the spec tests expect, as the stand-in logs them.
const insert = (txnNumber: number, first = false, readConcern?: { level: string }): StandInCommand => ({
  commandName: 'insert',
  databaseName: DATABASE,
  txnNumber,
  ...(first ? { startTransaction: true } : {}),
  ...(readConcern === undefined ? {} : { readConcern }),
  autocommit: false,
});
const inTransaction = (commandName: string, txnNumber: number): StandInCommand => ({
  commandName,
  databaseName: DATABASE,
  txnNumber,
  autocommit: false,
});
const insertOutsideTransaction: StandInCommand = { commandName: 'insert', databaseName: DATABASE };
const commit = (
  txnNumber: number,
  writeConcern?: Record<string, unknown>,
  maxTimeMS?: number,
): StandInCommand => ({
  commandName: 'commitTransaction',
  databaseName: 'admin',
  txnNumber,
  autocommit: false,
  ...(writeConcern === undefined ? {} : { writeConcern }),
  ...(maxTimeMS === undefined ? {} : { maxTimeMS }),
});
const abort = (txnNumber: number): StandInCommand => ({
  commandName: 'abortTransaction',
  databaseName: 'admin',
  txnNumber,
  autocommit: false,
});

async function failureOf(promise: Promise<unknown>): Promise<MongoError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MongoError);
  return error as MongoError;
}

/** The unified format's expectError: errorLabelsContain / errorLabelsOmit. */
function expectLabels(error: MongoError, contain: readonly string[], omit: readonly string[]): void {
  for (const label of contain) expect(error.errorLabels).toContain(label);
  for (const label of omit) expect(error.errorLabels).not.toContain(label);
}

const TRANSIENT = 'TransientTransactionError';
const UNKNOWN_COMMIT = 'UnknownTransactionCommitResult';
const RETRYABLE_WRITE = 'RetryableWriteError';

describe('transactions-convenient-api, unified tests', () => {
  it(`${CONVENIENT}/callback-aborts.yml: withTransaction succeeds if callback aborts`, async () => {
    await session.withTransaction(async () => {
      await insertOne(1);
      await session.abortTransaction();
    });
    expect(events()).toEqual([insert(1, true), abort(1)]);
    expect(await outcome()).toEqual([]);
  });

  it(`${CONVENIENT}/callback-aborts.yml: withTransaction succeeds if callback aborts with no ops`, async () => {
    await session.withTransaction(() => session.abortTransaction());
    expect(events()).toEqual([]);
    expect(await outcome()).toEqual([]);
  });

  it(`${CONVENIENT}/callback-aborts.yml: withTransaction still succeeds if callback aborts and runs extra op`, async () => {
    await session.withTransaction(async () => {
      await insertOne(1);
      await session.abortTransaction();
      await insertOne(2);
    });
    expect(events()).toEqual([insert(1, true), abort(1), insertOutsideTransaction]);
    expect(await outcome()).toEqual([{ _id: 2 }]);
  });

  it(`${CONVENIENT}/callback-commits.yml: withTransaction succeeds if callback commits`, async () => {
    await session.withTransaction(async () => {
      await insertOne(1);
      await insertOne(2);
      await session.commitTransaction();
    });
    expect(events()).toEqual([insert(1, true), insert(1), commit(1)]);
    expect(await outcome()).toEqual([{ _id: 1 }, { _id: 2 }]);
  });

  it(`${CONVENIENT}/callback-commits.yml: withTransaction still succeeds if callback commits and runs extra op`, async () => {
    await session.withTransaction(async () => {
      await insertOne(1);
      await insertOne(2);
      await session.commitTransaction();
      await insertOne(3);
    });
    expect(events()).toEqual([insert(1, true), insert(1), commit(1), insertOutsideTransaction]);
    expect(await outcome()).toEqual([{ _id: 1 }, { _id: 2 }, { _id: 3 }]);
  });

  it(`${CONVENIENT}/callback-retry.yml: callback succeeds after multiple connection errors`, async () => {
    await failPoint({ times: 2 }, { failCommands: ['insert'], closeConnection: true });
    let calls = 0;
    await session.withTransaction(async () => {
      calls += 1;
      await insertOne(1);
    });
    // The driver labels the network errors TransientTransactionError and retries the whole transaction.
    expect(calls).toBe(3);
    expect(events()).toEqual([
      insert(1, true),
      abort(1),
      insert(2, true),
      abort(2),
      insert(3, true),
      commit(3),
    ]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it(`${CONVENIENT}/callback-retry.yml: callback is not retried after non-transient error (DuplicateKeyError)`, async () => {
    const inner: MongoError[] = [];
    const error = await failureOf(
      session.withTransaction(async () => {
        await insertOne(1);
        inner.push(await failureOf(insertOne(1)));
        throw inner[0];
      }),
    );
    expect(inner).toHaveLength(1);
    expectLabels(inner[0]!, [], [TRANSIENT, UNKNOWN_COMMIT]);
    expectLabels(error, [], [TRANSIENT, UNKNOWN_COMMIT]);
    expect(error.message).toContain('E11000');
    expect(events()).toEqual([insert(1, true), insert(1), abort(1)]);
    expect(await outcome()).toEqual([]);
  });

  it(`${CONVENIENT}/commit.yml: withTransaction commits after callback returns`, async () => {
    await session.withTransaction(async () => {
      await insertOne(1);
      await insertOne(2);
    });
    expect(events()).toEqual([insert(1, true), insert(1), commit(1)]);
    expect(await outcome()).toEqual([{ _id: 1 }, { _id: 2 }]);
  });

  it(`${CONVENIENT}/commit.yml: withTransaction commits after callback returns (second transaction)`, async () => {
    await session.withTransaction(async () => {
      await insertOne(1);
      await session.commitTransaction();
      session.startTransaction();
      await insertOne(2);
    });
    expect(events()).toEqual([insert(1, true), commit(1), insert(2, true), commit(2)]);
    expect(await outcome()).toEqual([{ _id: 1 }, { _id: 2 }]);
  });

  it(`${CONVENIENT}/commit-retry.yml: commitTransaction succeeds after multiple connection errors`, async () => {
    await failPoint({ times: 2 }, { failCommands: ['commitTransaction'], closeConnection: true });
    await session.withTransaction(() => insertOne(1));
    // The driver's own retry of the commit (w: majority), then withTransaction's (w: majority again).
    expect(events()).toEqual([insert(1, true), commit(1), commit(1, MAJORITY), commit(1, MAJORITY)]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it(`${CONVENIENT}/commit-retry.yml: commitTransaction retry only overwrites write concern w option`, async () => {
    await failPoint({ times: 2 }, { failCommands: ['commitTransaction'], closeConnection: true });
    await session.withTransaction(() => insertOne(1), {
      writeConcern: { w: 2, journal: true, wtimeoutMS: 5000 },
    });
    expect(events()).toEqual([
      insert(1, true),
      commit(1, { w: 2, j: true, wtimeout: 5000 }),
      commit(1, { w: 'majority', j: true, wtimeout: 5000 }),
      commit(1, { w: 'majority', j: true, wtimeout: 5000 }),
    ]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it(`${CONVENIENT}/commit-retry.yml: commit is not retried after MaxTimeMSExpired error`, async () => {
    await failPoint({ times: 1 }, { failCommands: ['commitTransaction'], errorCode: 50 });
    const error = await failureOf(session.withTransaction(() => insertOne(1), { maxCommitTimeMS: 60_000 }));
    expect(error).toMatchObject({ codeName: 'MaxTimeMSExpired' });
    expectLabels(error, [UNKNOWN_COMMIT], [TRANSIENT]);
    expect(events()).toEqual([insert(1, true), commit(1, undefined, 60_000)]);
    // The fail point fabricated the error without running the commit.
    expect(await outcome()).toEqual([]);
  });

  it(`${CONVENIENT}/commit-retry-errorLabels.yml: commit is retried after commitTransaction UnknownTransactionCommitResult (NotWritablePrimary)`, async () => {
    await failPoint(
      { times: 2 },
      {
        failCommands: ['commitTransaction'],
        errorCode: 10107,
        errorLabels: ['RetryableWriteError'],
        closeConnection: false,
      },
    );
    await session.withTransaction(() => insertOne(1));
    expect(events()).toEqual([insert(1, true), commit(1), commit(1, MAJORITY), commit(1, MAJORITY)]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it.each([
    ['commit-transienttransactionerror.yml', 'LockTimeout', 24],
    ['commit-transienttransactionerror.yml', 'WriteConflict', 112],
    ['commit-transienttransactionerror.yml', 'SnapshotUnavailable', 246],
    ['commit-transienttransactionerror.yml', 'NoSuchTransaction', 251],
    ['commit-transienttransactionerror-4.2.yml', 'PreparedTransactionInProgress', 267],
  ])(
    `${CONVENIENT}/%s: transaction is retried after commitTransaction TransientTransactionError (%s)`,
    async (_file, _name, errorCode) => {
      // No errorLabels: the server labels these codes itself.
      await failPoint(
        { times: 2 },
        { failCommands: ['commitTransaction'], errorCode, closeConnection: false },
      );
      let calls = 0;
      await session.withTransaction(async () => {
        calls += 1;
        await insertOne(1);
      });
      expect(calls).toBe(3);
      expect(events()).toEqual([
        insert(1, true),
        commit(1),
        insert(2, true),
        commit(2),
        insert(3, true),
        commit(3),
      ]);
      expect(await outcome()).toEqual([{ _id: 1 }]);
    },
  );

  it.each([
    ['timeout', { code: 64, errmsg: 'waiting for replication timed out', errInfo: { wtimeout: true } }],
    ['non-timeout', { code: 64, errmsg: 'multiple errors reported' }],
  ])(
    `${CONVENIENT}/commit-writeconcernerror.yml: commitTransaction is retried after WriteConcernTimeout %s error`,
    async (_kind, writeConcernError) => {
      await failPoint({ times: 2 }, { failCommands: ['commitTransaction'], writeConcernError });
      await session.withTransaction(() => insertOne(1));
      expect(events()).toEqual([insert(1, true), commit(1), commit(1, MAJORITY), commit(1, MAJORITY)]);
      expect(await outcome()).toEqual([{ _id: 1 }]);
    },
  );

  it.each([
    [
      'UnknownReplWriteConcern',
      {
        code: 79,
        codeName: 'UnknownReplWriteConcern',
        errmsg: "No write concern mode named 'foo' found in replica set configuration",
      },
    ],
    [
      'UnsatisfiableWriteConcern',
      { code: 100, codeName: 'UnsatisfiableWriteConcern', errmsg: 'Not enough data-bearing nodes' },
    ],
  ])(
    `${CONVENIENT}/commit-writeconcernerror.yml: commitTransaction is not retried after %s error`,
    async (codeName, writeConcernError) => {
      await failPoint({ times: 1 }, { failCommands: ['commitTransaction'], writeConcernError });
      const error = await failureOf(session.withTransaction(() => insertOne(1)));
      expect(error).toMatchObject({ codeName });
      expectLabels(error, [], [TRANSIENT, UNKNOWN_COMMIT]);
      expect(events()).toEqual([insert(1, true), commit(1)]);
      // A write concern error comes with a commit that ran.
      expect(await outcome()).toEqual([{ _id: 1 }]);
    },
  );

  it(`${CONVENIENT}/commit-writeconcernerror.yml: commitTransaction is not retried after MaxTimeMSExpired error`, async () => {
    await failPoint(
      { times: 1 },
      {
        failCommands: ['commitTransaction'],
        writeConcernError: {
          code: 50,
          codeName: 'MaxTimeMSExpired',
          errmsg: 'operation exceeded time limit',
        },
      },
    );
    const error = await failureOf(session.withTransaction(() => insertOne(1)));
    expect(error).toMatchObject({ codeName: 'MaxTimeMSExpired' });
    expectLabels(error, [UNKNOWN_COMMIT], [TRANSIENT]);
    expect(events()).toEqual([insert(1, true), commit(1)]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it(`${CONVENIENT}/transaction-options.yml: withTransaction and no transaction options set`, async () => {
    await session.withTransaction(() => insertOne(1));
    expect(events()).toEqual([insert(1, true), commit(1)]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it(`${CONVENIENT}/transaction-options.yml: withTransaction explicit transaction options`, async () => {
    await session.withTransaction(() => insertOne(1), {
      readConcern: { level: 'majority' },
      writeConcern: { w: 1 },
    });
    expect(events()).toEqual([insert(1, true, { level: 'majority' }), commit(1, { w: 1, wtimeout: 10_000 })]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });
});

describe('transactions error labels, unified tests', () => {
  it.each([
    ['NotWritablePrimary', 10107],
    ['WriteConflict', 112],
    ['NoSuchTransaction', 251],
  ])(`${ERROR_LABELS}: %s errors contain transient label`, async (_name, errorCode) => {
    await failPoint({ times: 1 }, { failCommands: ['insert'], errorCode });
    session.startTransaction();
    const error = await failureOf(insertOne(1));
    expectLabels(error, [TRANSIENT], [RETRYABLE_WRITE, UNKNOWN_COMMIT]);
    await session.abortTransaction();
    expect(events()).toEqual([insert(1, true), abort(1)]);
    expect(await outcome()).toEqual([]);
  });

  it(`${ERROR_LABELS}: NoSuchTransaction errors on commit contain transient label`, async () => {
    await failPoint({ times: 1 }, { failCommands: ['commitTransaction'], errorCode: 251 });
    session.startTransaction();
    await insertOne(1);
    const error = await failureOf(session.commitTransaction());
    expectLabels(error, [TRANSIENT], [RETRYABLE_WRITE, UNKNOWN_COMMIT]);
    expect(events()).toEqual([insert(1, true), commit(1)]);
    expect(await outcome()).toEqual([]);
  });

  it(`${ERROR_LABELS}: add TransientTransactionError label to connection errors, but do not add RetryableWriteError label`, async () => {
    await failPoint({ times: 3 }, { failCommands: ['insert', 'find', 'aggregate'], closeConnection: true });
    session.startTransaction();
    for (const failing of [
      () => insertOne(1),
      () => collection.find({}, { session }).toArray(),
      () => collection.countDocuments({}, { session }),
    ]) {
      expectLabels(await failureOf(failing()), [TRANSIENT], [RETRYABLE_WRITE, UNKNOWN_COMMIT]);
    }
    await session.abortTransaction();
    expect(events()).toEqual([
      insert(1, true),
      inTransaction('find', 1),
      inTransaction('aggregate', 1),
      abort(1),
    ]);
    expect(await outcome()).toEqual([]);
  });

  it(`${ERROR_LABELS}: add RetryableWriteError and UnknownTransactionCommitResult labels to connection errors`, async () => {
    await failPoint({ times: 2 }, { failCommands: ['commitTransaction'], closeConnection: true });
    session.startTransaction();
    await insertOne(1);
    const error = await failureOf(session.commitTransaction());
    expectLabels(error, [RETRYABLE_WRITE, UNKNOWN_COMMIT], [TRANSIENT]);
    await session.commitTransaction();
    expect(events()).toEqual([insert(1, true), commit(1), commit(1, MAJORITY), commit(1, MAJORITY)]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it.each([
    ['', { code: 64, errmsg: 'multiple errors reported' }],
    [
      ' with wtimeout',
      { code: 64, errmsg: 'waiting for replication timed out', errInfo: { wtimeout: true } },
    ],
  ])(
    `${ERROR_LABELS}: add UnknownTransactionCommitResult label to writeConcernError WriteConcernTimeout%s`,
    async (_variant, writeConcernError) => {
      await failPoint({ times: 1 }, { failCommands: ['commitTransaction'], writeConcernError });
      session.startTransaction({ writeConcern: { w: 'majority' } });
      await insertOne(1);
      const error = await failureOf(session.commitTransaction());
      expectLabels(error, [UNKNOWN_COMMIT], [RETRYABLE_WRITE, TRANSIENT]);
      await session.commitTransaction();
      // The first commit carries the transaction's { w: majority }, to which the driver adds wtimeout.
      expect(events()).toEqual([insert(1, true), commit(1, MAJORITY), commit(1, MAJORITY)]);
      expect(await outcome()).toEqual([{ _id: 1 }]);
    },
  );

  it.each([
    ['UnsatisfiableWriteConcern', { code: 100, errmsg: 'Not enough data-bearing nodes' }],
    [
      'UnknownReplWriteConcern',
      { code: 79, errmsg: "No write concern mode named 'blah' found in replica set configuration" },
    ],
  ])(
    `${ERROR_LABELS}: omit UnknownTransactionCommitResult label from writeConcernError %s`,
    async (_name, writeConcernError) => {
      await failPoint({ times: 1 }, { failCommands: ['commitTransaction'], writeConcernError });
      session.startTransaction({ writeConcern: { w: 'majority' } });
      await insertOne(1);
      const error = await failureOf(session.commitTransaction());
      expectLabels(error, [], [RETRYABLE_WRITE, TRANSIENT, UNKNOWN_COMMIT]);
      expect(events()).toEqual([insert(1, true), commit(1, MAJORITY)]);
      expect(await outcome()).toEqual([{ _id: 1 }]);
    },
  );

  it(`${ERROR_LABELS}: do not add UnknownTransactionCommitResult label to MaxTimeMSExpired inside transactions`, async () => {
    await failPoint({ times: 1 }, { failCommands: ['aggregate'], errorCode: 50 });
    session.startTransaction();
    await insertOne(1);
    const error = await failureOf(collection.countDocuments({}, { session }));
    expectLabels(error, [], [RETRYABLE_WRITE, UNKNOWN_COMMIT, TRANSIENT]);
    await session.abortTransaction();
    expect(events()).toEqual([insert(1, true), inTransaction('aggregate', 1), abort(1)]);
    expect(await outcome()).toEqual([]);
  });

  it.each([
    ['MaxTimeMSExpired', { errorCode: 50 }],
    [
      'writeConcernError MaxTimeMSExpired',
      { writeConcernError: { code: 50, errmsg: 'operation exceeded time limit' } },
    ],
  ])(`${ERROR_LABELS}: add UnknownTransactionCommitResult label to %s`, async (_name, failure) => {
    await failPoint({ times: 1 }, { failCommands: ['commitTransaction'], ...failure });
    session.startTransaction({ writeConcern: { w: 'majority' }, maxCommitTimeMS: 60_000 });
    await insertOne(1);
    const error = await failureOf(session.commitTransaction());
    expectLabels(error, [UNKNOWN_COMMIT], [RETRYABLE_WRITE, TRANSIENT]);
    await session.commitTransaction();
    expect(events()).toEqual([insert(1, true), commit(1, MAJORITY, 60_000), commit(1, MAJORITY, 60_000)]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });
});

describe('transactions-convenient-api, prose tests', () => {
  it(`${PROSE}: Callback Raises a Custom Error`, async () => {
    const custom = new Error('My custom error');
    let calls = 0;
    const thrown = await session
      .withTransaction(async () => {
        calls += 1;
        throw custom;
      })
      .catch((error: unknown) => error);
    expect(thrown).toBe(custom);
    expect(calls).toBe(1);
  });

  it(`${PROSE}: Callback Returns a Value`, async () => {
    const value = { message: 'Foo' };
    const result = await session.withTransaction(async (s) => {
      await insertOne(1, s);
      return value;
    });
    expect(result).toBe(value);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  describe('Retry Timeout is Enforced (performance.now stubbed, as the Node driver does)', () => {
    let timeOffset = 0;

    beforeEach(() => {
      timeOffset = 0;
      const originalNow = performance.now.bind(performance);
      jest.spyOn(performance, 'now').mockImplementation(() => originalNow() + timeOffset);
    });

    it.each([
      [
        'callback TransientTransactionError propagated when retry timeout exceeded',
        { failCommands: ['insert'], errorCode: 24, errorLabels: [TRANSIENT] },
        TRANSIENT,
        () => [insert(1, true), abort(1)],
      ],
      [
        'commit UnknownTransactionCommitResult propagated when retry timeout exceeded',
        { failCommands: ['commitTransaction'], errorCode: 64, errorLabels: [UNKNOWN_COMMIT] },
        UNKNOWN_COMMIT,
        () => [insert(1, true), commit(1)],
      ],
      [
        'commit TransientTransactionError propagated when retry timeout exceeded',
        { failCommands: ['commitTransaction'], errorCode: 251, errorLabels: [TRANSIENT] },
        TRANSIENT,
        () => [insert(1, true), commit(1)],
      ],
    ])(`${PROSE}: Retry Timeout is Enforced: %s`, async (_case, data, label, expected) => {
      await failPoint({ times: 1 }, data);
      const error = await failureOf(
        session.withTransaction(async (s) => {
          timeOffset = 120_000;
          await insertOne(1, s);
        }),
      );
      expect(error.hasErrorLabel(label)).toBe(true);
      expect(error.code).toBe(data.errorCode);
      // Not retried: past the 120 s the error comes back as it was.
      expect(events()).toEqual(expected());
    });
  });

  it(`${PROSE}: Retry Backoff is Enforced`, async () => {
    const timed = async (jitter: number): Promise<number> => {
      const random = jest.spyOn(Math, 'random').mockReturnValue(jitter);
      await failPoint({ times: 13 }, { failCommands: ['commitTransaction'], errorCode: 251 });
      const s = client.startSession();
      const start = performance.now();
      try {
        await s.withTransaction(async (inner) => {
          await collection.insertOne({ _id: 0 }, { session: inner });
        });
      } finally {
        await s.endSession();
        random.mockRestore();
      }
      const elapsed = performance.now() - start;
      await collection.deleteMany({});
      return elapsed;
    };
    const noBackoff = await timed(0);
    const withBackoff = await timed(0.999_999);
    // The 13 backoffs sum to about 2.3 s (5 ms × 1.5^n, at most 500 ms each).
    expect(Math.abs(withBackoff - (noBackoff + 2_300))).toBeLessThan(500);
    // 13 failed commits and the one that succeeded, each after its insert, for both runs.
    expect(events().filter((command) => command.commandName === 'commitTransaction')).toHaveLength(14);
  }, 20_000);
});

describe('labels the stand-in server computes when a fail point names none', () => {
  const SOURCE = 'mongodb/mongo@02fe612f src/mongo/db/error_labels.cpp';

  it.each([
    [24, [TRANSIENT]],
    [112, [TRANSIENT]],
    [246, [TRANSIENT]],
    [251, [TRANSIENT]],
    [267, [TRANSIENT]],
    [10107, [TRANSIENT]],
    [91, [TRANSIENT]],
    [358, []],
    [50, []],
    [64, []],
    [79, []],
    [100, []],
    [11000, []],
    [2, []],
  ])(`${SOURCE}: an insert in a transaction failing with %i is labelled %j`, async (errorCode, labels) => {
    await failPoint({ times: 1 }, { failCommands: ['insert'], errorCode });
    session.startTransaction();
    const error = await failureOf(insertOne(1));
    expect(error.errorLabels).toEqual(labels);
    await session.abortTransaction();
  });

  it.each([
    [24, [TRANSIENT]],
    [112, [TRANSIENT]],
    [246, [TRANSIENT]],
    [251, [TRANSIENT]],
    [267, [TRANSIENT]],
    [10107, [RETRYABLE_WRITE, UNKNOWN_COMMIT]],
    [91, [RETRYABLE_WRITE, UNKNOWN_COMMIT]],
    [11602, [RETRYABLE_WRITE, UNKNOWN_COMMIT]],
    [50, [UNKNOWN_COMMIT]],
    [64, []],
    [79, []],
    [100, []],
    [2, []],
  ])(
    `${SOURCE}: a commit failing with %i ends up labelled %j (the server's labels, then the driver's)`,
    async (errorCode, labels) => {
      // Twice: a RetryableWriteError commit is retried once by the driver before it gives up.
      await failPoint({ times: 2 }, { failCommands: ['commitTransaction'], errorCode });
      session.startTransaction();
      await insertOne(1);
      const error = await failureOf(session.commitTransaction());
      expect([...error.errorLabels].sort()).toEqual([...labels].sort());
      const commits = labels.includes(RETRYABLE_WRITE) ? 2 : 1;
      expect(events().filter((command) => command.commandName === 'commitTransaction')).toHaveLength(commits);
    },
  );

  it(`${SOURCE}: a commit whose reply has a retriable write concern error is labelled RetryableWriteError, and the driver retries it once`, async () => {
    await failPoint(
      { times: 1 },
      {
        failCommands: ['commitTransaction'],
        writeConcernError: { code: 91, errmsg: 'Replication is being shut down' },
      },
    );
    session.startTransaction();
    await insertOne(1);
    await session.commitTransaction();
    expect(events()).toEqual([insert(1, true), commit(1), commit(1, MAJORITY)]);
    expect(await outcome()).toEqual([{ _id: 1 }]);
  });

  it('a fail point naming errorLabels, even none, replaces the labels the server computes', async () => {
    await failPoint({ times: 1 }, { failCommands: ['commitTransaction'], errorCode: 251, errorLabels: [] });
    let calls = 0;
    const error = await failureOf(
      session.withTransaction(async () => {
        calls += 1;
        await insertOne(1);
      }),
    );
    expect(error.code).toBe(251);
    expect(error.errorLabels).toEqual([]);
    expect(calls).toBe(1);
  });

  it('refuses a fail point the driver would answer by retrying a read or write outside a transaction', async () => {
    await failPoint({ times: 1 }, { failCommands: ['insert'], closeConnection: true });
    await expect(insertOne(1)).rejects.toThrow(/does not implement .*outside a transaction/);
  });
});
