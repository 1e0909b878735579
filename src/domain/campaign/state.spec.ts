import { freshCampaignId, nameMapped, planned, resultRecorded } from './campaign-spec-fixtures.js';
import { evolve, initialCampaignState } from './state.js';

describe('folding a campaign', () => {
  it('keeps the plan, the last result and how many names were mapped', () => {
    const campaignId = freshCampaignId();
    const state = [
      planned(campaignId),
      resultRecorded(),
      resultRecorded({ actualCost: 4_300_000, correction: true }),
      nameMapped(),
    ].reduce(evolve, initialCampaignState);
    expect(state).toEqual({
      status: 'RESULT_RECORDED',
      campaignId,
      textOwnerId: 'owner-campaign',
      startDate: '2026-04-10',
      endDate: '2026-04-12',
      result: {
        attendance: 320,
        actualCost: 4_300_000,
        results: '58 solicitudes de afiliación recibidas en el stand.',
      },
      mappedNames: 1,
    });
  });

  it('leaves a campaign never planned as it was, whatever event comes (evolve never throws)', () => {
    expect(evolve(initialCampaignState, resultRecorded())).toBe(initialCampaignState);
    expect(evolve(initialCampaignState, nameMapped())).toBe(initialCampaignState);
  });
});
