// The attachment stores: the port's contract on every adapter — files under the data folder, GridFS over the
// in-memory MongoDB stand-in everywhere, GridFS on a real MongoDB (mongo:8 in a container) where a Docker
// engine answers — plus what only the files have: where they live and who may read them.
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import { MongoClient } from 'mongodb';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesystemAttachmentStore } from '../../src/attachments/filesystem-attachment-store.js';
import { ATTACHMENTS_BUCKET, GridFsAttachmentStore } from '../../src/attachments/gridfs-attachment-store.js';
import { describeWithContainers } from '../support/container-engines.js';
import { StandInMongoClient, StandInMongoServer } from '../support/mongodb-stand-in.js';
import { attachmentStoreContract } from './attachment-store.contract.js';

attachmentStoreContract('files under the data folder', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-attachments-'));
  return {
    store: FilesystemAttachmentStore.open(dataDir),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});

describe('files under the data folder', () => {
  let dataDir: string;
  let store: FilesystemAttachmentStore;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-attachments-'));
    store = FilesystemAttachmentStore.open(dataDir);
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps a file at attachments/<aa>/<bb>/<sha256>, readable by its owner only, with nothing left beside it', async () => {
    const sha256 = await store.put(randomBytes(100));

    const folder = join(dataDir, 'attachments', sha256.slice(0, 2), sha256.slice(2, 4));
    expect(readdirSync(folder)).toEqual([sha256]);
    expect(statSync(join(folder, sha256)).mode & 0o777).toBe(0o600);
    for (const path of [
      join(dataDir, 'attachments'),
      join(dataDir, 'attachments', sha256.slice(0, 2)),
      folder,
    ])
      expect(statSync(path).mode & 0o077).toBe(0);
  });
});

describe('GridFS on the MongoDB stand-in', () => {
  const server = new StandInMongoServer();
  const database = `attachments_${randomUUID().slice(0, 8)}`;
  const db = () => (new StandInMongoClient(server) as unknown as MongoClient).db(database);

  attachmentStoreContract('GridFS on the MongoDB stand-in', async () => ({
    store: GridFsAttachmentStore.fromDb(db()),
    cleanup: async () => undefined,
  }));

  it('names each file by its SHA-256 in the attachments bucket, and deletes its chunks with it', async () => {
    const store = GridFsAttachmentStore.fromDb(db());
    const sha256 = await store.put(randomBytes(600_000));

    const files = await db().collection(`${ATTACHMENTS_BUCKET}.files`).find({ filename: sha256 }).toArray();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ filename: sha256, length: 600_000 });
    const chunksOf = () =>
      db().collection(`${ATTACHMENTS_BUCKET}.chunks`).countDocuments({ files_id: files[0]!._id });
    expect(await chunksOf()).toBe(3);

    await store.delete(sha256);
    expect(await chunksOf()).toBe(0);
  });
});

await describeWithContainers('MongoDB', 'GridFS attachment store on MongoDB', () => {
  let container: StartedMongoDBContainer;
  let url: string;
  const opened: GridFsAttachmentStore[] = [];

  beforeAll(async () => {
    container = await new MongoDBContainer('mongo:8').start();
    // directConnection: the replica set advertises the container's own host name, unknown out here.
    url = `${container.getConnectionString()}/attachments_test?directConnection=true`;
  });

  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
    await container?.stop();
  });

  attachmentStoreContract('GridFS on MongoDB', async () => {
    const store = await GridFsAttachmentStore.connect({ url });
    opened.push(store);
    return { store, cleanup: () => store.close() };
  });
});
