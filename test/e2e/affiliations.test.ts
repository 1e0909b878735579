// Affiliations end to end over HTTP: a real app on a temporary SQLite directory, driven only through
// GraphQL, from the application to the member number, the notice and the novelties.
import { randomUUID } from 'node:crypto';
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const AFFILIATION_FIELDS = `
  id affiliationType channel campaign campaignId status receivedAt pendingDocuments memberNumber decision decidedAt
  daysToDecision rejectionReason notifiedAt notificationChannel retiredOn revision verifiedAt
  assignee { id username }
  applicant { name documentType documentNumber email erased }
  documents { documentType state evidenceReference rejectionReason checkedBy { username } checkedAt }`;

const RECEIVE = `
  mutation Receive($input: ReceiveAffiliationInput!) {
    receiveAffiliation(input: $input) { ${AFFILIATION_FIELDS} }
  }`;
const AFFILIATION = `query ($id: ID!) { affiliation(id: $id) { ${AFFILIATION_FIELDS} } }`;
const ASSIGN = `mutation ($id: ID!, $a: ID!) { assignAffiliation(id: $id, assigneeId: $a) { status revision assignee { username } } }`;
const SUBMIT = `
  mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!, $rev: Int) {
    submitAffiliationDocument(id: $id, input: $input, expectedRevision: $rev) { pendingDocuments revision }
  }`;
const REJECT_DOCUMENT = `
  mutation ($id: ID!, $type: String!, $reason: String!) {
    rejectAffiliationDocument(id: $id, documentType: $type, reason: $reason) { pendingDocuments documents { documentType state rejectionReason } }
  }`;
const VERIFY = `mutation ($id: ID!) { verifyAffiliationRequirements(id: $id) { status verifiedAt pendingDocuments } }`;
const APPROVE = `mutation ($id: ID!) { approveAffiliation(id: $id) { status memberNumber decision decidedAt daysToDecision } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectAffiliation(id: $id, reason: $reason) { status decision rejectionReason } }`;
const NOTIFY = `mutation ($id: ID!, $channel: PqrsChannel!) { notifyAffiliationDecision(id: $id, channel: $channel) { notifiedAt notificationChannel } }`;
const REPORT = `
  mutation ($id: ID!, $input: ReportAffiliationNoveltyInput!) {
    reportAffiliationNovelty(id: $id, input: $input) { status retiredOn memberNumber revision }
  }`;

const INDIVIDUAL_DOCUMENTS = ['IDENTITY_DOCUMENT', 'APPLICATION_FORM', 'PROOF_OF_INCOME'];

/** The fair of the plan the applications come from, planned before them (beforeAll). */
let fairId: string;

const PLAN_CAMPAIGN = `mutation ($input: PlanCampaignInput!) { planCampaign(input: $input) { id } }`;
const fair = (name: string, startDate: string) => ({
  kind: 'FAIR',
  name,
  municipalityCode: '25899',
  startDate,
  endDate: startDate,
  channels: ['IN_PERSON'],
  budget: 3_000_000,
});

function application(overrides: Record<string, unknown> = {}) {
  return {
    affiliationType: 'INDIVIDUAL',
    channel: 'IN_PERSON',
    campaignId: fairId,
    applicant: {
      name: 'Carlos Andrés Rincón Pardo',
      documentType: 'cc',
      documentNumber: '80123456',
      email: 'carlos.rincon@correo.example',
    },
    // Monday 2 March 2026, at the fair's stand: recorded months later, so with the reason (the scenario's
    // dates are fixed; the tests run on any later day).
    receivedAt: '2026-03-02T10:00:00-05:00',
    lateEntryReason: 'Solicitudes de la feria digitadas después.',
    ...overrides,
  };
}

/** Today in Bogotá, plus some days: novelties cannot take effect before the approval (today). */
function bogotaDay(plusDays = 0): string {
  return new Date(Date.now() - 5 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);
}

function errorOf(response: {
  errors?: readonly { extensions?: Record<string, unknown>; message: string }[];
}): Record<string, any> {
  return { ...response.errors?.[0]?.extensions, message: response.errors?.[0]?.message };
}

