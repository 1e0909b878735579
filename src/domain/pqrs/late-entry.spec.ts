import type { AnswerPqrs, ProvideInformation, ReceivePqrs } from './commands.js';
import { upcastPqrsEvent } from './events.js';
import {
  agent,
  assigned,
  at,
  coordinator,
  freshRadicado,
  given,
  informationRequested,
  on,
  received,
} from './pqrs-spec-fixtures.js';

const receipt = (receivedAt: string, lateEntryReason: string | null = null): ReceivePqrs => ({
  type: 'ReceivePqrs',
  data: {
    radicado: freshRadicado(),
    kind: 'PETITION',
    channel: 'MAIL',
    subject: 'Certificado de afiliación',
    description: 'Solicito copia del certificado de afiliación.',
    petitionerId: 'person-1',
    receivedAt,
    priority: [],
    lateEntryReason,
  },
});
const answer = (answeredAt: string, lateEntryReason: string | null = null): AnswerPqrs => ({
  type: 'AnswerPqrs',
  data: { answer: 'Se expide el certificado solicitado.', answeredAt, lateEntryReason },
});
const provide = (providedAt: string, lateEntryReason: string | null = null): ProvideInformation => ({
  type: 'ProvideInformation',
  data: { providedAt, note: 'Llegó la copia.', lateEntryReason },
});

describe('a fact dated before it is recorded', () => {
  it('within the window (three business days) is recorded as any other, without a reason', () => {
    // Received Tuesday 10 March, recorded Friday 13: three business days later.
    given([])
      .when(receipt(at('2026-03-10')), on('2026-03-13', agent))
      .then([
        expect.objectContaining({
          type: 'Received',
          data: expect.objectContaining({ receivedOn: '2026-03-10', lateEntry: null }),
        }),
      ] as never);
  });

  it("beyond the window, an agent's receipt is refused with the rule", () => {
    given([])
      .when(receipt(at('2026-03-09')), on('2026-03-13', agent))
      .thenRefuses('LATE_ENTRY_NOT_ALLOWED', 'receivedAt');
  });

  it("beyond the window, a coordinator's receipt needs a reason", () => {
    given([])
      .when(receipt(at('2026-03-09')), on('2026-03-13', coordinator))
      .thenRefuses('LATE_ENTRY_REASON_REQUIRED', 'lateEntryReason');
  });

  it("beyond the window, a coordinator's receipt with a reason is recorded with the gap, its term counted from the real receipt", () => {
    const command = receipt(at('2026-03-09'), '  Llegó por correspondencia a la sede de Zipaquirá.  ');
    given([])
      .when(command, on('2026-03-13', coordinator))
      .then([
        expect.objectContaining({
          type: 'Received',
          data: expect.objectContaining({
            receivedAt: at('2026-03-09'),
            receivedOn: '2026-03-09',
            // 15 business days from Monday 9 March: over San José (23 March) to Tuesday 31 March.
            dueDate: '2026-03-31',
            lateEntry: {
              recordedOn: '2026-03-13',
              businessDaysLate: 4,
              reason: 'Llegó por correspondencia a la sede de Zipaquirá.',
            },
          }),
        }),
      ] as never);
  });

  it('the window is configuration: with none, a fact of yesterday is late', () => {
    given([])
      .when(receipt(at('2026-03-12')), { ...on('2026-03-13', agent), lateEntryWindowBusinessDays: 0 })
      .thenRefuses('LATE_ENTRY_NOT_ALLOWED', 'receivedAt');
  });
});

