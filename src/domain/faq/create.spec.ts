import type { CreateFaqEntry } from './commands.js';
import {
  admin,
  agent,
  auditor,
  content,
  coordinator,
  created,
  freshEntryId,
  given,
  on,
} from './faq-spec-fixtures.js';
import { faqEntryStreamOf } from './events.js';

function create(entryId: string, overrides: Partial<CreateFaqEntry['data']> = {}): CreateFaqEntry {
  return { type: 'CreateFaqEntry', data: { entryId, ...content, ...overrides } };
}

describe('when the entry does not exist yet', () => {
  it('an agent creates it as a draft, version 1', () => {
    const entryId = freshEntryId();
    const state = given([])
      .when(create(entryId), on('2026-03-13', agent))
      .then([created(entryId)]);
    expect(state).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it.each([
    ['an administrator', admin],
    ['a coordinator', coordinator],
  ] as const)('%s creates it too', (_label, actor) => {
    const entryId = freshEntryId();
    given([])
      .when(create(entryId), on('2026-03-13', actor))
      .then([created(entryId)]);
  });

  it('texts are trimmed, tags lower-cased, and tags and radicados kept as sorted sets', () => {
    const entryId = freshEntryId();
    given([])
      .when(
        create(entryId, {
          question: '  ¿Horario de atención?  ',
          answer: ' Lunes a viernes. ',
          category: ' Atención ',
          tags: ['Horario', ' horario ', 'Sede  Principal'],
          linkedRadicados: ['PQRS-2026-000002', ' PQRS-2026-000001', 'PQRS-2026-000002'],
        }),
        on('2026-03-13'),
      )
      .then([
        created(entryId, {
          question: '¿Horario de atención?',
          answer: 'Lunes a viernes.',
          category: 'Atención',
          tags: ['horario', 'sede principal'],
          linkedRadicados: ['PQRS-2026-000001', 'PQRS-2026-000002'],
        }),
      ]);
  });

  it('an entry needs no tags nor linked cases', () => {
    const entryId = freshEntryId();
    given([])
      .when(create(entryId, { tags: [], linkedRadicados: [] }), on('2026-03-13'))
      .then([created(entryId, { tags: [], linkedRadicados: [] })]);
  });

  it('an auditor may not create entries', () => {
    given([]).when(create(freshEntryId()), on('2026-03-13', auditor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an entry without id is refused', () => {
    given([]).when(create(' '), on('2026-03-13')).thenRefuses('ENTRY_ID_REQUIRED', 'entryId');
  });

  it('an entry without question is refused', () => {
    given([])
      .when(create(freshEntryId(), { question: ' ' }), on('2026-03-13'))
      .thenRefuses('QUESTION_REQUIRED', 'question');
  });

  it('an entry without answer is refused', () => {
    given([])
      .when(create(freshEntryId(), { answer: '' }), on('2026-03-13'))
      .thenRefuses('ANSWER_REQUIRED', 'answer');
  });

  it('an entry without category is refused', () => {
    given([])
      .when(create(freshEntryId(), { category: '\n' }), on('2026-03-13'))
      .thenRefuses('CATEGORY_REQUIRED', 'category');
  });

  it('an empty tag is refused', () => {
    given([])
      .when(create(freshEntryId(), { tags: ['afiliación', ' '] }), on('2026-03-13'))
      .thenRefuses('INVALID_TAG', 'tags');
  });

  it('a malformed radicado is refused, naming it', () => {
    const refusal = given([])
      .when(create(freshEntryId(), { linkedRadicados: ['PQRS-26-1'] }), on('2026-03-13'))
      .thenRefuses('INVALID_RADICADO', 'linkedRadicados');
    expect(refusal.message).toContain('PQRS-26-1');
  });
});

describe('when the entry already exists', () => {
  it('creating it again is refused', () => {
    const entryId = freshEntryId();
    given([created(entryId)])
      .when(create(entryId), on('2026-03-13'))
      .thenRefuses('FAQ_ENTRY_ALREADY_EXISTS');
  });
});

describe('the stream of an entry', () => {
  it('is named after the entry id', () => {
    expect(faqEntryStreamOf('abc')).toBe('faq-entry-abc');
  });
});