describe('affiliations, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let otherAgent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let coordinator: { id: string; token: string };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.afiliaciones', ['AGENT']);
    otherAgent = await ventanilla.userWithRoles(admin, 'agente.otro', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.afiliaciones', ['AUDITOR']);
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.afiliaciones', ['COORDINATOR']);
    const planned = await ventanilla.ok(
      PLAN_CAMPAIGN,
      { input: fair('Feria empresarial Zipaquirá 2026', '2026-02-27') },
      coordinator.token,
    );
    fairId = planned.planCampaign.id;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  /** Received (recorded by the coordinator, months after the fair), assigned to the agent, every document
   * accepted and verified. */
  async function verifiedAffiliation(overrides: Record<string, unknown> = {}): Promise<string> {
    const { receiveAffiliation } = await ventanilla.ok(
      RECEIVE,
      { input: application(overrides) },
      coordinator.token,
    );
    const id: string = receiveAffiliation.id;
    await ventanilla.ok(ASSIGN, { id, a: agent.id }, coordinator.token);
    for (const documentType of INDIVIDUAL_DOCUMENTS) {
      await ventanilla.ok(
        SUBMIT,
        { id, input: { documentType, evidenceReference: `gd/${documentType}` } },
        agent.token,
      );
    }
    await ventanilla.ok(VERIFY, { id }, agent.token);
    return id;
  }

  describe('an application from the fair to the member number', () => {
    let id: string;

    it('is received with the checklist of its type, every document pending', async () => {
      const { receiveAffiliation } = await ventanilla.ok(
        RECEIVE,
        { input: application() },
        coordinator.token,
      );
      id = receiveAffiliation.id;
      expect(receiveAffiliation).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        affiliationType: 'INDIVIDUAL',
        channel: 'IN_PERSON',
        campaign: null,
        campaignId: fairId,
        status: 'RECEIVED',
        receivedAt: '2026-03-02T15:00:00.000Z',
        pendingDocuments: INDIVIDUAL_DOCUMENTS,
        memberNumber: null,
        revision: 0,
        assignee: null,
        applicant: {
          name: 'Carlos Andrés Rincón Pardo',
          documentType: 'CC',
          documentNumber: '80123456',
          erased: false,
        },
      });
      expect(receiveAffiliation.documents.map((document: any) => document.state)).toEqual([
        'PENDING',
        'PENDING',
        'PENDING',
      ]);
    });

    it('is assigned to the official who checks it', async () => {
      const { assignAffiliation } = await ventanilla.ok(ASSIGN, { id, a: agent.id }, coordinator.token);
      expect(assignAffiliation).toEqual({
        status: 'ASSIGNED',
        revision: 1,
        assignee: { username: 'agente.afiliaciones' },
      });
    });

    it('records each document checked, and a rejected one with its reason', async () => {
      await ventanilla.ok(
        SUBMIT,
        {
          id,
          input: { documentType: 'IDENTITY_DOCUMENT', evidenceReference: 'gd/2026/cc-80123456.pdf' },
          rev: 1,
        },
        agent.token,
      );
      const { rejectAffiliationDocument } = await ventanilla.ok(
        REJECT_DOCUMENT,
        { id, type: 'PROOF_OF_INCOME', reason: 'El certificado de ingresos tiene más de 30 días.' },
        agent.token,
      );
      expect(rejectAffiliationDocument.pendingDocuments).toEqual(['APPLICATION_FORM', 'PROOF_OF_INCOME']);
      expect(rejectAffiliationDocument.documents[2]).toEqual({
        documentType: 'PROOF_OF_INCOME',
        state: 'REJECTED',
        rejectionReason: 'El certificado de ingresos tiene más de 30 días.',
      });
    });

    it('refuses to verify while documents are missing, naming them', async () => {
      const response = await ventanilla.graphql(VERIFY, { id }, agent.token);
      const error = errorOf(response);
      expect(error).toMatchObject({ code: 'BUSINESS_RULE', rule: 'REQUIRED_DOCUMENTS_MISSING' });
      expect(error.message).toContain('APPLICATION_FORM');
      // The reason is a free text sealed in the vault: the affiliation's page shows it, not the refusal.
      expect(error.message).toContain('PROOF_OF_INCOME (rechazado)');
      expect(error.message).not.toContain('vault-text:');
    });

    it('refuses to approve before the requirements are verified', async () => {
      const response = await ventanilla.graphql(APPROVE, { id }, coordinator.token);
      expect(errorOf(response)).toMatchObject({ code: 'BUSINESS_RULE', rule: 'REQUIREMENTS_NOT_VERIFIED' });
    });

    it('verifies the requirements once every document is accepted', async () => {
      for (const documentType of ['APPLICATION_FORM', 'PROOF_OF_INCOME']) {
        await ventanilla.ok(
          SUBMIT,
          { id, input: { documentType, evidenceReference: `gd/2026/${documentType}.pdf` } },
          agent.token,
        );
      }
      const { verifyAffiliationRequirements } = await ventanilla.ok(VERIFY, { id }, agent.token);
      expect(verifyAffiliationRequirements).toMatchObject({
        status: 'REQUIREMENTS_VERIFIED',
        pendingDocuments: [],
      });
    });

    it('approves with a member number, and approving again changes nothing', async () => {
      const { approveAffiliation } = await ventanilla.ok(APPROVE, { id }, coordinator.token);
      expect(approveAffiliation).toMatchObject({
        status: 'APPROVED',
        memberNumber: expect.stringMatching(/^AF-\d{6}$/),
        decision: 'APPROVED',
        daysToDecision: expect.any(Number),
      });
      const again = await ventanilla.ok(APPROVE, { id }, coordinator.token);
      expect(again.approveAffiliation.memberNumber).toBe(approveAffiliation.memberNumber);
    });

    it('requests the notice of the decision by e-mail, pending while no mail server is configured', async () => {
      const { affiliation } = await ventanilla.ok(
        `query ($id: ID!) { affiliation(id: $id) { notifications { id kind channel recipientRole status } } }`,
        { id },
        coordinator.token,
      );
      expect(affiliation.notifications).toEqual([
        {
          id: `${id}-N1`,
          kind: 'AFFILIATION_DECISION',
          channel: 'EMAIL',
          recipientRole: 'APPLICANT',
          status: 'PENDING',
        },
      ]);
    });

    it('records the notice of the decision to the applicant', async () => {
      const { notifyAffiliationDecision } = await ventanilla.ok(
        NOTIFY,
        { id, channel: 'EMAIL' },
        agent.token,
      );
      expect(notifyAffiliationDecision).toEqual({
        notifiedAt: expect.any(String),
        notificationChannel: 'EMAIL',
      });
    });

    it('shows the whole affiliation: applicant, assignee, documents and who checked them', async () => {
      const { affiliation } = await ventanilla.ok(AFFILIATION, { id }, auditor.token);
      expect(affiliation).toMatchObject({
        status: 'APPROVED',
        assignee: { username: 'agente.afiliaciones' },
        // An auditor sees the applicant masked (test/e2e/personal-data-access.test.ts has every role).
        applicant: { name: 'C. A. R. P.', email: 'c•••@•••.example' },
        pendingDocuments: [],
        // The approval came with its notice to the applicant: one event more in the stream.
        revision: 9,
      });
      expect(affiliation.documents[0]).toEqual({
        documentType: 'IDENTITY_DOCUMENT',
        state: 'ACCEPTED',
        evidenceReference: 'gd/2026/cc-80123456.pdf',
        rejectionReason: null,
        checkedBy: { username: 'agente.afiliaciones' },
        checkedAt: expect.any(String),
      });
    });

    it('reports novelties: a data update, a retirement and a reactivation', async () => {
      const update = await ventanilla.ok(
        REPORT,
        {
          id,
          input: {
            kind: 'DATA_UPDATE',
            description: 'Nueva dirección de residencia.',
            effectiveDate: bogotaDay(1),
          },
        },
        agent.token,
      );
      expect(update.reportAffiliationNovelty.status).toBe('APPROVED');
      const retirement = await ventanilla.ok(
        REPORT,
        {
          id,
          input: { kind: 'RETIREMENT', description: 'Retiro voluntario.', effectiveDate: bogotaDay(30) },
        },
        coordinator.token,
      );
      expect(retirement.reportAffiliationNovelty).toMatchObject({
        status: 'RETIRED',
        retiredOn: bogotaDay(30),
      });

      const secondRetirement = await ventanilla.graphql(
        REPORT,
        { id, input: { kind: 'RETIREMENT', description: 'Otra vez.', effectiveDate: bogotaDay(31) } },
        coordinator.token,
      );
      expect(errorOf(secondRetirement)).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'AFFILIATE_NOT_ACTIVE',
      });

      const reactivation = await ventanilla.ok(
        REPORT,
        {
          id,
          input: { kind: 'REACTIVATION', description: 'Vuelve a cotizar.', effectiveDate: bogotaDay(60) },
        },
        coordinator.token,
      );
      expect(reactivation.reportAffiliationNovelty).toMatchObject({ status: 'APPROVED', retiredOn: null });
    });

    it('lists the novelties of the period with the member number and who reported them', async () => {
      const { affiliationNovelties, affiliation } = await ventanilla.ok(
        `query ($id: ID!, $from: Date!, $to: Date!) {
          affiliation(id: $id) { memberNumber }
          affiliationNovelties(from: $from, to: $to) { affiliationId memberNumber kind effectiveDate reportedBy { username } }
        }`,
        { id, from: bogotaDay(0), to: bogotaDay(45) },
        auditor.token,
      );
      expect(affiliationNovelties).toEqual([
        {
          affiliationId: id,
          memberNumber: affiliation.memberNumber,
          kind: 'DATA_UPDATE',
          effectiveDate: bogotaDay(1),
          reportedBy: { username: 'agente.afiliaciones' },
        },
        {
          affiliationId: id,
          memberNumber: affiliation.memberNumber,
          kind: 'RETIREMENT',
          effectiveDate: bogotaDay(30),
          reportedBy: { username: 'coordinadora.afiliaciones' },
        },
      ]);
    });

    it('counts the period by status, type, channel and campaign', async () => {
      const { affiliationStatistics } = await ventanilla.ok(
        `{ affiliationStatistics(from: "2026-03-02", to: "2026-03-02") {
            received approved rejected averageDaysToDecision
            byStatus { status count } byType { affiliationType count } byChannel { channel count }
            byCampaign { campaignId campaign count } } }`,
        {},
        auditor.token,
      );
      expect(affiliationStatistics).toMatchObject({
        received: 1,
        approved: 0,
        rejected: 0,
        averageDaysToDecision: null,
      });
      expect(affiliationStatistics.byStatus).toContainEqual({ status: 'APPROVED', count: 1 });
      expect(affiliationStatistics.byType).toContainEqual({ affiliationType: 'INDIVIDUAL', count: 1 });
      expect(affiliationStatistics.byChannel).toContainEqual({ channel: 'IN_PERSON', count: 1 });
      expect(affiliationStatistics.byCampaign).toEqual([{ campaignId: fairId, campaign: null, count: 1 }]);

      const today = await ventanilla.ok(
        `query ($day: Date!) { affiliationStatistics(from: $day, to: $day) { approved averageDaysToDecision } }`,
        { day: bogotaDay(0) },
        auditor.token,
      );
      expect(today.affiliationStatistics.approved).toBeGreaterThanOrEqual(1);
      expect(today.affiliationStatistics.averageDaysToDecision).toEqual(expect.any(Number));
    });
  });

  describe('lists', () => {
    it('filters by campaign and status and pages with a cursor, counting them all', async () => {
      const planned = await ventanilla.ok(
        PLAN_CAMPAIGN,
        { input: fair(`Feria ${randomUUID()}`, '2026-03-01') },
        coordinator.token,
      );
      const campaignId: string = planned.planCampaign.id;
      for (let index = 0; index < 3; index++) {
        await ventanilla.ok(
          RECEIVE,
          { input: application({ campaignId, receivedAt: `2026-03-0${index + 3}T09:00:00-05:00` }) },
          coordinator.token,
        );
      }
      const query = `query ($filter: AffiliationListFilterInput, $after: String) {
        affiliations(filter: $filter, first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { receivedAt campaignId status pendingDocuments }
        } }`;
      const filter = { campaignId, status: 'RECEIVED', hasPendingDocuments: true };
      const first = await ventanilla.ok(query, { filter }, auditor.token);
      expect(first.affiliations.totalCount).toBe(3);
      expect(first.affiliations.nodes.map((node: any) => node.receivedAt)).toEqual([
        '2026-03-05T14:00:00.000Z',
        '2026-03-04T14:00:00.000Z',
      ]);
      const second = await ventanilla.ok(
        query,
        { filter, after: first.affiliations.pageInfo.endCursor },
        auditor.token,
      );
      expect(second.affiliations.nodes.map((node: any) => node.receivedAt)).toEqual([
        '2026-03-03T14:00:00.000Z',
      ]);
      expect(second.affiliations.pageInfo.hasNextPage).toBe(false);
    });

    it('finds an affiliate by member number', async () => {
      const id = await verifiedAffiliation({ receivedAt: undefined });
      const { approveAffiliation } = await ventanilla.ok(APPROVE, { id }, coordinator.token);
      const { affiliations } = await ventanilla.ok(
        `query ($n: String) { affiliations(filter: { memberNumber: $n }) { totalCount nodes { id } } }`,
        { n: approveAffiliation.memberNumber },
        agent.token,
      );
      expect(affiliations).toEqual({ totalCount: 1, nodes: [{ id }] });
    });
  });

  describe('member numbers', () => {
    it('are unique and consecutive under concurrent approvals', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 6; index++) ids.push(await verifiedAffiliation({ receivedAt: undefined }));
      const answers = await Promise.all(ids.map((id) => ventanilla.ok(APPROVE, { id }, coordinator.token)));
      const numbers = answers
        .map((answer) => Number(answer.approveAffiliation.memberNumber.slice(3)))
        .sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(6);
      expect(numbers.at(-1)! - numbers[0]!).toBe(5);
    });
  });

  describe('rejection', () => {
    it('rejects with a reason and notifies it', async () => {
      const { receiveAffiliation } = await ventanilla.ok(
        RECEIVE,
        { input: application({ campaignId: null }) },
        coordinator.token,
      );
      const id = receiveAffiliation.id;
      const { rejectAffiliation } = await ventanilla.ok(
        REJECT,
        { id, reason: 'Ya es afiliado por otra empresa.' },
        coordinator.token,
      );
      expect(rejectAffiliation).toEqual({
        status: 'REJECTED',
        decision: 'REJECTED',
        rejectionReason: 'Ya es afiliado por otra empresa.',
      });
      const notified = await ventanilla.ok(NOTIFY, { id, channel: 'PHONE' }, coordinator.token);
      expect(notified.notifyAffiliationDecision.notificationChannel).toBe('PHONE');
      const novelty = await ventanilla.graphql(
        REPORT,
        { id, input: { kind: 'DATA_UPDATE', description: 'x', effectiveDate: bogotaDay(1) } },
        coordinator.token,
      );
      expect(errorOf(novelty)).toMatchObject({ code: 'BUSINESS_RULE', rule: 'NOT_AN_AFFILIATE' });
    });
  });

  describe('roles', () => {
    it('refuses an application received by an auditor as FORBIDDEN', async () => {
      const response = await ventanilla.graphql(RECEIVE, { input: application() }, auditor.token);
      expect(errorOf(response).code).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    });

    it('refuses an approval by an agent as FORBIDDEN', async () => {
      const id = await verifiedAffiliation();
      const response = await ventanilla.graphql(APPROVE, { id }, agent.token);
      expect(errorOf(response).code).toBe('FORBIDDEN');
    });

    it('refuses an agent checking documents of an affiliation assigned to someone else', async () => {
      const { receiveAffiliation } = await ventanilla.ok(
        RECEIVE,
        { input: application() },
        coordinator.token,
      );
      await ventanilla.ok(ASSIGN, { id: receiveAffiliation.id, a: agent.id }, coordinator.token);
      const response = await ventanilla.graphql(
        SUBMIT,
        {
          id: receiveAffiliation.id,
          input: { documentType: 'IDENTITY_DOCUMENT', evidenceReference: 'gd/1' },
        },
        otherAgent.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_ASSIGNED_TO_ACTOR' });
    });

    it('refuses an assignment to a user who cannot work cases', async () => {
      const { receiveAffiliation } = await ventanilla.ok(
        RECEIVE,
        { input: application() },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        ASSIGN,
        { id: receiveAffiliation.id, a: auditor.id },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    });
  });

  describe('bad input and business rules', () => {
    it('an application without the applicant’s name is BAD_USER_INPUT naming the field', async () => {
      const input = application();
      const response = await ventanilla.graphql(
        RECEIVE,
        { input: { ...input, applicant: { ...input.applicant, name: '' } } },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicant.name' });
    });

    it('an unknown affiliation type is BAD_USER_INPUT', async () => {
      const response = await ventanilla.graphql(
        RECEIVE,
        { input: application({ affiliationType: 'FAMILY' }) },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.affiliationType' });
    });

    it('a malformed document code is BAD_USER_INPUT naming the field', async () => {
      const { receiveAffiliation } = await ventanilla.ok(
        RECEIVE,
        { input: application() },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        SUBMIT,
        { id: receiveAffiliation.id, input: { documentType: 'cédula', evidenceReference: 'gd/1' } },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documentType' });
    });

    it('a document outside the checklist of the type is a BUSINESS_RULE', async () => {
      const { receiveAffiliation } = await ventanilla.ok(
        RECEIVE,
        { input: application() },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        SUBMIT,
        { id: receiveAffiliation.id, input: { documentType: 'RUT', evidenceReference: 'gd/rut.pdf' } },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'DOCUMENT_NOT_IN_CHECKLIST',
        field: 'documentType',
      });
    });

    it('an id that is not a UUID is BAD_USER_INPUT; an unknown one NOT_FOUND', async () => {
      expect(errorOf(await ventanilla.graphql(AFFILIATION, { id: 'AF-1' }, auditor.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      expect(errorOf(await ventanilla.graphql(AFFILIATION, { id: randomUUID() }, auditor.token)).code).toBe(
        'NOT_FOUND',
      );
      expect(errorOf(await ventanilla.graphql(VERIFY, { id: randomUUID() }, coordinator.token)).code).toBe(
        'NOT_FOUND',
      );
    });

    it('a stale expectedRevision is a CONCURRENCY_CONFLICT', async () => {
      const { receiveAffiliation } = await ventanilla.ok(
        RECEIVE,
        { input: application() },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        SUBMIT,
        {
          id: receiveAffiliation.id,
          input: { documentType: 'IDENTITY_DOCUMENT', evidenceReference: 'gd/1' },
          rev: 5,
        },
        coordinator.token,
      );
      expect(errorOf(response).code).toBe('CONCURRENCY_CONFLICT');
    });

    it('a period ending before it starts is BAD_USER_INPUT', async () => {
      const response = await ventanilla.graphql(
        '{ affiliationNovelties(from: "2026-03-31", to: "2026-03-01") { id } }',
        {},
        auditor.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('the same idempotency key receives one affiliation', async () => {
      const input = application({ idempotencyKey: `feria-${randomUUID()}` });
      const first = await ventanilla.ok(RECEIVE, { input }, coordinator.token);
      const second = await ventanilla.ok(RECEIVE, { input }, coordinator.token);
      expect(second.receiveAffiliation).toMatchObject({ id: first.receiveAffiliation.id, revision: 0 });
    });
  });
});

describe('the affiliation checklists from configuration', () => {
  it('replace the default of the types they name', async () => {
    const ventanilla = await VentanillaHarness.start({
      VENTANILLA_AFFILIATION_CHECKLISTS: '{"COMPANY": ["RUT", "CHAMBER_OF_COMMERCE_CERTIFICATE"]}',
    });
    try {
      const admin = await ventanilla.login();
      const company = await ventanilla.ok(
        RECEIVE,
        { input: application({ affiliationType: 'COMPANY', campaignId: null }) },
        admin,
      );
      expect(company.receiveAffiliation.pendingDocuments).toEqual(['RUT', 'CHAMBER_OF_COMMERCE_CERTIFICATE']);
      const person = await ventanilla.ok(RECEIVE, { input: application({ campaignId: null }) }, admin);
      expect(person.receiveAffiliation.pendingDocuments).toEqual(INDIVIDUAL_DOCUMENTS);
    } finally {
      await ventanilla.stop();
    }
  });

  it('a wrong value stops the start naming the variable', () => {
    for (const value of [
      '{"FAMILY": ["RUT"]}',
      '{"COMPANY": []}',
      '{"COMPANY": ["rut"]}',
      '["RUT"]',
      'no-json',
    ]) {
      expect(() => loadConfiguration({ VENTANILLA_AFFILIATION_CHECKLISTS: value })).toThrow(
        ConfigurationError,
      );
      expect(() => loadConfiguration({ VENTANILLA_AFFILIATION_CHECKLISTS: value })).toThrow(
        /VENTANILLA_AFFILIATION_CHECKLISTS/,
      );
    }
  });
});
