// The case detail guards what cannot be undone and does not offer what cannot succeed: the extension is
// offered on exactly the days the decider grants one (the same rule, src/domain/pqrs/extension.ts), so
// are the request for information and the transfer within their windows (src/domain/pqrs/step-windows.ts), a
// step that is withheld says why in the domain's words, a case waiting for the petitioner says who acts
// next, and every step that leaves the case in a final status asks for confirmation first.
import {
  pqrsDecider,
  type PqrsCommand,
  type PqrsEvent,
  type PqrsState,
} from '../../src/domain/pqrs/index.js';
import { fold, type Actor, type StaffRole } from '../../src/domain/shared/decider.js';
import {
  admin,
  agent,
  answered,
  assigned,
  at,
  calendar,
  coordinator,
  informationRequested,
  on,
  otherAgent,
  received,
} from '../../src/domain/pqrs/pqrs-spec-fixtures.js';
import {
  awaitingInformationNote,
  CASE_ACTIONS,
  caseActionConfirmation,
  lateCaseActionNotes,
  lastInformationRequest,
  notAssignedNote,
  offeredCaseActions,
  unavailableCaseActions,
  type CaseAction,
  type CaseSubject,
  type CaseTerm,
} from '../../web/src/logic/case-actions.js';
import type { PqrsStatus } from '../../web/src/graphql/generated/graphql.js';
import { stepAllowedUntil } from '../../src/domain/pqrs/step-windows.js';

const RADICADO = 'PQRS-2026-000001';
const user = (actor: Actor) => ({ id: actor.id, roles: [actor.role as StaffRole] });

function stateOf(events: readonly PqrsEvent[]) {
  const state = fold(pqrsDecider, events);
  if (state.status === 'NOT_RECEIVED') throw new Error('the history must receive the case');
  return state;
}

/** The case as the detail screen reads it (Pqrs.status, assignee, dueDate, maxDueDate, extendedOn). */
function subjectOf(state: Exclude<PqrsState, { status: 'NOT_RECEIVED' }>): CaseSubject & CaseTerm {
  return {
    kind: state.kind,
    status: state.status as PqrsStatus,
    assigneeId: 'assignee' in state && state.assignee ? state.assignee.id : null,
    dueDate: state.dueDate,
    maxDueDate: state.maxDueDate,
    extendedOn: state.extendedOn,
  };
}

function extension(newDueDate: string): PqrsCommand {
  return { type: 'ExtendDeadline', data: { newDueDate, reason: 'Requiere concepto técnico.' } };
}

function accepts(command: PqrsCommand, state: PqrsState, day: string, actor: Actor = coordinator): boolean {
  const decision = pqrsDecider.decide(command, state, on(day, actor));
  return Array.isArray(decision) && decision.length > 0;
}

