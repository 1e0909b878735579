import {
  addControl,
  agent,
  at,
  auditor,
  controlAdded,
  freshId,
  given,
  on,
  registered,
} from './risk-spec-fixtures.js';

describe('adding a control to a registered risk', () => {
  it('records its attributes, owner, periodicity and evidence, the weight it carries and the residual it leaves', () => {
    const riskId = freshId();
    given([registered(riskId)])
      .when(addControl('control-1'), on('2026-02-03'))
      .then([controlAdded('control-1')]);
  });

  it('applies each control to what the earlier ones left (the guide: 60 % → 36 % → 25,2 %)', () => {
    const riskId = freshId();
    const manualPreventive = {
      type: 'PREVENTIVE',
      implementation: 'MANUAL',
      documentation: 'DOCUMENTED',
      frequency: 'CONTINUOUS',
      evidence: 'RECORDED',
    } as const;
    const manualDetective = { ...manualPreventive, type: 'DETECTIVE' } as const;
    const first = controlAdded('control-a', {
      ...manualPreventive,
      axis: 'PROBABILITY',
      weight: 40,
      residual: {
        probability: 'LOW',
        probabilityPercent: 36,
        impact: 'MAJOR',
        impactPercent: 80,
        zone: 'HIGH',
      },
    });
    given([registered(riskId), first])
      .when(addControl('control-b', { attributes: manualDetective }), on('2026-02-03'))
      .then([
        controlAdded('control-b', {
          ...manualDetective,
          axis: 'PROBABILITY',
          weight: 30,
          residual: {
            probability: 'LOW',
            probabilityPercent: 25.2,
            impact: 'MAJOR',
            impactPercent: 80,
            zone: 'HIGH',
          },
        }),
      ]);
  });

  it('a corrective control lowers the impact, and the zone follows the new cell', () => {
    const riskId = freshId();
    const corrective = {
      type: 'CORRECTIVE',
      implementation: 'AUTOMATIC',
      documentation: 'DOCUMENTED',
      frequency: 'RANDOM',
      evidence: 'UNRECORDED',
    } as const;
    given([registered(riskId), controlAdded('control-1')])
      .when(addControl('control-2', { attributes: corrective, periodicity: 'EACH_TIME' }), on('2026-02-03'))
      .then([
        controlAdded('control-2', {
          ...corrective,
          periodicity: 'EACH_TIME',
          axis: 'IMPACT',
          weight: 35,
          // 80 % − 80 % × 35 % = 52 %: Moderado; Baja × Moderado is a Moderado zone.
          residual: {
            probability: 'LOW',
            probabilityPercent: 30,
            impact: 'MODERATE',
            impactPercent: 52,
            zone: 'MODERATE',
          },
          addedAt: at('2026-02-03'),
        }),
      ]);
  });

  it('a control already on the risk is refused', () => {
    const riskId = freshId();
    given([registered(riskId), controlAdded('control-1')])
      .when(addControl('control-1'), on('2026-02-04'))
      .thenRefuses('CONTROL_ALREADY_ADDED');
  });

  it.each([
    ['description', 'DESCRIPTION_REQUIRED'],
    ['responsibleId', 'RESPONSIBLE_REQUIRED'],
    ['evidenceDescription', 'EVIDENCE_DESCRIPTION_REQUIRED'],
  ])('a blank %s is refused', (field, code) => {
    given([registered(freshId())])
      .when(addControl('control-1', { [field]: ' ' }), on('2026-02-03'))
      .thenRefuses(code, field);
  });

  it.each([
    ['type', 'INVALID_CONTROL_TYPE'],
    ['implementation', 'INVALID_CONTROL_IMPLEMENTATION'],
    ['documentation', 'INVALID_CONTROL_DOCUMENTATION'],
    ['frequency', 'INVALID_CONTROL_FREQUENCY'],
    ['evidence', 'INVALID_CONTROL_EVIDENCE'],
  ])('an attribute %s outside the guide is refused', (attribute, code) => {
    const base = addControl('control-1');
    given([registered(freshId())])
      .when(
        addControl('control-1', { attributes: { ...base.data.attributes, [attribute]: 'OTHER' } }),
        on('2026-02-03'),
      )
      .thenRefuses(code, `attributes.${attribute}`);
  });

  it('an unknown periodicity is refused', () => {
    given([registered(freshId())])
      .when(addControl('control-1', { periodicity: 'NOW_AND_THEN' }), on('2026-02-03'))
      .thenRefuses('INVALID_PERIODICITY', 'periodicity');
  });

  it.each([
    ['an agent', agent],
    ['an auditor', auditor],
  ])('%s may not add controls', (_name, actor) => {
    given([registered(freshId())])
      .when(addControl('control-1'), on('2026-02-03', actor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});
