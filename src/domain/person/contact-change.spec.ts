import { changed, freshPersonId, given, on, recordChange } from './person-spec-fixtures.js';

describe('when a filing brings other data for a known person', () => {
  it('the change is recorded with the fields that changed, never their values', () => {
    const personId = freshPersonId();
    given([])
      .when(recordChange(personId, { changedFields: ['email', 'name'] }), on('2026-03-13'))
      .then([changed(personId, 2, ['name', 'email'])]);
  });

  it('the same version again (a retried filing) records nothing', () => {
    const personId = freshPersonId();
    given([changed(personId, 2)])
      .when(recordChange(personId, { version: 2 }), on('2026-03-13'))
      .thenNothingHappens();
  });

  it('a change naming no field, or a field a person does not have, is refused', () => {
    const personId = freshPersonId();
    given([])
      .when(recordChange(personId, { changedFields: [] }), on('2026-03-13'))
      .thenRefuses('INVALID_CHANGED_FIELDS', 'changedFields');
    given([])
      .when(recordChange(personId, { changedFields: ['salary' as never] }), on('2026-03-13'))
      .thenRefuses('INVALID_CHANGED_FIELDS', 'changedFields');
  });

  it('a version that does not follow the previous one is refused', () => {
    const personId = freshPersonId();
    given([])
      .when(recordChange(personId, { version: 1, previousVersion: 1 }), on('2026-03-13'))
      .thenRefuses('INVALID_VERSION', 'version');
  });
});

describe('when the person was erased', () => {
  it('no change is recorded on their data', () => {
    const personId = freshPersonId();
    given([
      {
        type: 'PersonalDataErased',
        data: {
          personId,
          legalBasis: 'HOLDER_REQUEST',
          requestReference: 'PQRS-2026-000001',
          erasedAt: '2026-03-10T15:00:00.000Z',
          erasedOn: '2026-03-10',
          recordsChecked: [],
        },
      },
    ])
      .when(recordChange(personId), on('2026-03-13'))
      .thenRefuses('PERSON_ERASED');
  });
});
