import type { PersonalRecord } from './commands.js';
import type { PersonalDataErased } from './events.js';
import { agent, closedCase, coordinator, erase, freshPersonId, given, on } from './person-spec-fixtures.js';

const erased = (
  personId: string,
  day: string,
  recordsChecked: PersonalDataErased['data']['recordsChecked'] = [],
): PersonalDataErased => ({
  type: 'PersonalDataErased',
  data: {
    personId,
    legalBasis: 'HOLDER_REQUEST',
    requestReference: 'PQRS-2026-000123',
    erasedAt: `${day}T15:00:00.000Z`,
    erasedOn: day,
    recordsChecked,
  },
});

describe('when an administrator asks to erase a person', () => {
  it('a person with no records is erased, on the legal basis and request given', () => {
    const personId = freshPersonId();
    given([])
      .when(erase(personId), on('2026-03-13'))
      .then([erased(personId, '2026-03-13')]);
  });

  it('a person whose records are closed and past their retention is erased, naming the records checked', () => {
    const personId = freshPersonId();
    const records = [closedCase('PQRS-2023-000010', '2023-06-30')];
    given([])
      .when(erase(personId, { records }), on('2026-03-13'))
      .then([erased(personId, '2026-03-13', [{ series: 'PQRS', reference: 'PQRS-2023-000010' }])]);
  });

  it('is refused while the person has a record in course, naming it and the rule', () => {
    const personId = freshPersonId();
    const open: PersonalRecord = {
      series: 'AFFILIATION',
      reference: 'AF-000123',
      open: true,
      statusInSentence: 'en revisión (asignada)',
      lastActivityOn: '2026-03-01',
    };
    const refusal = given([])
      .when(
        erase(personId, { records: [closedCase('PQRS-2020-000001', '2020-01-10'), open] }),
        on('2026-03-13'),
      )
      .thenRefuses('ERASURE_OPEN_RECORDS');
    expect(refusal.message).toContain('la afiliación AF-000123, en revisión (asignada)');
    expect(refusal.message).toContain('Regla:');
  });

  it('is refused within the retention period of a record’s series, saying until when and under which rule', () => {
    const personId = freshPersonId();
    const refusal = given([])
      .when(erase(personId, { records: [closedCase('PQRS-2025-000042', '2025-04-30')] }), on('2026-03-13'))
      .thenRefuses('ERASURE_RETENTION_PERIOD');
    expect(refusal.message).toContain('el caso PQRS-2025-000042 se conserva hasta el 30/04/2027');
    expect(refusal.message).toContain('tabla de retención documental conserva la serie «PQRS» 2 años');
  });

  it('the retention period ends on the anniversary of the last step', () => {
    const personId = freshPersonId();
    const records = [closedCase('PQRS-2024-000042', '2024-03-13')];
    given([]).when(erase(personId, { records }), on('2026-03-12')).thenRefuses('ERASURE_RETENTION_PERIOD');
    given([])
      .when(erase(personId, { records }), on('2026-03-13'))
      .then([erased(personId, '2026-03-13', [{ series: 'PQRS', reference: 'PQRS-2024-000042' }])]);
  });

  it('a series with no retention configured is refused rather than guessed', () => {
    const personId = freshPersonId();
    given([])
      .when(
        erase(personId, { records: [closedCase('PQRS-2020-000001', '2020-01-10')], retentionYears: {} }),
        on('2026-03-13'),
      )
      .thenRefuses('RETENTION_PERIOD_UNKNOWN');
  });

  it('a request with no legal basis, or no reference, is refused at its field', () => {
    const personId = freshPersonId();
    given([])
      .when(erase(personId, { legalBasis: 'BECAUSE' as never }), on('2026-03-13'))
      .thenRefuses('INVALID_LEGAL_BASIS', 'legalBasis');
    given([])
      .when(erase(personId, { requestReference: '  ' }), on('2026-03-13'))
      .thenRefuses('REQUEST_REFERENCE_REQUIRED', 'requestReference');
  });

  it('a reference that reads like a sentence (it could name someone) is refused', () => {
    const personId = freshPersonId();
    given([])
      .when(
        erase(personId, { requestReference: 'Solicitud de Ana Gómez, cédula 52.123.456' }),
        on('2026-03-13'),
      )
      .thenRefuses('INVALID_REQUEST_REFERENCE', 'requestReference');
  });

  it('a person already erased is not erased twice', () => {
    const personId = freshPersonId();
    given([erased(personId, '2026-03-10')])
      .when(erase(personId), on('2026-03-13'))
      .thenNothingHappens();
  });
});

describe('when someone other than an administrator asks', () => {
  it.each([
    ['coordinator', coordinator],
    ['agent', agent],
  ])('a %s is refused', (_role, actor) => {
    given([]).when(erase(freshPersonId()), on('2026-03-13', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });
});
