// Campaigns and media (Planeación) end to end over HTTP: the year's campaigns planned, their results
// recorded, applications linked to them by id (and an old free-text name mapped to one, its old event
// left as written), and the statistics by campaign and municipality with the cost per affiliation — by
// role, through GraphQL only (the old-name application is the one fact written straight to the log,
// since no command writes free-text campaigns any more).
import { randomUUID } from 'node:crypto';
import { addCalendarDays, bogotaDateOf } from '../../src/domain/shared/time.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const CAMPAIGN = `id kind name municipality { code name } startDate endDate year channels media budget
  attendance actualCost results resultRecordedOn mappedNames revision`;
const PLAN = `mutation ($input: PlanCampaignInput!) { planCampaign(input: $input) { ${CAMPAIGN} } }`;
const RESULT = `
  mutation ($id: ID!, $attendance: Int!, $actualCost: Int!, $results: String!, $rev: Int) {
    recordCampaignResult(id: $id, attendance: $attendance, actualCost: $actualCost, results: $results,
      expectedRevision: $rev) { ${CAMPAIGN} }
  }`;
const MAP = `mutation ($id: ID!, $name: String!) { mapCampaignName(id: $id, legacyName: $name) { ${CAMPAIGN} } }`;
const CAMPAIGNS = `query ($filter: CampaignFilterInput) { campaigns(filter: $filter) { ${CAMPAIGN} } }`;
const STATISTICS = `
  query ($filter: CampaignFilterInput) {
    campaignStatistics(filter: $filter) {
      byCampaign { campaign { name } figures { applications approved costPerAffiliation } }
      byMunicipality { municipality { code name } campaigns budget actualCost attendance applications approved
        costPerAffiliation }
    }
  }`;
const RECEIVE = `
  mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id campaign campaignId } }`;
const SUBMIT = `
  mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) {
    submitAffiliationDocument(id: $id, input: $input) { pendingDocuments }
  }`;
const ASSIGN = `mutation ($id: ID!, $a: ID!) { assignAffiliation(id: $id, assigneeId: $a) { status } }`;
const VERIFY = `mutation ($id: ID!) { verifyAffiliationRequirements(id: $id) { status } }`;
const APPROVE = `mutation ($id: ID!) { approveAffiliation(id: $id) { status } }`;

const today = bogotaDateOf(new Date().toISOString());
const daysFromToday = (days: number) => addCalendarDays(today, days);

const zipaquiraFair = (overrides: Record<string, unknown> = {}) => ({
  kind: 'FAIR',
  name: 'Feria de servicios Zipaquirá',
  municipalityCode: '25899',
  startDate: daysFromToday(-40),
  endDate: daysFromToday(-38),
  channels: ['RADIO', 'IN_PERSON'],
  media: 'Emisora comunitaria; volantes',
  budget: 4_500_000,
  ...overrides,
});

type ErrorResponse = { errors?: readonly { extensions?: Record<string, unknown>; message: string }[] };
const errorOf = (response: ErrorResponse): Record<string, unknown> => ({
  ...response.errors?.[0]?.extensions,
  message: response.errors?.[0]?.message,
});

describe('campaigns and media, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let zipaquira: { id: string; revision: number };
  let girardot: string;
  let unreported: string;
  let applicantNumber = 70_000_000;

  /** An application from the campaign (null: from none), received now by the coordinator. */
  const apply = async (campaignId: string | null): Promise<string> => {
    applicantNumber += 1;
    const { receiveAffiliation } = await ventanilla.ok(
      RECEIVE,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          campaignId,
          applicant: {
            name: 'Solicitante de feria',
            documentType: 'CC',
            documentNumber: String(applicantNumber),
          },
        },
      },
      coordinator.token,
    );
    return receiveAffiliation.id;
  };

  /** Takes an application to its approval. */
  const approve = async (id: string): Promise<void> => {
    await ventanilla.ok(ASSIGN, { id, a: agent.id }, coordinator.token);
    for (const documentType of ['IDENTITY_DOCUMENT', 'APPLICATION_FORM', 'PROOF_OF_INCOME']) {
      await ventanilla.ok(
        SUBMIT,
        { id, input: { documentType, evidenceReference: `gd/${documentType}` } },
        agent.token,
      );
    }
    await ventanilla.ok(VERIFY, { id }, agent.token);
    await ventanilla.ok(APPROVE, { id }, coordinator.token);
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.mercadeo', ['COORDINATOR']);
    agent = await ventanilla.userWithRoles(admin, 'agente.ferias', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.campanas', ['AUDITOR']);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('planning', () => {
    it('a coordinator plans a fair with its municipality by DIVIPOLA code, dates, channels and budget', async () => {
      const { planCampaign } = await ventanilla.ok(PLAN, { input: zipaquiraFair() }, coordinator.token);
      zipaquira = { id: planCampaign.id, revision: planCampaign.revision };
      expect(planCampaign).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        kind: 'FAIR',
        name: 'Feria de servicios Zipaquirá',
        municipality: { code: '25899', name: 'Zipaquirá' },
        startDate: daysFromToday(-40),
        endDate: daysFromToday(-38),
        year: Number(daysFromToday(-40).slice(0, 4)),
        channels: ['IN_PERSON', 'RADIO'],
        media: 'Emisora comunitaria; volantes',
        budget: 4_500_000,
        attendance: null,
        actualCost: null,
        results: null,
        resultRecordedOn: null,
        mappedNames: [],
        revision: 0,
      });
    });

    it('an administrator plans too', async () => {
      const { planCampaign } = await ventanilla.ok(
        PLAN,
        {
          input: zipaquiraFair({
            kind: 'VISIT',
            name: 'Visita a la plaza de mercado de Girardot',
            municipalityCode: '25307',
            channels: ['IN_PERSON'],
            media: null,
            budget: 1_000_000,
          }),
        },
        admin,
      );
      girardot = planCampaign.id;
      expect(planCampaign).toMatchObject({ municipality: { code: '25307', name: 'Girardot' }, media: null });
      const unplanned = await ventanilla.ok(
        PLAN,
        { input: zipaquiraFair({ kind: 'CAMPAIGN', name: 'Campaña rural Zipaquirá', budget: 2_000_000 }) },
        coordinator.token,
      );
      unreported = unplanned.planCampaign.id;
    });

    it('keeps the name and media out of the log: the events carry vault references', async () => {
      const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`campaign-${zipaquira.id}`);
      expect(log.map((event) => event.type)).toEqual(['CampaignPlanned']);
      const stored = JSON.stringify(log[0]!.data);
      expect(stored).not.toContain('Zipaquirá');
      expect(stored).not.toContain('Emisora');
      expect(log[0]!.metadata).toMatchObject({ actorId: coordinator.id, actorRole: 'COORDINATOR' });
    });

    it('refuses a municipality outside Cundinamarca by the rule, naming the field', async () => {
      const response = await ventanilla.graphql(
        PLAN,
        { input: zipaquiraFair({ municipalityCode: '05001' }) },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'INVALID_MUNICIPALITY',
        field: 'municipalityCode',
      });
      expect(response.data).toBeNull();
    });

    it('refuses an end before the start', async () => {
      const response = await ventanilla.graphql(
        PLAN,
        { input: zipaquiraFair({ endDate: daysFromToday(-41) }) },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ rule: 'END_BEFORE_START', field: 'endDate' });
    });

    it('refuses a negative budget in Spanish, and a fractional one as bad input, naming the field', async () => {
      const negative = errorOf(
        await ventanilla.graphql(PLAN, { input: zipaquiraFair({ budget: -1 }) }, coordinator.token),
      );
      expect(negative).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(negative['message'])).toMatch(/presupuesto/i);
      const fractional = errorOf(
        await ventanilla.graphql(PLAN, { input: zipaquiraFair({ budget: 10.5 }) }, coordinator.token),
      );
      expect(fractional['code']).toBe('BAD_USER_INPUT');
      expect(String(fractional['message'])).toContain('budget');
    });

    it('refuses an agent and an auditor', async () => {
      for (const token of [agent.token, auditor.token]) {
        const response = await ventanilla.graphql(PLAN, { input: zipaquiraFair() }, token);
        expect(errorOf(response)['code']).toBe('FORBIDDEN');
      }
    });
  });

  describe('results', () => {
    it('the agent who went records attendance, actual cost and results', async () => {
      const { recordCampaignResult } = await ventanilla.ok(
        RESULT,
        { id: zipaquira.id, attendance: 300, actualCost: 4_000_000, results: '12 solicitudes en el stand.' },
        agent.token,
      );
      expect(recordCampaignResult).toMatchObject({
        attendance: 300,
        actualCost: 4_000_000,
        budget: 4_500_000,
        results: '12 solicitudes en el stand.',
        resultRecordedOn: today,
        revision: 1,
      });
      await ventanilla.ok(
        RESULT,
        { id: girardot, attendance: 85, actualCost: 900_000, results: 'Visita cumplida.' },
        coordinator.token,
      );
    });

    it('refuses a stale revision as a concurrency conflict', async () => {
      const response = await ventanilla.graphql(
        RESULT,
        { id: zipaquira.id, attendance: 310, actualCost: 4_000_000, results: 'Corrección', rev: 0 },
        coordinator.token,
      );
      expect(errorOf(response)['code']).toBe('CONCURRENCY_CONFLICT');
    });

    it('refuses a result before the campaign starts', async () => {
      const { planCampaign } = await ventanilla.ok(
        PLAN,
        {
          input: zipaquiraFair({
            name: 'Feria futura',
            startDate: daysFromToday(20),
            endDate: daysFromToday(21),
          }),
        },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        RESULT,
        { id: planCampaign.id, attendance: 1, actualCost: 1, results: 'Antes de tiempo' },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'RESULT_BEFORE_CAMPAIGN_START',
      });
    });

    it('refuses an auditor, and a campaign that does not exist', async () => {
      const forbidden = await ventanilla.graphql(
        RESULT,
        { id: zipaquira.id, attendance: 1, actualCost: 1, results: 'x' },
        auditor.token,
      );
      expect(errorOf(forbidden)['code']).toBe('FORBIDDEN');
      const missing = await ventanilla.graphql(
        RESULT,
        { id: randomUUID(), attendance: 1, actualCost: 1, results: 'x' },
        coordinator.token,
      );
      expect(errorOf(missing)['code']).toBe('NOT_FOUND');
    });
  });

  describe('applications linked to a campaign', () => {
    it('an application names the campaign by id, with no free text', async () => {
      const id = await apply(zipaquira.id);
      const { affiliation } = await ventanilla.ok(
        `query ($id: ID!) { affiliation(id: $id) { campaign campaignId } }`,
        { id },
        auditor.token,
      );
      expect(affiliation).toEqual({ campaign: null, campaignId: zipaquira.id });
      await approve(id);
    });

    it('refuses a campaign that is not in the plan, naming the field', async () => {
      const response = await ventanilla.graphql(
        RECEIVE,
        {
          input: {
            affiliationType: 'INDIVIDUAL',
            channel: 'IN_PERSON',
            campaignId: randomUUID(),
            applicant: { name: 'Otra persona', documentType: 'CC', documentNumber: '79000001' },
          },
        },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'campaignId' });
    });

    it('refuses an application received before its campaign started', async () => {
      const { planCampaign } = await ventanilla.ok(
        PLAN,
        {
          input: zipaquiraFair({
            name: 'Feria de la semana próxima',
            startDate: daysFromToday(7),
            endDate: daysFromToday(8),
          }),
        },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        RECEIVE,
        {
          input: {
            affiliationType: 'INDIVIDUAL',
            channel: 'IN_PERSON',
            campaignId: planCampaign.id,
            applicant: { name: 'Persona apurada', documentType: 'CC', documentNumber: '79000002' },
          },
        },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ rule: 'CAMPAIGN_NOT_STARTED', field: 'campaignId' });
    });
  });

  describe('an old free-text campaign name', () => {
    const legacyId = randomUUID();

    beforeAll(async () => {
      // As an application was stored before campaigns were planned (schema version 4): its campaign in
      // free text. No command writes this shape any more, so it goes to the log as it was then.
      await ventanilla.app.get<EventStore>(EVENT_STORE).append(
        `affiliation-${legacyId}`,
        [
          {
            id: randomUUID(),
            type: 'Received',
            schemaVersion: 4,
            data: {
              affiliationId: legacyId,
              affiliationType: 'INDIVIDUAL',
              channel: 'IN_PERSON',
              applicantId: randomUUID(),
              applicantVersion: 1,
              campaign: 'Feria Zipaquirá',
              receivedAt: `${daysFromToday(-39)}T15:00:00.000Z`,
              receivedOn: daysFromToday(-39),
              requiredDocuments: ['IDENTITY_DOCUMENT'],
              lateEntry: null,
              requestNumber: null,
            },
            metadata: {
              actorId: coordinator.id,
              actorRole: 'COORDINATOR',
              occurredAt: `${daysFromToday(-39)}T15:00:00.000Z`,
              correlationId: legacyId,
              causationId: legacyId,
            },
          },
        ],
        'no_stream',
      );
    });

    it('is listed with its applications, mapped to no campaign', async () => {
      const { legacyCampaignNames } = await ventanilla.ok(
        `{ legacyCampaignNames { name applications campaignId } }`,
        {},
        auditor.token,
      );
      expect(legacyCampaignNames).toEqual([{ name: 'Feria Zipaquirá', applications: 1, campaignId: null }]);
    });

    it('a coordinator maps it to a campaign; the old event stays as written', async () => {
      const { mapCampaignName } = await ventanilla.ok(
        MAP,
        { id: zipaquira.id, name: ' feria zipaquirá ' },
        coordinator.token,
      );
      expect(mapCampaignName.mappedNames).toEqual(['feria zipaquirá']);
      const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`affiliation-${legacyId}`);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ schemaVersion: 4, data: { campaign: 'Feria Zipaquirá' } });
      const campaignLog = await ventanilla.app
        .get<EventStore>(EVENT_STORE)
        .readStream(`campaign-${zipaquira.id}`);
      expect(campaignLog.map((event) => event.type)).toEqual([
        'CampaignPlanned',
        'CampaignResultRecorded',
        'CampaignNameMapped',
      ]);
      expect(JSON.stringify(campaignLog[2]!.data)).not.toMatch(/zipaquir/i);
      const { legacyCampaignNames } = await ventanilla.ok(
        `{ legacyCampaignNames { name campaignId } }`,
        {},
        auditor.token,
      );
      expect(legacyCampaignNames).toEqual([{ name: 'Feria Zipaquirá', campaignId: zipaquira.id }]);
    });

    it('mapping it again to the same campaign changes nothing; to another is refused', async () => {
      const again = await ventanilla.ok(
        MAP,
        { id: zipaquira.id, name: 'Feria Zipaquirá' },
        coordinator.token,
      );
      expect(again.mapCampaignName.revision).toBe(2);
      const response = await ventanilla.graphql(
        MAP,
        { id: girardot, name: 'FERIA ZIPAQUIRA' },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ rule: 'CAMPAIGN_NAME_ALREADY_MAPPED', field: 'legacyName' });
    });

    it('an agent may not map names', async () => {
      const response = await ventanilla.graphql(MAP, { id: zipaquira.id, name: 'Otra feria' }, agent.token);
      expect(errorOf(response)['code']).toBe('FORBIDDEN');
    });
  });

  describe('statistics', () => {
    beforeAll(async () => {
      // Zipaquirá's fair: one approved above, one more approved, one still in review (+ the old one mapped).
      await approve(await apply(zipaquira.id));
      await apply(zipaquira.id);
      await approve(await apply(girardot));
      await approve(await apply(unreported));
      await apply(null);
    });

    it('counts applications and approvals per campaign, the cost per affiliation from the actual cost', async () => {
      const { campaignStatistics } = await ventanilla.ok(
        STATISTICS,
        { filter: { municipalityCode: null } },
        auditor.token,
      );
      const byName = Object.fromEntries(
        campaignStatistics.byCampaign.map((entry: any) => [entry.campaign.name, entry.figures]),
      );
      // 4.000.000 actual ÷ 2 approved; 900.000 ÷ 1; no result recorded: none.
      expect(byName['Feria de servicios Zipaquirá']).toEqual({
        applications: 4,
        approved: 2,
        costPerAffiliation: 2_000_000,
      });
      expect(byName['Visita a la plaza de mercado de Girardot']).toEqual({
        applications: 1,
        approved: 1,
        costPerAffiliation: 900_000,
      });
      expect(byName['Campaña rural Zipaquirá']).toEqual({
        applications: 1,
        approved: 1,
        costPerAffiliation: null,
      });
    });

    it('adds them up by municipality, the cost over the campaigns with a result', async () => {
      const { campaignStatistics } = await ventanilla.ok(STATISTICS, {}, coordinator.token);
      expect(campaignStatistics.byMunicipality).toEqual([
        {
          municipality: { code: '25307', name: 'Girardot' },
          campaigns: 1,
          budget: 1_000_000,
          actualCost: 900_000,
          attendance: 85,
          applications: 1,
          approved: 1,
          costPerAffiliation: 900_000,
        },
        {
          municipality: { code: '25899', name: 'Zipaquirá' },
          // The fair, the rural campaign, and the two future fairs planned above.
          campaigns: 4,
          budget: 4_500_000 + 2_000_000 + 4_500_000 + 4_500_000,
          actualCost: 4_000_000,
          attendance: 300,
          applications: 5,
          approved: 3,
          costPerAffiliation: 2_000_000,
        },
      ]);
    });

    it('the campaigns list filters by municipality and kind', async () => {
      const { campaigns } = await ventanilla.ok(
        CAMPAIGNS,
        { filter: { municipalityCode: '25307' } },
        auditor.token,
      );
      expect(campaigns.map((campaign: any) => campaign.name)).toEqual([
        'Visita a la plaza de mercado de Girardot',
      ]);
      const fairs = await ventanilla.ok(CAMPAIGNS, { filter: { kind: 'FAIR' } }, agent.token);
      expect(fairs.campaigns).toHaveLength(3);
      const one = await ventanilla.ok(
        `query ($id: ID!) { campaign(id: $id) { name media mappedNames actualCost } }`,
        { id: zipaquira.id },
        auditor.token,
      );
      expect(one.campaign).toEqual({
        name: 'Feria de servicios Zipaquirá',
        media: 'Emisora comunitaria; volantes',
        mappedNames: ['feria zipaquirá'],
        actualCost: 4_000_000,
      });
    });

    it('issues the Informe de campañas y medios with the names in clear and the cost per affiliation', async () => {
      const { report } = await ventanilla.ok(
        `mutation ($from: Date!, $to: Date!) {
          report(kind: CAMPAIGNS, from: $from, to: $to, format: CSV) { kind fileName downloadUrl } }`,
        { from: daysFromToday(-60), to: daysFromToday(30) },
        auditor.token,
      );
      expect(report).toMatchObject({
        kind: 'CAMPAIGNS',
        fileName: expect.stringMatching(/^informe-campanas-medios_/),
      });
      const response = await fetch(ventanilla.url.replace(/\/graphql$/, report.downloadUrl), {
        headers: { authorization: `Bearer ${auditor.token}` },
      });
      const csv = Buffer.from(await response.arrayBuffer()).toString('utf8');
      expect(csv).toContain('Informe de campañas y medios');
      expect(csv).toContain('Feria de servicios Zipaquirá');
      expect(csv).toContain('Emisora comunitaria; volantes');
      expect(csv).toContain('$ 2.000.000');
      expect(csv).toContain('25899');
      expect(csv).not.toContain('vault-text:');
    });

    it("the affiliation statistics count by the plan's campaign, naming it", async () => {
      const { affiliationStatistics } = await ventanilla.ok(
        `query ($from: Date!, $to: Date!) {
          affiliationStatistics(from: $from, to: $to) { byCampaign { campaignId campaign plannedCampaignName count } }
        }`,
        { from: daysFromToday(-60), to: today },
        auditor.token,
      );
      expect(affiliationStatistics.byCampaign).toEqual(
        expect.arrayContaining([
          {
            campaignId: zipaquira.id,
            campaign: null,
            plannedCampaignName: 'Feria de servicios Zipaquirá',
            count: 3,
          },
          {
            campaignId: null,
            campaign: 'Feria Zipaquirá',
            plannedCampaignName: 'Feria de servicios Zipaquirá',
            count: 1,
          },
          { campaignId: null, campaign: null, plannedCampaignName: null, count: 1 },
        ]),
      );
    });
  });
});
