// Habeas data requests (Ley 1581 de 2012, arts. 14 and 15) as PQRS kinds of their own. Every date below is
// counted by hand on the 2026 calendar: San José moved to Monday 23 March; Holy Thursday and Good Friday
// 2 and 3 April; Labour Day Friday 1 May.
import type {
  ExtendDeadline,
  MarkClaimInProcess,
  ReceivePqrs,
  RequestInformation,
  TransferPqrs,
} from './commands.js';
import type { Received } from './events.js';
import { extensionUnavailable } from './extension.js';
import {
  agent,
  answered,
  assigned,
  at,
  freshRadicado,
  given,
  on,
  otherAgent,
  received,
} from './pqrs-spec-fixtures.js';

const receive = (radicado: string, kind: ReceivePqrs['data']['kind'], date: string): ReceivePqrs => ({
  type: 'ReceivePqrs',
  data: {
    radicado,
    kind,
    channel: 'IN_PERSON',
    subject: 'Mis datos personales',
    description: 'Solicito conocer y corregir mis datos personales.',
    petitionerId: 'person-1',
    receivedAt: at(date),
    priority: [],
  },
});
const extend = (newDueDate: string): ExtendDeadline => ({
  type: 'ExtendDeadline',
  data: { newDueDate, reason: 'Se consulta la base de datos del área de afiliaciones.' },
});
const requestInformation: RequestInformation = {
  type: 'RequestInformation',
  data: { note: 'Indique qué dato debe corregirse y aporte el soporte.' },
};
const transfer: TransferPqrs = {
  type: 'TransferPqrs',
  data: { entity: 'Caja de Compensación Familiar del Sur', reason: 'Es la responsable del tratamiento.' },
};
const mark: MarkClaimInProcess = { type: 'MarkClaimInProcess', data: {} };

/**
 * A consulta received Friday 13 March 2026: 10 business days are 16-20, 24-27 and 30 March (due 30 March);
 * 5 more are 31 March, 1, 6, 7 and 8 April (at most 8 April).
 */
function consultation(radicado: string): Received {
  return received(radicado, {
    kind: 'HABEAS_DATA_CONSULTATION',
    termBusinessDays: 10,
    dueDate: '2026-03-30',
    maxDueDate: '2026-04-08',
  });
}

/**
 * A reclamo received Friday 27 March 2026: 15 business days are 30, 31 March, 1, 6-10, 13-17, 20 and 21
 * April (due 21 April); 8 more are 22-24, 27-30 April and 4 May (at most 4 May; 1 May is a holiday).
 */
function claim(radicado: string): Received {
  return received(radicado, {
    kind: 'HABEAS_DATA_CLAIM',
    receivedAt: at('2026-03-27'),
    receivedOn: '2026-03-27',
    // Received in office hours: the term runs from Monday 30 March.
    radicatedOn: '2026-03-27',
    termRunsFrom: '2026-03-30',
    termBusinessDays: 15,
    dueDate: '2026-04-21',
    maxDueDate: '2026-05-04',
  });
}

describe('receiving a habeas data request', () => {
  it('a consulta (art. 14) is due in 10 business days and may be extended to 5 more, not to twice the term', () => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado, 'HABEAS_DATA_CONSULTATION', '2026-03-13'), on('2026-03-13'))
      .then([
        {
          ...consultation(radicado),
          data: {
            ...consultation(radicado).data,
            channel: 'IN_PERSON',
            subject: 'Mis datos personales',
            description: 'Solicito conocer y corregir mis datos personales.',
          },
        },
      ]);
  });

  it('a reclamo (art. 15) is due in 15 business days and may be extended to 8 more, across Holy Week', () => {
    const radicado = freshRadicado();
    const expected = claim(radicado);
    given([])
      .when(receive(radicado, 'HABEAS_DATA_CLAIM', '2026-03-27'), on('2026-03-27'))
      .then([
        {
          ...expected,
          data: {
            ...expected.data,
            channel: 'IN_PERSON',
            subject: 'Mis datos personales',
            description: 'Solicito conocer y corregir mis datos personales.',
          },
        },
      ]);
  });
});

