import {
  agent,
  at,
  auditor,
  freshCampaignId,
  given,
  mapName,
  nameMapped,
  on,
  planned,
  recordResult,
  resultRecorded,
} from './campaign-spec-fixtures.js';

describe('recording the result of a campaign', () => {
  describe('when the campaign is planned', () => {
    it('records attendance, actual cost and results, dated today', () => {
      const campaignId = freshCampaignId();
      const state = given([planned(campaignId)])
        .when(recordResult(), on('2026-04-13'))
        .then([resultRecorded()]);
      expect(state).toMatchObject({ status: 'RESULT_RECORDED', result: { actualCost: 4_120_000 } });
    });

    it('an agent who went to the fair records it, from its first day', () => {
      const campaignId = freshCampaignId();
      given([planned(campaignId)])
        .when(recordResult({ results: '  Stand con buena afluencia.  ' }), on('2026-04-10', agent, '18:00'))
        .then([
          resultRecorded({
            results: 'Stand con buena afluencia.',
            recordedAt: at('2026-04-10', '18:00'),
            recordedOn: '2026-04-10',
          }),
        ]);
    });

    it('a result before the campaign starts is refused, naming its first day', () => {
      const refusal = given([planned(freshCampaignId())])
        .when(recordResult(), on('2026-04-09'))
        .thenRefuses('RESULT_BEFORE_CAMPAIGN_START');
      expect(refusal.message).toContain('10/04/2026');
    });

    it('an auditor may not record results', () => {
      given([planned(freshCampaignId())])
        .when(recordResult(), on('2026-04-13', auditor))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });

    it.each([[-3], [2.5], [20_000_000]])('an attendance of %p is refused', (attendance) => {
      given([planned(freshCampaignId())])
        .when(recordResult({ attendance }), on('2026-04-13'))
        .thenRefuses('INVALID_ATTENDANCE', 'attendance');
    });

    it.each([[-1], [99.9]])('an actual cost of %p pesos is refused', (actualCost) => {
      given([planned(freshCampaignId())])
        .when(recordResult({ actualCost }), on('2026-04-13'))
        .thenRefuses('INVALID_COST', 'actualCost');
    });

    it('a result without a description is refused', () => {
      given([planned(freshCampaignId())])
        .when(recordResult({ results: ' ' }), on('2026-04-13'))
        .thenRefuses('RESULTS_REQUIRED', 'results');
    });
  });

  describe('when a result is recorded already', () => {
    it('a different result is a correction that replaces it', () => {
      const campaignId = freshCampaignId();
      const state = given([planned(campaignId), resultRecorded()])
        .when(recordResult({ actualCost: 4_300_000 }), on('2026-04-20'))
        .then([
          resultRecorded({
            actualCost: 4_300_000,
            recordedAt: at('2026-04-20'),
            recordedOn: '2026-04-20',
            correction: true,
          }),
        ]);
      expect(state).toMatchObject({ result: { actualCost: 4_300_000 } });
    });

    it('the same result again changes nothing', () => {
      given([planned(freshCampaignId()), resultRecorded()])
        .when(recordResult(), on('2026-04-14'))
        .thenNothingHappens();
    });
  });

  describe('when the campaign was never planned', () => {
    it('a result is refused as not found', () => {
      given([]).when(recordResult(), on('2026-04-13')).thenRefuses('CASE_NOT_FOUND');
    });
  });
});

describe('mapping an old free-text campaign name to a campaign', () => {
  it('records the name (the old affiliation events stay as they are)', () => {
    const campaignId = freshCampaignId();
    const state = given([planned(campaignId)])
      .when(mapName(' Feria Zipaquirá 2026 '), on('2026-04-20'))
      .then([nameMapped('Feria Zipaquirá 2026')]);
    expect(state).toMatchObject({ mappedNames: 1 });
  });

  it('a name mapped to this campaign already changes nothing', () => {
    const campaignId = freshCampaignId();
    given([planned(campaignId), nameMapped()])
      .when(mapName('Feria Zipaquirá 2026', campaignId), on('2026-04-21'))
      .thenNothingHappens();
  });

  it('a name mapped to another campaign is refused: a name counts for one campaign', () => {
    given([planned(freshCampaignId())])
      .when(mapName('Feria Zipaquirá 2026', freshCampaignId()), on('2026-04-20'))
      .thenRefuses('CAMPAIGN_NAME_ALREADY_MAPPED', 'legacyName');
  });

  it('a blank name is refused', () => {
    given([planned(freshCampaignId())])
      .when(mapName('   '), on('2026-04-20'))
      .thenRefuses('LEGACY_NAME_REQUIRED', 'legacyName');
  });

  it('an agent may not map names', () => {
    given([planned(freshCampaignId())])
      .when(mapName(), on('2026-04-20', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a name is not mapped to a campaign never planned', () => {
    given([]).when(mapName(), on('2026-04-20')).thenRefuses('CASE_NOT_FOUND');
  });
});
