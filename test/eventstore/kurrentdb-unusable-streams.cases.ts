// Streams deleted, truncated or written to behind the adapter's back, on the server: the adapter never
// reads one as empty nor writes to it (that would restart it over a history that existed, with a hash
// chain starting again from nothing), it says which and how, and the audit names it. Run on a real
// KurrentDB (container suite) and on the stand-in client, with the same server operations on each.
import { randomUUID } from 'node:crypto';
import { FORWARDS, jsonEvent, START, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import { verifyAuditTrail } from '../../src/engine/eventstore/audit-verifier.js';
import {
  UnusableStreamError,
  type NewEvent,
  type UnusableStreamReason,
} from '../../src/engine/eventstore/event-store.js';
import type { KurrentDbEventStore } from '../../src/engine/eventstore/kurrentdb/kurrentdb-event-store.js';

export interface ServerAccess {
  readonly store: KurrentDbEventStore;
  /** A client of the same server, for what someone with access to it can do outside the application. */
  readonly server: Pick<
    KurrentDBClient,
    'deleteStream' | 'tombstoneStream' | 'setStreamMetadata' | 'appendToStream' | 'readAll'
  >;
  readonly cleanup: () => Promise<void>;
}

/** A new event of ours, `index` in its data. */
export function noted(index: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'Noted',
    schemaVersion: 1,
    data: { index },
    metadata: {
      actorId: 'user-1',
      actorRole: 'AGENT',
      occurredAt: '2025-03-04T15:00:00.000Z',
      correlationId: 'correlation-1',
      causationId: 'command-1',
    },
  };
}

function unusable(reason: UnusableStreamReason, stream: string) {
  return expect.objectContaining({ name: 'UnusableStreamError', stream, reason });
}

export function unusableStreamCases(label: string, open: () => Promise<ServerAccess>): void {
  describe(`${label}: streams deleted or altered on the server`, () => {
    let access: ServerAccess;
    beforeEach(async () => {
      access = await open();
    });
    afterEach(async () => {
      await access.cleanup();
    });

    async function written(count: number): Promise<string> {
      const stream = `damaged-${randomUUID()}`;
      await access.store.append(stream, [...Array(count).keys()].map(noted), 'no_stream');
      return stream;
    }

    /** Events in $all of every stream, the server's included: nothing may be added by a refused append. */
    async function eventsInAll(): Promise<number> {
      let count = 0;
      for await (const _event of access.server.readAll({ direction: FORWARDS, fromPosition: START })) count++;
      return count;
    }

    it('refuses to read or write a soft-deleted stream, rather than restarting it after its old revisions', async () => {
      const stream = await written(2);
      await access.server.deleteStream(stream);
      const before = await eventsInAll();

      await expect(access.store.readStream(stream)).rejects.toEqual(unusable('SOFT_DELETED', stream));
      for (const expected of ['no_stream', 'any'] as const) {
        await expect(access.store.append(stream, [noted(2)], expected)).rejects.toEqual(
          unusable('SOFT_DELETED', stream),
        );
      }
      // The revision it had before the delete: refused too, not chained onto a head it cannot read.
      await expect(access.store.append(stream, [noted(2)], 1)).rejects.toBeInstanceOf(UnusableStreamError);
      expect(await eventsInAll()).toBe(before);
    });

    it('refuses to read or write a tombstoned stream, saying so', async () => {
      const stream = await written(2);
      await access.server.tombstoneStream(stream);

      await expect(access.store.readStream(stream)).rejects.toEqual(unusable('TOMBSTONED', stream));
      await expect(access.store.append(stream, [noted(2)], 1)).rejects.toEqual(
        unusable('TOMBSTONED', stream),
      );
      await expect(access.store.append(stream, [noted(2)], 'any')).rejects.toThrow(
        /deleted for good on the server \(tombstone\)/,
      );
    });

    it('refuses a history whose first events the server hides (truncate-before)', async () => {
      const stream = await written(3);
      await access.server.setStreamMetadata(stream, { truncateBefore: 1 });

      await expect(access.store.readStream(stream)).rejects.toEqual(unusable('TRUNCATED', stream));
      // Read from where it still starts, it is what it is.
      const rest = await access.store.readStream(stream, { fromRevision: 1 });
      expect(rest.map((event) => event.revision)).toEqual([1, 2]);
    });

    it('refuses to write to a stream holding events it did not write', async () => {
      const stream = `orders-${randomUUID()}`;
      await access.server.appendToStream(stream, jsonEvent({ type: 'OrderPlaced', data: { sku: 'A-1' } }));
      const before = await eventsInAll();

      await expect(access.store.append(stream, [noted(0)], 'any')).rejects.toEqual(
        unusable('NOT_OURS', stream),
      );
      await expect(access.store.readStream(stream)).rejects.toEqual(unusable('NOT_OURS', stream));
      expect(await eventsInAll()).toBe(before);
    });

    it('still reads a stream never written as empty, and starts it at revision 0', async () => {
      const stream = `fresh-${randomUUID()}`;
      await expect(access.store.readStream(stream)).resolves.toEqual([]);
      await expect(access.store.append(stream, [noted(0)], 'no_stream')).resolves.toMatchObject({
        nextExpectedRevision: 0,
        alreadyAppended: false,
      });
    });

    it('reports each such stream as an audit finding, in Spanish, with how many of its events the log still holds', async () => {
      const deleted = await written(2);
      const tombstoned = await written(1);
      const truncated = await written(3);
      const intact = await written(2);
      await access.server.deleteStream(deleted);
      await access.server.tombstoneStream(tombstoned);
      await access.server.setStreamMetadata(truncated, { truncateBefore: 2 });

      const report = await verifyAuditTrail(access.store);

      expect(report.ok).toBe(false);
      const about = (stream: string) => report.findings.filter((finding) => finding.stream === stream);
      expect(about(deleted)).toEqual([
        {
          kind: 'STREAM_DELETED',
          stream: deleted,
          revision: 1,
          description:
            `Flujo inutilizable: ${deleted} se borró en el servidor (borrado lógico): ya no se puede leer, y ` +
            'escribir en él lo reiniciaría después de sus revisiones anteriores, rompiendo su cadena. ' +
            'Ventanilla no escribe en él. El registro global aún tiene 2 eventos suyos (el último, revisión 1).',
        },
      ]);
      expect(about(tombstoned)).toEqual([
        expect.objectContaining({
          kind: 'STREAM_DELETED',
          description: expect.stringContaining('se borró definitivamente en el servidor (lápida)'),
        }),
      ]);
      expect(about(truncated)).toEqual([
        expect.objectContaining({
          kind: 'STREAM_TRUNCATED',
          description: expect.stringContaining('su historia ya no empieza en la revisión 0'),
        }),
      ]);
      expect(about(intact)).toEqual([]);
    });
  });
}