describe('extending the term of a habeas data request', () => {
  it('a consulta is extended to the 5th business day after its term (8 April 2026)', () => {
    given([consultation(freshRadicado())])
      .when(extend('2026-04-08'), on('2026-03-25'))
      .then([
        {
          type: 'DeadlineExtended',
          data: {
            previousDueDate: '2026-03-30',
            newDueDate: '2026-04-08',
            maxDueDate: '2026-04-08',
            reason: 'Se consulta la base de datos del área de afiliaciones.',
            extendedOn: '2026-03-25',
            extendedAt: at('2026-03-25', '11:00'),
          },
        },
      ]);
  });

  it('a consulta extended past the 5 business days of art. 14 is refused, naming Ley 1581', () => {
    const refusal = given([consultation(freshRadicado())])
      .when(extend('2026-04-09'), on('2026-03-25'))
      .thenRefuses('EXTENSION_BEYOND_HABEAS_DATA_LIMIT', 'newDueDate');
    expect(refusal.message).toContain('5 días hábiles');
    expect(refusal.message).toContain('art. 14 de la Ley 1581 de 2012');
    expect(refusal.message).toContain('08/04/2026');
  });

  it('a consulta may not reach twice its term (15 April), as a petition of 10 days could', () => {
    given([consultation(freshRadicado())])
      .when(extend('2026-04-15'), on('2026-03-25'))
      .thenRefuses('EXTENSION_BEYOND_HABEAS_DATA_LIMIT', 'newDueDate');
  });

  it('a reclamo is extended to the 8th business day after its term (4 May 2026, past Labour Day)', () => {
    given([claim(freshRadicado())])
      .when(extend('2026-05-04'), on('2026-04-20'))
      .then([
        {
          type: 'DeadlineExtended',
          data: {
            previousDueDate: '2026-04-21',
            newDueDate: '2026-05-04',
            maxDueDate: '2026-05-04',
            reason: 'Se consulta la base de datos del área de afiliaciones.',
            extendedOn: '2026-04-20',
            extendedAt: at('2026-04-20', '11:00'),
          },
        },
      ]);
  });

  it('a reclamo extended past the 8 business days of art. 15 is refused', () => {
    const refusal = given([claim(freshRadicado())])
      .when(extend('2026-05-05'), on('2026-04-20'))
      .thenRefuses('EXTENSION_BEYOND_HABEAS_DATA_LIMIT', 'newDueDate');
    expect(refusal.message).toContain('art. 15 de la Ley 1581 de 2012');
  });

  it('a second extension of a consulta is refused: one per case', () => {
    given([
      consultation(freshRadicado()),
      {
        type: 'DeadlineExtended',
        data: {
          previousDueDate: '2026-03-30',
          newDueDate: '2026-04-06',
          maxDueDate: '2026-04-08',
          reason: 'Se consulta la base de datos del área de afiliaciones.',
          extendedOn: '2026-03-25',
          extendedAt: at('2026-03-25', '11:00'),
        },
      },
    ])
      .when(extend('2026-04-08'), on('2026-03-27'))
      .thenRefuses('EXTENSION_ALREADY_GRANTED');
  });

  it('the staff client is told the Ley 1581 limit when no day is left to extend to', () => {
    expect(
      extensionUnavailable(
        { dueDate: '2026-04-08', maxDueDate: '2026-04-08', kind: 'HABEAS_DATA_CONSULTATION' },
        '2026-04-01',
      ),
    ).toMatchObject({ code: 'EXTENSION_BEYOND_HABEAS_DATA_LIMIT' });
  });
});

