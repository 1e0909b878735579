// The campaigns-and-media screen's logic: pesos and dates as staff read them, the campaigns an
// application may name, the plan and result forms' checks and inputs, and the statistics by campaign.
import { receivedByCampaign } from '../../web/src/logic/affiliation-statistics.js';
import {
  campaignChoiceLabel,
  campaignChoices,
  campaignDays,
  campaignDraftProblems,
  EMPTY_CAMPAIGN_DRAFT,
  pesosOf,
  pesosOrDash,
  planCampaignInputOf,
  resultDraftProblems,
  resultInputOf,
  type CampaignDraft,
} from '../../web/src/logic/campaign-plan.js';

const FAIR: CampaignDraft = {
  kind: 'FAIR',
  name: '  Feria de servicios Zipaquirá ',
  municipalityCode: '25899',
  startDate: '2026-04-10',
  endDate: '2026-04-12',
  channels: ['RADIO', 'IN_PERSON'],
  media: '  ',
  budget: '4.500.000',
};

const campaign = (id: string, name: string, startDate: string) => ({
  id,
  name,
  startDate,
  endDate: startDate,
  municipality: { name: 'Zipaquirá' },
});

describe('pesos and days', () => {
  it('writes pesos with dots between thousands, a dash for none', () => {
    expect(pesosOrDash(4_500_000)).toBe('$ 4.500.000');
    expect(pesosOrDash(null)).toBe('—');
  });

  it('reads pesos typed with or without dots, never with decimals', () => {
    expect(pesosOf('4.500.000')).toBe(4_500_000);
    expect(pesosOf(' 900000 ')).toBe(900_000);
    expect(pesosOf('4500,5')).toBeNull();
    expect(pesosOf('-3')).toBeNull();
    expect(pesosOf('')).toBeNull();
  });

  it('names one day or a span, dd/mm/aaaa', () => {
    expect(campaignDays('2026-05-20', '2026-05-20')).toBe('20/05/2026');
    expect(campaignDays('2026-04-10', '2026-04-12')).toBe('10/04/2026 a 12/04/2026');
  });
});

describe('the campaigns an application may come from', () => {
  const plan = [
    campaign('a', 'Feria de abril', '2026-04-10'),
    campaign('b', 'Visita de mayo', '2026-05-20'),
    campaign('c', 'Campaña de junio', '2026-06-01'),
  ];

  it('are those begun by the day of receipt, the latest first', () => {
    expect(campaignChoices(plan, '2026-05-20').map((choice) => choice.id)).toEqual(['b', 'a']);
    expect(campaignChoices(plan, '2026-04-09')).toEqual([]);
  });

  it('read with their municipality and first day', () => {
    expect(campaignChoiceLabel(plan[0]!)).toBe('Feria de abril — Zipaquirá, desde 10/04/2026');
  });
});

describe('the plan form', () => {
  it('finds nothing wrong with a complete draft, and sends it trimmed, the budget as a number', () => {
    expect(campaignDraftProblems(FAIR)).toEqual({});
    expect(planCampaignInputOf(FAIR)).toEqual({
      kind: 'FAIR',
      name: 'Feria de servicios Zipaquirá',
      municipalityCode: '25899',
      startDate: '2026-04-10',
      endDate: '2026-04-12',
      channels: ['RADIO', 'IN_PERSON'],
      media: null,
      budget: 4_500_000,
    });
  });

  it('asks for every required field of an empty form, in Spanish', () => {
    expect(Object.keys(campaignDraftProblems(EMPTY_CAMPAIGN_DRAFT)).sort()).toEqual(
      ['budget', 'channels', 'endDate', 'kind', 'municipalityCode', 'name', 'startDate'].sort(),
    );
  });

  it('asks for a whole date, not one half typed', () => {
    expect(campaignDraftProblems({ ...FAIR, startDate: '2026-04', endDate: '2026-02-30' })).toEqual({
      startDate: 'Indique la fecha de inicio (dd/mm/aaaa).',
      endDate: 'Indique la fecha de cierre (dd/mm/aaaa).',
    });
  });

  it('refuses a municipality outside Cundinamarca and an end before the start', () => {
    expect(campaignDraftProblems({ ...FAIR, municipalityCode: '05001', endDate: '2026-04-09' })).toEqual({
      municipalityCode: 'Seleccione el municipio de Cundinamarca.',
      endDate: 'La fecha de cierre no puede ser anterior a la de inicio.',
    });
  });
});

describe('the result form', () => {
  it('checks attendance, actual cost and results, and sends them as numbers', () => {
    expect(resultDraftProblems({ attendance: 'muchos', actualCost: '1,5', results: ' ' })).toEqual({
      attendance: 'Escriba la asistencia como un número entero de personas.',
      actualCost: 'Escriba el costo ejecutado en pesos, sin decimales.',
      results: 'Describa los resultados.',
    });
    expect(resultInputOf({ attendance: '1.200', actualCost: '4.000.000', results: ' Bien ' })).toEqual({
      attendance: 1200,
      actualCost: 4_000_000,
      results: 'Bien',
    });
  });
});

describe('the requests received by campaign', () => {
  it('joins an old name mapped to a campaign with it, and leaves «Sin campaña» last', () => {
    const figures = {
      received: 6,
      approved: 0,
      rejected: 0,
      averageDaysToDecision: null,
      byStatus: [],
      byType: [],
      byCampaign: [
        { campaignId: null, campaign: null, plannedCampaignName: null, count: 3 },
        { campaignId: 'z', campaign: null, plannedCampaignName: 'Feria Zipaquirá', count: 1 },
        { campaignId: null, campaign: 'Feria Zipaquira', plannedCampaignName: 'Feria Zipaquirá', count: 1 },
        { campaignId: null, campaign: 'Jornada Chía', plannedCampaignName: null, count: 1 },
      ],
    };
    expect(receivedByCampaign(figures).map(({ label, value }) => [label, value])).toEqual([
      ['Feria Zipaquirá', 2],
      ['Jornada Chía (sin asociar al plan)', 1],
      ['Sin campaña', 3],
    ]);
  });
});