describe('«Prorrogar»', () => {
  // Received Friday 13 March 2026, due Wednesday 8 April, at most Wednesday 29 April.
  const state = stateOf([received(RADICADO), assigned(agent.id)]);
  const days = ['2026-03-18', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-20'];

  it('is offered on exactly the days the decider grants an extension to the latest date allowed', () => {
    for (const day of days) {
      expect({
        day,
        offered: offeredCaseActions(user(coordinator), subjectOf(state), day).includes('extend'),
      }).toEqual({
        day,
        offered: accepts(extension(state.maxDueDate), state, day),
      });
    }
  });

  it('is withheld on an overdue case, saying in words that the term ran out and when', () => {
    const subject = subjectOf(state);
    expect(offeredCaseActions(user(coordinator), subject, '2026-04-09')).not.toContain('extend');
    expect(unavailableCaseActions(user(coordinator), subject, '2026-04-09')).toEqual([
      {
        action: 'extend',
        reason: 'La prórroga debe concederse antes de que venza el término; venció el 08/04/2026.',
      },
    ]);
    // Still offered on the due date itself: the term has not run out.
    expect(offeredCaseActions(user(coordinator), subject, '2026-04-08')).toContain('extend');
    expect(unavailableCaseActions(user(coordinator), subject, '2026-04-08')).toEqual([]);
  });

  it('is withheld once the term was extended, as the decider refuses a second extension', () => {
    const extended: PqrsEvent = {
      type: 'DeadlineExtended',
      data: {
        previousDueDate: '2026-04-08',
        newDueDate: '2026-04-20',
        maxDueDate: '2026-04-29',
        reason: 'Requiere concepto técnico.',
        extendedOn: '2026-03-18',
        extendedAt: at('2026-03-18'),
      },
    };
    const once = stateOf([received(RADICADO), extended]);
    // Even to a date within double the term (29/04/2026).
    expect(accepts(extension('2026-04-29'), once, '2026-03-19')).toBe(false);
    expect(offeredCaseActions(user(coordinator), subjectOf(once), '2026-03-19')).not.toContain('extend');
    expect(unavailableCaseActions(user(coordinator), subjectOf(once), '2026-03-19')).toEqual([
      {
        action: 'extend',
        reason:
          'El término ya se prorrogó el 18/03/2026; el parágrafo del art. 14 de la Ley 1437 de 2011 (sustituido por la Ley 1755 de 2015) prevé una sola prórroga por petición.',
      },
    ]);
  });

  it('says nothing to a role that could never extend (an agent sees no reason for a step not theirs)', () => {
    expect(unavailableCaseActions(user(agent), subjectOf(state), '2026-04-09')).toEqual([]);
    expect(offeredCaseActions(user(agent), subjectOf(state), '2026-04-09')).toEqual([
      'answer',
      'requestInformation',
    ]);
  });
});

describe('«Pedir información» and «Trasladar por competencia» after their windows (arts. 17 and 21)', () => {
  // The request is refused after its window; the transfer is recorded flagged late, so it stays offered
  // and the screen says first that it will be late.
  // Received Friday 13 March 2026. Transfer: 5 business days, 16 to 20 March, then the weekend and San
  // José (Monday 23) still inside. Request: 10 business days, up to Monday 30 March.
  const state = stateOf([received(RADICADO), assigned(agent.id)]);
  /** The case as the server sends it: its windows' last days by the domain's rule and calendar. */
  const screenOf = (of: typeof state): CaseSubject & CaseTerm => ({
    ...subjectOf(of),
    informationRequestAllowedUntil: stepAllowedUntil('REQUEST_INFORMATION', of, calendar),
    transferAllowedUntil: stepAllowedUntil('TRANSFER', of, calendar),
  });
  const requestInformation: PqrsCommand = {
    type: 'RequestInformation',
    data: { note: 'Falta copia del documento de identidad.' },
  };
  const transfer: PqrsCommand = {
    type: 'TransferPqrs',
    data: { entity: 'Superintendencia de Subsidio Familiar', reason: 'Es de su competencia.' },
  };
  const days = [
    '2026-03-16',
    '2026-03-20',
    '2026-03-21',
    '2026-03-23',
    '2026-03-24',
    '2026-03-30',
    '2026-03-31',
  ];

  it('are offered on exactly the days the decider takes them', () => {
    for (const day of days) {
      const offered = offeredCaseActions(user(coordinator), screenOf(state), day);
      expect({
        day,
        requestInformation: offered.includes('requestInformation'),
        transfer: offered.includes('transfer'),
      }).toEqual({
        day,
        requestInformation: accepts(requestInformation, state, day),
        transfer: accepts(transfer, state, day),
      });
    }
  });

  it('the request is withheld after its last day, saying until when and why in the decider’s own words', () => {
    const requestReason =
      'El requerimiento para completar la petición se podía hacer hasta el 30/03/2026 (10 días hábiles después de la radicación, art. 17 de la Ley 1755 de 2015).';
    expect(unavailableCaseActions(user(coordinator), screenOf(state), '2026-03-24')).toEqual([]);
    expect(unavailableCaseActions(user(coordinator), screenOf(state), '2026-03-31')).toEqual([
      { action: 'requestInformation', reason: requestReason },
    ]);
    const refusal = pqrsDecider.decide(requestInformation, state, on('2026-03-31', coordinator));
    expect(refusal).toMatchObject({ code: 'INFORMATION_REQUEST_TOO_LATE', message: requestReason });
  });

  it('the transfer after its last day stays offered, the screen saying it will be recorded late, as the decider records it', () => {
    const lateWarning =
      'El traslado por competencia se podía hacer hasta el 23/03/2026 (5 días hábiles después de la radicación, art. 21 de la Ley 1755 de 2015): si se traslada ahora, queda registrado como traslado extemporáneo.';
    expect(lateCaseActionNotes(user(coordinator), screenOf(state), '2026-03-23')).toEqual([]);
    expect(offeredCaseActions(user(coordinator), screenOf(state), '2026-03-24')).toContain('transfer');
    expect(lateCaseActionNotes(user(coordinator), screenOf(state), '2026-03-24')).toEqual([
      { action: 'transfer', reason: lateWarning },
    ]);
    const decision = pqrsDecider.decide(transfer, state, on('2026-03-24', coordinator));
    expect(decision).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'Transferred', data: expect.objectContaining({ late: true }) }),
      ]),
    );
    // An agent, who may not transfer, is told nothing of it.
    expect(lateCaseActionNotes(user(agent), screenOf(state), '2026-03-24')).toEqual([]);
  });

  it('tell only whoever could take the step: the assignee of the request, no one else’s', () => {
    expect(unavailableCaseActions(user(agent), screenOf(state), '2026-03-31')).toEqual([
      expect.objectContaining({ action: 'requestInformation' }),
    ]);
    expect(offeredCaseActions(user(agent), screenOf(state), '2026-03-31')).toEqual(['answer']);
    expect(unavailableCaseActions(user(otherAgent), screenOf(state), '2026-03-31')).toEqual([]);
  });

  it('say nothing of a step the case’s status does not take (no last day is sent)', () => {
    const waiting = stateOf([received(RADICADO), assigned(agent.id), informationRequested()]);
    expect(screenOf(waiting).informationRequestAllowedUntil).toBeNull();
    expect(unavailableCaseActions(user(coordinator), screenOf(waiting), '2026-03-31')).toEqual([]);
    expect(lateCaseActionNotes(user(coordinator), screenOf(waiting), '2026-03-31')).toEqual([
      expect.objectContaining({ action: 'transfer' }),
    ]);
  });
});

