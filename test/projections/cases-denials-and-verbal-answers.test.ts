// The cases read model (version 9) for issue 18's items 5 and 7: a complete denial of access shows its
// exception, norm, harm and public version; a verbal answer (Decreto 1166 de 2016) is notified the day it
// was given, with no notice; a denial stored at schemaVersion 6 reads with those facts not recorded.
import type { Answered, Received } from '../../src/domain/pqrs/events.js';
import { evolveCase, type CaseDocument } from '../../src/features/pqrs/read-models/cases-projection.js';
import { recordedPqrsEvent } from './fixtures/read-model-fixtures.js';

const RADICADO = '2026-000321';

/** A request for information made in person on Monday 6 April 2026, after Holy Week. */
const received: Received = {
  type: 'Received',
  data: {
    lateEntry: null,
    personType: 'NATURAL',
    textOwnerId: null,
    answerChannel: null,
    dataProcessingConsent: null,
    attachments: [],
    accessCodeHash: null,
    radicado: RADICADO,
    kind: 'INFORMATION_REQUEST',
    channel: 'IN_PERSON',
    subject: 'Copia del contrato de vigilancia',
    description: 'Texto libre',
    petitionerId: 'person-1',
    petitionerVersion: 1,
    receivedAt: '2026-04-06T15:00:00.000Z',
    receivedOn: '2026-04-06',
    priority: [],
    termBusinessDays: 10,
    dueDate: '2026-04-20',
    maxDueDate: '2026-05-05',
    calendarVersion: 'co-2026.1',
    afterHoursRule: 'RECEIPT_DAY',
    officeHours: '07:00-17:00',
    outsideOfficeHours: false,
    radicatedOn: '2026-04-06',
    termRunsFrom: '2026-04-07',
  },
};

const answered = (data: Partial<Answered['data']>): Answered => ({
  type: 'Answered',
  data: {
    answer: 'vault-text:respuesta',
    answeredAt: '2026-04-13T15:00:00.000Z',
    answeredOn: '2026-04-13',
    dueDate: '2026-04-20',
    onTime: true,
    businessDaysTaken: 5,
    accessDecision: 'GRANTED',
    lateEntry: null,
    attachments: [],
    letter: null,
    approvedDraft: null,
    accessDenialGround: null,
    accessDenialDetail: null,
    accessException: null,
    accessDenialProvision: null,
    accessDenialHarm: null,
    publicVersionDelivered: null,
    verbalAnswer: null,
    ...data,
  },
});

/** The case after its receipt and `answer`, stored with `schemaVersion` (the current one, 7, by default). */
function caseAfter(answer: Answered, schemaVersion = 7): CaseDocument {
  const first = evolveCase(null, { ...recordedPqrsEvent(RADICADO, 0, 1, received), schemaVersion: 4 })!;
  return evolveCase(first, { ...recordedPqrsEvent(RADICADO, 1, 2, answer), schemaVersion })!;
}

describe('the cases read model, for denials and verbal answers', () => {
  it('shows a partial grant complete: reserved, its norm and harm (sealed references), a public version', () => {
    const document = caseAfter(
      answered({
        accessDecision: 'PARTIALLY_GRANTED',
        accessDenialGround: 'PUBLIC_SAFETY',
        accessException: 'RESERVED',
        accessDenialProvision: 'vault-text:norma',
        accessDenialHarm: 'vault-text:dano',
        publicVersionDelivered: true,
      }),
    );
    expect(document).toMatchObject({
      status: 'ANSWERED',
      accessDecision: 'PARTIALLY_GRANTED',
      accessDenialGround: 'PUBLIC_SAFETY',
      accessException: 'RESERVED',
      accessDenialProvision: 'vault-text:norma',
      accessDenialHarm: 'vault-text:dano',
      publicVersionDelivered: true,
      verbalAnswer: null,
      // A written answer is notified when its notice is sent: not yet.
      answerNotifiedOn: null,
    });
  });

  it('a grant given in person is notified the day it was given, 13 April 2026', () => {
    expect(caseAfter(answered({ verbalAnswer: 'IN_PERSON' }))).toMatchObject({
      verbalAnswer: 'IN_PERSON',
      answerNotifiedOn: '2026-04-13',
    });
  });

  it('a denial stored at schemaVersion 6 shows its ground, and the rest as not recorded', () => {
    const {
      accessException,
      accessDenialProvision,
      accessDenialHarm,
      publicVersionDelivered,
      verbalAnswer,
      ...v6
    } = answered({ accessDecision: 'DENIED', accessDenialGround: 'PRIVACY' }).data;
    void [accessException, accessDenialProvision, accessDenialHarm, publicVersionDelivered, verbalAnswer];
    expect(caseAfter({ type: 'Answered', data: v6 } as unknown as Answered, 6)).toMatchObject({
      accessDecision: 'DENIED',
      accessDenialGround: 'PRIVACY',
      accessException: null,
      accessDenialProvision: null,
      accessDenialHarm: null,
      publicVersionDelivered: null,
      verbalAnswer: null,
    });
  });
});
