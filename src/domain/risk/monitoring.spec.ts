import {
  agent,
  at,
  auditor,
  controlAdded,
  freshId,
  given,
  materialized,
  monitor,
  monitored,
  on,
  registered,
} from './risk-spec-fixtures.js';

describe('monitoring a risk each quarter', () => {
  it('records the quarter, the verdict on the controls, observations, evidence and the residual in force', () => {
    const riskId = freshId();
    given([registered(riskId), controlAdded('control-1')])
      .when(monitor('2026-T1'), on('2026-04-06'))
      .then([monitored('2026-T1')]);
  });

  it('counts the materialisations recorded for the quarter', () => {
    const riskId = freshId();
    given([registered(riskId), controlAdded('control-1'), materialized('m-1')])
      .when(monitor('2026-T1', { controlsEffective: false }), on('2026-04-06'))
      .then([monitored('2026-T1', { controlsEffective: false, materializations: 1 })]);
  });

  it('a risk without controls cannot be monitored: there is nothing to check', () => {
    given([registered(freshId())])
      .when(monitor('2026-T1'), on('2026-04-06'))
      .thenRefuses('MONITORING_WITHOUT_CONTROLS');
  });

  it('the running quarter may be monitored', () => {
    const riskId = freshId();
    given([registered(riskId), controlAdded('control-1')])
      .when(monitor('2026-T2'), on('2026-04-01', undefined, '08:00'))
      .then([monitored('2026-T2', { monitoredAt: at('2026-04-01', '08:00'), monitoredOn: '2026-04-01' })]);
  });

  it('a quarter not yet begun is refused', () => {
    given([registered(freshId()), controlAdded('control-1')])
      .when(monitor('2026-T3'), on('2026-06-30'))
      .thenRefuses('QUARTER_NOT_STARTED', 'quarter');
  });

  it('a quarter that ended before the risk was registered is refused', () => {
    given([registered(freshId()), controlAdded('control-1')])
      .when(monitor('2025-T4'), on('2026-04-06'))
      .thenRefuses('QUARTER_BEFORE_REGISTRATION', 'quarter');
  });

  it('a second monitoring of the same quarter is refused (one record per quarter)', () => {
    const riskId = freshId();
    const refusal = given([registered(riskId), controlAdded('control-1'), monitored('2026-T1')])
      .when(monitor('2026-T1', { observations: 'Otra versión.' }), on('2026-04-07'))
      .thenRefuses('MONITORING_ALREADY_RECORDED', 'quarter');
    expect(refusal.message).toBe(
      'El monitoreo del trimestre T1 2026 (enero a marzo) ya está registrado para este riesgo.',
    );
  });

  it.each(['2026-1', '2026-T5', 'T1-2026', ''])('a malformed quarter %j is refused', (quarter) => {
    given([registered(freshId()), controlAdded('control-1')])
      .when(monitor(quarter), on('2026-04-06'))
      .thenRefuses('INVALID_QUARTER', 'quarter');
  });

  it('a verdict on the controls is required', () => {
    given([registered(freshId()), controlAdded('control-1')])
      .when(monitor('2026-T1', { controlsEffective: undefined as unknown as boolean }), on('2026-04-06'))
      .thenRefuses('CONTROLS_EFFECTIVE_REQUIRED', 'controlsEffective');
  });

  it.each([
    ['observations', 'OBSERVATIONS_REQUIRED'],
    ['evidence', 'EVIDENCE_REQUIRED'],
  ])('a blank %s is refused', (field, code) => {
    given([registered(freshId()), controlAdded('control-1')])
      .when(monitor('2026-T1', { [field]: '' }), on('2026-04-06'))
      .thenRefuses(code, field);
  });

  it.each([
    ['an agent', agent],
    ['an auditor', auditor],
  ])('%s may not monitor', (_name, actor) => {
    given([registered(freshId()), controlAdded('control-1')])
      .when(monitor('2026-T1'), on('2026-04-06', actor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});
