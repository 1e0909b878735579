import type { ReceiveAffiliation } from './commands.js';
import {
  agent,
  at,
  auditor,
  coordinator,
  freshAffiliationId,
  given,
  INDIVIDUAL_CHECKLIST,
  on,
  received,
  ZIPAQUIRA_FAIR,
  ZIPAQUIRA_FAIR_ID,
} from './affiliation-spec-fixtures.js';

function receive(
  affiliationId: string,
  overrides: Partial<ReceiveAffiliation['data']> = {},
): ReceiveAffiliation {
  return {
    type: 'ReceiveAffiliation',
    data: {
      affiliationId,
      affiliationType: 'INDIVIDUAL',
      channel: 'IN_PERSON',
      applicantId: 'person-1',
      campaign: ZIPAQUIRA_FAIR,
      receivedAt: '2026-03-02T10:00:00-05:00',
      requiredDocuments: [...INDIVIDUAL_CHECKLIST],
      ...overrides,
    },
  };
}

describe('receiving an application', () => {
  it('records the applicant by reference, the campaign and the checklist in force', () => {
    const id = freshAffiliationId();
    given([])
      .when(receive(id), on('2026-03-02', agent))
      .then([
        {
          type: 'Received',
          data: {
            affiliationId: id,
            affiliationType: 'INDIVIDUAL',
            channel: 'IN_PERSON',
            applicantId: 'person-1',
            applicantVersion: 1,
            campaign: null,
            campaignId: ZIPAQUIRA_FAIR_ID,
            receivedAt: at('2026-03-02'),
            receivedOn: '2026-03-02',
            requiredDocuments: [...INDIVIDUAL_CHECKLIST],
            lateEntry: null,
            requestNumber: null,
          },
        },
      ]);
  });

  it('an application outside any campaign records none', () => {
    const id = freshAffiliationId();
    given([])
      .when(receive(id, { campaign: null }), on('2026-03-02'))
      .then([received(id, { campaignId: null })]);
  });

  it('an application received on the first day of its campaign is accepted', () => {
    const id = freshAffiliationId();
    given([])
      .when(receive(id, { campaign: { ...ZIPAQUIRA_FAIR, startDate: '2026-03-02' } }), on('2026-03-02'))
      .then([received(id)]);
  });

  it('an application received before its campaign starts is refused, naming the start', () => {
    const refusal = given([])
      .when(
        receive(freshAffiliationId(), { campaign: { ...ZIPAQUIRA_FAIR, startDate: '2026-03-03' } }),
        on('2026-03-02'),
      )
      .thenRefuses('CAMPAIGN_NOT_STARTED', 'campaignId');
    expect(refusal.message).toContain('03/03/2026');
  });

  it('a campaign named without its id is refused', () => {
    given([])
      .when(
        receive(freshAffiliationId(), { campaign: { campaignId: ' ', startDate: null } }),
        on('2026-03-02'),
      )
      .thenRefuses('CAMPAIGN_REQUIRED', 'campaignId');
  });

  it('the day of receipt is the Bogotá day, even late in the evening', () => {
    const id = freshAffiliationId();
    given([])
      .when(receive(id, { receivedAt: '2026-03-02T23:30:00-05:00' }), on('2026-03-03'))
      .then([received(id, { receivedAt: '2026-03-03T04:30:00.000Z', receivedOn: '2026-03-02' })]);
  });

  it('an affiliation received twice is refused', () => {
    const id = freshAffiliationId();
    given([received(id)])
      .when(receive(id), on('2026-03-02'))
      .thenRefuses('AFFILIATION_ALREADY_RECEIVED');
  });

  it('an auditor may not receive applications', () => {
    given([]).when(receive(freshAffiliationId()), on('2026-03-02', auditor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an application without id is refused', () => {
    given([]).when(receive(' '), on('2026-03-02')).thenRefuses('AFFILIATION_ID_REQUIRED', 'affiliationId');
  });

  it('an unknown affiliation type is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), { affiliationType: 'FAMILY' as never }), on('2026-03-02'))
      .thenRefuses('INVALID_AFFILIATION_TYPE', 'affiliationType');
  });

  it('an unknown channel is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), { channel: 'FAX' as never }), on('2026-03-02'))
      .thenRefuses('INVALID_CHANNEL', 'channel');
  });

  it('an application without applicant is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), { applicantId: '' }), on('2026-03-02'))
      .thenRefuses('APPLICANT_REQUIRED', 'applicantId');
  });

  it('a receipt time without zone is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), { receivedAt: '2026-03-02T10:00:00' }), on('2026-03-02'))
      .thenRefuses('INVALID_INSTANT', 'receivedAt');
  });

  it('a receipt in the future is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), { receivedAt: '2026-03-03T10:00:00-05:00' }), on('2026-03-02'))
      .thenRefuses('RECEIVED_IN_FUTURE', 'receivedAt');
  });

  it('an empty checklist is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), { requiredDocuments: [] }), on('2026-03-02', coordinator))
      .thenRefuses('INVALID_CHECKLIST', 'requiredDocuments');
  });

  it('a checklist naming a document twice is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), { requiredDocuments: ['RUT', 'RUT'] }), on('2026-03-02'))
      .thenRefuses('INVALID_CHECKLIST', 'requiredDocuments');
  });
});

describe('any command on an affiliation never received', () => {
  it('is refused as not found', () => {
    given([]).when({ type: 'VerifyRequirements', data: {} }, on('2026-03-02')).thenRefuses('CASE_NOT_FOUND');
  });
});

describe('an application dated before it is recorded', () => {
  it("beyond the window (three business days), an agent's is refused with the rule", () => {
    given([])
      .when(receive(freshAffiliationId()), on('2026-03-06', agent))
      .thenRefuses('LATE_ENTRY_NOT_ALLOWED', 'receivedAt');
  });

  it("beyond the window, a coordinator's is recorded with the reason and the gap", () => {
    const id = freshAffiliationId();
    given([])
      .when(
        receive(id, { lateEntryReason: 'Formulario recibido en la feria y digitado después.' }),
        on('2026-03-06'),
      )
      .then([
        received(id, {
          lateEntry: {
            recordedOn: '2026-03-06',
            businessDaysLate: 4,
            reason: 'Formulario recibido en la feria y digitado después.',
          },
        }),
      ]);
  });
});