describe('an incomplete habeas data reclamo (art. 15)', () => {
  it('the requirement to complete it is made within 5 business days of receipt (to 7 April 2026)', () => {
    // Received Friday 27 March: 30, 31 March, 1, 6 and 7 April; Holy Thursday and Good Friday skipped.
    given([claim(freshRadicado())])
      .when(requestInformation, on('2026-04-07'))
      .then([
        {
          type: 'InformationRequested',
          data: {
            note: 'Indique qué dato debe corregirse y aporte el soporte.',
            requestedAt: at('2026-04-07', '11:00'),
            requestedOn: '2026-04-07',
            // Two months, not the one of art. 17 of Ley 1755.
            tacitWithdrawalFrom: '2026-06-07',
          },
        },
      ]);
  });

  it('a requirement on the 6th business day is refused, though a petition would still allow it', () => {
    const refusal = given([claim(freshRadicado())])
      .when(requestInformation, on('2026-04-08'))
      .thenRefuses('INFORMATION_REQUEST_TOO_LATE');
    expect(refusal.message).toBe(
      'El requerimiento para completar el reclamo se podía hacer hasta el 07/04/2026 (5 días hábiles después de la radicación, art. 15 de la Ley 1581 de 2012).',
    );
    given([received(freshRadicado(), { receivedAt: at('2026-03-27'), receivedOn: '2026-03-27' })])
      .when(requestInformation, on('2026-04-08'))
      .thenSetsAside(['INFORMATION_REQUEST/EMAIL']);
  });

  it('a habeas data consulta keeps the art. 17 rule: one month to complete it', () => {
    given([consultation(freshRadicado())])
      .when(requestInformation, on('2026-03-17'))
      .then([
        {
          type: 'InformationRequested',
          data: {
            note: 'Indique qué dato debe corregirse y aporte el soporte.',
            requestedAt: at('2026-03-17', '11:00'),
            requestedOn: '2026-03-17',
            tacitWithdrawalFrom: '2026-04-17',
          },
        },
      ]);
  });

  it('completed, its term restarts with the extension limit of art. 15 (8 business days)', () => {
    // Completed Wednesday 1 April: 15 days are 6-10, 13-17, 20-24 April (due 24 April); 8 more are 27-30
    // April, 4-7 May (at most 7 May).
    given([
      claim(freshRadicado()),
      {
        type: 'InformationRequested',
        data: {
          note: 'Falta el soporte.',
          requestedAt: at('2026-03-30'),
          requestedOn: '2026-03-30',
          tacitWithdrawalFrom: '2026-05-30',
        },
      },
    ])
      .when(
        {
          type: 'ProvideInformation',
          data: { note: 'Aportó el soporte.', providedAt: at('2026-04-01') },
        },
        on('2026-04-01'),
      )
      .then([
        {
          type: 'InformationProvided',
          data: {
            note: 'Aportó el soporte.',
            providedAt: at('2026-04-01'),
            providedOn: '2026-04-01',
            dueDate: '2026-04-24',
            maxDueDate: '2026-05-07',
            calendarVersion: 'co-holidays@5.0.11',
            lateEntry: null,
            attachments: [],
          },
        },
      ]);
  });
});

describe('transferring a habeas data reclamo (art. 15: 2 business days)', () => {
  it('a transfer on the 2nd business day after receipt is on time', () => {
    given([claim(freshRadicado())])
      .when(transfer, on('2026-03-31'))
      .then([
        {
          type: 'Transferred',
          data: {
            entity: 'Caja de Compensación Familiar del Sur',
            reason: 'Es la responsable del tratamiento.',
            transferredAt: at('2026-03-31', '11:00'),
            transferredOn: '2026-03-31',
            businessDaysAfterReceipt: 2,
            late: false,
            allowedUntil: '2026-03-31',
          },
        },
      ]);
  });

  it('a transfer on the 3rd business day is recorded and flagged late, where a petition would be on time', () => {
    given([claim(freshRadicado())])
      .when(transfer, on('2026-04-01'))
      .then([
        {
          type: 'Transferred',
          data: {
            entity: 'Caja de Compensación Familiar del Sur',
            reason: 'Es la responsable del tratamiento.',
            transferredAt: at('2026-04-01', '11:00'),
            transferredOn: '2026-04-01',
            businessDaysAfterReceipt: 3,
            late: true,
            allowedUntil: '2026-03-31',
          },
        },
      ]);
  });

  it('the petitioner and the receiving entity are told within the 2 days', () => {
    const radicado = freshRadicado();
    const outcome = given([claim(radicado)]).when(transfer, on('2026-03-31'));
    outcome.thenSetsAside(['TRANSFER/EMAIL', 'TRANSFER_COPY/POSTAL']);
  });
});

