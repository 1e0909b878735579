// The signer of heads of the log, on a real SQLite log: heads every N events and once an event waited M
// minutes, each one the log extends and the key verifies; a restart resumes from the last head; a log found
// unsigned is signed once, not once per N events of its past.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOG_HEAD_STREAM, type LogHeadFacts } from '../../src/domain/log-head/index.js';
import type { NewEvent } from '../../src/engine/eventstore/event-store.js';
import { signingKeyFromSeed } from '../../src/engine/eventstore/log-chain.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { verifyLog } from '../../src/features/audit/index.js';
import { LogHeadSigner, type LogHeadSchedule } from '../../src/features/audit/log-heads/log-head-signer.js';

const key = signingKeyFromSeed(Buffer.alloc(32, 7));
const T0 = Date.parse('2026-03-02T15:00:00.000Z');
const MINUTE = 60_000;

function fact(): NewEvent {
  return {
    id: randomUUID(),
    type: 'Noted',
    schemaVersion: 1,
    data: { note: randomUUID() },
    metadata: {
      actorId: 'user-1',
      actorRole: 'COORDINATOR',
      occurredAt: new Date(T0).toISOString(),
      correlationId: 'c',
      causationId: 'c',
    },
  };
}

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await sleep(5);
  }
}

describe('the signer of heads of the log', () => {
  let now: number;
  let store: SqliteEventStore;
  const signers: LogHeadSigner[] = [];
  const warnings: string[] = [];

  beforeEach(async () => {
    now = T0;
    store = await SqliteEventStore.open({ file: ':memory:', clock: () => new Date(now) });
  });

  afterEach(async () => {
    await Promise.all(signers.splice(0).map((signer) => signer.stop()));
    await store.close();
    expect(warnings.splice(0)).toEqual([]);
  });

  function signer(schedule: LogHeadSchedule): LogHeadSigner {
    const created = new LogHeadSigner({
      store,
      key,
      clock: () => new Date(now),
      schedule,
      // As the command path would: the decider's event, on the heads' stream.
      record: async (facts: LogHeadFacts) => {
        await store.append(
          LOG_HEAD_STREAM,
          [{ ...fact(), type: 'LogHeadSigned', data: { ...facts, signedAt: new Date(now).toISOString() } }],
          'any',
        );
      },
      warn: (message) => warnings.push(message),
    });
    signers.push(created);
    return created;
  }

  async function appendFacts(count: number): Promise<void> {
    for (let index = 0; index < count; index++)
      await store.append(`note-${randomUUID()}`, [fact()], 'no_stream');
  }

  const heads = async () =>
    (await store.readStream(LOG_HEAD_STREAM)).map((event) => event.data as LogHeadFacts);
  const verified = () => verifyLog(store, { trustedKeys: [key.publicKey] });

  it('signs a head every N events, covering exactly the log up to its N-th event, which the log extends', async () => {
    await signer({ everyEvents: 3, everyMinutes: 0 }).start();
    await appendFacts(7);

    await until(async () => (await heads()).length === 2, 'two heads are signed');
    expect((await heads())[0]).toMatchObject({ sequence: 3, publicKey: key.publicKeyText });
    expect(await verified()).toMatchObject({ ok: true, findings: [], signedHeads: 2, anchorsChecked: 2 });
  });

  it('signs once an event has waited M minutes unsigned, and not a minute before', async () => {
    const timed = signer({ everyEvents: 0, everyMinutes: 15 });
    await timed.start();
    await appendFacts(2);
    await until(() => timed.chain.sequence === 2, 'the signer has chained both events');

    now = T0 + 14 * MINUTE;
    await timed.tick();
    expect(await heads()).toEqual([]);

    const chained = timed.chain.chainHash;
    now = T0 + 15 * MINUTE;
    await timed.tick();
    expect(await heads()).toEqual([expect.objectContaining({ sequence: 2, chainHash: chained })]);
  });

  it('resumes after a restart from its last head, signing only what came after it', async () => {
    const first = signer({ everyEvents: 0, everyMinutes: 0 });
    await first.start();
    await appendFacts(3);
    expect(await first.signNow()).toMatchObject({ sequence: 3 });
    await first.stop();
    await appendFacts(2);

    const second = signer({ everyEvents: 2, everyMinutes: 0 });
    await second.start();

    await until(async () => (await heads()).length === 2, 'the restarted signer signs the new events');
    expect((await heads())[1]).toMatchObject({ sequence: 6 });
    expect(await verified()).toMatchObject({ ok: true, anchorsChecked: 2 });
  });

  it('a head signed by a key rotated out is trusted only when its public key is given', async () => {
    const first = signer({ everyEvents: 0, everyMinutes: 0 });
    await first.start();
    await appendFacts(2);
    await first.signNow();
    const newKey = signingKeyFromSeed(Buffer.alloc(32, 8));

    const untrusted = await verifyLog(store, { trustedKeys: [newKey.publicKey] });
    expect(untrusted.findings).toEqual([
      expect.objectContaining({
        kind: 'HEAD_KEY_UNTRUSTED',
        description: expect.stringContaining(`La cabeza firmada nº 1 (evento nº 2`),
      }),
    ]);
    expect(await verifyLog(store, { trustedKeys: [newKey.publicKey, key.publicKey] })).toMatchObject({
      ok: true,
      anchorsChecked: 1,
    });
  });

  it('signs a log found unsigned once, when caught up, not once per N events of its past', async () => {
    await appendFacts(5);
    now = T0 + MINUTE;
    const late = signer({ everyEvents: 2, everyMinutes: 0 });
    await late.start();

    await until(async () => (await heads()).length > 0, 'the old log is signed');
    expect(await heads()).toEqual([expect.objectContaining({ sequence: 5 })]);
  });
});
