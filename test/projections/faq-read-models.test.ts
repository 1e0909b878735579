// The FAQ read models: what each FAQ event does to an entry document, that applying an event twice
// changes nothing, and the daily PQRS subjects that rank the most frequent requests of a period.
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import type { Received } from '../../src/domain/pqrs/events.js';
import { textReferenceOf } from '../../src/engine/text-references.js';
import { faqEntryStreamOf, type FaqEntryEvent } from '../../src/domain/faq/index.js';
import {
  evolveFaqEntryDocument,
  FAQ_ENTRIES_COLLECTION,
  faqEntriesProjection,
  type FaqEntryDocument,
} from '../../src/features/faq/read-models/faq-entries-projection.js';
import { meaningfulTermsOf, subjectKeyOf } from '../../src/features/faq/read-models/faq-text.js';
import {
  PQRS_SUBJECTS_DAILY_COLLECTION,
  pqrsSubjectsProjection,
  queryFrequentSubjects,
} from '../../src/features/faq/read-models/pqrs-subjects-projection.js';
import type { Projection } from '../../src/engine/projections/projection.js';
import type { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  dumpCollection,
  recordedPqrsEvent,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const ENTRY = '0f8b1c2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b';

function recordedFaqEvent(
  entryId: string,
  revision: number,
  position: number,
  event: FaqEntryEvent,
  actorId = 'coordinator-1',
): RecordedEvent {
  return {
    id: `${entryId}-${revision}`,
    stream: faqEntryStreamOf(entryId),
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId,
      actorRole: 'COORDINATOR',
      occurredAt: `2026-03-0${revision + 2}T15:00:00.000Z`,
      recordedAt: `2026-03-0${revision + 2}T15:00:01.000Z`,
      correlationId: `correlation-${entryId}`,
      causationId: `command-${entryId}-${revision}`,
      previousHash: '',
      hash: '',
    },
  };
}

/** An entry's life: drafted by an agent, edited, published, retired, corrected and published again. */
function lifeOf(entryId: string, firstPosition: number): RecordedEvent[] {
  let revision = 0;
  const next = (event: FaqEntryEvent, actorId?: string): RecordedEvent =>
    recordedFaqEvent(entryId, revision, firstPosition + 10 * revision++, event, actorId);
  return [
    next(
      {
        type: 'FaqEntryCreated',
        data: {
          entryId,
          question: '¿Cómo obtengo el certificado de afiliación?',
          answer: 'En la ventanilla.',
          category: 'Afiliaciónes',
          tags: ['certificado'],
          linkedRadicados: ['PQRS-2026-000001'],
          version: 1,
        },
      },
      'agent-1',
    ),
    next({ type: 'FaqEntryUpdated', data: { version: 2, changes: { category: 'Afiliaciones' } } }),
    next({ type: 'FaqEntryPublished', data: { version: 2, publishedAt: '2026-03-04T15:00:00.000Z' } }),
    next({
      type: 'FaqEntryRetired',
      data: { version: 2, reason: 'La norma cambió.', retiredAt: '2026-03-05T15:00:00.000Z' },
    }),
    next({ type: 'FaqEntryUpdated', data: { version: 3, changes: { answer: 'En línea, con su usuario.' } } }),
    next(
      { type: 'FaqEntryPublished', data: { version: 3, publishedAt: '2026-03-07T15:00:00.000Z' } },
      'admin-1',
    ),
  ];
}

async function applyAll(
  store: SqliteReadModelStore,
  projection: Projection,
  events: readonly RecordedEvent[],
): Promise<void> {
  await store.transaction(async (tx) => {
    for (const event of events) await projection.apply(event, tx);
  });
}

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

