import {
  admin,
  agent,
  at,
  auditor,
  freshCampaignId,
  given,
  on,
  plan,
  planned,
} from './campaign-spec-fixtures.js';
import { formatPesos } from './labels.js';

describe('planning a campaign', () => {
  it('records its kind, municipality, dates, channels, media and budget, in the year of its start', () => {
    const campaignId = freshCampaignId();
    given([])
      .when(plan(campaignId), on('2026-02-02'))
      .then([planned(campaignId)]);
  });

  it('an administrator plans too; the name and media are trimmed and a blank media is none', () => {
    const campaignId = freshCampaignId();
    given([])
      .when(plan(campaignId, { name: '  Visita Girardot ', media: '   ' }), on('2026-02-02', admin, '15:30'))
      .then([
        planned(campaignId, { name: 'Visita Girardot', media: null, plannedAt: at('2026-02-02', '15:30') }),
      ]);
  });

  it('keeps the channels once each, in the order of the list', () => {
    const campaignId = freshCampaignId();
    given([])
      .when(plan(campaignId, { channels: ['RADIO', 'IN_PERSON', 'RADIO'] }), on('2026-02-02'))
      .then([planned(campaignId, { channels: ['IN_PERSON', 'RADIO'] })]);
  });

  it('a one-day campaign (end on its start) and a campaign of a later year are planned for that year', () => {
    const campaignId = freshCampaignId();
    given([])
      .when(plan(campaignId, { startDate: '2027-01-20', endDate: '2027-01-20', budget: 0 }), on('2026-11-02'))
      .then([
        planned(campaignId, {
          startDate: '2027-01-20',
          endDate: '2027-01-20',
          year: 2027,
          budget: 0,
          plannedAt: at('2026-11-02'),
          plannedOn: '2026-11-02',
        }),
      ]);
  });

  it('a campaign planned already is refused', () => {
    const campaignId = freshCampaignId();
    given([planned(campaignId)])
      .when(plan(campaignId), on('2026-02-03'))
      .thenRefuses('CAMPAIGN_ALREADY_PLANNED');
  });

  it('an agent may not plan', () => {
    given([]).when(plan(freshCampaignId()), on('2026-02-02', agent)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an auditor may not plan, and the refusal says so in Spanish', () => {
    const refusal = given([])
      .when(plan(freshCampaignId()), on('2026-02-02', auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
    expect(refusal.message).toBe('Un auditor no puede planear campañas.');
  });

  it('an unknown kind is refused', () => {
    given([])
      .when(plan(freshCampaignId(), { kind: 'PARADE' }), on('2026-02-02'))
      .thenRefuses('INVALID_CAMPAIGN_KIND', 'kind');
  });

  it('a blank name is refused', () => {
    given([])
      .when(plan(freshCampaignId(), { name: '  ' }), on('2026-02-02'))
      .thenRefuses('CAMPAIGN_NAME_REQUIRED', 'name');
  });

  it('a municipality outside Cundinamarca is refused (Medellín, 05001)', () => {
    given([])
      .when(plan(freshCampaignId(), { municipalityCode: '05001' }), on('2026-02-02'))
      .thenRefuses('INVALID_MUNICIPALITY', 'municipalityCode');
  });

  it('a municipality by name instead of its code is refused', () => {
    given([])
      .when(plan(freshCampaignId(), { municipalityCode: 'Zipaquirá' }), on('2026-02-02'))
      .thenRefuses('INVALID_MUNICIPALITY', 'municipalityCode');
  });

  it('a malformed start date is refused', () => {
    given([])
      .when(plan(freshCampaignId(), { startDate: '2026-02-30' }), on('2026-02-02'))
      .thenRefuses('INVALID_DATE', 'startDate');
  });

  it('a malformed end date is refused', () => {
    given([])
      .when(plan(freshCampaignId(), { endDate: '12/04/2026' }), on('2026-02-02'))
      .thenRefuses('INVALID_DATE', 'endDate');
  });

  it('an end before the start is refused, naming the start as staff write it', () => {
    const refusal = given([])
      .when(plan(freshCampaignId(), { endDate: '2026-04-09' }), on('2026-02-02'))
      .thenRefuses('END_BEFORE_START', 'endDate');
    expect(refusal.message).toContain('10/04/2026');
  });

  it('a campaign without channels is refused', () => {
    given([])
      .when(plan(freshCampaignId(), { channels: [] }), on('2026-02-02'))
      .thenRefuses('CHANNELS_REQUIRED', 'channels');
  });

  it('an unknown channel is refused', () => {
    given([])
      .when(plan(freshCampaignId(), { channels: ['RADIO', 'PIGEON'] }), on('2026-02-02'))
      .thenRefuses('INVALID_CHANNEL', 'channels');
  });

  it.each([[-1], [1500.5], [Number.NaN], [200_000_000_000]])('a budget of %p pesos is refused', (budget) => {
    given([])
      .when(plan(freshCampaignId(), { budget }), on('2026-02-02'))
      .thenRefuses('INVALID_BUDGET', 'budget');
  });
});

describe('pesos as staff read them', () => {
  it.each([
    [0, '$ 0'],
    [950, '$ 950'],
    [1_234_567, '$ 1.234.567'],
    [100_000_000_000, '$ 100.000.000.000'],
  ])('%p reads %p', (pesos, written) => {
    expect(formatPesos(pesos)).toBe(written);
  });
});
