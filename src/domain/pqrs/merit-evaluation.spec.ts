import type { EvaluateDenunciationMerit } from './commands.js';
import {
  admin,
  agent,
  answered,
  at,
  coordinator,
  freshRadicado,
  given,
  on,
  received,
  withdrawn,
} from './pqrs-spec-fixtures.js';

/** An anonymous denuncia received by telephone on Monday 11 January 2027 (a working day). */
function anonymousDenuncia(radicado: string) {
  return received(radicado, {
    kind: 'DENUNCIATION',
    channel: 'PHONE',
    petitionerId: null,
    petitionerVersion: null,
    personType: 'ANONYMOUS',
    textOwnerId: 'anonymous-owner-1',
    receivedAt: at('2027-01-11', '09:00'),
    receivedOn: '2027-01-11',
    dueDate: '2027-02-01',
    maxDueDate: '2027-02-22',
  });
}

function evaluate(overrides: Partial<EvaluateDenunciationMerit['data']> = {}): EvaluateDenunciationMerit {
  return {
    type: 'EvaluateDenunciationMerit',
    data: {
      admissible: true,
      basis: 'IDENTIFIABLE_FACTS_OR_PERSONS',
      motivation: 'Señala el contrato, la fecha y el funcionario que firmó el acta.',
      action: 'INTERNAL_DISCIPLINARY_CONTROL',
      actionReference: 'CDI-2027-004',
      ...overrides,
    },
  };
}

describe('the merit evaluation of an anonymous denuncia (Ley 962 de 2005 art. 81; Ley 1952 de 2019 art. 86)', () => {
  it('identifiable facts start an action: referred to internal disciplinary control with its reference', () => {
    const radicado = freshRadicado();
    given([anonymousDenuncia(radicado)])
      .when(evaluate(), on('2027-01-12', coordinator, '15:30'))
      .then([
        {
          type: 'MeritEvaluated',
          data: {
            admissible: true,
            basis: 'IDENTIFIABLE_FACTS_OR_PERSONS',
            motivation: 'Señala el contrato, la fecha y el funcionario que firmó el acta.',
            action: 'INTERNAL_DISCIPLINARY_CONTROL',
            actionReference: 'CDI-2027-004',
            evaluatedAt: '2027-01-12T20:30:00.000Z',
            evaluatedOn: '2027-01-12',
          },
        },
      ]);
  });

  it('neither proven nor identifiable: recorded as not admissible, no action started', () => {
    const radicado = freshRadicado();
    given([anonymousDenuncia(radicado)])
      .when(
        evaluate({
          admissible: false,
          basis: 'NEITHER',
          motivation: 'Afirmaciones genéricas sin hechos ni personas determinables.',
          action: null,
          actionReference: null,
        }),
        on('2027-01-12', admin),
      )
      .then([
        {
          type: 'MeritEvaluated',
          data: {
            admissible: false,
            basis: 'NEITHER',
            motivation: 'Afirmaciones genéricas sin hechos ni personas determinables.',
            action: null,
            actionReference: null,
            evaluatedAt: '2027-01-12T16:00:00.000Z',
            evaluatedOn: '2027-01-12',
          },
        },
      ]);
  });

  it('a second evaluation is refused', () => {
    const radicado = freshRadicado();
    given([
      anonymousDenuncia(radicado),
      {
        type: 'MeritEvaluated',
        data: {
          admissible: true,
          basis: 'FACTS_SUMMARILY_PROVEN',
          motivation: 'Adjunta el acta firmada.',
          action: 'COMPETENT_AUTHORITY',
          actionReference: 'OF-2027-010',
          evaluatedAt: at('2027-01-12'),
          evaluatedOn: '2027-01-12',
        },
      },
    ])
      .when(evaluate(), on('2027-01-13'))
      .thenRefuses('MERIT_ALREADY_EVALUATED');
  });

  it('a denuncia that names its filer is refused', () => {
    const radicado = freshRadicado();
    given([received(radicado, { kind: 'DENUNCIATION' })])
      .when(evaluate(), on('2026-03-16'))
      .thenRefuses('NOT_AN_ANONYMOUS_DENUNCIATION');
  });

  it('an anonymous complaint (not a denuncia) is refused', () => {
    const radicado = freshRadicado();
    given([
      { ...anonymousDenuncia(radicado), data: { ...anonymousDenuncia(radicado).data, kind: 'COMPLAINT' } },
    ])
      .when(evaluate(), on('2027-01-12'))
      .thenRefuses('NOT_AN_ANONYMOUS_DENUNCIATION');
  });

  it('admissible without a ground of art. 81 is refused', () => {
    given([anonymousDenuncia(freshRadicado())])
      .when(evaluate({ basis: 'NEITHER' }), on('2027-01-12'))
      .thenRefuses('MERIT_BASIS_REQUIRED', 'basis');
  });

  it('not admissible while naming a ground is refused', () => {
    given([anonymousDenuncia(freshRadicado())])
      .when(evaluate({ admissible: false, action: null, actionReference: null }), on('2027-01-12'))
      .thenRefuses('MERIT_BASIS_CONTRADICTS', 'basis');
  });

  it('admissible without the action started, or without its reference, is refused', () => {
    given([anonymousDenuncia(freshRadicado())])
      .when(evaluate({ action: null }), on('2027-01-12'))
      .thenRefuses('MERIT_ACTION_REQUIRED', 'action');
    given([anonymousDenuncia(freshRadicado())])
      .when(evaluate({ actionReference: '  ' }), on('2027-01-12'))
      .thenRefuses('MERIT_ACTION_REFERENCE_REQUIRED', 'actionReference');
  });

  it('not admissible yet starting an action is refused', () => {
    given([anonymousDenuncia(freshRadicado())])
      .when(evaluate({ admissible: false, basis: 'NEITHER' }), on('2027-01-12'))
      .thenRefuses('MERIT_ACTION_WITHOUT_ADMISSION', 'action');
  });

  it('without motivation is refused', () => {
    given([anonymousDenuncia(freshRadicado())])
      .when(evaluate({ motivation: ' ' }), on('2027-01-12'))
      .thenRefuses('MERIT_MOTIVATION_REQUIRED', 'motivation');
  });

  it('an agent may not evaluate', () => {
    given([anonymousDenuncia(freshRadicado())])
      .when(evaluate(), on('2027-01-12', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a denuncia already answered or withdrawn is not evaluated', () => {
    const radicado = freshRadicado();
    given([anonymousDenuncia(radicado), answered()])
      .when(evaluate(), on('2027-01-20'))
      .thenRefuses('CASE_NOT_OPEN');
    given([anonymousDenuncia(freshRadicado()), withdrawn()])
      .when(evaluate(), on('2027-01-20'))
      .thenRefuses('CASE_NOT_OPEN');
  });
});
