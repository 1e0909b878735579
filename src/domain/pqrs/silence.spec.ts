import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { RecordCopiesDelivery } from './commands.js';
import type { Answered } from './events.js';
import {
  agent,
  answered,
  assigned,
  at,
  calendar,
  freshRadicado,
  given,
  on,
  otherAgent,
  received,
} from './pqrs-spec-fixtures.js';
import { negativeSilenceOf, positiveSilenceOf, type PositiveSilenceSubject } from './silence.js';

// A request for documents received Friday 20 March 2026: Monday 23 is San José (moved), Holy Thursday and
// Good Friday are 2 and 3 April, so its ten business days are 24, 25, 26, 27, 30, 31 March, 1, 6, 7 and 8
// April: due Wednesday 8 April. Unanswered, it is accepted by law from Thursday 9 April and the copies are
// due within the next three business days: 9, 10 and 13 April.
const documentsRequest = (radicado = freshRadicado()) =>
  received(radicado, {
    kind: 'INFORMATION_REQUEST',
    receivedAt: at('2026-03-20'),
    receivedOn: '2026-03-20',
    termBusinessDays: 10,
    dueDate: '2026-04-08',
    maxDueDate: '2026-04-22',
  });

const deliver = (
  deliveredAt: string | null,
  note = 'Se entregaron las copias en la ventanilla.',
): RecordCopiesDelivery => ({
  type: 'RecordCopiesDelivery',
  data: { deliveredAt, note },
});

const answeredOn = (day: string, dueDate: string, onTime: boolean): Answered => {
  const base = answered();
  return {
    ...base,
    data: {
      ...base.data,
      answeredAt: at(day),
      answeredOn: day,
      dueDate,
      onTime,
      accessDecision: 'GRANTED',
    },
  };
};

const subject = (overrides: Partial<PositiveSilenceSubject> = {}): PositiveSilenceSubject => ({
  kind: 'INFORMATION_REQUEST',
  status: 'ASSIGNED',
  dueDate: '2026-04-08',
  answeredOn: null,
  copiesDeliveredOn: null,
  copiesDeliveredOnTime: null,
  ...overrides,
});

describe('positive silence (Ley 1755 art. 14 numeral 1), as of a given day', () => {
  it('on its due date an unanswered request is still within its term', () => {
    expect(positiveSilenceOf(subject(), '2026-04-08', calendar)).toBeNull();
  });

  it('the day after its due date it is accepted by law; the copies are due three business days later', () => {
    expect(positiveSilenceOf(subject(), '2026-04-09', calendar)).toEqual({
      silenceFrom: '2026-04-09',
      copiesDueBy: '2026-04-13',
      copiesStatus: 'PENDING',
      copiesDeliveredOn: null,
    });
  });

  it('a request answered late was accepted by law all the same', () => {
    expect(
      positiveSilenceOf(subject({ status: 'ANSWERED', answeredOn: '2026-04-10' }), '2026-04-20', calendar),
    ).toMatchObject({ silenceFrom: '2026-04-09', copiesStatus: 'PENDING' });
  });

  it('a request answered on its due date never fell silent', () => {
    expect(
      positiveSilenceOf(subject({ status: 'CLOSED', answeredOn: '2026-04-08' }), '2026-06-01', calendar),
    ).toBeNull();
  });

  it('other kinds have no positive silence', () => {
    expect(positiveSilenceOf(subject({ kind: 'PETITION' }), '2026-05-01', calendar)).toBeNull();
  });

  it('a request stopped awaiting the petitioner (art. 17), transferred or withdrawn does not fall silent', () => {
    for (const status of ['AWAITING_INFORMATION', 'TRANSFERRED', 'WITHDRAWN'] as const) {
      expect(positiveSilenceOf(subject({ status }), '2026-05-01', calendar)).toBeNull();
    }
  });

  it('the copies delivered show as on time or late from the day they were delivered', () => {
    const delivered = subject({ copiesDeliveredOn: '2026-04-14', copiesDeliveredOnTime: false });
    expect(positiveSilenceOf(delivered, '2026-04-13', calendar)).toMatchObject({ copiesStatus: 'PENDING' });
    expect(positiveSilenceOf(delivered, '2026-04-14', calendar)).toMatchObject({
      copiesStatus: 'DELIVERED_LATE',
      copiesDeliveredOn: '2026-04-14',
    });
  });

  it('the three days skip 24, 25 and 31 December when the office closes on 24 and 31', () => {
    // Received Wednesday 9 December 2026 (8 is a holiday): ten business days end Wednesday 23 December.
    // Closed 24 and 31, Christmas on Friday 25: the copies are due 28, 29 and 30 December.
    const closedOn24And31 = createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24', '2026-12-31'] });
    expect(positiveSilenceOf(subject({ dueDate: '2026-12-23' }), '2026-12-24', closedOn24And31)).toEqual({
      silenceFrom: '2026-12-24',
      copiesDueBy: '2026-12-30',
      copiesStatus: 'PENDING',
      copiesDeliveredOn: null,
    });
    // Open on 24 December: 24, 28 and 29.
    expect(positiveSilenceOf(subject({ dueDate: '2026-12-23' }), '2026-12-24', calendar)).toMatchObject({
      copiesDueBy: '2026-12-29',
    });
  });
});