describe('a case waiting for the petitioner (art. 17)', () => {
  const state = stateOf([received(RADICADO), assigned(agent.id), informationRequested()]);
  const request = lastInformationRequest([
    { type: 'Received', data: {} },
    { type: 'InformationRequested', data: { requestedOn: '2026-03-16', tacitWithdrawalFrom: '2026-04-16' } },
    { type: 'InformationProvided', data: {} },
    informationRequested(),
  ]);

  it('reads the last request’s dates from the history', () => {
    expect(request).toEqual({ requestedOn: '2026-03-17', tacitWithdrawalFrom: '2026-04-17' });
    expect(lastInformationRequest([{ type: 'Received', data: {} }])).toBeNull();
  });

  it('tells the assigned agent, who may only record the petitioner’s ask for more time, why and who acts next', () => {
    // Art. 17: an extension the petitioner asked by other means, recorded by whoever works the case.
    expect(offeredCaseActions(user(agent), subjectOf(state), '2026-03-18')).toEqual([
      'extendCompletionWindow',
    ]);
    expect(awaitingInformationNote(user(agent), subjectOf(state), request)).toBe(
      'Esperando la información que se pidió al peticionario el 17/03/2026; el término está suspendido y ' +
        'vuelve a correr completo cuando la aporte. El peticionario puede aportarla en línea al consultar su ' +
        'radicado; si llega por otro medio, un coordinador la registra con «Registrar información aportada». ' +
        'Si no la aporta, desde el 17/04/2026 procede el desistimiento tácito (lo registra un coordinador).',
    );
  });

  it('tells a coordinator the steps that are theirs, by the buttons’ names', () => {
    const note = awaitingInformationNote(user(coordinator), subjectOf(state), request) ?? '';
    expect(note).toContain('regístrela con «Registrar información aportada»');
    expect(note).toContain('regístrelo con «Registrar desistimiento»');
    // The buttons it names are the ones offered, and the domain takes them.
    const offered = offeredCaseActions(user(coordinator), subjectOf(state), '2026-03-18');
    expect(offered).toEqual(expect.arrayContaining(['provideInformation', 'withdraw']));
  });

  it('is said only while the case waits', () => {
    const running = stateOf([received(RADICADO), assigned(agent.id)]);
    expect(awaitingInformationNote(user(agent), subjectOf(running), null)).toBeNull();
  });
});

