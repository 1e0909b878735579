import { activeStaffMember } from '../shared/staff-spec-fixtures.js';
import type { PqrsCommand } from './commands.js';
import {
  agent,
  answered,
  assigned,
  at,
  freshRadicado,
  given,
  on,
  received,
  transferred,
  withdrawn,
} from './pqrs-spec-fixtures.js';

const assign: PqrsCommand = {
  type: 'AssignPqrs',
  data: { assignee: activeStaffMember('user-x'), dependency: 'Subsidio' },
};
const requestInformation: PqrsCommand = { type: 'RequestInformation', data: { note: 'Falta la cédula.' } };
const extend: PqrsCommand = {
  type: 'ExtendDeadline',
  data: { newDueDate: '2026-04-20', reason: 'Complejidad.' },
};
const transfer: PqrsCommand = {
  type: 'TransferPqrs',
  data: { entity: 'Otra entidad', reason: 'Competencia.' },
};
const answer: PqrsCommand = {
  type: 'AnswerPqrs',
  data: { answer: 'Otra respuesta.', answeredAt: at('2026-04-08') },
};
const close: PqrsCommand = { type: 'ClosePqrs', data: {} };
const expressWithdrawal: PqrsCommand = {
  type: 'WithdrawPqrs',
  data: { mode: 'EXPRESS', reason: 'Desiste.' },
};
const tacitWithdrawal: PqrsCommand = {
  type: 'WithdrawPqrs',
  data: { mode: 'TACIT', reason: 'No respondió.', actNumber: 'Resolución 031 de 2026' },
};

describe('when the case is answered', () => {
  const answeredCase = () => [received(freshRadicado()), assigned(agent.id), answered()];

  it('closing it records when', () => {
    given(answeredCase())
      .when(close, on('2026-04-09', undefined, '08:30'))
      .then([{ type: 'Closed', data: { closedAt: '2026-04-09T13:30:00.000Z' } }]);
  });

  it('answering it again is refused', () => {
    given(answeredCase()).when(answer, on('2026-04-09')).thenRefuses('CASE_ALREADY_ANSWERED');
  });

  it('an agent may not close it', () => {
    given(answeredCase()).when(close, on('2026-04-09', agent)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it.each<[string, PqrsCommand]>([
    ['assigning', assign],
    ['asking for information', requestInformation],
    ['extending the deadline', extend],
    ['transferring', transfer],
    ['withdrawing', expressWithdrawal],
  ])('%s is refused: the case is no longer open', (_name, command) => {
    given(answeredCase()).when(command, on('2026-04-08')).thenRefuses('CASE_NOT_OPEN');
  });
});

describe('when the case is closed', () => {
  const closedCase = () => [
    received(freshRadicado()),
    answered(),
    { type: 'Closed' as const, data: { closedAt: at('2026-04-09') } },
  ];

  it('closing it again changes nothing', () => {
    given(closedCase()).when(close, on('2026-04-10')).thenNothingHappens();
  });

  it('answering it is refused: it is closed', () => {
    given(closedCase()).when(answer, on('2026-04-10')).thenRefuses('CASE_CLOSED');
  });

  it('assigning it is refused: it is no longer open', () => {
    given(closedCase()).when(assign, on('2026-04-10')).thenRefuses('CASE_NOT_OPEN');
  });
});

describe('when the case is transferred', () => {
  const transferredCase = () => [
    received(freshRadicado()),
    transferred('Superintendencia de Subsidio Familiar'),
  ];

  it('transferring it again to the same entity changes nothing', () => {
    given(transferredCase())
      .when(
        {
          type: 'TransferPqrs',
          data: { entity: 'Superintendencia de Subsidio Familiar', reason: 'Competencia.' },
        },
        on('2026-03-18'),
      )
      .thenNothingHappens();
  });

  it.each<[string, PqrsCommand]>([
    ['transferring it to another entity', transfer],
    ['answering it', answer],
    ['closing it', close],
    ['assigning it', assign],
    ['withdrawing it', expressWithdrawal],
  ])('%s is refused: the case ended with the transfer', (_name, command) => {
    given(transferredCase()).when(command, on('2026-03-19')).thenRefuses('CASE_NOT_OPEN');
  });
});

describe('when the case is withdrawn', () => {
  const withdrawnCase = () => [received(freshRadicado()), withdrawn('EXPRESS')];

  it('withdrawing it again the same way changes nothing', () => {
    given(withdrawnCase()).when(expressWithdrawal, on('2026-03-19')).thenNothingHappens();
  });

  it.each<[string, PqrsCommand]>([
    ['withdrawing it tacitly', tacitWithdrawal],
    ['answering it', answer],
    ['closing it', close],
    ['extending the deadline', extend],
  ])('%s is refused: the case ended with the withdrawal', (_name, command) => {
    given(withdrawnCase()).when(command, on('2026-03-19')).thenRefuses('CASE_NOT_OPEN');
  });
});
