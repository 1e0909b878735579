import {
  agent,
  auditor,
  freshId,
  given,
  materialize,
  materialized,
  on,
  registered,
} from './risk-spec-fixtures.js';

describe('recording that a risk materialised', () => {
  it('records the day, its quarter, the description and what shows it', () => {
    const riskId = freshId();
    given([registered(riskId)])
      .when(materialize('m-1'), on('2026-03-12'))
      .then([materialized('m-1')]);
  });

  it('an agent who met it in their cases may record it; links are trimmed', () => {
    const riskId = freshId();
    given([registered(riskId)])
      .when(
        materialize('m-1', {
          occurredOn: '2026-04-01',
          links: [{ kind: 'IMPROVEMENT_ACTION', reference: '  7d1c6a50-0000-4000-8000-000000000001 ' }],
        }),
        on('2026-04-02', agent),
      )
      .then([
        materialized('m-1', {
          occurredOn: '2026-04-01',
          quarter: '2026-T2',
          links: [{ kind: 'IMPROVEMENT_ACTION', reference: '7d1c6a50-0000-4000-8000-000000000001' }],
          recordedOn: '2026-04-02',
        }),
      ]);
  });

  it('an auditor may not record it', () => {
    given([registered(freshId())])
      .when(materialize('m-1'), on('2026-03-12', auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('the same materialisation twice is refused', () => {
    const riskId = freshId();
    given([registered(riskId), materialized('m-1')])
      .when(materialize('m-1'), on('2026-03-12'))
      .thenRefuses('MATERIALIZATION_ALREADY_RECORDED');
  });

  it('a malformed day is refused', () => {
    given([registered(freshId())])
      .when(materialize('m-1', { occurredOn: '2026-02-30' }), on('2026-03-12'))
      .thenRefuses('INVALID_DATE', 'occurredOn');
  });

  it('a day after today (in Bogotá) is refused', () => {
    const refusal = given([registered(freshId())])
      .when(materialize('m-1', { occurredOn: '2026-03-13' }), on('2026-03-12', undefined, '23:30'))
      .thenRefuses('OCCURRED_IN_FUTURE', 'occurredOn');
    expect(refusal.message).toBe('La materialización no puede ser posterior a hoy (12/03/2026).');
  });

  it('a blank description is refused', () => {
    given([registered(freshId())])
      .when(materialize('m-1', { description: ' ' }), on('2026-03-12'))
      .thenRefuses('DESCRIPTION_REQUIRED', 'description');
  });

  it('a materialisation shown by nothing is refused', () => {
    given([registered(freshId())])
      .when(materialize('m-1', { links: [] }), on('2026-03-12'))
      .thenRefuses('LINK_REQUIRED', 'links');
  });

  it.each([
    [{ kind: 'RUMOR', reference: 'x' }, 'INVALID_LINK_KIND', 'links.0.kind'],
    [{ kind: 'PQRS', reference: '  ' }, 'LINK_REFERENCE_REQUIRED', 'links.0.reference'],
    [{ kind: 'PQRS', reference: 'queja de ayer' }, 'INVALID_RADICADO', 'links.0.reference'],
    [{ kind: 'INDICATOR', reference: 'HAPPINESS' }, 'INVALID_INDICATOR', 'links.0.reference'],
  ])('a link %j is refused with %s', (link, code, field) => {
    given([registered(freshId())])
      .when(materialize('m-1', { links: [link] }), on('2026-03-12'))
      .thenRefuses(code, field);
  });

  it('the same link twice is refused', () => {
    given([registered(freshId())])
      .when(
        materialize('m-1', {
          links: [
            { kind: 'PQRS', reference: 'PQRS-2026-000042' },
            { kind: 'PQRS', reference: ' PQRS-2026-000042' },
          ],
        }),
        on('2026-03-12'),
      )
      .thenRefuses('DUPLICATE_LINK', 'links.1.reference');
  });
});
