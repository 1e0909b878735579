import { admin, agent, at, auditor, freshId, given, on, register, registered } from './risk-spec-fixtures.js';

describe('registering a risk of the process', () => {
  it('records its texts, the method and the inherent rating where probability and impact cross', () => {
    const riskId = freshId();
    given([])
      .when(register(riskId), on('2026-02-02'))
      .then([registered(riskId)]);
  });

  it('a catastrophic impact is always extreme, whatever the probability', () => {
    const riskId = freshId();
    given([])
      .when(register(riskId, { probability: 'VERY_LOW', impact: 'CATASTROPHIC' }), on('2026-02-02', admin))
      .then([
        registered(riskId, {
          inherent: {
            probability: 'VERY_LOW',
            probabilityPercent: 20,
            impact: 'CATASTROPHIC',
            impactPercent: 100,
            zone: 'EXTREME',
          },
        }),
      ]);
  });

  it('trims the texts and keeps the owner of its sealed texts (none when the path gave none)', () => {
    const riskId = freshId();
    given([])
      .when(
        register(riskId, {
          name: '  Riesgo  ',
          cause: ' Causa ',
          consequence: ' Consecuencia ',
          textOwnerId: undefined,
        }),
        on('2026-02-02', undefined, '21:00'),
      )
      .then([
        registered(riskId, {
          name: 'Riesgo',
          cause: 'Causa',
          consequence: 'Consecuencia',
          textOwnerId: null,
          registeredAt: at('2026-02-02', '21:00'),
        }),
      ]);
  });

  it.each([
    ['name', 'NAME_REQUIRED'],
    ['cause', 'CAUSE_REQUIRED'],
    ['consequence', 'CONSEQUENCE_REQUIRED'],
  ])('a blank %s is refused', (field, code) => {
    given([])
      .when(register(freshId(), { [field]: '  ' }), on('2026-02-02'))
      .thenRefuses(code, field);
  });

  it('a probability outside the guide is refused', () => {
    given([])
      .when(register(freshId(), { probability: 'SOMETIMES' }), on('2026-02-02'))
      .thenRefuses('INVALID_PROBABILITY', 'probability');
  });

  it('an impact outside the guide is refused', () => {
    given([])
      .when(register(freshId(), { impact: 'HUGE' }), on('2026-02-02'))
      .thenRefuses('INVALID_IMPACT', 'impact');
  });

  it.each([
    ['an agent', agent],
    ['an auditor', auditor],
  ])('%s may not register risks', (_name, actor) => {
    given([]).when(register(freshId()), on('2026-02-02', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('registering a risk that exists is refused', () => {
    const riskId = freshId();
    given([registered(riskId)])
      .when(register(riskId), on('2026-02-03'))
      .thenRefuses('RISK_ALREADY_REGISTERED');
  });

  it('any other command on a risk never registered is refused as not found', () => {
    given([])
      .when(
        {
          type: 'RecordRiskMonitoring',
          data: { quarter: '2026-T1', controlsEffective: true, observations: 'x', evidence: 'y' },
        },
        on('2026-02-02'),
      )
      .thenRefuses('CASE_NOT_FOUND');
  });
});
