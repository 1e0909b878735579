import { activeStaffMember } from '../shared/staff-spec-fixtures.js';
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { PqrsCommand, ReceivePqrs } from './commands.js';
import type { PqrsKind } from './events.js';
import {
  admin,
  agent,
  at,
  auditor,
  calendar,
  coordinator,
  freshRadicado,
  given,
  on,
  received,
} from './pqrs-spec-fixtures.js';

function receive(radicado: string, overrides: Partial<ReceivePqrs['data']> = {}): ReceivePqrs {
  return {
    type: 'ReceivePqrs',
    data: {
      radicado,
      kind: 'PETITION',
      channel: 'WEB',
      subject: 'Certificado de afiliación',
      description: 'Solicito copia del certificado de afiliación.',
      petitionerId: 'person-1',
      receivedAt: at('2026-03-13'),
      priority: [],
      ...overrides,
    },
  };
}

describe('when the case has not been received', () => {
  it('a petition received on Friday 13 March 2026 is due on 8 April, skipping San José and Holy Week', () => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado, { priority: ['MINOR'] }), on('2026-03-13'))
      .then([
        {
          type: 'Received',
          data: {
            radicado,
            kind: 'PETITION',
            channel: 'WEB',
            subject: 'Certificado de afiliación',
            description: 'Solicito copia del certificado de afiliación.',
            petitionerId: 'person-1',
            petitionerVersion: 1,
            receivedAt: '2026-03-13T15:00:00.000Z',
            receivedOn: '2026-03-13',
            priority: ['MINOR'],
            termBusinessDays: 15,
            dueDate: '2026-04-08',
            maxDueDate: '2026-04-29',
            calendarVersion: 'co-holidays@5.0.11',
            lateEntry: null,
            personType: 'NATURAL',
            textOwnerId: null,
            answerChannel: null,
            dataProcessingConsent: null,
            attachments: [],
            accessCodeHash: null,
            afterHoursRule: 'RECEIPT_DAY',
            officeHours: '07:00-17:00',
            outsideOfficeHours: false,
            radicatedOn: '2026-03-13',
            termRunsFrom: '2026-03-16',
          },
        },
      ]);
  });

  // Received Friday 13 March 2026. 10 days: 16-20, 24-27, 30 March (23 March is San José).
  // 15 days: 31 March, 1, 6, 7, 8 April (2-3 April Holy Thursday and Good Friday).
  // 30 days: 9, 10, 13-17, 20-24, 27-29 April. 20 days: 9, 10, 13, 14, 15 April.
  // 60 days: 16 June (1 May, Ascension 18 May, Corpus Christi 8 June, Sacred Heart 15 June skipped).
  it.each<[PqrsKind, number, string, string]>([
    ['PETITION', 15, '2026-04-08', '2026-04-29'],
    ['INFORMATION_REQUEST', 10, '2026-03-30', '2026-04-15'],
    ['CONSULTATION', 30, '2026-04-29', '2026-06-16'],
    ['COMPLAINT', 15, '2026-04-08', '2026-04-29'],
    ['CLAIM', 15, '2026-04-08', '2026-04-29'],
    ['SUGGESTION', 15, '2026-04-08', '2026-04-29'],
    ['DENUNCIATION', 15, '2026-04-08', '2026-04-29'],
    ['INTERAUTHORITY', 10, '2026-03-30', '2026-04-15'],
  ])('a %s has a term of %i business days: due %s, extensible to %s', (kind, term, dueDate, maxDueDate) => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado, { kind }), on('2026-03-13'))
      .then([received(radicado, { kind, termBusinessDays: term, dueDate, maxDueDate })]);
  });

  it('a case received on a Saturday counts its term from Monday', () => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado, { receivedAt: at('2026-03-14') }), on('2026-03-16'))
      .then([
        received(radicado, {
          receivedAt: at('2026-03-14'),
          receivedOn: '2026-03-14',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-14',
          termRunsFrom: '2026-03-16',
        }),
      ]);
  });

  it('a case received late in the Bogotá evening is received that Bogotá day, not the next UTC day', () => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado, { receivedAt: '2026-03-14T04:30:00.000Z' }), on('2026-03-14'))
      .then([received(radicado, { receivedAt: '2026-03-14T04:30:00.000Z', outsideOfficeHours: true })]);
  });

  it('a case received with an offset is recorded at the same instant in UTC', () => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado, { receivedAt: '2026-03-13T10:00:00-05:00' }), on('2026-03-13'))
      .then([received(radicado)]);
  });

  it('24 and 31 December count as business days', () => {
    const radicado = freshRadicado();
    // 24 (1), 28-31 (5), 4-8 January 2027 (10): 1 January and Reyes (Monday 11) are holidays.
    given([])
      .when(
        receive(radicado, { kind: 'INFORMATION_REQUEST', receivedAt: at('2026-12-23') }),
        on('2026-12-23'),
      )
      .then([
        received(radicado, {
          kind: 'INFORMATION_REQUEST',
          receivedAt: at('2026-12-23'),
          receivedOn: '2026-12-23',
          termBusinessDays: 10,
          dueDate: '2027-01-08',
          maxDueDate: '2027-01-25',
          radicatedOn: '2026-12-23',
          termRunsFrom: '2026-12-24',
        }),
      ]);
  });

  it('24 and 31 December declared closed push the due date and the calendar version is recorded', () => {
    const radicado = freshRadicado();
    const closedOnChristmasEves = createBusinessCalendar({
      extraNonWorkingDays: ['2026-12-24', '2026-12-31'],
    });
    given([])
      .when(receive(radicado, { kind: 'INFORMATION_REQUEST', receivedAt: at('2026-12-23') }), {
        ...on('2026-12-23'),
        calendar: closedOnChristmasEves,
      })
      .then([
        received(radicado, {
          kind: 'INFORMATION_REQUEST',
          receivedAt: at('2026-12-23'),
          receivedOn: '2026-12-23',
          termBusinessDays: 10,
          dueDate: '2027-01-13',
          maxDueDate: '2027-01-27',
          radicatedOn: '2026-12-23',
          termRunsFrom: '2026-12-28',
          calendarVersion: closedOnChristmasEves.version,
        }),
      ]);
    expect(closedOnChristmasEves.version).not.toBe(calendar.version);
  });

  it('an agent may receive a case', () => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado), on('2026-03-13', agent))
      .then([received(radicado)]);
  });

  it('an administrator may receive a case', () => {
    const radicado = freshRadicado();
    given([])
      .when(receive(radicado), on('2026-03-13', admin))
      .then([received(radicado)]);
  });

  it('an auditor may not receive a case', () => {
    given([]).when(receive(freshRadicado()), on('2026-03-13', auditor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a receipt dated after now is refused', () => {
    given([])
      .when(
        receive(freshRadicado(), { receivedAt: at('2026-03-13', '12:00') }),
        on('2026-03-13', coordinator, '11:00'),
      )
      .thenRefuses('RECEIVED_IN_FUTURE', 'receivedAt');
  });

  it('a receipt with a malformed date is refused', () => {
    given([])
      .when(receive(freshRadicado(), { receivedAt: '13/03/2026' }), on('2026-03-13'))
      .thenRefuses('INVALID_INSTANT', 'receivedAt');
  });

  it('a receipt without subject is refused', () => {
    given([])
      .when(receive(freshRadicado(), { subject: '   ' }), on('2026-03-13'))
      .thenRefuses('SUBJECT_REQUIRED', 'subject');
  });

  it('a receipt without description is refused', () => {
    given([])
      .when(receive(freshRadicado(), { description: '' }), on('2026-03-13'))
      .thenRefuses('DESCRIPTION_REQUIRED', 'description');
  });

  it('a receipt without petitioner is refused', () => {
    given([])
      .when(receive(freshRadicado(), { petitionerId: '' }), on('2026-03-13'))
      .thenRefuses('PETITIONER_REQUIRED', 'petitionerId');
  });

  it('a receipt without radicado is refused', () => {
    given([]).when(receive(''), on('2026-03-13')).thenRefuses('RADICADO_REQUIRED', 'radicado');
  });

  it('a receipt of an unknown kind is refused', () => {
    given([])
      .when(receive(freshRadicado(), { kind: 'TUTELA' as PqrsKind }), on('2026-03-13'))
      .thenRefuses('INVALID_KIND', 'kind');
  });

  it('a receipt through an unknown channel is refused', () => {
    given([])
      .when(receive(freshRadicado(), { channel: 'FAX' as ReceivePqrs['data']['channel'] }), on('2026-03-13'))
      .thenRefuses('INVALID_CHANNEL', 'channel');
  });

  it('a receipt with an unknown priority reason is refused', () => {
    given([])
      .when(
        receive(freshRadicado(), { priority: ['VIP' as ReceivePqrs['data']['priority'][number]] }),
        on('2026-03-13'),
      )
      .thenRefuses('INVALID_PRIORITY', 'priority');
  });

  it.each<[string, PqrsCommand]>([
    [
      'AssignPqrs',
      {
        type: 'AssignPqrs',
        data: { assignee: activeStaffMember(agent.id), dependency: 'Atención al Cliente' },
      },
    ],
    ['RequestInformation', { type: 'RequestInformation', data: { note: 'Falta la cédula.' } }],
    [
      'ProvideInformation',
      { type: 'ProvideInformation', data: { providedAt: at('2026-03-13'), note: 'Aportó.' } },
    ],
    [
      'ExtendDeadline',
      { type: 'ExtendDeadline', data: { newDueDate: '2026-04-20', reason: 'Complejidad.' } },
    ],
    ['TransferPqrs', { type: 'TransferPqrs', data: { entity: 'Otra entidad', reason: 'Competencia.' } }],
    ['AnswerPqrs', { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: at('2026-03-13') } }],
    ['ClosePqrs', { type: 'ClosePqrs', data: {} }],
    ['WithdrawPqrs', { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Desiste.' } }],
  ])('%s on a case never received is refused: the case does not exist', (_name, command) => {
    given([]).when(command, on('2026-03-16')).thenRefuses('CASE_NOT_FOUND');
  });
});

describe('when the case has been received', () => {
  it('receiving it again is refused', () => {
    const radicado = freshRadicado();
    given([received(radicado)])
      .when(receive(radicado), on('2026-03-13'))
      .thenRefuses('CASE_ALREADY_RECEIVED');
  });
});
