// The KurrentDB adapter's pure translations, without a server: envelope, expected revisions, positions,
// the retry decision and the reconnection policy.
import { randomUUID } from 'node:crypto';
import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  UnavailableError,
  StreamNotFoundError,
  StreamDeletedError,
  END,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedRevisionError, type EventMetadata } from '../../src/engine/eventstore/event-store.js';
import { eventHash, sealBatch } from '../../src/engine/eventstore/hash-chain.js';
import {
  classifyRetry,
  exactStreamState,
  isAfter,
  isEnvelopeMetadata,
  appendIdOf,
  hiddenBy,
  isStreamDeleted,
  isStreamNotFound,
  isTransientError,
  isWrongExpectedVersion,
  nextReconnectDelay,
  nextRecordedAt,
  satisfiesExpectedRevision,
  toEventData,
  toGlobalPosition,
  toReadPosition,
  toRecordedEvent,
  toStreamState,
  toWrongExpectedRevisionError,
  userEventsFilter,
  type ClientResolvedEvent,
} from '../../src/engine/eventstore/kurrentdb/kurrentdb-mapping.js';

const writerMetadata = {
  actorId: 'user-radicadora-1',
  actorRole: 'AGENT',
  occurredAt: '2025-03-03T14:00:00.000Z',
  correlationId: 'correlation-1',
  causationId: 'command-1',
};

function sealedEvent(schemaVersion = 2) {
  const [sealed] = sealBatch(
    'pqrs-1',
    [
      {
        id: randomUUID(),
        type: 'Received',
        schemaVersion,
        data: { radicado: 'PQRS-2025-000123', amounts: [1, 2.5], nothing: null },
        metadata: writerMetadata,
      },
    ],
    { revision: 3, lastHash: 'a'.repeat(64) },
    '2025-03-04T15:30:00.000Z',
  );
  return sealed;
}

/** What the client hands back for an event written with toEventData (JSON parsed on both sides). */
function asReadBack(
  stream: string,
  revision: number,
  written: ReturnType<typeof toEventData>,
  position: bigint,
): ClientResolvedEvent {
  return {
    event: {
      streamId: stream,
      id: written.id,
      revision: BigInt(revision),
      type: written.type,
      isJson: true,
      data: JSON.parse(JSON.stringify(written.data)) as unknown,
      metadata: JSON.parse(JSON.stringify(written.metadata)) as unknown,
      position: { commit: position, prepare: position },
    },
  };
}

