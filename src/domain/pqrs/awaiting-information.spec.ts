import { activeStaffMember } from '../shared/staff-spec-fixtures.js';
import type { ProvideInformation, WithdrawPqrs } from './commands.js';
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

const provide = (providedAt: string, note = 'Aportó la copia del documento.'): ProvideInformation => ({
  type: 'ProvideInformation',
  data: { providedAt, note },
});
const withdraw = (mode: WithdrawPqrs['data']['mode']): WithdrawPqrs => ({
  type: 'WithdrawPqrs',
  data: {
    mode,
    reason: 'No completó la petición en el mes concedido.',
    actNumber: mode === 'TACIT' ? 'Resolución 031 de 2026' : null,
  },
});

// Received Friday 13 March 2026, asked to complete on Tuesday 17 March.
const awaitingCase = () => [received(freshRadicado()), informationRequested()];

describe('when the case awaits the petitioner (art. 17)', () => {
  describe('the petitioner completing the petition', () => {
    it('restarts the term from zero: day 1 is the next business day after the information arrived', () => {
      // Provided Friday 20 March; Monday 23 is San José, so day 1 is Tuesday 24 and day 15 is 15 April.
      given(awaitingCase())
        .when(provide(at('2026-03-20')), on('2026-03-20', coordinator, '12:00'))
        .then([
          {
            type: 'InformationProvided',
            data: {
              note: 'Aportó la copia del documento.',
              providedAt: '2026-03-20T15:00:00.000Z',
              providedOn: '2026-03-20',
              dueDate: '2026-04-15',
              maxDueDate: '2026-05-07',
              calendarVersion: 'co-holidays@5.0.11',
              lateEntry: null,
              attachments: [],
            },
          },
        ]);
    });

    it('restarts a 10-day term over San José and Holy Week', () => {
      const radicado = freshRadicado();
      // 24-27, 30-31 March, 1, 6, 7, 8 April.
      given([
        received(radicado, {
          kind: 'INFORMATION_REQUEST',
          termBusinessDays: 10,
          dueDate: '2026-03-30',
          maxDueDate: '2026-04-15',
        }),
        informationRequested(),
      ])
        .when(provide(at('2026-03-20')), on('2026-03-20', coordinator, '12:00'))
        .then([
          {
            type: 'InformationProvided',
            data: {
              note: 'Aportó la copia del documento.',
              providedAt: at('2026-03-20'),
              providedOn: '2026-03-20',
              dueDate: '2026-04-08',
              maxDueDate: '2026-04-22',
              calendarVersion: 'co-holidays@5.0.11',
              lateEntry: null,
              attachments: [],
            },
          },
        ]);
    });

    it('information dated before it was requested is refused', () => {
      given(awaitingCase())
        .when(provide(at('2026-03-16')), on('2026-03-20'))
        .thenRefuses('PROVIDED_BEFORE_REQUEST', 'providedAt');
    });

    it('information dated after now is refused', () => {
      given(awaitingCase())
        .when(provide(at('2026-03-21')), on('2026-03-20'))
        .thenRefuses('PROVIDED_IN_FUTURE', 'providedAt');
    });

    it('information with a malformed date is refused', () => {
      given(awaitingCase())
        .when(provide('20/03/2026'), on('2026-03-20'))
        .thenRefuses('INVALID_INSTANT', 'providedAt');
    });

    it('information without a note is refused', () => {
      given(awaitingCase())
        .when(provide(at('2026-03-20'), ''), on('2026-03-20'))
        .thenRefuses('NOTE_REQUIRED', 'note');
    });

    it('an agent may not record the information', () => {
      given([...awaitingCase(), assigned(agent.id)])
        .when(provide(at('2026-03-20')), on('2026-03-20', agent))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });
  });

  it('asking again while waiting is refused', () => {
    given(awaitingCase())
      .when({ type: 'RequestInformation', data: { note: 'Otro documento.' } }, on('2026-03-18'))
      .thenRefuses('ALREADY_AWAITING_INFORMATION');
  });

  it('answering while waiting is refused', () => {
    given(awaitingCase())
      .when(
        { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: at('2026-03-18') } },
        on('2026-03-18'),
      )
      .thenRefuses('CASE_AWAITING_INFORMATION');
  });

  it('extending the deadline while the clock is stopped is refused', () => {
    given(awaitingCase())
      .when(
        { type: 'ExtendDeadline', data: { newDueDate: '2026-04-20', reason: 'Complejidad.' } },
        on('2026-03-18'),
      )
      .thenRefuses('CASE_AWAITING_INFORMATION');
  });

  it('it may be assigned while waiting, and keeps waiting', () => {
    const state = given(awaitingCase())
      .when(
        {
          type: 'AssignPqrs',
          data: { assignee: activeStaffMember(otherAgent.id), dependency: 'Atención al Cliente' },
        },
        on('2026-03-18'),
      )
      .then([
        {
          type: 'Assigned',
          data: {
            assigneeId: otherAgent.id,
            dependency: 'Atención al Cliente',
            previousAssigneeId: null,
            assignedAt: at('2026-03-18', '11:00'),
          },
        },
      ]);
    expect(state.status).toBe('AWAITING_INFORMATION');
  });

  it('it may be transferred within 5 business days of receipt', () => {
    given(awaitingCase())
      .when(
        { type: 'TransferPqrs', data: { entity: 'Otra entidad', reason: 'Competencia.' } },
        on('2026-03-18'),
      )
      .then([
        {
          type: 'Transferred',
          data: {
            entity: 'Otra entidad',
            reason: 'Competencia.',
            transferredAt: at('2026-03-18', '11:00'),
            transferredOn: '2026-03-18',
            businessDaysAfterReceipt: 3,
            late: false,
            allowedUntil: '2026-03-23',
          },
        },
      ]);
  });

  it('the petitioner may withdraw expressly while waiting', () => {
    given(awaitingCase())
      .when(withdraw('EXPRESS'), on('2026-03-18'))
      .then([
        {
          type: 'Withdrawn',
          data: {
            mode: 'EXPRESS',
            reason: 'No completó la petición en el mes concedido.',
            withdrawnAt: at('2026-03-18', '11:00'),
            actNumber: null,
          },
        },
      ]);
  });

  it('one month without the information, the case is withdrawn tacitly by its numbered act', () => {
    given(awaitingCase())
      .when(withdraw('TACIT'), on('2026-04-17'))
      .then([
        {
          type: 'Withdrawn',
          data: {
            mode: 'TACIT',
            reason: 'No completó la petición en el mes concedido.',
            withdrawnAt: at('2026-04-17', '11:00'),
            actNumber: 'Resolución 031 de 2026',
          },
        },
      ]);
  });

  it('a tacit withdrawal before the month has passed is refused', () => {
    given(awaitingCase()).when(withdraw('TACIT'), on('2026-04-16')).thenRefuses('TACIT_WITHDRAWAL_TOO_EARLY');
  });
});