describe('marking a habeas data reclamo "reclamo en trámite" (art. 15: 2 business days)', () => {
  it('marked on the 2nd business day after the complete reclamo: on time, and the case shows it', () => {
    const state = given([claim(freshRadicado())])
      .when(mark, on('2026-03-31'))
      .then([
        {
          type: 'ClaimInProcessMarked',
          data: {
            markedAt: at('2026-03-31', '11:00'),
            markedOn: '2026-03-31',
            dueBy: '2026-03-31',
            late: false,
          },
        },
      ]);
    expect(state).toMatchObject({ claimInProcessMark: { markedOn: '2026-03-31', late: false } });
  });

  it('marked after Holy Week is recorded, not refused, and flagged late', () => {
    given([claim(freshRadicado())])
      .when(mark, on('2026-04-06'))
      .then([
        {
          type: 'ClaimInProcessMarked',
          data: {
            markedAt: at('2026-04-06', '11:00'),
            markedOn: '2026-04-06',
            dueBy: '2026-03-31',
            late: true,
          },
        },
      ]);
  });

  it('a reclamo completed after a requirement counts its 2 days from the day it was completed', () => {
    // Completed Wednesday 1 April: 6 and 7 April (Holy Thursday and Good Friday skipped).
    given([
      claim(freshRadicado()),
      {
        type: 'InformationRequested',
        data: {
          note: 'Falta el soporte.',
          requestedAt: at('2026-03-30'),
          requestedOn: '2026-03-30',
          tacitWithdrawalFrom: '2026-05-30',
        },
      },
      {
        type: 'InformationProvided',
        data: {
          note: 'Aportó el soporte.',
          providedAt: at('2026-04-01'),
          providedOn: '2026-04-01',
          dueDate: '2026-04-24',
          maxDueDate: '2026-05-07',
          calendarVersion: 'co-holidays@5.0.11',
          lateEntry: null,
          attachments: [],
        },
      },
    ])
      .when(mark, on('2026-04-07'))
      .then([
        {
          type: 'ClaimInProcessMarked',
          data: {
            markedAt: at('2026-04-07', '11:00'),
            markedOn: '2026-04-07',
            dueBy: '2026-04-07',
            late: false,
          },
        },
      ]);
  });

  it('an incomplete reclamo is not marked until the petitioner completes it', () => {
    given([
      claim(freshRadicado()),
      {
        type: 'InformationRequested',
        data: {
          note: 'Falta el soporte.',
          requestedAt: at('2026-03-30'),
          requestedOn: '2026-03-30',
          tacitWithdrawalFrom: '2026-05-30',
        },
      },
    ])
      .when(mark, on('2026-03-31'))
      .thenRefuses('CLAIM_INCOMPLETE');
  });

  it('a case of another kind is not marked', () => {
    given([received(freshRadicado())])
      .when(mark, on('2026-03-16'))
      .thenRefuses('NOT_A_HABEAS_DATA_CLAIM');
  });

  it('a reclamo already marked is not marked again', () => {
    given([
      claim(freshRadicado()),
      {
        type: 'ClaimInProcessMarked',
        data: { markedAt: at('2026-03-30'), markedOn: '2026-03-30', dueBy: '2026-03-31', late: false },
      },
    ])
      .when(mark, on('2026-03-31'))
      .thenNothingHappens();
  });

  it('an answered reclamo is no longer marked', () => {
    given([claim(freshRadicado()), answered()])
      .when(mark, on('2026-04-09'))
      .thenRefuses('CASE_NOT_OPEN');
  });

  it('an agent marks only the reclamos assigned to them', () => {
    given([claim(freshRadicado()), assigned(agent.id)])
      .when(mark, on('2026-03-31', otherAgent))
      .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
    given([claim(freshRadicado()), assigned(agent.id)])
      .when(mark, on('2026-03-31', agent))
      .then([
        {
          type: 'ClaimInProcessMarked',
          data: {
            markedAt: at('2026-03-31', '11:00'),
            markedOn: '2026-03-31',
            dueBy: '2026-03-31',
            late: false,
          },
        },
      ]);
  });
});
