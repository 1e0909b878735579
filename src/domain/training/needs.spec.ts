import {
  ACTION_NEED,
  accept,
  accepted,
  actionBasis,
  admin,
  agent,
  at,
  auditor,
  dismiss,
  dismissed,
  given,
  on,
  SUBJECT_NEED,
  subjectBasis,
} from './training-spec-fixtures.js';

describe('accepting a proposed training need', () => {
  it('records the need with its basis as it stood, dated today', () => {
    given([]).when(accept(), on('2026-03-23')).then([accepted()]);
  });

  it('an ADMIN may accept too', () => {
    given([])
      .when(accept(), on('2026-03-23', admin, '15:00'))
      .then([accepted({ acceptedAt: at('2026-03-23', '15:00') })]);
  });

  it('later decisions keep the texts under the key of the plan’s first decision', () => {
    given([accepted()])
      .when(
        accept({ needKey: ACTION_NEED, basis: actionBasis, textOwnerId: 'another-owner' }),
        on('2026-03-24'),
      )
      .then([
        accepted({
          needKey: ACTION_NEED,
          basis: actionBasis,
          acceptedAt: at('2026-03-24'),
          acceptedOn: '2026-03-24',
          textOwnerId: 'plan-owner',
        }),
      ]);
  });

  it('accepting it again changes nothing', () => {
    given([accepted()]).when(accept(), on('2026-03-25')).thenNothingHappens();
  });

  it('an agent may not accept needs', () => {
    given([]).when(accept(), on('2026-03-23', agent)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an auditor may not accept needs', () => {
    const refusal = given([]).when(accept(), on('2026-03-23', auditor)).thenRefuses('ROLE_NOT_ALLOWED');
    expect(refusal.message).toBe('Un auditor no puede aceptar necesidades de capacitación.');
  });

  it('a key the year’s proposals do not hold is refused', () => {
    given([])
      .when(accept({ basis: null }), on('2026-03-23'))
      .thenRefuses('NEED_NOT_PROPOSED', 'needKey');
  });

  it('a basis found for another key is refused', () => {
    given([])
      .when(accept({ needKey: ACTION_NEED }), on('2026-03-23'))
      .thenRefuses('NEED_NOT_PROPOSED', 'needKey');
  });

  it('a basis from another year’s data is refused', () => {
    given([])
      .when(accept({ basis: { ...subjectBasis, lastReceivedOn: '2025-12-30' } }), on('2026-03-23'))
      .thenRefuses('BASIS_OUTSIDE_YEAR', 'needKey');
  });

  it('a year outside the plans the office can keep is refused', () => {
    given([])
      .when(accept({ year: 1999 }), on('2026-03-23'))
      .thenRefuses('INVALID_YEAR', 'year');
  });

  it('a decision for another year than the plan’s is refused', () => {
    given([accepted()])
      .when(accept({ year: 2027 }), on('2026-03-23'))
      .thenRefuses('INVALID_YEAR', 'year');
  });

  it('a dismissed need cannot be accepted afterwards', () => {
    const refusal = given([dismissed({ needKey: SUBJECT_NEED, basis: subjectBasis })])
      .when(accept(), on('2026-03-24'))
      .thenRefuses('NEED_ALREADY_DECIDED', 'needKey');
    expect(refusal.message).toBe('La necesidad ya fue descartada el 23/03/2026; la decisión no se cambia.');
  });
});

describe('dismissing a proposed training need', () => {
  it('records the need, its basis and the reason, dated today', () => {
    given([]).when(dismiss(), on('2026-03-23')).then([dismissed()]);
  });

  it('trims the reason', () => {
    given([])
      .when(dismiss({ reason: '  No aplica.  ' }), on('2026-03-23'))
      .then([dismissed({ reason: 'No aplica.' })]);
  });

  it('a dismissal without a reason is refused', () => {
    given([])
      .when(dismiss({ reason: '   ' }), on('2026-03-23'))
      .thenRefuses('REASON_REQUIRED', 'reason');
  });

  it('dismissing it again changes nothing', () => {
    given([dismissed()]).when(dismiss(), on('2026-03-24')).thenNothingHappens();
  });

  it('an accepted need cannot be dismissed afterwards', () => {
    given([accepted({ needKey: ACTION_NEED, basis: actionBasis })])
      .when(dismiss(), on('2026-03-24'))
      .thenRefuses('NEED_ALREADY_DECIDED', 'needKey');
  });

  it('an agent may not dismiss needs', () => {
    given([]).when(dismiss(), on('2026-03-23', agent)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a basis from an action formulated in another year is refused', () => {
    given([])
      .when(dismiss({ basis: { ...actionBasis, formulatedOn: '2025-11-03' } }), on('2026-03-23'))
      .thenRefuses('BASIS_OUTSIDE_YEAR', 'needKey');
  });

  it('a key without a proposal is refused', () => {
    given([])
      .when(dismiss({ basis: null }), on('2026-03-23'))
      .thenRefuses('NEED_NOT_PROPOSED', 'needKey');
  });
});

describe('when the need was decided and the data no longer propose it', () => {
  it('accepting it again still changes nothing', () => {
    given([accepted()])
      .when(accept({ basis: null }), on('2026-06-01'))
      .thenNothingHappens();
  });

  it('dismissing it is refused as already decided, not as unknown', () => {
    given([accepted()])
      .when(dismiss({ needKey: SUBJECT_NEED, basis: null }), on('2026-06-01'))
      .thenRefuses('NEED_ALREADY_DECIDED', 'needKey');
  });
});
