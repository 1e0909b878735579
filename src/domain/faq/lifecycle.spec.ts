import type { PublishFaqEntry, RetireFaqEntry, UpdateFaqEntry } from './commands.js';
import {
  admin,
  agent,
  at,
  auditor,
  coordinator,
  created,
  freshEntryId,
  given,
  on,
  published,
  retired,
  updated,
} from './faq-spec-fixtures.js';
import { evolveFaqEntry, initialFaqEntryState } from './state.js';

const update = (data: UpdateFaqEntry['data']): UpdateFaqEntry => ({ type: 'UpdateFaqEntry', data });
const publish: PublishFaqEntry = { type: 'PublishFaqEntry', data: {} };
const retire = (reason = 'La norma cambió.'): RetireFaqEntry => ({
  type: 'RetireFaqEntry',
  data: { reason },
});

const newAnswer = 'Descárguelo en línea con su usuario y contraseña.';

describe('when the entry does not exist', () => {
  it('an edit is refused: there is nothing to edit', () => {
    given([])
      .when(update({ answer: newAnswer }), on('2026-03-16'))
      .thenRefuses('FAQ_ENTRY_NOT_FOUND');
  });

  it('publishing is refused', () => {
    given([]).when(publish, on('2026-03-16')).thenRefuses('FAQ_ENTRY_NOT_FOUND');
  });

  it('retiring is refused', () => {
    given([]).when(retire(), on('2026-03-16')).thenRefuses('FAQ_ENTRY_NOT_FOUND');
  });
});

describe('when the entry is a draft', () => {
  it('an edit records only the changed fields, as version n+1', () => {
    const entryId = freshEntryId();
    const state = given([created(entryId)])
      .when(
        update({ question: '¿Cómo obtengo el certificado de afiliación?', answer: newAnswer }),
        on('2026-03-16', agent),
      )
      .then([updated(2, { answer: newAnswer })]);
    expect(state).toMatchObject({ status: 'DRAFT', version: 2, answer: newAnswer });
  });

  it('each edit makes one more version', () => {
    const entryId = freshEntryId();
    given([created(entryId), updated(2, { answer: newAnswer })])
      .when(update({ tags: ['certificados'] }), on('2026-03-16'))
      .then([updated(3, { tags: ['certificados'] })]);
  });

  it('an edit that changes nothing records nothing', () => {
    given([created(freshEntryId())])
      .when(
        update({ category: ' Afiliaciones ', tags: ['Certificado', 'afiliación'], answer: null }),
        on('2026-03-16', agent),
      )
      .thenNothingHappens();
  });

  it('an edit that empties the question is refused', () => {
    given([created(freshEntryId())])
      .when(update({ question: '  ' }), on('2026-03-16'))
      .thenRefuses('QUESTION_REQUIRED', 'question');
  });

  it('an edit that empties the answer is refused', () => {
    given([created(freshEntryId())])
      .when(update({ answer: '' }), on('2026-03-16'))
      .thenRefuses('ANSWER_REQUIRED', 'answer');
  });

  it('an edit that empties the category is refused', () => {
    given([created(freshEntryId())])
      .when(update({ category: '' }), on('2026-03-16'))
      .thenRefuses('CATEGORY_REQUIRED', 'category');
  });

  it('an edit with an empty tag is refused', () => {
    given([created(freshEntryId())])
      .when(update({ tags: [''] }), on('2026-03-16'))
      .thenRefuses('INVALID_TAG', 'tags');
  });

  it('an edit linking a malformed radicado is refused', () => {
    given([created(freshEntryId())])
      .when(update({ linkedRadicados: ['2026-1'] }), on('2026-03-16'))
      .thenRefuses('INVALID_RADICADO', 'linkedRadicados');
  });

  it('an auditor may not edit it', () => {
    given([created(freshEntryId())])
      .when(update({ answer: newAnswer }), on('2026-03-16', auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a coordinator publishes the version in force', () => {
    const state = given([created(freshEntryId()), updated(2, { answer: newAnswer })])
      .when(publish, on('2026-03-16'))
      .then([published(2)]);
    expect(state).toMatchObject({ status: 'PUBLISHED', version: 2, publishedAt: at('2026-03-16', '11:00') });
  });

  it('an agent may not publish it', () => {
    given([created(freshEntryId())])
      .when(publish, on('2026-03-16', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a draft may be retired (discarded)', () => {
    given([created(freshEntryId())])
      .when(retire('Duplicada.'), on('2026-03-20'))
      .then([retired(1, 'Duplicada.')]);
  });
});

describe('when the entry is published', () => {
  it('a coordinator edits it and the new version is public at once', () => {
    const state = given([created(freshEntryId()), published()])
      .when(update({ answer: newAnswer }), on('2026-03-17'))
      .then([updated(2, { answer: newAnswer })]);
    expect(state).toMatchObject({ status: 'PUBLISHED', version: 2 });
  });

  it('an agent may not edit it: agents edit drafts only', () => {
    given([created(freshEntryId()), published()])
      .when(update({ answer: newAnswer }), on('2026-03-17', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('publishing it again changes nothing', () => {
    given([created(freshEntryId()), published()])
      .when(publish, on('2026-03-17'))
      .thenNothingHappens();
  });

  it('an administrator retires it with a reason', () => {
    const state = given([created(freshEntryId()), published()])
      .when(retire(' La norma cambió. '), on('2026-03-20', admin))
      .then([retired(1, 'La norma cambió.')]);
    expect(state).toMatchObject({ status: 'RETIRED', retiredReason: 'La norma cambió.' });
  });

  it('retiring it without a reason is refused', () => {
    given([created(freshEntryId()), published()])
      .when(retire(' '), on('2026-03-20'))
      .thenRefuses('REASON_REQUIRED', 'reason');
  });

  it('an agent may not retire it', () => {
    given([created(freshEntryId()), published()])
      .when(retire(), on('2026-03-20', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when the entry is retired', () => {
  it('retiring it again changes nothing', () => {
    given([created(freshEntryId()), published(), retired()])
      .when(retire('Otra razón.'), on('2026-03-21'))
      .thenNothingHappens();
  });

  it('a coordinator may correct it while out of service', () => {
    given([created(freshEntryId()), published(), retired()])
      .when(update({ answer: newAnswer }), on('2026-03-23', coordinator))
      .then([updated(2, { answer: newAnswer })]);
  });

  it('it may be published again, with the version in force', () => {
    const state = given([created(freshEntryId()), published(), retired(), updated(2, { answer: newAnswer })])
      .when(publish, on('2026-03-24'))
      .then([published(2, '2026-03-24')]);
    expect(state).toMatchObject({ status: 'PUBLISHED', version: 2, answer: newAnswer });
  });

  it('an agent may not edit it', () => {
    given([created(freshEntryId()), published(), retired()])
      .when(update({ answer: newAnswer }), on('2026-03-23', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('folding events', () => {
  it('an event of an entry never created leaves the state as it was', () => {
    for (const event of [updated(2, { answer: newAnswer }), published(), retired()]) {
      expect(evolveFaqEntry(initialFaqEntryState, event)).toBe(initialFaqEntryState);
    }
  });
});