describe('the faqEntries read model', () => {
  it('follows an entry from draft to publication, retirement and republication', () => {
    const states = lifeOf(ENTRY, 100).reduce<FaqEntryDocument[]>(
      (history, event) => [...history, evolveFaqEntryDocument(history.at(-1) ?? null, event)!],
      [],
    );
    expect(states.map((state) => [state.status, state.version])).toEqual([
      ['DRAFT', 1],
      ['DRAFT', 2],
      ['PUBLISHED', 2],
      ['RETIRED', 2],
      ['RETIRED', 3],
      ['PUBLISHED', 3],
    ]);
    expect(states[3]).toMatchObject({ retiredReason: 'La norma cambió.', updatedBy: 'coordinator-1' });
    expect(states.at(-1)).toEqual({
      id: ENTRY,
      question: '¿Cómo obtengo el certificado de afiliación?',
      answer: 'En línea, con su usuario.',
      category: 'Afiliaciones',
      categoryKey: 'afiliaciones',
      tags: ['certificado'],
      linkedRadicados: ['PQRS-2026-000001'],
      status: 'PUBLISHED',
      version: 3,
      createdAt: '2026-03-02T15:00:01.000Z',
      createdBy: 'agent-1',
      updatedAt: '2026-03-07T15:00:01.000Z',
      updatedBy: 'admin-1',
      publishedAt: '2026-03-07T15:00:00.000Z',
      publishedBy: 'admin-1',
      retiredAt: null,
      retiredReason: null,
      revision: 5,
      lastPosition: 150,
      searchText: '¿como obtengo el certificado de afiliacion? afiliaciones certificado',
    });
  });

  it('ignores an event of an entry it never saw created', () => {
    const orphan = lifeOf(ENTRY, 100)[2]!;
    expect(evolveFaqEntryDocument(null, orphan)).toBeNull();
  });

  it('applying the same events again changes nothing', async () => {
    const other = '1a2b3c4d-0000-4000-8000-000000000002';
    const events = [...lifeOf(ENTRY, 100), ...lifeOf(other, 105)].sort((a, b) => a.position - b.position);
    await applyAll(readModels.store, faqEntriesProjection, events);
    const once = await dumpCollection(readModels.store, FAQ_ENTRIES_COLLECTION);
    await applyAll(readModels.store, faqEntriesProjection, events);
    await applyAll(readModels.store, faqEntriesProjection, events.slice(0, 4));
    expect(await dumpCollection(readModels.store, FAQ_ENTRIES_COLLECTION)).toEqual(once);
    expect(once).toHaveLength(2);
  });
});

describe('Spanish search terms', () => {
  it('fold accents and case, and drop stop words', () => {
    expect(meaningfulTermsOf('¿Cómo SOLICITO el Certificado de Afiliación?')).toEqual([
      'solicito',
      'certificado',
      'afiliacion',
    ]);
  });

  it('give the same subject key to the same request written differently', () => {
    expect(subjectKeyOf('Certificado de Afiliación.')).toBe('certificado afiliacion');
    expect(subjectKeyOf('  certificado   AFILIACION ')).toBe('certificado afiliacion');
  });

  it('keep a subject made only of stop words rather than lose it', () => {
    expect(subjectKeyOf('¿Y yo qué?')).toBe('y yo que');
  });
});

