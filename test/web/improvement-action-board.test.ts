// The Acciones de mejora board: which column each action goes to and in what order, overdue said in
// words, the formulation's checks in the server's words, and the steps each role may take.
import {
  actionDraftProblems,
  actionSteps,
  boardColumns,
  calendarDaysBetween,
  closingOutcome,
  dueDescription,
  EMPTY_ACTION_DRAFT,
  formulateActionInput,
  type ActionDraft,
} from '../../web/src/logic/improvement-action-board.js';

const action = (id: string, status: string, dueDate: string, closedAt: string | null = null) =>
  ({ id, status, dueDate, closedAt }) as const;

describe('the board', () => {
  it('puts open and overdue actions in Abiertas, the overdue first and then by due date', () => {
    const columns = boardColumns([
      action('a', 'OPEN', '2026-05-30'),
      action('b', 'OVERDUE', '2026-03-01'),
      action('c', 'CLOSED_EFFECTIVE', '2026-02-01', '2026-02-10T15:00:00Z'),
      action('d', 'OPEN', '2026-04-15'),
      action('e', 'CLOSED_NOT_EFFECTIVE', '2026-02-01', '2026-03-01T15:00:00Z'),
      action('f', 'OVERDUE', '2026-02-01'),
      action('g', 'CLOSED_EFFECTIVE', '2026-02-01', '2026-04-01T15:00:00Z'),
    ] as never[]);
    expect(
      columns.map((column) => [column.title, column.actions.map((a) => (a as { id: string }).id)]),
    ).toEqual([
      ['Abiertas', ['f', 'b', 'd', 'a']],
      ['Cerradas eficaces', ['g', 'c']],
      ['Cerradas no eficaces', ['e']],
    ]);
  });

  it('keeps every column even when empty', () => {
    expect(boardColumns([]).map((column) => column.actions.length)).toEqual([0, 0, 0]);
  });

  it('says overdue in words, with how long ago', () => {
    expect(dueDescription({ status: 'OVERDUE', dueDate: '2026-03-01' }, '2026-03-04')).toBe(
      'Vencida: venció el 01/03/2026 (hace 3 días)',
    );
    expect(dueDescription({ status: 'OPEN', dueDate: '2026-03-05' }, '2026-03-04')).toBe(
      'Vence el 05/03/2026 (en 1 día)',
    );
    expect(dueDescription({ status: 'OPEN', dueDate: '2026-03-04' }, '2026-03-04')).toBe(
      'Vence hoy (04/03/2026)',
    );
    expect(dueDescription({ status: 'CLOSED_EFFECTIVE', dueDate: '2026-03-01' }, '2026-03-04')).toBe(
      'Fecha límite: 01/03/2026',
    );
  });

  it('counts calendar days across months and leap days', () => {
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2026-03-04', '2026-03-01')).toBe(-3);
  });
});

describe('formulating an action', () => {
  const complete: ActionDraft = {
    sourceKind: 'PQRS',
    reference: ' PQRS-2026-000042 ',
    problem: 'Demoras en la respuesta',
    rootCause: 'Reparto manual',
    action: 'Reparto automático',
    responsibleId: 'u-7',
    dueDate: '2026-06-30',
  };

  it('asks for every field, in the server’s words', () => {
    expect(actionDraftProblems(EMPTY_ACTION_DRAFT, '2026-03-04')).toEqual({
      sourceKind: 'Indique el origen de la acción de mejora.',
      reference: 'Indique la referencia del origen (radicado, encuesta, hallazgo o indicador).',
      problem: 'Describa el problema o la no conformidad.',
      rootCause: 'Indique la causa raíz del problema.',
      action: 'Describa la acción que se tomará.',
      responsibleId: 'Indique el responsable de la acción.',
      dueDate: 'Indique la fecha límite.',
    });
    expect(actionDraftProblems(complete, '2026-03-04')).toEqual({});
  });

  it('wants a radicado for a PQRS source, and any reference for the others', () => {
    expect(actionDraftProblems({ ...complete, reference: 'caso 42' }, '2026-03-04').reference).toMatch(
      /PQRS-AAAA-NNNNNN/,
    );
    expect(
      actionDraftProblems(
        { ...complete, sourceKind: 'AUDIT', reference: 'Informe 3, hallazgo 2' },
        '2026-03-04',
      ),
    ).toEqual({});
  });

  it('refuses a due date before today, and accepts today', () => {
    expect(actionDraftProblems({ ...complete, dueDate: '2026-03-03' }, '2026-03-04').dueDate).toBe(
      'La fecha límite no puede ser anterior al día de la formulación (04/03/2026).',
    );
    expect(actionDraftProblems({ ...complete, dueDate: '2026-03-04' }, '2026-03-04')).toEqual({});
  });

  it('sends the source and texts trimmed', () => {
    expect(formulateActionInput(complete)).toEqual({
      source: { kind: 'PQRS', reference: 'PQRS-2026-000042' },
      problem: 'Demoras en la respuesta',
      rootCause: 'Reparto manual',
      action: 'Reparto automático',
      responsibleId: 'u-7',
      dueDate: '2026-06-30',
    });
  });
});

describe('the steps on an action', () => {
  it('a coordinator records progress, verifies and closes an open or overdue action', () => {
    const all = { recordProgress: true, verifyEffectiveness: true, close: true };
    expect(actionSteps(['COORDINATOR'], 'u-1', { status: 'OPEN', responsibleId: 'u-2' })).toEqual(all);
    expect(actionSteps(['COORDINATOR'], 'u-1', { status: 'OVERDUE', responsibleId: 'u-2' })).toEqual(all);
  });

  it('an agent only records progress, on the actions they are responsible for', () => {
    expect(actionSteps(['AGENT'], 'u-1', { status: 'OPEN', responsibleId: 'u-1' })).toEqual({
      recordProgress: true,
      verifyEffectiveness: false,
      close: false,
    });
    expect(actionSteps(['AGENT'], 'u-1', { status: 'OPEN', responsibleId: 'u-2' }).recordProgress).toBe(
      false,
    );
  });

  it('a closed action and an auditor take no step', () => {
    const none = { recordProgress: false, verifyEffectiveness: false, close: false };
    expect(actionSteps(['ADMIN'], 'u-1', { status: 'CLOSED_EFFECTIVE', responsibleId: 'u-1' })).toEqual(none);
    expect(actionSteps(['AUDITOR'], 'u-1', { status: 'OPEN', responsibleId: 'u-1' })).toEqual(none);
  });

  it('says what closing would record: the last verification', () => {
    expect(closingOutcome([])).toMatch(/no se puede cerrar/);
    expect(closingOutcome([{ effective: false }, { effective: true }])).toMatch(/como eficaz/);
    expect(closingOutcome([{ effective: true }, { effective: false }])).toMatch(/como no eficaz/);
  });
});