describe('the event envelope', () => {
  it('keeps id and type, writes JSON data, and carries schemaVersion in the ESDB metadata', () => {
    const sealed = sealedEvent(3);

    const data = toEventData(sealed);

    expect(data).toMatchObject({ id: sealed.id, type: 'Received', contentType: 'application/json' });
    expect(data.data).toEqual(sealed.data);
    expect(data.metadata).toEqual({ ...sealed.metadata, schemaVersion: 3 });
  });

  it('marks the append attempt beside schemaVersion, outside the hash, and takes the mark out on read', () => {
    const sealed = sealedEvent(3);
    const data = toEventData(sealed, 'attempt-1');
    expect(data.metadata).toEqual({ ...sealed.metadata, schemaVersion: 3, appendId: 'attempt-1' });
    const marked = asReadBack('pqrs-1', sealed.revision, data, 10n);
    expect(appendIdOf(marked)).toBe('attempt-1');
    expect(toRecordedEvent(marked)?.metadata).toEqual(sealed.metadata);
    expect(appendIdOf(asReadBack('pqrs-1', sealed.revision, toEventData(sealed), 10n))).toBeUndefined();
  });

  it('reads back exactly what was sealed, with schemaVersion taken out of the metadata', () => {
    const sealed = sealedEvent(3);

    const recorded = toRecordedEvent(asReadBack('pqrs-1', sealed.revision, toEventData(sealed), 4242n));

    expect(recorded).toEqual({
      id: sealed.id,
      stream: 'pqrs-1',
      revision: 4,
      position: 4242,
      type: 'Received',
      schemaVersion: 3,
      data: sealed.data,
      metadata: sealed.metadata,
    });
    expect(recorded?.metadata).not.toHaveProperty('schemaVersion');
    expect(eventHash(recorded!)).toBe(sealed.metadata.hash);
  });

  it('keeps data that is not an object (null, a number, a string)', () => {
    for (const value of [null, 7, 'texto']) {
      const sealed = { ...sealedEvent(), data: value };
      expect(toRecordedEvent(asReadBack('s', 0, toEventData(sealed), 1n))?.data).toEqual(value);
    }
  });

  it('does not take foreign events for ours: binary, without envelope metadata, or links', () => {
    const ours = asReadBack('s', 0, toEventData(sealedEvent()), 10n);
    expect(toRecordedEvent({ event: { ...ours.event!, isJson: false } })).toBeNull();
    expect(toRecordedEvent({ event: { ...ours.event!, metadata: undefined } })).toBeNull();
    expect(toRecordedEvent({ event: { ...ours.event!, metadata: { $correlationId: 'x' } } })).toBeNull();
    expect(toRecordedEvent({ event: { ...ours.event!, metadata: new Uint8Array([1, 2]) } })).toBeNull();
    expect(toRecordedEvent({})).toBeNull();
  });

  it('recognises envelope metadata by its stamped fields', () => {
    const metadata: EventMetadata = sealedEvent().metadata;
    expect(isEnvelopeMetadata({ ...metadata, schemaVersion: 1 })).toBe(true);
    expect(isEnvelopeMetadata(metadata)).toBe(false);
    expect(isEnvelopeMetadata(null)).toBe(false);
  });
});

describe('expected revisions', () => {
  it('map to the client stream states', () => {
    expect(toStreamState('no_stream')).toBe(NO_STREAM);
    expect(toStreamState('stream_exists')).toBe(STREAM_EXISTS);
    expect(toStreamState('any')).toBe(ANY);
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
  });

  it('append with the exact state of the head that was read', () => {
    expect(exactStreamState(undefined)).toBe(NO_STREAM);
    expect(exactStreamState(5)).toBe(5n);
  });

  it('are checked against the current revision as the port says', () => {
    expect(satisfiesExpectedRevision('any', undefined)).toBe(true);
    expect(satisfiesExpectedRevision('any', 3)).toBe(true);
    expect(satisfiesExpectedRevision('no_stream', undefined)).toBe(true);
    expect(satisfiesExpectedRevision('no_stream', 0)).toBe(false);
    expect(satisfiesExpectedRevision('stream_exists', undefined)).toBe(false);
    expect(satisfiesExpectedRevision('stream_exists', 0)).toBe(true);
    expect(satisfiesExpectedRevision(2, 2)).toBe(true);
    expect(satisfiesExpectedRevision(2, 3)).toBe(false);
    expect(satisfiesExpectedRevision(0, undefined)).toBe(false);
  });

  it("turn the client's WrongExpectedVersionError into ours, naming the actual revision", () => {
    const clientError = new WrongExpectedVersionError(undefined, {
      streamName: 'pqrs-1',
      expected: 1n,
      current: 4n,
    });
    expect(isWrongExpectedVersion(clientError)).toBe(true);
    expect(isWrongExpectedVersion(new Error('other'))).toBe(false);

    const ours = toWrongExpectedRevisionError('pqrs-1', 1, clientError.actualState);

    expect(ours).toBeInstanceOf(WrongExpectedRevisionError);
    expect(ours).toMatchObject({ stream: 'pqrs-1', expected: 1, actual: 4 });
    expect(toWrongExpectedRevisionError('pqrs-1', 0, NO_STREAM).actual).toBe('no_stream');
    expect(toWrongExpectedRevisionError('pqrs-1', 0, -5n).actual).toBe('no_stream');
  });

  it('recognise a missing stream', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'pqrs-1'))).toBe(true);
    expect(isStreamNotFound(new Error('other'))).toBe(false);
  });

  it('recognise a tombstoned stream, apart from a missing one', () => {
    expect(isStreamDeleted(new StreamDeletedError(undefined, 'pqrs-1'))).toBe(true);
    expect(isStreamDeleted(new StreamNotFoundError(undefined, 'pqrs-1'))).toBe(false);
    expect(isStreamNotFound(new StreamDeletedError(undefined, 'pqrs-1'))).toBe(false);
  });
});

