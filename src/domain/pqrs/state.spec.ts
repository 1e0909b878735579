import { fold } from '../shared/decider.js';
import { pqrsDecider } from './decide.js';
import { upcastPqrsEvent, type PqrsEvent } from './events.js';
import {
  agent,
  answered,
  assigned,
  at,
  freshRadicado,
  informationProvided,
  informationRequested,
  received,
  transferred,
  withdrawn,
} from './pqrs-spec-fixtures.js';
import { evolve, isOpen, PQRS_STATUSES, type PqrsState } from './state.js';

const stateAfter = (events: readonly PqrsEvent[]): PqrsState => fold(pqrsDecider, events);

describe('the state of a case, folded from its events', () => {
  it('before any event the case is not received', () => {
    expect(pqrsDecider.initialState).toEqual({ status: 'NOT_RECEIVED' });
    expect(PQRS_STATUSES[0]).toBe('NOT_RECEIVED');
  });

  it('a received case carries its term, counted from receipt, and no assignee', () => {
    const radicado = freshRadicado();
    expect(stateAfter([received(radicado)])).toEqual({
      status: 'RECEIVED',
      radicado,
      kind: 'PETITION',
      channel: 'WEB',
      subject: 'Certificado de afiliación',
      petitionerId: 'person-1',
      personType: 'NATURAL',
      textOwnerId: 'person-1',
      accessCodeHash: null,
      answerChannel: null,
      notifications: [],
      answerDraft: null,
      priority: [],
      receivedAt: at('2026-03-13'),
      receivedOn: '2026-03-13',
      termBusinessDays: 15,
      termStartedOn: '2026-03-13',
      dueDate: '2026-04-08',
      maxDueDate: '2026-04-29',
      calendarVersion: 'co-holidays@5.0.11',
      extendedOn: null,
      assignee: null,
      informationRequest: null,
      copiesDelivery: null,
      lastFactAt: at('2026-03-13'),
      meritEvaluatedAt: null,
      claimInProcessMark: null,
      jointAnswerId: null,
    });
  });

  it('a log written before the one-extension rule, with two extensions, still folds: the last date holds, the first day is kept', () => {
    const extension = (previousDueDate: string, newDueDate: string, extendedOn: string): PqrsEvent => ({
      type: 'DeadlineExtended',
      data: {
        previousDueDate,
        newDueDate,
        maxDueDate: '2026-04-29',
        reason: 'Complejidad.',
        extendedOn,
        extendedAt: null,
      },
    });
    const state = stateAfter([
      received(freshRadicado()),
      extension('2026-04-08', '2026-04-20', '2026-04-01'),
      extension('2026-04-20', '2026-04-27', '2026-04-15'),
    ]);
    expect(state).toMatchObject({ status: 'RECEIVED', dueDate: '2026-04-27', extendedOn: '2026-04-01' });
  });

  it('an assigned case knows its assignee and dependency', () => {
    const state = stateAfter([received(freshRadicado()), assigned(agent.id)]);
    expect(state).toMatchObject({
      status: 'ASSIGNED',
      assignee: { id: agent.id, dependency: 'Atención al Cliente' },
    });
  });

  it('a case awaiting information keeps the request and when tacit withdrawal becomes possible', () => {
    const state = stateAfter([received(freshRadicado()), informationRequested()]);
    expect(state).toMatchObject({
      status: 'AWAITING_INFORMATION',
      informationRequest: {
        requestedOn: '2026-03-17',
        tacitWithdrawalFrom: '2026-04-17',
        providedAt: null,
        providedOn: null,
      },
    });
  });

  it('once the information arrives an assigned case is assigned again, with the restarted term', () => {
    const state = stateAfter([
      received(freshRadicado()),
      assigned(agent.id),
      informationRequested(),
      informationProvided(),
    ]);
    expect(state).toMatchObject({
      status: 'ASSIGNED',
      termStartedOn: '2026-03-20',
      dueDate: '2026-04-15',
      maxDueDate: '2026-05-07',
      informationRequest: { providedOn: '2026-03-20' },
    });
  });

  it('once the information arrives an unassigned case is received again', () => {
    const state = stateAfter([received(freshRadicado()), informationRequested(), informationProvided()]);
    expect(state.status).toBe('RECEIVED');
  });

  it('an extension moves the due date in force', () => {
    const state = stateAfter([
      received(freshRadicado()),
      {
        type: 'DeadlineExtended',
        data: {
          previousDueDate: '2026-04-08',
          newDueDate: '2026-04-20',
          maxDueDate: '2026-04-29',
          reason: 'Complejidad.',
          extendedOn: '2026-04-01',
          extendedAt: null,
        },
      },
    ]);
    expect(state).toMatchObject({ status: 'RECEIVED', dueDate: '2026-04-20', maxDueDate: '2026-04-29' });
  });

  it('an answered case knows whether it was answered on time', () => {
    const state = stateAfter([received(freshRadicado()), answered()]);
    expect(state).toMatchObject({
      status: 'ANSWERED',
      answeredOn: '2026-04-08',
      answeredOnTime: true,
      businessDaysTaken: 15,
    });
  });

  it('a closed case keeps its answer', () => {
    const state = stateAfter([
      received(freshRadicado()),
      answered(),
      { type: 'Closed', data: { closedAt: at('2026-04-09') } },
    ]);
    expect(state).toMatchObject({ status: 'CLOSED', answeredOnTime: true, closedAt: at('2026-04-09') });
  });

  it('a transferred case knows the entity it went to', () => {
    const state = stateAfter([received(freshRadicado()), transferred('Otra entidad')]);
    expect(state).toMatchObject({
      status: 'TRANSFERRED',
      transferredTo: 'Otra entidad',
      transferredOn: '2026-03-18',
    });
  });

  it('a withdrawn case knows how it was withdrawn', () => {
    const state = stateAfter([received(freshRadicado()), informationRequested(), withdrawn('TACIT')]);
    expect(state).toMatchObject({ status: 'WITHDRAWN', withdrawalMode: 'TACIT' });
  });

  it('an event that cannot apply leaves the state as it was', () => {
    const receivedCase = stateAfter([received(freshRadicado())]);
    expect(evolve(receivedCase, { type: 'Closed', data: { closedAt: at('2026-04-09') } })).toBe(receivedCase);
    expect(evolve(pqrsDecider.initialState, assigned(agent.id))).toBe(pqrsDecider.initialState);
  });

  it('an event type this version does not know leaves the state as it was', () => {
    const receivedCase = stateAfter([received(freshRadicado())]);
    expect(evolve(receivedCase, { type: 'Reopened', data: {} } as unknown as PqrsEvent)).toBe(receivedCase);
  });

  it('the state is plain data: it survives a JSON round trip', () => {
    const state = stateAfter([
      received(freshRadicado()),
      assigned(agent.id),
      informationRequested(),
      informationProvided(),
    ]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('a transfer stored as schemaVersion 1 reads as late when past the five business days of art. 21', () => {
    const v1 = (businessDaysAfterReceipt: number) =>
      upcastPqrsEvent({
        type: 'Transferred',
        schemaVersion: 1,
        data: JSON.parse(
          `{"entity":"Alcaldía de Tunja","reason":"Competencia","transferredAt":"2026-03-24T16:00:00.000Z","transferredOn":"2026-03-24","businessDaysAfterReceipt":${businessDaysAfterReceipt}}`,
        ),
      });
    expect(v1(5)).toEqual({
      type: 'Transferred',
      data: {
        entity: 'Alcaldía de Tunja',
        reason: 'Competencia',
        transferredAt: '2026-03-24T16:00:00.000Z',
        transferredOn: '2026-03-24',
        businessDaysAfterReceipt: 5,
        late: false,
        allowedUntil: null,
      },
    });
    expect(v1(6)).toMatchObject({ data: { late: true, allowedUntil: null } });
    expect(stateAfter([received(freshRadicado()), v1(6)])).toMatchObject({
      status: 'TRANSFERRED',
      transferredLate: true,
    });
  });

  it('a case is open while received, assigned or awaiting information', () => {
    const open = PQRS_STATUSES.filter((status) => isOpen({ status }));
    expect(open).toEqual(['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION']);
  });
});
