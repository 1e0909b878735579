// The MongoDB read-model store: the port's contract against a real single-node replica set (mongo:8 in
// a container, and over an in-memory stand-in of the driver's client everywhere), plus what only MongoDB has — the physical collections behind the names and their
// indexes, retried transactions, the refusal of a standalone server. The pure parts (the `hello` check,
// the connection string, the swap plan, the stored shape) are tested here without a server.
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import { MongoClient, MongoServerError, type Db } from 'mongodb';
import {
  assertSupportsTransactions,
  CHECKPOINTS_COLLECTION,
  COLLECTION_NAMES_COLLECTION,
  databaseNameOf,
  declaredIndexesOf,
  MongoReadModelStore,
  physicalNameOf,
  planSwap,
  readModelDocumentOf,
  storedDocumentOf,
  type CollectionNameEntry,
} from '../../src/engine/read-models/mongodb/mongo-read-model-store.js';
import {
  COLLECTION_NAME_PATTERN,
  type ReadModelDocument,
} from '../../src/engine/read-models/read-model-store.js';
import { rebuildTargetOf } from '../../src/engine/projections/rebuild.js';
import { describeWithContainers } from '../support/container-engines.js';
import { StandInMongoClient, StandInMongoServer } from '../support/mongodb-stand-in.js';
import { caseDocuments, readModelStoreContract } from './read-model-store.contract.js';

describe('refusing servers that cannot run transactions', () => {
  it('refuses a standalone server, saying to run a replica set', () => {
    expect(() => assertSupportsTransactions({ isWritablePrimary: true, maxWireVersion: 25 })).toThrow(
      /standalone.*replica set.*--replSet.*docker compose/s,
    );
  });

  it('accepts the primary of a replica set and a mongos router', () => {
    expect(() =>
      assertSupportsTransactions({ setName: 'rs0', isWritablePrimary: true, maxWireVersion: 25 }),
    ).not.toThrow();
    expect(() =>
      assertSupportsTransactions({ msg: 'isdbgrid', isWritablePrimary: true, maxWireVersion: 25 }),
    ).not.toThrow();
  });

  it('refuses a secondary reached directly, and servers older than 4.4', () => {
    expect(() =>
      assertSupportsTransactions({ setName: 'rs0', isWritablePrimary: false, maxWireVersion: 25 }),
    ).toThrow(/no es el primario del replica set rs0/);
    expect(() =>
      assertSupportsTransactions({ setName: 'rs0', isWritablePrimary: true, maxWireVersion: 8 }),
    ).toThrow(/4\.4 o posterior/);
  });

  it('fails fast, with the reason, when no server answers', async () => {
    const startedAt = Date.now();
    await expect(
      MongoReadModelStore.connect({
        url: 'mongodb://127.0.0.1:9/?directConnection=true',
        serverSelectionTimeoutMs: 300,
      }),
    ).rejects.toThrow(/did not answer within 300 ms/);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });
});

describe('the database of a connection string', () => {
  it.each<[string, string | null]>([
    ['mongodb://localhost:27017', null],
    ['mongodb://localhost:27017/', null],
    ['mongodb://localhost:27017/?replicaSet=rs0', null],
    ['mongodb://localhost:27017/ventanilla_prod?replicaSet=rs0', 'ventanilla_prod'],
    ['mongodb://user:p%40ss@a:1,b:2/cases', 'cases'],
    ['mongodb+srv://user:secret@cluster0.example.net/rm?retryWrites=true', 'rm'],
    ['mongodb://h/my%20db', 'my db'],
  ])('%s names %j', (url, database) => {
    expect(databaseNameOf(url)).toBe(database);
  });
});