describe('a stream that reads as missing, by its metadata', () => {
  it('was never written when nothing hides its events', () => {
    expect(hiddenBy(undefined)).toBeNull();
    expect(hiddenBy({})).toBeNull();
    expect(hiddenBy({ cacheControl: 60 })).toBeNull();
  });

  it('was soft-deleted when its truncate-before is the largest revision (long.MaxValue through JSON) or END', () => {
    // What JSON.parse makes of the server's 9223372036854775807.
    expect(hiddenBy({ truncateBefore: JSON.parse('9223372036854775807') as number })).toBe('SOFT_DELETED');
    expect(hiddenBy({ truncateBefore: Number.MAX_SAFE_INTEGER })).toBe('SOFT_DELETED');
    expect(hiddenBy({ truncateBefore: END })).toBe('SOFT_DELETED');
  });

  it('was truncated, or expired, by a smaller truncate-before, a maximum age or a maximum count', () => {
    expect(hiddenBy({ truncateBefore: 3 })).toBe('TRUNCATED');
    expect(hiddenBy({ truncateBefore: Number.MAX_SAFE_INTEGER - 1 })).toBe('TRUNCATED');
    expect(hiddenBy({ maxAge: 3600 })).toBe('TRUNCATED');
    expect(hiddenBy({ maxCount: 10 })).toBe('TRUNCATED');
  });
});

