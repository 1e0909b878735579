import type { ExtendCompletionWindow, ReceivePqrs, WithdrawPqrs } from './commands.js';
import { extendedTacitWithdrawalFrom } from './completion-window.js';
import { upcastPqrsEvent, type CompletionWindowExtended } from './events.js';
import {
  agent,
  assigned,
  at,
  coordinator,
  freshRadicado,
  given,
  informationProvided,
  informationRequested,
  on,
  otherAgent,
  received,
} from './pqrs-spec-fixtures.js';
import type { Actor } from '../shared/decider.js';

const citizen: Actor = { id: 'ventanilla-virtual', role: 'CITIZEN' };

const askToExtend = (askedAt: string | null = null, lateEntryReason?: string): ExtendCompletionWindow => ({
  type: 'ExtendCompletionWindow',
  data: { askedAt, ...(lateEntryReason === undefined ? {} : { lateEntryReason }) },
});
const withdrawTacitly = (actNumber: string | null = 'Resolución 031 de 2026'): WithdrawPqrs => ({
  type: 'WithdrawPqrs',
  data: { mode: 'TACIT', reason: 'No completó la petición ni pidió prórroga.', actNumber },
});

// Received Friday 13 March 2026 and asked to complete on Tuesday 17 March: the month runs to Thursday
// 16 April (Holy Week, 29 March – 5 April, does not stop a term in months), tacit withdrawal from the 17th.
const awaitingCase = () => [received(freshRadicado()), assigned(agent.id), informationRequested()];

/** The extension asked on 16 April: one more month counted from the request, to 16 May; withdrawal from 17 May. */
const extendedOn16April: CompletionWindowExtended = {
  type: 'CompletionWindowExtended',
  data: {
    askedAt: at('2026-04-16', '09:00'),
    askedOn: '2026-04-16',
    previousTacitWithdrawalFrom: '2026-04-17',
    tacitWithdrawalFrom: '2026-05-17',
    lateEntry: null,
  },
};

describe('art. 17: the window to complete the petition and its extension', () => {
  it('the petitioner asking on the last day of the month gets an equal term: one more month', () => {
    given(awaitingCase())
      .when(askToExtend(), { ...on('2026-04-16', citizen, '09:00') })
      .then([extendedOn16April]);
  });

  it('staff record an extension the petitioner asked in writing, dated when it was asked', () => {
    // Asked Thursday 16 April, recorded Tuesday 21 April: three business days later, within the window.
    given(awaitingCase())
      .when(askToExtend(at('2026-04-16', '09:00')), on('2026-04-21', agent))
      .then([extendedOn16April]);
  });

  it('an extension asked in time but recorded after the late-entry window needs its reason', () => {
    // 16 April → Friday 24 April: six business days.
    given(awaitingCase())
      .when(askToExtend(at('2026-04-16', '09:00')), on('2026-04-24'))
      .thenRefuses('LATE_ENTRY_REASON_REQUIRED', 'lateEntryReason');
    given(awaitingCase())
      .when(askToExtend(at('2026-04-16', '09:00'), 'La carta llegó a otra dependencia.'), on('2026-04-24'))
      .then([
        {
          ...extendedOn16April,
          data: {
            ...extendedOn16April.data,
            lateEntry: {
              recordedOn: '2026-04-24',
              businessDaysLate: 6,
              reason: 'La carta llegó a otra dependencia.',
            },
          },
        },
      ]);
  });

  it('an extension asked after the window ended is refused', () => {
    given(awaitingCase())
      .when(askToExtend(), on('2026-04-17', citizen, '08:00'))
      .thenRefuses('COMPLETION_WINDOW_ENDED');
  });

  it('a second extension is refused: the article gives one, for an equal term', () => {
    given([...awaitingCase(), extendedOn16April])
      .when(askToExtend(), on('2026-04-20', citizen))
      .thenRefuses('COMPLETION_WINDOW_ALREADY_EXTENDED');
  });

  it('no extension is asked of a case not waiting for the petitioner', () => {
    given([received(freshRadicado())])
      .when(askToExtend(), on('2026-03-18', citizen))
      .thenRefuses('NOT_AWAITING_INFORMATION');
  });

  it('a citizen cannot date their request: it is received when sent', () => {
    given(awaitingCase())
      .when(askToExtend(at('2026-04-10')), on('2026-04-16', citizen))
      .thenRefuses('CITIZEN_ASKED_AT', 'askedAt');
  });

  it('an agent records it only on a case assigned to them', () => {
    given(awaitingCase())
      .when(askToExtend(), on('2026-04-16', otherAgent))
      .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
  });

  it('an extension of a month from 31 December ends as the calendar does: 28 February 2027', () => {
    // 31 December 2026 + 1 month = 31 January 2027; an equal term more = 28 February (not 3 March).
    expect(
      extendedTacitWithdrawalFrom({ requestedOn: '2026-12-31', tacitWithdrawalFrom: '2027-01-31' }),
    ).toBe('2027-02-28');
  });

  it('a window of another length (two months, for a kind that has it) is extended by the same two months', () => {
    expect(
      extendedTacitWithdrawalFrom({ requestedOn: '2026-03-17', tacitWithdrawalFrom: '2026-05-17' }),
    ).toBe('2026-07-17');
  });
});