describe('documents as MongoDB stores them', () => {
  it('keeps the id in _id and the fields as JSON has them', () => {
    const stored = storedDocumentOf('cases', {
      id: 'c1',
      status: 'RECEIVED',
      gone: undefined,
      at: new Date('2026-03-02T15:00:00.000Z'),
      nested: { list: [1, { a: null }] },
    });
    expect(stored).toEqual({
      _id: 'c1',
      status: 'RECEIVED',
      at: '2026-03-02T15:00:00.000Z',
      nested: { list: [1, { a: null }] },
    });
    expect(readModelDocumentOf(stored)).toEqual({
      id: 'c1',
      status: 'RECEIVED',
      at: '2026-03-02T15:00:00.000Z',
      nested: { list: [1, { a: null }] },
    });
  });

  it('refuses an empty id and a field named _id', () => {
    expect(() => storedDocumentOf('cases', { id: '' })).toThrow(/non-empty string id/);
    expect(() => storedDocumentOf('cases', { id: 'c1', _id: 'other' })).toThrow(/_id/);
  });

  it('gives every physical collection a name of its own', () => {
    const [first, second] = [physicalNameOf('cases'), physicalNameOf('cases')];
    expect(first).not.toBe(second);
    expect(first).toMatch(/^rm_cases_[0-9a-f]{24}$/);
    expect(first).toMatch(COLLECTION_NAME_PATTERN);
  });
});

