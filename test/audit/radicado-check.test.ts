// The radicado cross-check when the case stream cannot even be read: deleted on the server and its events
// scavenged from the log, the store reports it unusable; the check names the radicado instead of failing.
import { radicadoCheck } from '../../src/features/audit/radicado-check.js';
import { UnusableStreamError, type RecordedEvent } from '../../src/engine/eventstore/event-store.js';

const issued: RecordedEvent = {
  id: 'e1',
  stream: 'radicado-2026',
  revision: 0,
  position: 1,
  type: 'RadicadoIssued',
  schemaVersion: 1,
  data: { radicado: '2026-000007' },
  metadata: {
    actorId: 'user-1',
    actorRole: 'AGENT',
    occurredAt: '2026-03-02T14:00:00.000Z',
    recordedAt: '2026-03-02T14:00:00.000Z',
    correlationId: 'c1',
    causationId: 'k1',
    previousHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  },
};

describe('the radicado check', () => {
  it('names a radicado whose case stream the store reports deleted, rather than stopping the audit', async () => {
    const check = radicadoCheck();
    check.observe(issued, { sequence: 1, chainHash: 'x' });
    const store = {
      readStream: async (stream: string): Promise<RecordedEvent[]> => {
        throw new UnusableStreamError(stream, 'SOFT_DELETED');
      },
    };

    const findings = await check.finish(store, { lastPosition: 1, head: { sequence: 1, chainHash: 'x' } });

    expect(findings).toEqual([
      expect.objectContaining({ kind: 'RADICADO_WITHOUT_CASE', stream: 'pqrs-2026-000007' }),
    ]);
  });

  it('lets any other read failure through', async () => {
    const check = radicadoCheck();
    check.observe(issued, { sequence: 1, chainHash: 'x' });
    const store = {
      readStream: async (): Promise<RecordedEvent[]> => {
        throw new Error('connection lost');
      },
    };

    await expect(
      check.finish(store, { lastPosition: 1, head: { sequence: 1, chainHash: 'x' } }),
    ).rejects.toThrow('connection lost');
  });
});
