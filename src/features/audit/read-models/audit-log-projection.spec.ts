import { auditLogDocumentOf, positionKeyOf, streamCategoryOf } from './audit-log-projection.js';
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';

describe('the category of a stream', () => {
  it('is the longest known prefix, so a two-word category is not read as its first word', () => {
    expect(streamCategoryOf('survey-instrument-7f3a')).toBe('survey-instrument-');
    expect(streamCategoryOf('survey-response-7f3a')).toBe('survey-response-');
    expect(streamCategoryOf('improvement-action-abc')).toBe('improvement-action-');
    expect(streamCategoryOf('management-review-abc')).toBe('management-review-');
    expect(streamCategoryOf('action-plan-2026')).toBe('action-plan-');
    expect(streamCategoryOf('pqrs-PQRS-2026-000001')).toBe('pqrs-');
    expect(streamCategoryOf('sign-in-2026-11-20')).toBe('sign-in-');
  });

  it('is the text up to the first dash for a category it does not know', () => {
    expect(streamCategoryOf('user-0b1c-44')).toBe('user-');
    expect(streamCategoryOf('sinprefijo')).toBe('sinprefijo');
  });
});

describe('an audit-log document', () => {
  const event: RecordedEvent = {
    id: 'evento-1',
    stream: 'pqrs-PQRS-2026-000042',
    revision: 2,
    position: 1234,
    type: 'Answered',
    schemaVersion: 2,
    data: { answer: 'Respuesta que nombra a Ana Gómez' },
    metadata: {
      actorId: 'agente-1',
      actorRole: 'AGENT',
      occurredAt: '2026-03-10T15:00:00.000Z',
      recordedAt: '2026-03-10T15:00:01.000Z',
      correlationId: 'c-1',
      causationId: 'c-1',
      previousHash: 'a'.repeat(64),
      hash: 'b'.repeat(64),
    },
  };

  it('is keyed by the position, written so that text order is number order', () => {
    expect(positionKeyOf(1234)).toBe('0000000000001234');
    expect(positionKeyOf(99) < positionKeyOf(100)).toBe(true);
    expect(auditLogDocumentOf(event).id).toBe('0000000000001234');
  });

  it('names the case by its radicado and keeps the event data out', () => {
    const document = auditLogDocumentOf(event);
    expect(document).toMatchObject({
      eventId: 'evento-1',
      category: 'pqrs-',
      entityId: 'PQRS-2026-000042',
      radicado: 'PQRS-2026-000042',
      actorId: 'agente-1',
      actorRole: 'AGENT',
    });
    expect(JSON.stringify(document)).not.toContain('Ana Gómez');
    expect(auditLogDocumentOf({ ...event, stream: 'affiliation-9' }).radicado).toBeNull();
  });
});