describe('recording the delivery of the copies owed after positive silence', () => {
  const silentCase = () => [documentsRequest(), assigned(agent.id)];

  it('delivered on the third business day after the silence: on time', () => {
    given(silentCase())
      .when(deliver(null), on('2026-04-13', agent))
      .then([
        {
          type: 'CopiesDelivered',
          data: {
            deliveredAt: at('2026-04-13', '11:00'),
            deliveredOn: '2026-04-13',
            silenceFrom: '2026-04-09',
            copiesDueBy: '2026-04-13',
            onTime: true,
            note: 'Se entregaron las copias en la ventanilla.',
            lateEntry: null,
          },
        },
      ]);
  });

  it('delivered the day after: recorded, and late', () => {
    const state = given(silentCase())
      .when(deliver(null), on('2026-04-14', agent))
      .then([
        expect.objectContaining({
          type: 'CopiesDelivered',
          data: expect.objectContaining({ deliveredOn: '2026-04-14', onTime: false }) as never,
        }) as never,
      ]);
    expect(state).toMatchObject({ copiesDelivery: { deliveredOn: '2026-04-14', onTime: false } });
  });

  it('a request answered late still owes the copies', () => {
    given([...silentCase(), answeredOn('2026-04-10', '2026-04-08', false)])
      .when(deliver(at('2026-04-10', '15:00')), on('2026-04-10', agent, '16:00'))
      .then([
        expect.objectContaining({
          type: 'CopiesDelivered',
          data: expect.objectContaining({ onTime: true, silenceFrom: '2026-04-09' }) as never,
        }) as never,
      ]);
  });

  it('before the term ran out there is no silence: refused', () => {
    given(silentCase()).when(deliver(null), on('2026-04-08', agent)).thenRefuses('NO_POSITIVE_SILENCE');
  });

  it('a request answered in time never fell silent: refused', () => {
    given([...silentCase(), answeredOn('2026-04-08', '2026-04-08', true)])
      .when(deliver(null), on('2026-04-13', agent))
      .thenRefuses('NO_POSITIVE_SILENCE');
  });

  it('for a petition (not a request for documents) it is refused', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(deliver(null), on('2026-04-20', agent))
      .thenRefuses('POSITIVE_SILENCE_NOT_APPLICABLE');
  });

  it('a second delivery is refused', () => {
    const radicado = freshRadicado();
    given([
      documentsRequest(radicado),
      assigned(agent.id),
      {
        type: 'CopiesDelivered',
        data: {
          deliveredAt: at('2026-04-13'),
          deliveredOn: '2026-04-13',
          silenceFrom: '2026-04-09',
          copiesDueBy: '2026-04-13',
          onTime: true,
          note: 'Entregadas.',
          lateEntry: null,
        },
      },
    ])
      .when(deliver(null), on('2026-04-14', agent))
      .thenRefuses('COPIES_ALREADY_DELIVERED');
  });

  it('without saying what was delivered it is refused', () => {
    given(silentCase())
      .when(deliver(null, ' '), on('2026-04-13', agent))
      .thenRefuses('NOTE_REQUIRED', 'note');
  });

  it('an agent records it only on a case assigned to them', () => {
    given(silentCase())
      .when(deliver(null), on('2026-04-13', otherAgent))
      .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
  });
});

describe('negative silence (Ley 1437 art. 83), as of a given day', () => {
  const filed13March = { receivedOn: '2026-03-13', status: 'ASSIGNED' as const, answerNotifiedOn: null };

  it('three months after filing without a notified decision, the petition is taken as denied', () => {
    expect(negativeSilenceOf(filed13March, '2026-06-12')).toBeNull();
    expect(negativeSilenceOf(filed13March, '2026-06-13')).toEqual({ silenceFrom: '2026-06-13' });
  });

  it('an answer given but not notified does not stop it', () => {
    expect(negativeSilenceOf({ ...filed13March, status: 'ANSWERED' }, '2026-07-01')).toEqual({
      silenceFrom: '2026-06-13',
    });
  });

  it('an answer notified before the three months prevents it; one notified on the day or after does not', () => {
    expect(
      negativeSilenceOf({ ...filed13March, status: 'CLOSED', answerNotifiedOn: '2026-06-12' }, '2026-08-01'),
    ).toBeNull();
    expect(
      negativeSilenceOf({ ...filed13March, status: 'CLOSED', answerNotifiedOn: '2026-06-13' }, '2026-08-01'),
    ).toEqual({ silenceFrom: '2026-06-13' });
  });

  it('filed on 30 November 2026, the three months end with February: 28 February 2027', () => {
    const filed = { receivedOn: '2026-11-30', status: 'RECEIVED' as const, answerNotifiedOn: null };
    expect(negativeSilenceOf(filed, '2027-02-27')).toBeNull();
    expect(negativeSilenceOf(filed, '2027-02-28')).toEqual({ silenceFrom: '2027-02-28' });
  });

  it('a transferred or withdrawn case is not flagged', () => {
    expect(negativeSilenceOf({ ...filed13March, status: 'TRANSFERRED' }, '2026-09-01')).toBeNull();
    expect(negativeSilenceOf({ ...filed13March, status: 'WITHDRAWN' }, '2026-09-01')).toBeNull();
  });
});