describe('planning a swap', () => {
  const entries = (...list: CollectionNameEntry[]) => {
    const byName = new Map(list.map((entry) => [entry._id, entry]));
    return async (name: string) => byName.get(name) ?? null;
  };

  it('points the target at the source, forgets the source and retires the old target', async () => {
    const plan = await planSwap(
      [{ source: 'cases__rebuild_v2', target: 'cases' }],
      entries(
        { _id: 'cases', physical: 'rm_old', indexes: ['status'], textIndexes: ['searchText'] },
        { _id: 'cases__rebuild_v2', physical: 'rm_new', indexes: ['dueDate'] },
      ),
    );
    expect(Object.fromEntries(plan.entries)).toEqual({
      cases__rebuild_v2: null,
      cases: {
        _id: 'cases',
        physical: 'rm_new',
        indexes: ['dueDate', 'status'],
        textIndexes: ['searchText'],
      },
    });
    expect(plan.retired).toEqual(['rm_old']);
  });

  it('an unwritten source leaves the target empty, keeping its declared indexes', async () => {
    const plan = await planSwap(
      [{ source: 'cases__rebuild_v2', target: 'cases' }],
      entries({ _id: 'cases', physical: 'rm_old', indexes: ['status'] }),
    );
    expect(plan.entries.get('cases')).toEqual({
      _id: 'cases',
      physical: null,
      indexes: ['status'],
      textIndexes: [],
    });
    expect(plan.retired).toEqual(['rm_old']);
  });

  it('never retires a collection a name still points at', async () => {
    const plan = await planSwap(
      [
        { source: 'a', target: 'b' },
        { source: 'c', target: 'a' },
      ],
      entries({ _id: 'a', physical: 'rm_a' }, { _id: 'b', physical: 'rm_b' }, { _id: 'c', physical: 'rm_c' }),
    );
    expect(plan.entries.get('b')?.physical).toBe('rm_a');
    expect(plan.entries.get('a')?.physical).toBe('rm_c');
    expect(plan.entries.get('c')).toBeNull();
    expect(plan.retired).toEqual(['rm_b']);
  });

  it('text indexes are plain indexes too', () => {
    expect(declaredIndexesOf({ _id: 'x', indexes: ['b', 'a'], textIndexes: ['a', 'c'] }, null)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('MongoReadModelStore over an in-memory stand-in of the client', () => {
  const database = 'ventanilla_stand_in';
  const server = new StandInMongoServer();
  /** A client over the shared server, as `connect()` would build it. */
  const clientOf = () => new StandInMongoClient(server, { ignoreUndefined: true });
  const open = () => MongoReadModelStore.fromClient(clientOf() as unknown as MongoClient, { database });
  const raw = clientOf() as unknown as MongoClient;
  const rawDb = raw.db(database);

  readModelStoreContract('MongoDB adapter on the stand-in client', async () => {
    let current = await open();
    return {
      store: current,
      reopen: async () => {
        await current.close();
        current = await open();
        return current;
      },
      cleanup: () => current.close(),
    };
  });

  describe('what the stand-in lets us prove of the adapter', () => {
    let store: MongoReadModelStore;
    let suffix = 0;
    const fresh = (prefix: string) => `${prefix}_${++suffix}`;
    const entryOf = (name: string) =>
      rawDb.collection<CollectionNameEntry>(COLLECTION_NAMES_COLLECTION).findOne({ _id: name });
    const physicalOf = async (name: string): Promise<string> => {
      const physical = (await entryOf(name))?.physical;
      if (!physical) throw new Error(`${name} has no physical collection`);
      return physical;
    };
    const collectionNames = async () =>
      (await rawDb.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    /** Without errorLabels the stand-in server labels the error itself, as mongod does. */
    const failOnce = (command: string, failure: { errorCode?: number; closeConnection?: boolean }) =>
      raw.db('admin').command({
        configureFailPoint: 'failCommand',
        mode: { times: 1 },
        data: { failCommands: [command], ...failure },
      });
    const commandsSince = (start: number, name: string) =>
      server.commandLog.slice(start).filter((command) => command.commandName === name);

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await raw.db('admin').command({ configureFailPoint: 'failCommand', mode: 'off' });
      await store.close();
    });

    it('wraps a client without asking hello, creating only its own collections', async () => {
      const before = server.commandLog.length;
      const other = await MongoReadModelStore.fromClient(clientOf() as unknown as MongoClient, {
        database: 'ventanilla_from_client',
      });
      await other.close();
      expect(server.commandLog.slice(before).map((command) => command.commandName)).toEqual([
        'create',
        'create',
      ]);
      expect(server.namespaces()).toEqual(
        expect.arrayContaining([
          `ventanilla_from_client.${CHECKPOINTS_COLLECTION}`,
          `ventanilla_from_client.${COLLECTION_NAMES_COLLECTION}`,
        ]),
      );
    });

    it('a transaction whose work throws leaves nothing: no documents, no name, no collection', async () => {
      const brandNew = fresh('brandNew');
      await store.ensureIndexes(brandNew, ['status']);
      await expect(
        store.transaction(async (tx) => {
          await tx.put(brandNew, { id: 'x', status: 'RECEIVED' });
          await tx.setCheckpoint(brandNew, 1);
          expect(await tx.get(brandNew, 'x')).toEqual({ id: 'x', status: 'RECEIVED' });
          // Nobody outside the transaction sees its writes before the commit.
          expect(await store.get(brandNew, 'x')).toBeNull();
          throw new Error('projection failed');
        }),
      ).rejects.toThrow('projection failed');
      expect((await entryOf(brandNew))?.physical ?? null).toBeNull();
      expect((await entryOf(brandNew))?.indexes).toEqual(['status']);
      expect((await collectionNames()).filter((name) => name.startsWith(`rm_${brandNew}_`))).toEqual([]);
      expect(await store.getCheckpoint(brandNew)).toBeNull();
    });

    it('retries the whole work after a TransientTransactionError and commits it once', async () => {
      const cases = fresh('cases');
      let attempts = 0;
      await store.transaction(async (tx) => {
        attempts += 1;
        await tx.put(cases, { id: 'c1', status: 'RECEIVED', attempt: attempts });
        if (attempts === 1) {
          throw new MongoServerError({
            ok: 0,
            code: 112,
            codeName: 'WriteConflict',
            errmsg: 'Write conflict',
            errorLabels: ['TransientTransactionError'],
          });
        }
        await tx.setCheckpoint(cases, 4);
      });
      expect(attempts).toBe(2);
      expect(await store.find(cases, {})).toEqual([{ id: 'c1', status: 'RECEIVED', attempt: 2 }]);
      expect((await collectionNames()).filter((name) => name.startsWith(`rm_${cases}_`))).toHaveLength(1);
      expect(await store.getCheckpoint(cases)).toBe(4);
    });

    it('retries when the server aborts the transaction, even when the work wraps the error', async () => {
      const cases = fresh('cases');
      await store.transaction(async (tx) => tx.put(cases, { id: 'c1', status: 'RECEIVED', writes: 0 }));
      const physical = await physicalOf(cases);
      let attempts = 0;
      await store.transaction(async (tx) => {
        attempts += 1;
        const current = await tx.get<ReadModelDocument & { writes: number }>(cases, 'c1');
        if (attempts === 1) {
          // Another writer changes the document after this transaction's snapshot: a write conflict.
          await rawDb.collection(physical).updateOne({ _id: 'c1' as never }, { $set: { status: 'CLOSED' } });
        }
        try {
          await tx.put(cases, { id: 'c1', status: 'ASSIGNED', writes: (current?.writes ?? 0) + 1 });
        } catch (error) {
          // As the projection runner does: its own error, with the driver's as the cause.
          throw new Error('event failed', { cause: error });
        }
        await tx.setCheckpoint(cases, 9);
      });
      expect(attempts).toBe(2);
      expect(await store.get(cases, 'c1')).toEqual({ id: 'c1', status: 'ASSIGNED', writes: 1 });
      expect(await store.getCheckpoint(cases)).toBe(9);
    });

    it('retries the whole work when the commit fails with a TransientTransactionError', async () => {
      const cases = fresh('cases');
      let attempts = 0;
      // NoSuchTransaction, unlabelled: the server labels it TransientTransactionError on a commit.
      await failOnce('commitTransaction', { errorCode: 251 });
      await store.transaction(async (tx) => {
        attempts += 1;
        await tx.put(cases, { id: 'c1', status: 'RECEIVED' });
        await tx.setCheckpoint(cases, 2);
      });
      expect(attempts).toBe(2);
      expect(await store.find(cases, {})).toEqual([{ id: 'c1', status: 'RECEIVED' }]);
      expect(await store.getCheckpoint(cases)).toBe(2);
    });

    it('retries the whole work when the commit fails with a WriteConflict the server labels', async () => {
      const cases = fresh('cases');
      let attempts = 0;
      const start = server.commandLog.length;
      await failOnce('commitTransaction', { errorCode: 112 });
      await store.transaction(async (tx) => {
        attempts += 1;
        await tx.put(cases, { id: 'c1', status: 'RECEIVED' });
      });
      expect(attempts).toBe(2);
      // Two transactions, each committed with the adapter's write concern (and the driver's wtimeout).
      expect(commandsSince(start, 'commitTransaction')).toEqual([
        expect.objectContaining({ txnNumber: 1, writeConcern: { w: 'majority', wtimeout: 10_000 } }),
        expect.objectContaining({ txnNumber: 2, writeConcern: { w: 'majority', wtimeout: 10_000 } }),
      ]);
      expect(await store.find(cases, {})).toEqual([{ id: 'c1', status: 'RECEIVED' }]);
    });

    it('a commit whose connection drops is retried by the driver, without running the work again', async () => {
      const cases = fresh('cases');
      let attempts = 0;
      const start = server.commandLog.length;
      await failOnce('commitTransaction', { closeConnection: true });
      await store.transaction(async (tx) => {
        attempts += 1;
        await tx.put(cases, { id: 'c1', status: 'RECEIVED' });
      });
      expect(attempts).toBe(1);
      expect(commandsSince(start, 'commitTransaction')).toEqual([
        expect.objectContaining({ txnNumber: 1, writeConcern: { w: 'majority', wtimeout: 10_000 } }),
        expect.objectContaining({ txnNumber: 1, writeConcern: { w: 'majority', wtimeout: 10_000 } }),
      ]);
      // The transaction's first command asks for the adapter's read concern.
      expect(server.commandLog.slice(start).find((command) => command.startTransaction)).toMatchObject({
        readConcern: { level: 'local' },
      });
      expect(await store.find(cases, {})).toEqual([{ id: 'c1', status: 'RECEIVED' }]);
    });

    it('gives up on an error that is not transient, leaving nothing', async () => {
      const cases = fresh('cases');
      let attempts = 0;
      // BadValue: the server gives it no label.
      await failOnce('update', { errorCode: 2 });
      await expect(
        store.transaction(async (tx) => {
          attempts += 1;
          await tx.put(cases, { id: 'c1', status: 'RECEIVED' });
        }),
      ).rejects.toMatchObject({ code: 2, errorLabels: [] });
      expect(attempts).toBe(1);
      expect(await store.find(cases, {})).toEqual([]);
    });

    it('a swap is seen at once by another store over the same server', async () => {
      const cases = fresh('cases');
      const source = rebuildTargetOf(cases, 1);
      const other = await open();
      try {
        await store.transaction(async (tx) => tx.put(cases, { id: 'old' }));
        expect((await other.find(cases, {})).map((doc) => doc.id)).toEqual(['old']);
        await store.ensureIndexes(cases, ['status+dueDate']);
        await store.transaction(async (tx) => tx.put(source, { id: 'new' }));
        const [oldPhysical, newPhysical] = [await physicalOf(cases), await physicalOf(source)];
        await store.swapCollections([{ source, target: cases }], { projection: cases, position: 1 });
        expect((await other.find(cases, {})).map((doc) => doc.id)).toEqual(['new']);
        expect(await other.getCheckpoint(cases)).toBe(1);
        expect(await other.find(source, {})).toEqual([]);
        // The rebuilt collection carries the target's indexes; the replaced one is gone.
        const keys = (await rawDb.collection(newPhysical).indexes()).map((index) => index.key as unknown);
        expect(keys).toEqual(expect.arrayContaining([{ _id: 1 }, { status: 1, dueDate: 1 }]));
        expect(await collectionNames()).not.toContain(oldPhysical);
      } finally {
        await other.close();
      }
    });

    it('creates the declared indexes, before and after the first write', async () => {
      const cases = fresh('cases');
      await store.ensureIndexes(cases, ['status', 'status+dueDate']);
      await store.transaction(async (tx) => tx.put(cases, caseDocuments[0]!));
      await store.ensureIndexes(cases, ['petitioner.city', 'id', 'status']);
      await store.ensureTextIndexes(cases, ['searchText']);
      const keys = (await rawDb.collection(await physicalOf(cases)).indexes()).map((index) => index.key);
      expect(keys).toEqual([
        { _id: 1 },
        { status: 1 },
        { status: 1, dueDate: 1 },
        { 'petitioner.city': 1 },
        { searchText: 1 },
      ]);
    });

    it('a reader holding a name a swap retired reads the name again', async () => {
      const cases = fresh('cases');
      const source = rebuildTargetOf(cases, 1);
      await store.transaction(async (tx) => tx.put(cases, { id: 'old' }));
      await store.transaction(async (tx) => tx.put(source, { id: 'new' }));
      const oldPhysical = await physicalOf(cases);
      const other = await open();
      // The swap commits and drops the old collection between the reader's name lookup and its query.
      server.beforeCommand = async (command, ns) => {
        if (command !== 'find' || ns !== `${database}.${oldPhysical}`) return;
        server.beforeCommand = null;
        await store.swapCollections([{ source, target: cases }], { projection: cases, position: 1 });
      };
      try {
        expect((await other.find(cases, {})).map((doc) => doc.id)).toEqual(['new']);
        expect(server.beforeCommand).toBeNull();
      } finally {
        server.beforeCommand = null;
        await other.close();
      }
    });

    it('refuses work once closed', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow(/closed/);
      await expect(store.get('cases', 'x')).rejects.toThrow(/closed/);
      store = await open();
    });
  });
});

const CONTRACT_DATABASE = 'ventanilla_contract';

await describeWithContainers('MongoDB', 'MongoDB read-model store', () => {
  let container: StartedMongoDBContainer;
  /** directConnection: the replica set advertises the container's own host name, unknown out here. */
  let url: string;
  let raw: MongoClient;
  let rawDb: Db;

  beforeAll(async () => {
    // The module starts mongod with --replSet rs0 and waits until rs.initiate() made it primary.
    container = await new MongoDBContainer('mongo:8').start();
    url = `${container.getConnectionString()}/?directConnection=true`;
    raw = new MongoClient(url);
    await raw.connect();
    rawDb = raw.db(CONTRACT_DATABASE);
  }, 180_000);

  afterAll(async () => {
    await raw?.close();
    await container?.stop();
  });

  const connect = () => MongoReadModelStore.connect({ url, database: CONTRACT_DATABASE });

  readModelStoreContract('MongoDB', async () => {
    let current = await connect();
    return {
      store: current,
      reopen: async () => {
        await current.close();
        current = await connect();
        return current;
      },
      // The contract uses fresh names per test; the container goes with the suite.
      cleanup: () => current.close(),
    };
  });

  describe('MongoDB only', () => {
    let store: MongoReadModelStore;
    let suffix = 0;
    const fresh = (prefix: string) => `${prefix}_${Date.now()}_${++suffix}`;

    beforeEach(async () => {
      store = await connect();
    });

    afterEach(async () => {
      await store.close();
    });

    const entryOf = (name: string) =>
      rawDb.collection<CollectionNameEntry>(COLLECTION_NAMES_COLLECTION).findOne({ _id: name });
    const physicalOf = async (name: string): Promise<string> => {
      const physical = (await entryOf(name))?.physical;
      if (!physical) throw new Error(`${name} has no physical collection`);
      return physical;
    };
    const indexKeysOf = async (physical: string) =>
      (await rawDb.collection(physical).listIndexes().toArray()).map((index) => index.key as unknown);
    const collectionNames = async () =>
      (await rawDb.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);

    it('answers ping while the server is up, and refuses work once closed', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow(/closed/);
      await expect(store.get('cases', 'x')).rejects.toThrow(/closed/);
      store = await connect();
    });

    it('stores documents with the id in _id, under a physical collection of the name', async () => {
      const cases = fresh('cases');
      await store.transaction(async (tx) => tx.put(cases, caseDocuments[0]!));
      const physical = await physicalOf(cases);
      expect(physical).toMatch(new RegExp(`^rm_${cases}_[0-9a-f]{24}$`));
      const { id, ...fields } = caseDocuments[0]!;
      expect(await rawDb.collection(physical).findOne({ _id: id as never })).toEqual({ _id: id, ...fields });
    });

    it('creates the declared indexes, before and after the first write', async () => {
      const cases = fresh('cases');
      await store.ensureIndexes(cases, ['status', 'status+dueDate']);
      await store.transaction(async (tx) => tx.put(cases, caseDocuments[0]!));
      await store.ensureIndexes(cases, ['petitioner.city', 'id', 'status']);
      await store.ensureTextIndexes(cases, ['searchText']);
      expect(await indexKeysOf(await physicalOf(cases))).toEqual(
        expect.arrayContaining([
          { _id: 1 },
          { status: 1 },
          { status: 1, dueDate: 1 },
          { 'petitioner.city': 1 },
          { searchText: 1 },
        ]),
      );
      expect((await indexKeysOf(await physicalOf(cases))).length).toBe(5);
      expect(await entryOf(cases)).toMatchObject({
        indexes: ['status', 'status+dueDate', 'petitioner.city', 'id'],
        textIndexes: ['searchText'],
      });
    });

    it('a swap keeps the target indexes on the new collection and drops the old one', async () => {
      const cases = fresh('cases');
      const source = rebuildTargetOf(cases, 1);
      await store.transaction(async (tx) => tx.put(cases, { id: 'old', status: 'RECEIVED' }));
      await store.ensureIndexes(cases, ['status+dueDate']);
      await store.transaction(async (tx) => tx.put(source, { id: 'new', status: 'RECEIVED' }));
      const [oldPhysical, newPhysical] = [await physicalOf(cases), await physicalOf(source)];
      await store.swapCollections([{ source, target: cases }], { projection: cases, position: 3 });
      expect(await physicalOf(cases)).toBe(newPhysical);
      expect(await entryOf(source)).toBeNull();
      expect(await indexKeysOf(newPhysical)).toEqual(expect.arrayContaining([{ status: 1, dueDate: 1 }]));
      const names = await collectionNames();
      expect(names).toContain(newPhysical);
      expect(names).not.toContain(oldPhysical);
      expect(await rawDb.collection(CHECKPOINTS_COLLECTION).findOne({ _id: cases as never })).toMatchObject({
        position: 3,
      });
    });

    it('a transaction that throws leaves nothing: no documents, no name, no collection', async () => {
      const brandNew = fresh('brandNew');
      await store.ensureIndexes(brandNew, ['status']);
      await expect(
        store.transaction(async (tx) => {
          await tx.put(brandNew, { id: 'x', status: 'RECEIVED' });
          await tx.setCheckpoint(brandNew, 1);
          throw new Error('projection failed');
        }),
      ).rejects.toThrow('projection failed');
      expect((await entryOf(brandNew))?.physical ?? null).toBeNull();
      expect((await collectionNames()).filter((name) => name.startsWith(`rm_${brandNew}_`))).toEqual([]);
      expect(await store.getCheckpoint(brandNew)).toBeNull();
    });

    it('retries the whole work when the server aborts it, even when the work wraps the error', async () => {
      const cases = fresh('cases');
      await store.transaction(async (tx) => tx.put(cases, { id: 'c1', status: 'RECEIVED', writes: 0 }));
      const physical = await physicalOf(cases);
      let attempts = 0;
      await store.transaction(async (tx) => {
        attempts += 1;
        const current = await tx.get<ReadModelDocument & { writes: number }>(cases, 'c1');
        if (attempts === 1) {
          // Another writer changes the document after this transaction's snapshot: a write conflict.
          await rawDb.collection(physical).updateOne({ _id: 'c1' as never }, { $set: { status: 'CLOSED' } });
        }
        try {
          await tx.put(cases, { id: 'c1', status: 'ASSIGNED', writes: (current?.writes ?? 0) + 1 });
        } catch (error) {
          // As the projection runner does: its own error, with the driver's as the cause.
          throw new Error('event failed', { cause: error });
        }
        await tx.setCheckpoint(cases, 9);
      });
      expect(attempts).toBe(2);
      expect(await store.get(cases, 'c1')).toEqual({ id: 'c1', status: 'ASSIGNED', writes: 1 });
      expect(await store.getCheckpoint(cases)).toBe(9);
    });

    it('uses the database named in the URL when none is given', async () => {
      const projection = fresh('projection');
      const named = await MongoReadModelStore.connect({
        url: `${container.getConnectionString()}/ventanilla_from_url?directConnection=true`,
      });
      try {
        await named.transaction(async (tx) => tx.setCheckpoint(projection, 5));
      } finally {
        await named.close();
      }
      const checkpoint = await raw
        .db('ventanilla_from_url')
        .collection(CHECKPOINTS_COLLECTION)
        .findOne({ _id: projection as never });
      expect(checkpoint).toMatchObject({ position: 5 });
    });

    it('another instance sees a swap at once', async () => {
      const cases = fresh('cases');
      const source = rebuildTargetOf(cases, 1);
      const other = await connect();
      try {
        await store.transaction(async (tx) => tx.put(cases, { id: 'old' }));
        expect((await other.find(cases, {})).map((doc) => doc.id)).toEqual(['old']);
        await store.transaction(async (tx) => tx.put(source, { id: 'new' }));
        await store.swapCollections([{ source, target: cases }], { projection: cases, position: 1 });
        expect((await other.find(cases, {})).map((doc) => doc.id)).toEqual(['new']);
        expect(await other.getCheckpoint(cases)).toBe(1);
      } finally {
        await other.close();
      }
    });
  });
});
