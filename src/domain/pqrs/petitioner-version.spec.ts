// A case names the version of its petitioner's data it was filed with (the personal-data store keeps
// every version); cases filed before versions were kept read as the first.
import type { ReceivePqrs } from './commands.js';
import { upcastPqrsEvent } from './events.js';
import { at, freshRadicado, given, on, received } from './pqrs-spec-fixtures.js';

const receipt = (radicado: string, petitionerVersion?: number): ReceivePqrs => ({
  type: 'ReceivePqrs',
  data: {
    radicado,
    kind: 'PETITION',
    channel: 'WEB',
    subject: 'Certificado de afiliación',
    description: 'Solicito copia del certificado de afiliación.',
    petitionerId: 'person-1',
    ...(petitionerVersion === undefined ? {} : { petitionerVersion }),
    receivedAt: at('2026-03-13'),
    priority: [],
  },
});

describe('when a case is received', () => {
  it('the event names the version of the petitioner’s data the command path kept', () => {
    const radicado = freshRadicado();
    given([])
      .when(receipt(radicado, 3), on('2026-03-13'))
      .then([received(radicado, { petitionerVersion: 3 })]);
  });

  it('a receipt that names no version is filed with the first', () => {
    const radicado = freshRadicado();
    given([])
      .when(receipt(radicado), on('2026-03-13'))
      .then([received(radicado, { petitionerVersion: 1 })]);
  });
});

/** What a receipt stored before schema version 5 did not record: counted from its receipt day (13 March 2025). */
const COUNTED_FROM_RECEIPT_DAY = {
  afterHoursRule: 'RECEIPT_DAY',
  officeHours: null,
  outsideOfficeHours: null,
  radicatedOn: '2025-03-13',
  termRunsFrom: null,
};

/** What a receipt stored before the Ventanilla virtual (schema version 4) did not record. */
const BEFORE_THE_PORTAL = {
  personType: 'NATURAL',
  textOwnerId: null,
  answerChannel: null,
  dataProcessingConsent: null,
  attachments: [],
  accessCodeHash: null,
  ...COUNTED_FROM_RECEIPT_DAY,
};

describe('a Received event stored with schema version 1', () => {
  const storedV1 = JSON.parse(
    '{"radicado":"PQRS-2025-000007","kind":"PETITION","channel":"WEB","subject":"Certificado",' +
      '"description":"Solicito un certificado.","petitionerId":"8f0e1c1e-3a52-4b55-9f0a-5b8f4b9d2c11",' +
      '"receivedAt":"2025-03-13T15:00:00.000Z","receivedOn":"2025-03-13","priority":[],' +
      '"termBusinessDays":15,"dueDate":"2025-04-03","maxDueDate":"2025-04-25","calendarVersion":"co-holidays@5.0.11"}',
  ) as unknown;

  it('reads as filed with the first version of the petitioner’s data', () => {
    expect(upcastPqrsEvent({ type: 'Received', schemaVersion: 1, data: storedV1 })).toEqual({
      type: 'Received',
      data: { ...(storedV1 as object), lateEntry: null, petitionerVersion: 1, ...BEFORE_THE_PORTAL },
    });
  });

  it('version 2 (with its late entry) reads as filed with the first version too', () => {
    const lateEntry = { recordedOn: '2025-03-20', businessDaysLate: 5, reason: 'Carta recibida en sede.' };
    const data = { ...(storedV1 as object), lateEntry };
    expect(upcastPqrsEvent({ type: 'Received', schemaVersion: 2, data })).toEqual({
      type: 'Received',
      data: { ...data, petitionerVersion: 1, ...BEFORE_THE_PORTAL },
    });
  });

  it('version 3 keeps its petitioner’s version and reads as filed by staff for a natural person, with no files', () => {
    const data = { ...(storedV1 as object), lateEntry: null, petitionerVersion: 4 };
    expect(upcastPqrsEvent({ type: 'Received', schemaVersion: 3, data })).toEqual({
      type: 'Received',
      data: { ...data, ...BEFORE_THE_PORTAL },
    });
  });

  it('version 4 reads as stored', () => {
    const data = {
      ...(storedV1 as object),
      lateEntry: null,
      petitionerId: null,
      petitionerVersion: null,
      personType: 'ANONYMOUS',
      textOwnerId: 'owner-1',
      answerChannel: null,
      dataProcessingConsent: null,
      attachments: [],
      accessCodeHash: `sha256:${'a'.repeat(64)}`,
    };
    expect(upcastPqrsEvent({ type: 'Received', schemaVersion: 4, data })).toEqual({
      type: 'Received',
      data: { ...data, ...COUNTED_FROM_RECEIPT_DAY },
    });
  });

  it('version 5 reads as stored', () => {
    const data = {
      ...(storedV1 as object),
      ...BEFORE_THE_PORTAL,
      lateEntry: null,
      petitionerVersion: 1,
      afterHoursRule: 'NEXT_BUSINESS_DAY',
      officeHours: '07:00-17:00',
      outsideOfficeHours: true,
      radicatedOn: '2025-03-14',
      termRunsFrom: '2025-03-18',
    };
    expect(upcastPqrsEvent({ type: 'Received', schemaVersion: 5, data })).toEqual({ type: 'Received', data });
  });
});