describe('when the petitioner has completed the petition', () => {
  const restartedCase = () => [
    received(freshRadicado()),
    assigned(agent.id),
    informationRequested(),
    informationProvided(),
  ];

  it('the business days taken by the answer count from the restart', () => {
    given(restartedCase())
      .when(
        { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: at('2026-04-15') } },
        on('2026-04-15', agent),
      )
      .then([
        {
          type: 'Answered',
          data: {
            answer: 'Respuesta.',
            answeredAt: at('2026-04-15'),
            answeredOn: '2026-04-15',
            dueDate: '2026-04-15',
            onTime: true,
            businessDaysTaken: 15,
            accessDecision: null,
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
          },
        },
      ]);
  });

  it('an answer dated before the information arrived is refused', () => {
    given(restartedCase())
      .when(
        { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: at('2026-03-19') } },
        on('2026-03-25'),
      )
      .thenRefuses('ANSWERED_BEFORE_INFORMATION_PROVIDED', 'answeredAt');
  });

  it('an extension may reach twice the term counted from the restart', () => {
    given(restartedCase())
      .when(
        { type: 'ExtendDeadline', data: { newDueDate: '2026-05-07', reason: 'Complejidad.' } },
        on('2026-04-10'),
      )
      .then([
        {
          type: 'DeadlineExtended',
          data: {
            previousDueDate: '2026-04-15',
            newDueDate: '2026-05-07',
            maxDueDate: '2026-05-07',
            reason: 'Complejidad.',
            extendedOn: '2026-04-10',
            extendedAt: at('2026-04-10', '11:00'),
          },
        },
      ]);
  });

  it('an extension beyond twice the term counted from the restart is refused', () => {
    given(restartedCase())
      .when(
        { type: 'ExtendDeadline', data: { newDueDate: '2026-05-08', reason: 'Complejidad.' } },
        on('2026-04-10'),
      )
      .thenRefuses('EXTENSION_BEYOND_DOUBLE_TERM', 'newDueDate');
  });

  it('the refusals of an extension name their dates dd/mm/aaaa, as staff write them', () => {
    const beyond = given(restartedCase())
      .when(
        { type: 'ExtendDeadline', data: { newDueDate: '2026-05-08', reason: 'Complejidad.' } },
        on('2026-04-10'),
      )
      .thenRefuses('EXTENSION_BEYOND_DOUBLE_TERM', 'newDueDate');
    expect(beyond.message).toBe(
      'La prórroga no puede exceder el doble del término inicial: a más tardar el 07/05/2026.',
    );
    const notLater = given(restartedCase())
      .when(
        { type: 'ExtendDeadline', data: { newDueDate: '2026-04-14', reason: 'Complejidad.' } },
        on('2026-04-10'),
      )
      .thenRefuses('EXTENSION_NOT_LATER', 'newDueDate');
    expect(notLater.message).toBe(
      'La nueva fecha de vencimiento debe ser posterior a la vigente (15/04/2026).',
    );
  });

  it('recording the same information again changes nothing', () => {
    given(restartedCase())
      .when(provide(at('2026-03-20')), on('2026-03-21'))
      .thenNothingHappens();
  });

  it('recording other information is refused: the case no longer awaits it', () => {
    given(restartedCase())
      .when(provide(at('2026-03-21')), on('2026-03-21'))
      .thenRefuses('NOT_AWAITING_INFORMATION');
  });
});
