import {
  admin,
  at,
  auditor,
  formulate,
  formulated,
  freshActionId,
  given,
  on,
  responsibleAgent,
} from './improvement-action-spec-fixtures.js';

describe('formulating an improvement action', () => {
  it('records its source, problem, root cause, action, responsible and due date, dated today', () => {
    const actionId = freshActionId();
    given([])
      .when(formulate(actionId), on('2026-03-16'))
      .then([formulated(actionId)]);
  });

  it('trims the texts and the source reference', () => {
    const actionId = freshActionId();
    given([])
      .when(
        formulate(actionId, {
          source: { kind: 'AUDIT', reference: '  Hallazgo 3, auditoría interna 2026  ' },
          problem: '  Problema  ',
          rootCause: ' Causa ',
          action: ' Acción ',
        }),
        on('2026-03-16', admin),
      )
      .then([
        formulated(actionId, {
          source: { kind: 'AUDIT', reference: 'Hallazgo 3, auditoría interna 2026' },
          problem: 'Problema',
          rootCause: 'Causa',
          action: 'Acción',
        }),
      ]);
  });

  it('a due date on the formulation day itself is accepted', () => {
    const actionId = freshActionId();
    given([])
      .when(formulate(actionId, { dueDate: '2026-03-16' }), on('2026-03-16', undefined, '23:30'))
      .then([formulated(actionId, { dueDate: '2026-03-16', formulatedAt: at('2026-03-16', '23:30') })]);
  });

  it('a due date before the formulation day (in Bogotá) is refused', () => {
    given([])
      .when(formulate(freshActionId(), { dueDate: '2026-03-15' }), on('2026-03-16'))
      .thenRefuses('DUE_DATE_IN_PAST', 'dueDate');
  });

  it('the refusal names the formulation day as staff write it, dd/mm/aaaa', () => {
    const refusal = given([])
      .when(formulate(freshActionId(), { dueDate: '2026-03-15' }), on('2026-03-16'))
      .thenRefuses('DUE_DATE_IN_PAST', 'dueDate');
    expect(refusal.message).toBe(
      'La fecha límite no puede ser anterior al día de la formulación (16/03/2026).',
    );
  });

  it('a malformed due date is refused', () => {
    given([])
      .when(formulate(freshActionId(), { dueDate: '2026-02-30' }), on('2026-03-16'))
      .thenRefuses('INVALID_DATE', 'dueDate');
  });

  it('a decision of a management review is a source, referred to as <review id>/<decision number>', () => {
    const actionId = freshActionId();
    const reference = '00000000-0000-4000-9000-000000000001/2';
    given([])
      .when(formulate(actionId, { source: { kind: 'MANAGEMENT_REVIEW', reference } }), on('2026-03-16'))
      .then([formulated(actionId, { source: { kind: 'MANAGEMENT_REVIEW', reference } })]);
  });

  it('a management-review source that names no decision is refused', () => {
    given([])
      .when(
        formulate(freshActionId(), { source: { kind: 'MANAGEMENT_REVIEW', reference: 'Comité de julio' } }),
        on('2026-03-16'),
      )
      .thenRefuses('INVALID_DECISION_REFERENCE', 'source.reference');
  });

  it('an unknown source kind is refused', () => {
    given([])
      .when(formulate(freshActionId(), { source: { kind: 'RUMOR', reference: 'x' } }), on('2026-03-16'))
      .thenRefuses('INVALID_SOURCE_KIND', 'source.kind');
  });

  it('a source without reference is refused', () => {
    given([])
      .when(formulate(freshActionId(), { source: { kind: 'SURVEY', reference: '  ' } }), on('2026-03-16'))
      .thenRefuses('SOURCE_REFERENCE_REQUIRED', 'source.reference');
  });

  it('a PQRS source must be referenced by its radicado', () => {
    given([])
      .when(
        formulate(freshActionId(), { source: { kind: 'PQRS', reference: 'queja de ayer' } }),
        on('2026-03-16'),
      )
      .thenRefuses('INVALID_RADICADO', 'source.reference');
  });

  it.each([
    ['problem', 'PROBLEM_REQUIRED'],
    ['rootCause', 'ROOT_CAUSE_REQUIRED'],
    ['action', 'ACTION_REQUIRED'],
    ['responsibleId', 'RESPONSIBLE_REQUIRED'],
  ])('a blank %s is refused', (field, code) => {
    given([])
      .when(formulate(freshActionId(), { [field]: ' ' }), on('2026-03-16'))
      .thenRefuses(code, field);
  });

  it.each([
    ['an agent', responsibleAgent],
    ['an auditor', auditor],
  ])('%s may not formulate', (_name, actor) => {
    given([]).when(formulate(freshActionId()), on('2026-03-16', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('formulating an action that exists is refused', () => {
    const actionId = freshActionId();
    given([formulated(actionId)])
      .when(formulate(actionId), on('2026-03-17'))
      .thenRefuses('ACTION_ALREADY_FORMULATED');
  });
});

describe('formulating an action that follows another', () => {
  it('may follow an action whose last effectiveness check found it not effective', () => {
    const previous = freshActionId();
    const actionId = freshActionId();
    given([])
      .when(
        formulate(actionId, { linkedAction: { actionId: previous, lastVerificationEffective: false } }),
        on('2026-03-16'),
      )
      .then([formulated(actionId, { linkedActionId: previous })]);
  });

  it('may not follow an action found effective', () => {
    given([])
      .when(
        formulate(freshActionId(), {
          linkedAction: { actionId: freshActionId(), lastVerificationEffective: true },
        }),
        on('2026-03-16'),
      )
      .thenRefuses('LINKED_ACTION_NOT_INEFFECTIVE', 'linkedActionId');
  });

  it('may not follow an action never checked', () => {
    given([])
      .when(
        formulate(freshActionId(), {
          linkedAction: { actionId: freshActionId(), lastVerificationEffective: null },
        }),
        on('2026-03-16'),
      )
      .thenRefuses('LINKED_ACTION_NOT_INEFFECTIVE', 'linkedActionId');
  });
});