describe('an agent offered nothing on a running case', () => {
  it('is told the case is someone else’s, or not yet assigned', () => {
    const theirs = subjectOf(stateOf([received(RADICADO), assigned(agent.id)]));
    expect(notAssignedNote(user(otherAgent), theirs)).toBe(
      'El caso está asignado a otro funcionario: lo tramita esa persona o un coordinador.',
    );
    expect(notAssignedNote(user(agent), theirs)).toBeNull();
    expect(notAssignedNote(user(coordinator), theirs)).toBeNull();
    const unassigned = subjectOf(stateOf([received(RADICADO)]));
    expect(notAssignedNote(user(agent), unassigned)).toBe(
      'El caso aún no está asignado: un coordinador lo asigna a quien lo tramita.',
    );
  });
});

describe('confirmation', () => {
  /** A command for each step that ends a case, on a history where the domain takes it. */
  const FINAL_STEPS: readonly {
    action: CaseAction;
    events: readonly PqrsEvent[];
    command: PqrsCommand;
    day?: string;
  }[] = [
    {
      action: 'close',
      events: [received(RADICADO), answered()],
      command: { type: 'ClosePqrs', data: {} },
      day: '2026-04-08',
    },
    {
      action: 'withdraw',
      events: [received(RADICADO)],
      command: { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Desiste por escrito.' } },
    },
    {
      action: 'transfer',
      events: [received(RADICADO)],
      command: {
        type: 'TransferPqrs',
        data: { entity: 'Superintendencia', reason: 'Es de su competencia.' },
      },
    },
    {
      action: 'extend',
      events: [received(RADICADO)],
      command: extension('2026-04-20'),
    },
  ];

  it('is asked before every step that leaves the case in a status with no further step', () => {
    for (const { action, events, command, day = '2026-03-18' } of FINAL_STEPS) {
      const state = fold(pqrsDecider, events);
      const decision = pqrsDecider.decide(command, state, on(day, admin));
      if (!Array.isArray(decision) || decision.length === 0) throw new Error(`${action} must be taken`);
      const after = fold(pqrsDecider, [...events, ...decision]);
      if (after.status === 'NOT_RECEIVED') throw new Error('received');
      const final = CASE_ACTIONS.every(
        (next) => !offeredCaseActions(user(admin), subjectOf(after), day).includes(next),
      );
      expect({
        action,
        final,
        asks: caseActionConfirmation(action, { radicado: RADICADO }) !== null,
      }).toEqual({
        action,
        final,
        asks: final,
      });
    }
  });

  it('names the case and the step, and says the consequence in one sentence', () => {
    const close = caseActionConfirmation('close', { radicado: RADICADO });
    expect(close).toEqual({
      title: `¿Cerrar el caso ${RADICADO}?`,
      consequence: 'Cerrado, el caso no admite más trámites y no puede reabrirse.',
      confirmLabel: 'Cerrar el caso',
      destructive: true,
    });
    for (const action of CASE_ACTIONS) {
      const confirmation = caseActionConfirmation(action, { radicado: RADICADO });
      if (confirmation === null) continue;
      expect(confirmation.consequence.match(/\.\s/g)).toBeNull();
      expect(confirmation.confirmLabel).not.toMatch(/^(Aceptar|Sí|OK)$/i);
    }
  });

  it('is not asked for the everyday steps a later one can correct', () => {
    const asked = CASE_ACTIONS.filter((action) => caseActionConfirmation(action, { radicado: RADICADO }));
    expect(asked).toEqual(['approveAnswer', 'transfer', 'close', 'withdraw']);
  });
});