describe('global positions', () => {
  it('are the commit position, as a number', () => {
    expect(toGlobalPosition({ commit: 1234n, prepare: 1234n }, 's', 0)).toBe(1234);
    expect(toGlobalPosition({ commit: 0n, prepare: 0n }, 's', 0)).toBe(0);
  });

  it('refuse explicit transactions, where commit and prepare differ', () => {
    expect(() => toGlobalPosition({ commit: 900n, prepare: 800n }, 'legacy-1', 2n)).toThrow(
      /legacy-1@2.*explicit/,
    );
  });

  it('refuse a position past Number.MAX_SAFE_INTEGER', () => {
    const huge = BigInt(Number.MAX_SAFE_INTEGER) + 1n;
    expect(() => toGlobalPosition({ commit: huge, prepare: huge }, 's', 0)).toThrow(RangeError);
  });

  it('name the server version needed when a stream read brings no position', () => {
    expect(() => toGlobalPosition(undefined, 'pqrs-1', 0n)).toThrow(/22\.6\.0/);
  });

  it('start a read at START for null, else at the position itself (bigints round-trip)', () => {
    expect(toReadPosition(null)).toBe(START);
    const read = toReadPosition(Number.MAX_SAFE_INTEGER);
    expect(read).toEqual({
      commit: BigInt(Number.MAX_SAFE_INTEGER),
      prepare: BigInt(Number.MAX_SAFE_INTEGER),
    });
    expect(toGlobalPosition(read as { commit: bigint; prepare: bigint }, 's', 0)).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it('drop the inclusive start of a read: only positions after `after` count', () => {
    const positions = [100, 250, 251, 900];
    expect(positions.filter((position) => isAfter(position, 250))).toEqual([251, 900]);
    expect(positions.filter((position) => isAfter(position, null))).toEqual(positions);
  });

  it('compare as numbers, not as text', () => {
    const positions = [toGlobalPosition({ commit: 9n, prepare: 9n }, 's', 0), 10];
    expect(isAfter(positions[1], positions[0])).toBe(true);
    expect([10, 9, 100].sort((a, b) => a - b)).toEqual([9, 10, 100]);
  });
});

describe('the $all filter', () => {
  it('filters on event type and excludes system events', () => {
    const filter = userEventsFilter();
    expect(filter.filterOn).toBe('eventType');
    const pattern = new RegExp(filter.regex);
    for (const systemType of ['$metadata', '$>', '$statsCollected', '$scavengeStarted']) {
      expect(pattern.test(systemType)).toBe(false);
    }
    for (const ours of ['Received', 'ActionFormulated', 'DeadlineExtended']) {
      expect(pattern.test(ours)).toBe(true);
    }
  });
});

describe('recordedAt', () => {
  const clock = new Date('2025-03-04T15:30:00.000Z');

  it('is the clock when nothing later was stamped', () => {
    expect(nextRecordedAt(clock, null, undefined)).toBe('2025-03-04T15:30:00.000Z');
    expect(nextRecordedAt(clock, '2025-03-04T15:29:59.999Z')).toBe('2025-03-04T15:30:00.000Z');
  });

  it('never goes back behind what this process stamped or the stream holds', () => {
    expect(nextRecordedAt(clock, '2025-03-04T15:31:00.000Z', null)).toBe('2025-03-04T15:31:00.000Z');
    expect(nextRecordedAt(clock, '2025-03-04T15:29:00.000Z', '2025-03-04T15:32:00.000Z')).toBe(
      '2025-03-04T15:32:00.000Z',
    );
  });
});

describe('retry classification', () => {
  const stored = [
    { id: 'e3', revision: 3, position: 300 },
    { id: 'e2', revision: 2, position: 200 },
    { id: 'e1', revision: 1, position: 100 },
  ];

  it('a batch none of whose ids is stored is new', () => {
    expect(classifyRetry(['n1', 'n2'], stored)).toEqual({ kind: 'new' });
    expect(classifyRetry(['n1'], [])).toEqual({ kind: 'new' });
  });

  it('a batch all of whose ids are stored is a retry answered with its first result', () => {
    expect(classifyRetry(['e1', 'e2'], stored)).toEqual({
      kind: 'retry',
      result: { nextExpectedRevision: 2, position: 200, alreadyAppended: true },
    });
  });

  it('re-appending the same single event id is a retry, even after the stream moved on', () => {
    expect(classifyRetry(['e1'], stored)).toEqual({
      kind: 'retry',
      result: { nextExpectedRevision: 1, position: 100, alreadyAppended: true },
    });
  });

  it('a batch with only some stored ids is a partial retry, naming the missing ones', () => {
    expect(classifyRetry(['e3', 'n1'], stored)).toEqual({
      kind: 'partial',
      storedIds: ['e3'],
      missingIds: ['n1'],
    });
  });
});

describe('reconnection', () => {
  it('resumes after a dropped connection, a deadline or a leader change', () => {
    expect(isTransientError(new UnavailableError())).toBe(true);
    expect(isTransientError(Object.assign(new Error('14 UNAVAILABLE'), { code: 14 }))).toBe(true);
    expect(isTransientError(Object.assign(new Error('socket'), { code: 'ECONNRESET' }))).toBe(true);
  });

  it('reports anything else', () => {
    expect(isTransientError(new Error('projection failed'))).toBe(false);
    expect(isTransientError(new StreamNotFoundError(undefined, 's'))).toBe(false);
    expect(isTransientError(Object.assign(new Error('denied'), { code: 7 }))).toBe(false);
    expect(isTransientError('not an error')).toBe(false);
  });

  it('waits the configured delays in turn, then the last one again', () => {
    const delays = [100, 500, 2_000];
    expect([0, 1, 2, 3, 10].map((attempt) => nextReconnectDelay(attempt, delays))).toEqual([
      100, 500, 2_000, 2_000, 2_000,
    ]);
  });

  it('does not reconnect when no delays are configured', () => {
    expect(nextReconnectDelay(0, [])).toBeNull();
  });
});