describe('the daily PQRS subjects', () => {
  const received = (radicado: string, receivedOn: string, subject: string): Received => ({
    type: 'Received',
    data: {
      afterHoursRule: 'RECEIPT_DAY',
      officeHours: null,
      outsideOfficeHours: null,
      radicatedOn: receivedOn,
      termRunsFrom: null,
      lateEntry: null,
      personType: 'NATURAL',
      textOwnerId: null,
      answerChannel: null,
      dataProcessingConsent: null,
      attachments: [],
      accessCodeHash: null,
      radicado,
      kind: 'PETITION',
      channel: 'WEB',
      subject,
      description: 'Texto libre',
      petitionerId: 'person-1',
      petitionerVersion: 1,
      receivedAt: `${receivedOn}T15:00:00.000Z`,
      receivedOn,
      priority: [],
      termBusinessDays: 15,
      dueDate: '2026-03-24',
      maxDueDate: '2026-04-15',
      calendarVersion: 'co-2026.1',
    },
  });
  const clear = <Value>(value: Value): Promise<Value> => Promise.resolve(value);
  const log: RecordedEvent[] = [
    recordedPqrsEvent('A', 0, 1, received('A', '2026-03-02', 'Certificado de afiliación')),
    recordedPqrsEvent('B', 0, 2, received('B', '2026-03-02', 'certificado afiliacion')),
    recordedPqrsEvent('C', 0, 3, received('C', '2026-03-03', 'Cobro de cuota moderadora')),
    recordedPqrsEvent('D', 0, 4, received('D', '2026-03-04', 'CERTIFICADO DE AFILIACIÓN')),
    recordedPqrsEvent('E', 0, 5, received('E', '2026-03-04', 'Cobro de la cuota moderadora')),
    recordedPqrsEvent('F', 0, 6, received('F', '2026-03-05', 'Horario de atención')),
    recordedPqrsEvent('A', 1, 7, {
      type: 'Assigned',
      data: { assignedAt: null, assigneeId: 'agent-1', dependency: 'Afiliaciones', previousAssigneeId: null },
    }),
    recordedPqrsEvent('G', 0, 8, received('G', '2026-04-01', 'Horario de atención')),
  ];

  it('counts receipts per day and subject key, keeping the first wording of the day', async () => {
    await applyAll(readModels.store, pqrsSubjectsProjection, log);
    expect(
      await readModels.store.get(PQRS_SUBJECTS_DAILY_COLLECTION, '2026-03-02|certificado afiliacion'),
    ).toEqual({
      id: '2026-03-02|certificado afiliacion',
      day: '2026-03-02',
      subjectKey: 'certificado afiliacion',
      subject: 'Certificado de afiliación',
      count: 2,
      lastPosition: 2,
    });
  });

  it('counts a receipt once however often it is applied', async () => {
    await applyAll(readModels.store, pqrsSubjectsProjection, log);
    const once = await dumpCollection(readModels.store, PQRS_SUBJECTS_DAILY_COLLECTION);
    await applyAll(readModels.store, pqrsSubjectsProjection, log);
    expect(await dumpCollection(readModels.store, PQRS_SUBJECTS_DAILY_COLLECTION)).toEqual(once);
    expect(once).toHaveLength(6);
  });

  it('ranks the subjects of a period, both ends included, most frequent first', async () => {
    await applyAll(readModels.store, pqrsSubjectsProjection, log);
    expect(await queryFrequentSubjects(readModels.store, '2026-03-01', '2026-03-31', 10, clear)).toEqual([
      {
        subjectKey: 'certificado afiliacion',
        subject: 'Certificado de afiliación',
        count: 3,
        firstReceivedOn: '2026-03-02',
        lastReceivedOn: '2026-03-04',
      },
      {
        subjectKey: 'cobro cuota moderadora',
        subject: 'Cobro de cuota moderadora',
        count: 2,
        firstReceivedOn: '2026-03-03',
        lastReceivedOn: '2026-03-04',
      },
      {
        subjectKey: 'horario atencion',
        subject: 'Horario de atención',
        count: 1,
        firstReceivedOn: '2026-03-05',
        lastReceivedOn: '2026-03-05',
      },
    ]);
    expect(await queryFrequentSubjects(readModels.store, '2026-03-03', '2026-04-30', 1, clear)).toEqual([
      expect.objectContaining({ subjectKey: 'cobro cuota moderadora', count: 2 }),
    ]);
    expect(await queryFrequentSubjects(readModels.store, '2025-01-01', '2025-12-31', 10, clear)).toEqual([]);
  });

  it('ranks subjects sealed in the vault the same way, by the wording the vault gives back', async () => {
    // Each receipt's subject as the log holds it now: a reference to the vault, one per case.
    const wordings = new Map<string, string>();
    const sealedLog = log.map((event, index) => {
      if (event.type !== 'Received') return event;
      const reference = textReferenceOf(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
      const data = event.data as Received['data'];
      wordings.set(reference, data.subject);
      return { ...event, data: { ...data, subject: reference } };
    });
    await applyAll(readModels.store, pqrsSubjectsProjection, sealedLog);
    const stored = await dumpCollection(readModels.store, PQRS_SUBJECTS_DAILY_COLLECTION);
    expect(stored.map((day) => (day as unknown as { subject: string }).subject).sort()).toEqual(
      [...wordings.keys()].sort(),
    );
    const reveal = <Value>(value: Value): Promise<Value> =>
      Promise.resolve(
        (Array.isArray(value) ? value.map((item: string) => wordings.get(item) ?? item) : value) as Value,
      );
    const clearRanking = await (async () => {
      const other = await temporaryReadModels();
      await applyAll(other.store, pqrsSubjectsProjection, log);
      const ranking = await queryFrequentSubjects(other.store, '2026-03-01', '2026-03-31', 10, clear);
      await other.cleanup();
      return ranking;
    })();
    expect(await queryFrequentSubjects(readModels.store, '2026-03-01', '2026-03-31', 10, reveal)).toEqual(
      clearRanking,
    );
  });
});
