import type { ReportNovelty } from './commands.js';
import {
  agent,
  approvedHistory,
  at,
  auditor,
  coordinator,
  freshAffiliationId,
  given,
  noveltyReported,
  on,
  otherAgent,
  received,
  rejected,
  verifiedHistory,
} from './affiliation-spec-fixtures.js';

const report = (
  kind: ReportNovelty['data']['kind'],
  effectiveDate: string,
  description = 'Novedad reportada por el afiliado.',
): ReportNovelty => ({ type: 'ReportNovelty', data: { kind, description, effectiveDate } });

describe('when the affiliate is active', () => {
  it('a data update is reported with its effective date and who reported it', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(
        report('DATA_UPDATE', '2026-04-01', ' Cambio de dirección. '),
        on('2026-03-20', coordinator, '09:00'),
      )
      .then([
        {
          type: 'NoveltyReported',
          data: {
            kind: 'DATA_UPDATE',
            description: 'Cambio de dirección.',
            effectiveDate: '2026-04-01',
            reportedBy: coordinator.id,
            reportedAt: at('2026-03-20', '09:00'),
          },
        },
      ]);
  });

  it('a retirement retires the affiliate', () => {
    const state = given(approvedHistory(freshAffiliationId()))
      .when(report('RETIREMENT', '2026-04-01'), on('2026-04-01', coordinator, '09:00'))
      .then([noveltyReported('RETIREMENT', '2026-04-01')]);
    expect(state).toMatchObject({ status: 'RETIRED', retiredOn: '2026-04-01', memberNumber: 'AF-000123' });
  });

  it('any agent may report a novelty, assigned or not', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(report('DATA_UPDATE', '2026-04-01'), on('2026-04-01', otherAgent, '09:00'))
      .then([
        {
          ...noveltyReported('DATA_UPDATE', '2026-04-01'),
          data: { ...noveltyReported('DATA_UPDATE', '2026-04-01').data, reportedBy: otherAgent.id },
        },
      ]);
  });

  it('a reactivation of an active affiliate is refused', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(report('REACTIVATION', '2026-04-01'), on('2026-04-01'))
      .thenRefuses('AFFILIATE_NOT_RETIRED');
  });

  it('a novelty without description is refused', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(report('DATA_UPDATE', '2026-04-01', ' '), on('2026-04-01'))
      .thenRefuses('DESCRIPTION_REQUIRED', 'description');
  });

  it('a novelty with an impossible date is refused', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(report('DATA_UPDATE', '2026-02-30'), on('2026-04-01'))
      .thenRefuses('INVALID_DATE', 'effectiveDate');
  });

  it('a novelty of an unknown kind is refused', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(report('DEATH' as never, '2026-04-01'), on('2026-04-01'))
      .thenRefuses('INVALID_NOVELTY_KIND', 'kind');
  });

  it('a novelty effective before the approval is refused', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(report('RETIREMENT', '2026-03-05'), on('2026-04-01'))
      .thenRefuses('EFFECTIVE_BEFORE_AFFILIATION', 'effectiveDate');
  });

  it('an auditor reports nothing', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(report('DATA_UPDATE', '2026-04-01'), on('2026-04-01', auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when the affiliate is retired', () => {
  const retiredHistory = (id: string) => [
    ...approvedHistory(id),
    noveltyReported('RETIREMENT', '2026-04-01'),
  ];

  it('a reactivation makes the affiliate active again, with the same member number', () => {
    const state = given(retiredHistory(freshAffiliationId()))
      .when(report('REACTIVATION', '2026-06-01'), on('2026-06-01', coordinator, '09:00'))
      .then([noveltyReported('REACTIVATION', '2026-06-01')]);
    expect(state).toMatchObject({
      status: 'APPROVED',
      memberNumber: 'AF-000123',
      reactivatedOn: '2026-06-01',
    });
  });

  it('a second retirement is refused', () => {
    given(retiredHistory(freshAffiliationId()))
      .when(report('RETIREMENT', '2026-05-01'), on('2026-05-01'))
      .thenRefuses('AFFILIATE_NOT_ACTIVE');
  });

  it('the same retirement reported again changes nothing', () => {
    given(retiredHistory(freshAffiliationId()))
      .when(report('RETIREMENT', '2026-04-01'), on('2026-04-02'))
      .thenNothingHappens();
  });

  it('a reactivation effective before the retirement is refused', () => {
    given(retiredHistory(freshAffiliationId()))
      .when(report('REACTIVATION', '2026-03-20'), on('2026-06-01'))
      .thenRefuses('REACTIVATION_BEFORE_RETIREMENT', 'effectiveDate');
  });

  it('a data update is still reported', () => {
    given(retiredHistory(freshAffiliationId()))
      .when(report('DATA_UPDATE', '2026-05-01'), on('2026-05-01', coordinator, '09:00'))
      .then([noveltyReported('DATA_UPDATE', '2026-05-01')]);
  });
});

describe('when the affiliate was reactivated', () => {
  it('the same reactivation reported again changes nothing', () => {
    given([
      ...approvedHistory(freshAffiliationId()),
      noveltyReported('RETIREMENT', '2026-04-01'),
      noveltyReported('REACTIVATION', '2026-06-01'),
    ])
      .when(report('REACTIVATION', '2026-06-01'), on('2026-06-02'))
      .thenNothingHappens();
  });

  it('may retire again', () => {
    given([
      ...approvedHistory(freshAffiliationId()),
      noveltyReported('RETIREMENT', '2026-04-01'),
      noveltyReported('REACTIVATION', '2026-06-01'),
    ])
      .when(report('RETIREMENT', '2026-08-01'), on('2026-08-01', coordinator, '09:00'))
      .then([noveltyReported('RETIREMENT', '2026-08-01')]);
  });
});

describe('when the application is not an approved affiliation', () => {
  it('a novelty on an application under review is refused', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(report('DATA_UPDATE', '2026-04-01'), on('2026-04-01', agent))
      .thenRefuses('NOT_AN_AFFILIATE');
  });

  it('a novelty on a rejected application is refused', () => {
    given([received(freshAffiliationId()), rejected()])
      .when(report('RETIREMENT', '2026-04-01'), on('2026-04-01'))
      .thenRefuses('NOT_AN_AFFILIATE');
  });
});
