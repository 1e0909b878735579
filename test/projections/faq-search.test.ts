// The FAQ search over the faqEntries read model: Spanish-aware matching, the question weighing more than
// the answer, and an index rebuilt only when the read model moved. Also measures the index build.
import { jest } from '@jest/globals';
import { faqEntryStreamOf, type FaqEntryEvent } from '../../src/domain/faq/index.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { buildFaqIndex, FaqSearch } from '../../src/features/faq/read-models/faq-search.js';
import {
  faqEntriesProjection,
  type FaqEntryDocument,
} from '../../src/features/faq/read-models/faq-entries-projection.js';
import { temporaryReadModels, type TemporaryReadModels } from './fixtures/read-model-fixtures.js';

let position = 0;
function recorded(entryId: string, revision: number, event: FaqEntryEvent): RecordedEvent {
  position += 1;
  return {
    id: `${entryId}-${revision}`,
    stream: faqEntryStreamOf(entryId),
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId: 'coordinator-1',
      actorRole: 'COORDINATOR',
      occurredAt: '2026-03-02T15:00:00.000Z',
      recordedAt: '2026-03-02T15:00:01.000Z',
      correlationId: 'c',
      causationId: 'c',
      previousHash: '',
      hash: '',
    },
  };
}

function publishedEntry(
  entryId: string,
  question: string,
  answer: string,
  category = 'General',
  tags: string[] = [],
): RecordedEvent[] {
  return [
    recorded(entryId, 0, {
      type: 'FaqEntryCreated',
      data: { entryId, question, answer, category, tags, linkedRadicados: [], version: 1 },
    }),
    recorded(entryId, 1, {
      type: 'FaqEntryPublished',
      data: { version: 1, publishedAt: '2026-03-02T15:00:00.000Z' },
    }),
  ];
}

function document(id: string, question: string, answer: string): FaqEntryDocument {
  return {
    id,
    question,
    answer,
    category: 'General',
    categoryKey: 'general',
    tags: [],
    linkedRadicados: [],
    status: 'PUBLISHED',
    version: 1,
    createdAt: '2026-03-02T15:00:00.000Z',
    createdBy: 'u',
    updatedAt: '2026-03-02T15:00:00.000Z',
    updatedBy: 'u',
    publishedAt: '2026-03-02T15:00:00.000Z',
    publishedBy: 'u',
    retiredAt: null,
    retiredReason: null,
    revision: 1,
    lastPosition: 1,
    searchText: '',
  };
}

describe('the FAQ index', () => {
  const { index } = buildFaqIndex([
    document('in-question', '¿Dónde pago la cuota moderadora?', 'En cualquier sede.'),
    document('in-answer', '¿Qué sedes hay?', 'Puede pagar la cuota moderadora en la sede norte.'),
    document('other', '¿Cómo pido el certificado de afiliación?', 'En la ventanilla.'),
  ]);
  const search = (text: string) =>
    index.search(text, { boost: { question: 3, answer: 1 }, prefix: true, fuzzy: 0.2 }).map((hit) => hit.id);

  it('ranks a match in the question above the same match in the answer', () => {
    expect(search('cuota moderadora')).toEqual(['in-question', 'in-answer']);
  });

  it('matches without accents and in any case', () => {
    expect(search('AFILIACIÓN')).toEqual(['other']);
    expect(search('afiliacion')).toEqual(['other']);
  });

  it('ignores Spanish stop words', () => {
    expect(search('de la en')).toEqual([]);
  });
});

describe('the FAQ search service', () => {
  let readModels: TemporaryReadModels;
  beforeEach(async () => {
    readModels = await temporaryReadModels();
  });
  afterEach(async () => {
    await readModels.cleanup();
  });

  const apply = (events: readonly RecordedEvent[]) =>
    readModels.store.transaction(async (tx) => {
      for (const event of events) await faqEntriesProjection.apply(event, tx);
    });

  it('builds the index once, then follows the read model entry by entry', async () => {
    await apply(publishedEntry('a', '¿Dónde pago la cuota moderadora?', 'En cualquier sede.'));
    const search = new FaqSearch(readModels.store);
    const find = jest.spyOn(readModels.store, 'find');
    const fullReads = () =>
      find.mock.calls.filter(([, filter]) => Object.keys(filter as object).length === 0).length;
    const found = async (text: string) =>
      (await search.search(text, { first: 10 })).map((hit) => hit.entry.id).sort();

    expect(await found('cuota')).toEqual(['a']);
    await apply(publishedEntry('b', '¿Cuánto vale la cuota moderadora?', 'Depende de su categoría.'));
    expect(await found('cuota')).toEqual(['a', 'b']);
    await apply([
      recorded('a', 2, {
        type: 'FaqEntryRetired',
        data: { version: 1, reason: 'Ya no aplica.', retiredAt: '2026-03-03T15:00:00.000Z' },
      }),
      recorded('b', 2, {
        type: 'FaqEntryUpdated',
        data: { version: 2, changes: { question: '¿Cuánto vale el copago?' } },
      }),
    ]);
    // a is retired; b no longer speaks of the cuota.
    expect(await found('cuota')).toEqual([]);
    expect(await found('copago')).toEqual(['b']);
    expect(await found('sede')).toEqual([]);
    expect(fullReads()).toBe(1);
  });

  it('lists every published entry of a category by question when there is nothing to search', async () => {
    await apply([
      ...publishedEntry('b', '¿Cuánto vale la cuota?', 'Depende.', 'Salud'),
      ...publishedEntry('a', '¿Atienden los sábados?', 'No.', 'Atención'),
      ...publishedEntry('c', '¿Ágil?', 'Sí.', 'Atención'),
    ]);
    const search = new FaqSearch(readModels.store);
    const listed = await search.search('  de la ', { category: 'atencion', first: 10 });
    expect(listed.map((hit) => [hit.entry.id, hit.score])).toEqual([
      ['c', 0],
      ['a', 0],
    ]);
  });
});

describe('an index of many entries', () => {
  it('finds, among 500 published entries, the one a misspelled question names, first', () => {
    const entries = Array.from({ length: 500 }, (_, index) =>
      document(
        `entry-${index}`,
        `¿Pregunta frecuente número ${index} sobre afiliación y cuotas moderadoras?`,
        `Respuesta ${index}: `.concat(
          'texto de la respuesta con información de trámites y sedes. '.repeat(20),
        ),
      ),
    );
    entries.push(document('certificado', '¿Cómo obtengo el certificado de afiliación?', 'En la página web.'));
    const { index } = buildFaqIndex(entries);
    const hits = index.search('certifcado afiliacion', { prefix: true, fuzzy: 0.2 });
    expect(hits[0]?.id).toBe('certificado');
    // How long building the index takes is measured by `npm run bench`, not here.
  });
});