describe('art. 17: tacit withdrawal only by a motivated, numbered act', () => {
  it('the month ended without an answer, the act decides the withdrawal and it is notified', () => {
    given(awaitingCase())
      .when(withdrawTacitly(), on('2026-04-17'))
      .then([
        {
          type: 'Withdrawn',
          data: {
            mode: 'TACIT',
            reason: 'No completó la petición ni pidió prórroga.',
            withdrawnAt: at('2026-04-17', '11:00'),
            actNumber: 'Resolución 031 de 2026',
          },
        },
      ]);
    given(awaitingCase())
      .when(withdrawTacitly(), on('2026-04-17'))
      .thenSetsAside(['TACIT_WITHDRAWAL_DECREE/EMAIL']);
  });

  it('without the act number it is refused', () => {
    given(awaitingCase())
      .when(withdrawTacitly(null), on('2026-04-17'))
      .thenRefuses('ACT_NUMBER_REQUIRED', 'actNumber');
    given(awaitingCase())
      .when(withdrawTacitly('   '), on('2026-04-17'))
      .thenRefuses('ACT_NUMBER_REQUIRED', 'actNumber');
  });

  it('without the motivation it is refused', () => {
    given(awaitingCase())
      .when(
        { type: 'WithdrawPqrs', data: { mode: 'TACIT', reason: ' ', actNumber: 'Resolución 031 de 2026' } },
        on('2026-04-17'),
      )
      .thenRefuses('REASON_REQUIRED', 'reason');
  });

  it('on the last day of the month it is refused: the window is still open', () => {
    given(awaitingCase()).when(withdrawTacitly(), on('2026-04-16')).thenRefuses('TACIT_WITHDRAWAL_TOO_EARLY');
  });

  it('while the extended window is open it is refused, up to its last day', () => {
    given([...awaitingCase(), extendedOn16April])
      .when(withdrawTacitly(), on('2026-05-16'))
      .thenRefuses('TACIT_WITHDRAWAL_TOO_EARLY');
  });

  it('after the extended window, on Tuesday 19 May 2026 (Monday 18 is the Ascensión holiday), it is decided', () => {
    given([...awaitingCase(), extendedOn16April])
      .when(withdrawTacitly('Resolución 040 de 2026'), on('2026-05-19'))
      .then([
        {
          type: 'Withdrawn',
          data: {
            mode: 'TACIT',
            reason: 'No completó la petición ni pidió prórroga.',
            withdrawnAt: at('2026-05-19', '11:00'),
            actNumber: 'Resolución 040 de 2026',
          },
        },
      ]);
  });

  it('after the petitioner completed the petition it is refused', () => {
    given([...awaitingCase(), informationProvided()])
      .when(withdrawTacitly(), on('2026-04-20'))
      .thenRefuses('INFORMATION_ALREADY_PROVIDED');
  });

  it('an express withdrawal names no act: it is the petitioner’s own', () => {
    given(awaitingCase())
      .when(
        { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Desiste por escrito.', actNumber: 'R-1' } },
        on('2026-03-20', coordinator),
      )
      .thenRefuses('ACT_NUMBER_NOT_APPLICABLE', 'actNumber');
  });
});

describe('art. 17: the petitioner may file again', () => {
  const refile = (refiledCase: ReceivePqrs['data']['refiledCase']): ReceivePqrs => ({
    type: 'ReceivePqrs',
    data: {
      radicado: 'PQRS-2026-000900',
      kind: 'PETITION',
      channel: 'IN_PERSON',
      subject: 'Certificado de afiliación',
      description: 'Presento de nuevo la solicitud, ahora con el documento.',
      petitionerId: 'person-1',
      receivedAt: at('2026-04-20'),
      priority: [],
      refilingOf: 'PQRS-2026-000031',
      refiledCase,
    },
  });

  it('a new filing that names the withdrawn petition records the link', () => {
    const events = given([])
      .when(refile({ status: 'WITHDRAWN', withdrawnAt: at('2026-04-17', '11:00') }), on('2026-04-20'))
      .then([
        expect.objectContaining({ type: 'Received' }) as never,
        {
          type: 'RefilingRecorded',
          data: { withdrawnRadicado: 'PQRS-2026-000031', withdrawnAt: at('2026-04-17', '11:00') },
        },
      ]);
    expect(events.status).toBe('RECEIVED');
  });

  it('naming a case that was not withdrawn is refused', () => {
    given([])
      .when(refile({ status: 'ANSWERED', withdrawnAt: null }), on('2026-04-20'))
      .thenRefuses('REFILING_NOT_WITHDRAWN', 'refilingOf');
    given([]).when(refile(null), on('2026-04-20')).thenRefuses('REFILING_NOT_WITHDRAWN', 'refilingOf');
  });
});

describe('Withdrawn as stored before the act number was kept (schemaVersion 1)', () => {
  it('reads with no act number: not recorded', () => {
    const stored = JSON.parse(
      '{"mode":"TACIT","reason":"No completó la petición.","withdrawnAt":"2026-04-17T16:00:00.000Z"}',
    ) as unknown;
    expect(upcastPqrsEvent({ type: 'Withdrawn', schemaVersion: 1, data: stored })).toEqual({
      type: 'Withdrawn',
      data: {
        mode: 'TACIT',
        reason: 'No completó la petición.',
        withdrawnAt: '2026-04-17T16:00:00.000Z',
        actNumber: null,
      },
    });
  });
});