describe('an answer dated before it is recorded', () => {
  it("an agent's answer dated beyond the window is refused, even on a case assigned to them", () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(answer(at('2026-03-20')), on('2026-04-01', agent))
      .thenRefuses('LATE_ENTRY_NOT_ALLOWED', 'answeredAt');
  });

  it("a coordinator's answer dated beyond the window is recorded with its reason and the gap", () => {
    given([received(freshRadicado())])
      .when(
        answer(at('2026-03-20'), 'Respondida por teléfono; el oficio se radicó después.'),
        on('2026-04-01'),
      )
      .then([
        expect.objectContaining({
          type: 'Answered',
          data: expect.objectContaining({
            answeredOn: '2026-03-20',
            onTime: true,
            // 24, 25, 26, 27, 30, 31 March and 1 April (23 March is San José).
            lateEntry: {
              recordedOn: '2026-04-01',
              businessDaysLate: 7,
              reason: 'Respondida por teléfono; el oficio se radicó después.',
            },
          }),
        }),
      ] as never);
  });

  it("an answer may not precede the case's latest fact (an assignment recorded after it)", () => {
    const radicado = freshRadicado();
    given([
      received(radicado),
      {
        type: 'Assigned',
        data: {
          assigneeId: agent.id,
          dependency: 'Atención al Cliente',
          previousAssigneeId: null,
          assignedAt: at('2026-03-18', '15:00'),
        },
      },
    ])
      .when(answer(at('2026-03-18', '09:00')), on('2026-03-19', agent))
      .thenRefuses('BEFORE_LAST_FACT', 'answeredAt');
  });
});

describe("the petitioner's answer to an art. 17 request dated before it is recorded", () => {
  it('beyond the window it needs a coordinator and a reason', () => {
    const history = [received(freshRadicado()), informationRequested()];
    given(history)
      .when(provide(at('2026-03-18')), on('2026-03-27'))
      .thenRefuses('LATE_ENTRY_REASON_REQUIRED');
    given(history)
      .when(provide(at('2026-03-18'), 'El correo llegó a otra dependencia.'), on('2026-03-27'))
      .then([
        expect.objectContaining({
          type: 'InformationProvided',
          data: expect.objectContaining({
            lateEntry: {
              recordedOn: '2026-03-27',
              businessDaysLate: 6,
              reason: 'El correo llegó a otra dependencia.',
            },
          }),
        }),
      ] as never);
  });
});

describe('events stored before late entries and moments were kept', () => {
  it('read as recorded in time, with no moment where none was stored', () => {
    const stored = (type: string, json: string) =>
      upcastPqrsEvent({ type, schemaVersion: 1, data: JSON.parse(json) });
    expect(
      stored('Assigned', '{"assigneeId":"u-1","dependency":"Atención al Cliente","previousAssigneeId":null}'),
    ).toEqual({
      type: 'Assigned',
      data: {
        assigneeId: 'u-1',
        dependency: 'Atención al Cliente',
        previousAssigneeId: null,
        assignedAt: null,
      },
    });
    expect(
      stored(
        'DeadlineExtended',
        '{"previousDueDate":"2026-04-08","newDueDate":"2026-04-20","maxDueDate":"2026-04-29","reason":"Concepto.","extendedOn":"2026-04-01"}',
      ).data,
    ).toMatchObject({ extendedOn: '2026-04-01', extendedAt: null });
    expect(
      stored(
        'InformationProvided',
        '{"note":"Llegó.","providedAt":"2026-03-20T15:00:00.000Z","providedOn":"2026-03-20","dueDate":"2026-04-15","maxDueDate":"2026-05-07","calendarVersion":"co-holidays@5.0.11"}',
      ).data,
    ).toMatchObject({ providedOn: '2026-03-20', lateEntry: null });
    expect(
      stored(
        'Received',
        '{"radicado":"PQRS-2026-000001","kind":"PETITION","channel":"WEB","subject":"S","description":"D","petitionerId":"p","receivedAt":"2026-03-13T15:00:00.000Z","receivedOn":"2026-03-13","priority":[],"termBusinessDays":15,"dueDate":"2026-04-08","maxDueDate":"2026-04-29","calendarVersion":"co-holidays@5.0.11"}',
      ).data,
    ).toMatchObject({ radicado: 'PQRS-2026-000001', lateEntry: null });
  });
});
