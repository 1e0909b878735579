// End to end over HTTP: the FAQ / case log on a real app with a temporary SQLite directory, driven only
// through GraphQL — an entry's lifecycle, search, suggestions for a case, frequent subjects, roles.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const ENTRY_FIELDS = `
  id question answer category tags linkedRadicados status version revision
  createdAt updatedAt publishedAt retiredAt retiredReason
  createdBy { username } updatedBy { username }`;

const CREATE = `
  mutation Create($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const UPDATE = `
  mutation Update($id: ID!, $input: UpdateFaqEntryInput!, $expectedRevision: Int) {
    updateFaqEntry(id: $id, input: $input, expectedRevision: $expectedRevision) { ${ENTRY_FIELDS} }
  }`;
const PUBLISH = `mutation Publish($id: ID!) { publishFaqEntry(id: $id) { ${ENTRY_FIELDS} } }`;
const RETIRE = `
  mutation Retire($id: ID!, $reason: String!) { retireFaqEntry(id: $id, reason: $reason) { ${ENTRY_FIELDS} } }`;
const ENTRY = `query Entry($id: ID!) { faqEntry(id: $id) { ${ENTRY_FIELDS} } }`;
const SEARCH = `
  query Search($search: String, $category: String) {
    faq(search: $search, category: $category) { score matchedTerms entry { id question status } }
  }`;
const HISTORY = `
  query History($id: ID!) {
    faqEntryHistory(id: $id) {
      type revision version status changedFields answer reason occurredAt recordedAt hash
      actor { username role }
    }
  }`;

function petition(subject: string, description: string, receivedAt = '2026-03-13T10:00:00-05:00') {
  return {
    kind: 'PETITION',
    channel: 'WEB',
    subject,
    description,
    petitioner: { name: 'Ana Gómez', documentType: 'CC', documentNumber: '52123456' },
    receivedAt,
    lateEntryReason: 'Registro de prueba con fecha anterior.',
  };
}

const certificateEntry = {
  question: '¿Cómo obtengo el certificado de afiliación?',
  answer: 'Pídalo en la ventanilla de Atención al Cliente con su documento de identidad.',
  category: 'Afiliaciones',
  tags: ['Certificado', 'afiliación'],
};

describe('the FAQ / case log, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let coordinator: { id: string; token: string };
  let auditor: { id: string; token: string };
  let certificateCase: string;
  let otherCertificateCase: string;
  let copaymentCase: string;

  const receive = async (subject: string, description: string, receivedAt?: string): Promise<string> => {
    const data = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      { input: petition(subject, description, receivedAt) },
      // Dated weeks back: recorded by the coordinator, with the reason.
      coordinator.token,
    );
    return data.receivePqrs.radicado;
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.faq', ['AGENT']);
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.faq', ['COORDINATOR']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.faq', ['AUDITOR']);
    certificateCase = await receive(
      'Certificado de afiliación',
      'Necesito el certificado de afiliación de mi empresa para una licitación.',
    );
    otherCertificateCase = await receive(
      'CERTIFICADO DE AFILIACION',
      'Solicito constancia de afiliación.',
      '2026-03-16T09:00:00-05:00',
    );
    copaymentCase = await receive(
      'Cobro de cuota moderadora',
      'Me cobraron dos veces la cuota moderadora en la cita de control.',
    );
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('an entry from draft to publication, retirement and republication', () => {
    let entryId: string;

    beforeAll(async () => {
      const data = await ventanilla.ok(
        CREATE,
        { input: { ...certificateEntry, linkedRadicados: [certificateCase] } },
        agent.token,
      );
      entryId = data.createFaqEntry.id;
    });

    it('an agent drafts it, linked to the case it comes from', async () => {
      const { faqEntry } = await ventanilla.ok(ENTRY, { id: entryId }, auditor.token);
      expect(faqEntry).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        question: certificateEntry.question,
        category: 'Afiliaciones',
        tags: ['afiliación', 'certificado'],
        linkedRadicados: [certificateCase],
        status: 'DRAFT',
        version: 1,
        revision: 0,
        publishedAt: null,
        createdBy: { username: 'agente.faq' },
        updatedBy: { username: 'agente.faq' },
      });
    });

    it('an agent edits the draft: a new version; an edit that changes nothing adds none', async () => {
      const edited = await ventanilla.ok(
        UPDATE,
        { id: entryId, input: { answer: 'Descárguelo en línea o pídalo en la ventanilla.' } },
        agent.token,
      );
      expect(edited.updateFaqEntry).toMatchObject({ version: 2, revision: 1, status: 'DRAFT' });
      const unchanged = await ventanilla.ok(
        UPDATE,
        { id: entryId, input: { category: 'Afiliaciones', tags: ['certificado', 'afiliación'] } },
        agent.token,
      );
      expect(unchanged.updateFaqEntry).toMatchObject({ version: 2, revision: 1 });
    });

    it('a draft is not found by the search', async () => {
      const { faq } = await ventanilla.ok(SEARCH, { search: 'certificado' }, agent.token);
      expect(faq.map((hit: any) => hit.entry.id)).not.toContain(entryId);
    });

    it('an agent may not publish it', async () => {
      const response = await ventanilla.graphql(PUBLISH, { id: entryId }, agent.token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('a coordinator publishes it and the search finds it without accents, with a typo, by prefix', async () => {
      const published = await ventanilla.ok(PUBLISH, { id: entryId }, coordinator.token);
      expect(published.publishFaqEntry).toMatchObject({
        status: 'PUBLISHED',
        version: 2,
        publishedAt: expect.any(String),
        updatedBy: { username: 'coordinadora.faq' },
      });
      for (const search of ['certificado afiliacion', 'certifcado de afiliasion', 'certif']) {
        const { faq } = await ventanilla.ok(SEARCH, { search }, auditor.token);
        expect(faq[0]).toMatchObject({ entry: { id: entryId, status: 'PUBLISHED' } });
        expect(faq[0].score).toBeGreaterThan(0);
      }
    });

    it('the search filters by category, whatever its accents and case', async () => {
      const inCategory = await ventanilla.ok(
        SEARCH,
        { search: 'certificado', category: 'AFILIACIONES' },
        agent.token,
      );
      expect(inCategory.faq.map((hit: any) => hit.entry.id)).toEqual([entryId]);
      const elsewhere = await ventanilla.ok(
        SEARCH,
        { search: 'certificado', category: 'Salud' },
        agent.token,
      );
      expect(elsewhere.faq).toEqual([]);
    });

    it('an agent may not edit a published entry', async () => {
      const response = await ventanilla.graphql(
        UPDATE,
        { id: entryId, input: { answer: 'Otra respuesta.' } },
        agent.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_NOT_ALLOWED' });
    });

    it('a coordinator edits the published entry: the new version is public at once', async () => {
      const edited = await ventanilla.ok(
        UPDATE,
        {
          id: entryId,
          input: { answer: 'Descárguelo en la página web, sección Afiliados.' },
          expectedRevision: 2,
        },
        coordinator.token,
      );
      expect(edited.updateFaqEntry).toMatchObject({ status: 'PUBLISHED', version: 3, revision: 3 });
      const { faq } = await ventanilla.ok(SEARCH, { search: 'pagina web afiliados' }, agent.token);
      expect(faq[0].entry.id).toBe(entryId);
    });

    it('an edit against a stale revision is a conflict', async () => {
      const response = await ventanilla.graphql(
        UPDATE,
        { id: entryId, input: { answer: 'Versión vieja.' }, expectedRevision: 1 },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('CONCURRENCY_CONFLICT');
    });

    it('a retired entry leaves the search, and may be published again', async () => {
      const retired = await ventanilla.ok(RETIRE, { id: entryId, reason: 'Cambió el procedimiento.' }, admin);
      expect(retired.retireFaqEntry).toMatchObject({
        status: 'RETIRED',
        retiredReason: 'Cambió el procedimiento.',
        retiredAt: expect.any(String),
      });
      const whileRetired = await ventanilla.ok(SEARCH, { search: 'certificado' }, agent.token);
      expect(whileRetired.faq.map((hit: any) => hit.entry.id)).not.toContain(entryId);

      const republished = await ventanilla.ok(PUBLISH, { id: entryId }, coordinator.token);
      expect(republished.publishFaqEntry).toMatchObject({ status: 'PUBLISHED', retiredReason: null });
      const again = await ventanilla.ok(SEARCH, { search: 'certificado' }, agent.token);
      expect(again.faq[0].entry.id).toBe(entryId);
    });

    it('the history shows every version with who and when, replayed from the log', async () => {
      const { faqEntryHistory } = await ventanilla.ok(HISTORY, { id: entryId }, auditor.token);
      expect(
        faqEntryHistory.map((step: any) => [
          step.type,
          step.version,
          step.status,
          step.changedFields,
          step.actor.username,
          step.actor.role,
        ]),
      ).toEqual([
        [
          'FaqEntryCreated',
          1,
          'DRAFT',
          ['question', 'answer', 'category', 'tags', 'linkedRadicados'],
          'agente.faq',
          'AGENT',
        ],
        ['FaqEntryUpdated', 2, 'DRAFT', ['answer'], 'agente.faq', 'AGENT'],
        ['FaqEntryPublished', 2, 'PUBLISHED', [], 'coordinadora.faq', 'COORDINATOR'],
        ['FaqEntryUpdated', 3, 'PUBLISHED', ['answer'], 'coordinadora.faq', 'COORDINATOR'],
        ['FaqEntryRetired', 3, 'RETIRED', [], 'admin', 'ADMIN'],
        ['FaqEntryPublished', 3, 'PUBLISHED', [], 'coordinadora.faq', 'COORDINATOR'],
      ]);
      expect(faqEntryHistory[1].answer).toBe('Descárguelo en línea o pídalo en la ventanilla.');
      expect(faqEntryHistory[3].answer).toBe('Descárguelo en la página web, sección Afiliados.');
      expect(faqEntryHistory[4].reason).toBe('Cambió el procedimiento.');
      for (const step of faqEntryHistory) {
        expect(step.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(Date.parse(step.recordedAt)).not.toBeNaN();
      }
    });

    it('suggests the entry for a PQRS case about the same subject, first', async () => {
      const { faqSuggestions } = await ventanilla.ok(
        `query ($r: String!) { faqSuggestions(radicado: $r) { score entry { id } } }`,
        { r: otherCertificateCase },
        agent.token,
      );
      expect(faqSuggestions[0].entry.id).toBe(entryId);
      const unrelated = await ventanilla.ok(
        `query ($r: String!) { faqSuggestions(radicado: $r) { entry { id } } }`,
        { r: copaymentCase },
        agent.token,
      );
      expect(unrelated.faqSuggestions.map((hit: any) => hit.entry.id)).not.toContain(entryId);
    });
  });

  describe('the list, idempotency and frequent subjects', () => {
    it('the same idempotency key creates one entry', async () => {
      const input = {
        question: '¿Cuál es el horario de atención?',
        answer: 'De lunes a viernes, de 8:00 a 17:00.',
        category: 'Atención',
        idempotencyKey: 'horario-2026',
      };
      const first = await ventanilla.ok(CREATE, { input }, coordinator.token);
      const second = await ventanilla.ok(CREATE, { input }, coordinator.token);
      expect(second.createFaqEntry.id).toBe(first.createFaqEntry.id);
      expect(second.createFaqEntry.revision).toBe(0);
    });

    it('lists drafts for staff, with a total count and a cursor', async () => {
      const data = await ventanilla.ok(
        `query { faqEntries(filter: { status: DRAFT }, first: 1) {
           totalCount pageInfo { hasNextPage endCursor } nodes { status question } } }`,
        {},
        auditor.token,
      );
      expect(data.faqEntries.totalCount).toBeGreaterThanOrEqual(1);
      expect(data.faqEntries.nodes.every((node: any) => node.status === 'DRAFT')).toBe(true);
    });

    it('ranks the most frequent PQRS subjects of a period', async () => {
      const { frequentSubjects } = await ventanilla.ok(
        `query { frequentSubjects(from: "2026-03-01", to: "2026-03-31", first: 2) {
           subjectKey subject count firstReceivedOn lastReceivedOn } }`,
        {},
        coordinator.token,
      );
      expect(frequentSubjects).toEqual([
        {
          subjectKey: 'certificado afiliacion',
          subject: 'Certificado de afiliación',
          count: 2,
          firstReceivedOn: '2026-03-13',
          lastReceivedOn: '2026-03-16',
        },
        {
          subjectKey: 'cobro cuota moderadora',
          subject: 'Cobro de cuota moderadora',
          count: 1,
          firstReceivedOn: '2026-03-13',
          lastReceivedOn: '2026-03-13',
        },
      ]);
    });
  });

  describe('which subjects deserve an entry', () => {
    it('shows, per frequent subject, the published entries that already answer it', async () => {
      const { frequentSubjects } = await ventanilla.ok(
        `query { frequentSubjects(from: "2026-03-01", to: "2026-03-31") {
           subjectKey matchingEntries(first: 1) { entry { question status } } } }`,
        {},
        coordinator.token,
      );
      const bySubject = new Map(
        frequentSubjects.map((row: any) => [
          row.subjectKey,
          row.matchingEntries.map((hit: any) => hit.entry),
        ]),
      );
      expect(bySubject.get('certificado afiliacion')).toEqual([
        { question: certificateEntry.question, status: 'PUBLISHED' },
      ]);
      expect(bySubject.get('cobro cuota moderadora')).toEqual([]);
    });
  });

  describe('roles', () => {
    it('an auditor may not create an entry', async () => {
      const response = await ventanilla.graphql(CREATE, { input: certificateEntry }, auditor.token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    });

    it('an auditor may not retire an entry', async () => {
      const { createFaqEntry } = await ventanilla.ok(CREATE, { input: certificateEntry }, agent.token);
      const response = await ventanilla.graphql(
        RETIRE,
        { id: createFaqEntry.id, reason: 'No aplica.' },
        auditor.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('an agent may not retire an entry', async () => {
      const { createFaqEntry } = await ventanilla.ok(CREATE, { input: certificateEntry }, agent.token);
      const response = await ventanilla.graphql(
        RETIRE,
        { id: createFaqEntry.id, reason: 'No aplica.' },
        agent.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('bad input and rules', () => {
    it.each([
      ['an empty question', { ...certificateEntry, question: '' }, 'input.question'],
      [
        'a malformed radicado',
        { ...certificateEntry, linkedRadicados: ['PQRS-26-1'] },
        'input.linkedRadicados',
      ],
      [
        'a radicado no case has',
        { ...certificateEntry, linkedRadicados: ['PQRS-2026-999999'] },
        'linkedRadicados',
      ],
      ['a blank category', { ...certificateEntry, category: '   ' }, 'category'],
    ])('answers %s with BAD_USER_INPUT naming the field', async (_label, input, field) => {
      const response = await ventanilla.graphql(CREATE, { input }, agent.token);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('answers a retirement without a reason with BAD_USER_INPUT naming it', async () => {
      const { createFaqEntry } = await ventanilla.ok(CREATE, { input: certificateEntry }, agent.token);
      const response = await ventanilla.graphql(
        RETIRE,
        { id: createFaqEntry.id, reason: '   ' },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    });

    it('answers a malformed id with BAD_USER_INPUT naming it', async () => {
      const response = await ventanilla.graphql(ENTRY, { id: 'no-es-un-uuid' }, agent.token);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('answers NOT_FOUND for an entry that does not exist', async () => {
      const response = await ventanilla.graphql(
        ENTRY,
        { id: '6f1c1d1e-2b3c-4d5e-8f90-a1b2c3d4e5f6' },
        agent.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('answers publishing an entry that does not exist with NOT_FOUND naming the rule', async () => {
      const response = await ventanilla.graphql(
        PUBLISH,
        { id: '6f1c1d1e-2b3c-4d5e-8f90-a1b2c3d4e5f6' },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        rule: 'FAQ_ENTRY_NOT_FOUND',
      });
    });

    it('answers a period that ends before it starts with BAD_USER_INPUT naming the end', async () => {
      const response = await ventanilla.graphql(
        `query { frequentSubjects(from: "2026-03-31", to: "2026-03-01") { count } }`,
        {},
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('answers NOT_FOUND for suggestions on a case that does not exist', async () => {
      const response = await ventanilla.graphql(
        `query { faqSuggestions(radicado: "PQRS-2026-999999") { score } }`,
        {},
        agent.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });
  });
});
