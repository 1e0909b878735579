// Every read model of the application, rebuilt from zero, equals the one the live runner built while
// staff worked through GraphQL: one scenario that touches every feature, one comparison over all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { LogHeadSigning } from '../../src/features/audit/index.js';
import { APPLICATION_PROJECTIONS } from '../../src/features/read-models.js';
import { deadLetterCollectionOf } from '../../src/engine/projections/projection.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { dumpCollection, temporaryReadModels } from '../projections/fixtures/read-model-fixtures.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { CommandBus } from '@nestjs/cqrs';
import { recordBackup } from '../../src/operations/backup/backup-records.js';
import { takeBackup } from '../../src/operations/backup/take-backup.js';

const person = (n: number) => ({
  name: `Persona ${n}`,
  documentType: 'CC',
  documentNumber: `1000${n}`,
  email: `persona${n}@correo.example`,
});

/** PQRS cases through their lifecycle. */
async function workPqrs(ventanilla: VentanillaHarness, admin: string, agentId: string): Promise<string[]> {
  const radicados: string[] = [];
  for (let n = 0; n < 4; n++) {
    const { receivePqrs } = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: n % 2 === 0 ? 'PETITION' : 'COMPLAINT',
          channel: n % 2 === 0 ? 'EMAIL' : 'WEB',
          subject: n % 2 === 0 ? 'Certificado de afiliación' : 'Demora en la atención',
          description: `Caso de prueba ${n}`,
          petitioner: person(n),
          receivedAt: `2026-03-0${n + 2}T10:00:00-05:00`,
          lateEntryReason: 'Registro de prueba con fecha anterior.',
        },
      },
      admin,
    );
    const r = receivePqrs.radicado;
    radicados.push(r);
    // Read in full by an administrator: the access log has something to rebuild.
    await ventanilla.ok(`query ($r: String!) { pqrs(radicado: $r) { petitioner { name } } }`, { r }, admin);
    await ventanilla.ok(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
      { r, a: agentId },
      admin,
    );
    if (n < 3) {
      await ventanilla.ok(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta") { status } }`,
        { r },
        admin,
      );
    }
    if (n === 0)
      await ventanilla.ok(`mutation ($r: String!) { closePqrs(radicado: $r) { status } }`, { r }, admin);
  }
  return radicados;
}

/**
 * Eleven equal petitions answered by one joint answer (art. 22), and a habeas data reclamo marked «reclamo
 * en trámite» (Ley 1581, art. 15): the joint answers' read model, and the cases' links and marks, rebuild.
 */
async function workJointAnswerAndHabeasData(ventanilla: VentanillaHarness, admin: string): Promise<void> {
  const receive = async (kind: string, n: number) =>
    (
      await ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind,
            channel: 'WEB',
            subject: 'Cierre de la piscina',
            description: `Petición análoga ${n}`,
            petitioner: person(n),
          },
        },
        admin,
      )
    ).receivePqrs.radicado as string;
  const radicados: string[] = [];
  for (let n = 0; n < 11; n++) radicados.push(await receive('PETITION', 20 + n));
  await ventanilla.ok(
    `mutation ($radicados: [String!]!) {
      answerPqrsJointly(radicados: $radicados, title: "Cierre de la piscina", answer: "Cierra hasta abril.") { id }
    }`,
    { radicados },
    admin,
  );
  const reclamo = await receive('HABEAS_DATA_CLAIM', 40);
  await ventanilla.ok(
    `mutation ($r: String!) { markClaimInProcess(radicado: $r) { status } }`,
    { r: reclamo },
    admin,
  );
}

/**
 * A notice template's new version, published before the cases are received: their acknowledgments
 * record it (the notices' read model and the templates' versions both have something to rebuild).
 */
async function workNoticeTemplates(ventanilla: VentanillaHarness, admin: string): Promise<void> {
  const { publishNoticeTemplate } = await ventanilla.ok(
    `mutation ($key: NoticeTemplateKey!, $subject: String!, $body: String!) {
      publishNoticeTemplate(key: $key, subject: $subject, body: $body) { version }
    }`,
    {
      key: 'ACKNOWLEDGMENT',
      subject: 'Recibimos su solicitud {{radicado}}',
      body:
        'Respetado(a) {{nombre}}:\n\nSu solicitud quedó radicada con el número {{radicado}}. La responderemos ' +
        'dentro de los {{terminoDias}} días hábiles siguientes, a más tardar el {{fechaVencimiento}}.\n\n' +
        '{{nombreOficina}}',
    },
    admin,
  );
  expect(publishNoticeTemplate.version).toBe(2);
}

/** FAQ entries: created, edited, published and retired. */
async function workFaq(ventanilla: VentanillaHarness, admin: string, radicados: string[]): Promise<void> {
  for (let n = 0; n < 2; n++) {
    const { createFaqEntry } = await ventanilla.ok(
      `mutation ($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { id } }`,
      {
        input: {
          question: `¿Cómo obtengo el certificado ${n}?`,
          answer: 'En la ventanilla.',
          category: 'Afiliaciones',
          tags: ['certificado'],
          linkedRadicados: [radicados[n]],
        },
      },
      admin,
    );
    const id = createFaqEntry.id;
    await ventanilla.ok(
      `mutation ($id: ID!) { updateFaqEntry(id: $id, input: { answer: "Descárguelo en la página web." }) { version } }`,
      { id },
      admin,
    );
    await ventanilla.ok(`mutation ($id: ID!) { publishFaqEntry(id: $id) { status } }`, { id }, admin);
    if (n === 1) {
      await ventanilla.ok(
        `mutation ($id: ID!) { retireFaqEntry(id: $id, reason: "Cambió") { status } }`,
        { id },
        admin,
      );
    }
  }
}

/** Affiliations: one approved and notified with a novelty, one rejected, one still open. */
async function workAffiliations(
  ventanilla: VentanillaHarness,
  admin: string,
  agentId: string,
): Promise<void> {
  // A fair of the plan, its result and an old name mapped to it; two of the applications come from it.
  const { planCampaign } = await ventanilla.ok(
    `mutation ($input: PlanCampaignInput!) { planCampaign(input: $input) { id } }`,
    {
      input: {
        kind: 'FAIR',
        name: 'Feria Zipaquirá 2026',
        municipalityCode: '25899',
        startDate: '2026-03-01',
        endDate: '2026-03-02',
        channels: ['IN_PERSON', 'RADIO'],
        budget: 2_000_000,
      },
    },
    admin,
  );
  const campaignId: string = planCampaign.id;
  await ventanilla.ok(
    `mutation ($id: ID!) { recordCampaignResult(id: $id, attendance: 120, actualCost: 1800000, results: "Stand lleno") { id } }`,
    { id: campaignId },
    admin,
  );
  await ventanilla.ok(
    `mutation ($id: ID!) { mapCampaignName(id: $id, legacyName: "Feria de Zipaquirá") { id } }`,
    { id: campaignId },
    admin,
  );
  for (let n = 0; n < 3; n++) {
    const { receiveAffiliation } = await ventanilla.ok(
      `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id pendingDocuments } }`,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          campaignId: n < 2 ? campaignId : null,
          applicant: person(10 + n),
        },
      },
      admin,
    );
    const id = receiveAffiliation.id;
    if (n === 2) continue;
    await ventanilla.ok(
      `mutation ($id: ID!, $a: ID!) { assignAffiliation(id: $id, assigneeId: $a) { status } }`,
      { id, a: agentId },
      admin,
    );
    for (const documentType of receiveAffiliation.pendingDocuments as string[]) {
      await ventanilla.ok(
        `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) { submitAffiliationDocument(id: $id, input: $input) { status } }`,
        { id, input: { documentType, evidenceReference: `gd/${id}/${documentType}.pdf` } },
        admin,
      );
    }
    if (n === 1) {
      await ventanilla.ok(
        `mutation ($id: ID!) { rejectAffiliation(id: $id, reason: "Ya es afiliado") { status } }`,
        { id },
        admin,
      );
      continue;
    }
    await ventanilla.ok(
      `mutation ($id: ID!) { verifyAffiliationRequirements(id: $id) { status } }`,
      { id },
      admin,
    );
    await ventanilla.ok(
      `mutation ($id: ID!) { approveAffiliation(id: $id) { memberNumber } }`,
      { id },
      admin,
    );
    await ventanilla.ok(
      `mutation ($id: ID!) { notifyAffiliationDecision(id: $id, channel: EMAIL) { status } }`,
      { id },
      admin,
    );
    await ventanilla.ok(
      `mutation ($id: ID!, $on: Date!) { reportAffiliationNovelty(id: $id, input: { kind: DATA_UPDATE, description: "Cambio de dirección", effectiveDate: $on }) { status } }`,
      // A novelty takes effect on or after the approval, which happened today.
      { id, on: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10) },
      admin,
    );
  }
}

/** Improvement actions from a PQRS case: one found not effective and closed so, its follow-up closed effective, one open. */
async function workImprovementActions(
  ventanilla: VentanillaHarness,
  admin: string,
  agentId: string,
  radicados: string[],
): Promise<void> {
  const dueDate = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const formulate = async (linkedActionId: string | null, kind = 'PQRS', reference = radicados[1]) => {
    const { formulateImprovementAction } = await ventanilla.ok(
      `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
      {
        input: {
          source: { kind, reference },
          problem: 'Demoras en la atención',
          rootCause: 'Falta de personal en la ventanilla',
          action: 'Reforzar la ventanilla en horas pico',
          responsibleId: agentId,
          dueDate,
          linkedActionId,
        },
      },
      admin,
    );
    return formulateImprovementAction.id as string;
  };
  const followUp = async (id: string, effective: boolean) => {
    await ventanilla.ok(
      `mutation ($id: ID!) { recordActionProgress(id: $id, note: "Turnos ajustados", evidence: "Acta 3") { status } }`,
      { id },
      admin,
    );
    await ventanilla.ok(
      `mutation ($id: ID!, $e: Boolean!) { verifyActionEffectiveness(id: $id, effective: $e, evidence: "Medición de tiempos") { status } }`,
      { id, e: effective },
      admin,
    );
    await ventanilla.ok(`mutation ($id: ID!) { closeImprovementAction(id: $id) { status } }`, { id }, admin);
  };
  const first = await formulate(null);
  await followUp(first, false);
  await followUp(await formulate(first), true);
  await formulate(null, 'SURVEY', 'Encuesta de satisfacción 2026-T1');
}

/** A survey instrument answered, revised and retired. */
async function workSurveys(ventanilla: VentanillaHarness, admin: string, radicados: string[]): Promise<void> {
  const { createSurveyInstrument } = await ventanilla.ok(
    `mutation ($input: CreateSurveyInstrumentInput!) { createSurveyInstrument(input: $input) { id } }`,
    {
      input: {
        name: 'Encuesta de servicio',
        questions: [
          { text: '¿Cómo califica la atención?', kind: 'SCALE_1_5' },
          { text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
          { text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
        ],
      },
    },
    admin,
  );
  const instrumentId = createSurveyInstrument.id as string;
  const answer = (input: Record<string, unknown>) =>
    ventanilla.ok(
      `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }`,
      { input: { instrumentId, channel: 'PHONE', answeredOn: '2026-11-03', ...input } },
      admin,
    );
  await answer({
    radicado: radicados[0],
    answers: [
      { questionId: 'q1', score: 5 },
      { questionId: 'q2', yes: true },
      { questionId: 'q3', text: 'Muy amables.' },
    ],
  });
  await ventanilla.ok(
    `mutation ($id: ID!, $input: SurveyInstrumentInput!) { reviseSurveyInstrument(id: $id, input: $input) { version } }`,
    {
      id: instrumentId,
      input: {
        name: 'Encuesta de servicio',
        questions: [{ id: 'q1', text: '¿Cómo califica la atención?', kind: 'SCALE_1_5' }],
      },
    },
    admin,
  );
  await answer({ evaluation: 'SECOND', answers: [{ questionId: 'q1', score: 2 }] });
  await ventanilla.ok(
    `mutation ($id: ID!) { retireSurveyInstrument(id: $id) { status } }`,
    { id: instrumentId },
    admin,
  );
}

/** The year's action plan: a goal, an activity, its progress reported by its agent and approved. */
async function workActionPlan(
  ventanilla: VentanillaHarness,
  admin: string,
  agent: { id: string; token: string },
): Promise<void> {
  await ventanilla.ok(
    `mutation { createActionPlan(input: { year: 2026, title: "Plan de acción 2026" }) { year } }`,
    {},
    admin,
  );
  const { addPlanGoal } = await ventanilla.ok(
    `mutation { addPlanGoal(year: 2026, description: "Responder a tiempo") { goals { id } } }`,
    {},
    admin,
  );
  const { addPlanActivity } = await ventanilla.ok(
    `mutation ($input: AddPlanActivityInput!) { addPlanActivity(input: $input) { activities { id } } }`,
    {
      input: {
        year: 2026,
        goalId: addPlanGoal.goals[0].id,
        description: 'Seguimiento a las PQRS por vencer',
        responsibleId: agent.id,
        startDate: '2026-02-01',
        endDate: '2026-11-30',
        weight: 100,
        indicator: 'Reuniones realizadas',
        target: '40 reuniones',
      },
    },
    admin,
  );
  const { reportActivityProgress } = await ventanilla.ok(
    `mutation ($a: ID!) { reportActivityProgress(year: 2026, activityId: $a, progressPercent: 60, note: "Avance", evidence: "Actas") { activities { pendingReportId } } }`,
    { a: addPlanActivity.activities[0].id },
    agent.token,
  );
  await ventanilla.ok(
    `mutation ($r: ID!) { approveActivityProgress(year: 2026, progressReportId: $r) { year } }`,
    { r: reportActivityProgress.activities[0].pendingReportId },
    admin,
  );
}

/** The year's training plan: a need proposed by an improvement action accepted, another dismissed, a session held. */
async function workTraining(ventanilla: VentanillaHarness, admin: string, agent: { id: string }) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date());
  const year = Number(today.slice(0, 4));
  const { trainingNeeds } = await ventanilla.ok(
    `query ($year: Int!) { trainingNeeds(year: $year) { needKey } }`,
    { year },
    admin,
  );
  const [accepted, dismissed] = trainingNeeds.map((need: { needKey: string }) => need.needKey);
  await ventanilla.ok(
    `mutation ($year: Int!, $k: String!) { acceptTrainingNeed(year: $year, needKey: $k) { status } }`,
    { year, k: accepted },
    admin,
  );
  await ventanilla.ok(
    `mutation ($year: Int!, $k: String!) { dismissTrainingNeed(year: $year, needKey: $k, reason: "No aplica") { status } }`,
    { year, k: dismissed },
    admin,
  );
  const { scheduleTraining } = await ventanilla.ok(
    `mutation ($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }`,
    {
      input: {
        year,
        topic: 'Tema',
        date: today,
        trainer: 'Talento Humano',
        attendeeIds: [agent.id],
        needKeys: [accepted],
        passingScore: 70,
      },
    },
    admin,
  );
  await ventanilla.ok(
    `mutation ($s: ID!, $u: ID!) { recordTrainingAttendance(sessionId: $s, attendance: [{ userId: $u, attended: true, score: 80 }]) { id } }`,
    { s: scheduleTraining.id, u: agent.id },
    admin,
  );
}

/** A risk on the map with a control, this quarter's monitoring and a materialisation shown by a case. */
async function workRisks(
  ventanilla: VentanillaHarness,
  admin: string,
  agent: { id: string },
  radicados: string[],
) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date());
  const { registerRisk } = await ventanilla.ok(
    `mutation { registerRisk(input: { name: "Respuesta tardía", cause: "Volumen", consequence: "Sanciones",
      probability: MEDIUM, impact: MAJOR }) { id } }`,
    {},
    admin,
  );
  const riskId = registerRisk.id;
  await ventanilla.ok(
    `mutation ($riskId: ID!, $responsibleId: ID!) { addRiskControl(riskId: $riskId, input: {
      description: "Revisión semanal", responsibleId: $responsibleId, type: PREVENTIVE, implementation: MANUAL,
      documentation: DOCUMENTED, frequency: CONTINUOUS, evidence: RECORDED, periodicity: WEEKLY,
      evidenceDescription: "Acta" }) { id } }`,
    { riskId, responsibleId: agent.id },
    admin,
  );
  await ventanilla.ok(
    `mutation ($riskId: ID!, $quarter: String!) { recordRiskMonitoring(riskId: $riskId, input: {
      quarter: $quarter, controlsEffective: true, observations: "Sin novedad", evidence: "Actas" }) { id } }`,
    { riskId, quarter: `${today.slice(0, 4)}-T${Math.ceil(Number(today.slice(5, 7)) / 3)}` },
    admin,
  );
  await ventanilla.ok(
    `mutation ($riskId: ID!, $on: Date!, $r: String!) { recordRiskMaterialization(riskId: $riskId, input: {
      occurredOn: $on, description: "Respuesta tardía", links: [{ kind: PQRS, reference: $r }] }) { id } }`,
    { riskId, on: today, r: radicados[0] },
    admin,
  );
}

/** A management review opened today, a decision formulating an improvement action, its minutes approved. */
async function workManagementReview(
  ventanilla: VentanillaHarness,
  admin: string,
  agent: { id: string },
): Promise<void> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date());
  const { openManagementReview } = await ventanilla.ok(
    `mutation ($input: OpenManagementReviewInput!) { openManagementReview(input: $input) { id } }`,
    {
      input: {
        title: 'Revisión por la dirección',
        meetingDate: today,
        period: { from: `${today.slice(0, 4)}-01-01`, to: today },
        attendeeIds: [agent.id],
      },
    },
    admin,
  );
  await ventanilla.ok(
    `mutation ($input: RecordReviewDecisionInput!) { recordReviewDecision(input: $input) { id } }`,
    {
      input: {
        reviewId: openManagementReview.id,
        kind: 'IMPROVEMENT_OPPORTUNITY',
        description: 'Mejorar la oportunidad de respuesta',
        responsibleId: agent.id,
        dueDate: '2099-12-31',
        improvementAction: {
          problem: 'Respuestas tardías',
          rootCause: 'Turnos',
          action: 'Redistribuir turnos',
        },
      },
    },
    admin,
  );
  await ventanilla.ok(
    `mutation ($id: ID!) { closeManagementReview(reviewId: $id, conclusions: "Sistema eficaz") { status } }`,
    { id: openManagementReview.id },
    admin,
  );
}

describe('rebuilding every projection from zero', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-rebuild-all-'));
    const ventanilla = await VentanillaHarness.start({}, dataDir);
    try {
      const admin = await ventanilla.login();
      const agent = await ventanilla.userWithRoles(admin, 'agente.rebuild', ['AGENT']);
      await workNoticeTemplates(ventanilla, admin);
      const radicados = await workPqrs(ventanilla, admin, agent.id);
      await workFaq(ventanilla, admin, radicados);
      await workJointAnswerAndHabeasData(ventanilla, admin);
      await workAffiliations(ventanilla, admin, agent.id);
      await workImprovementActions(ventanilla, admin, agent.id, radicados);
      await workSurveys(ventanilla, admin, radicados);
      await workActionPlan(ventanilla, admin, agent);
      await workTraining(ventanilla, admin, agent);
      await workRisks(ventanilla, admin, agent, radicados);
      await workManagementReview(ventanilla, admin, agent);
      // A signed head of the log, as the server signs every so many events, so the report prints it.
      await ventanilla.app.get(LogHeadSigning).signNow();
      await ventanilla.ok(
        `mutation { report(kind: PQRS, from: "2026-01-01", to: "2026-12-31", format: CSV) { id } }`,
        {},
        admin,
      );
      // A backup, recorded in the log as an administrator's (the backups read model has it to rebuild).
      const backupDir = mkdtempSync(join(tmpdir(), 'ventanilla-rebuild-all-backup-'));
      try {
        const backup = await takeBackup({ dataDir, to: join(backupDir, 'copia') });
        await recordBackup(ventanilla.app.get(CommandBus), backup, 'MANUAL', {
          id: 'cli:operador',
          role: 'ADMIN',
        });
      } finally {
        rmSync(backupDir, { recursive: true, force: true });
      }
    } finally {
      await ventanilla.stop();
    }
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives read models equal to the live ones, for every projection the application runs', async () => {
    const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
    const live = await SqliteReadModelStore.open({ dataDir });
    const rebuilt = await temporaryReadModels('ventanilla-rebuild-all-target-');
    try {
      const head = await eventStore.headPosition();
      const results = await rebuildProjections(eventStore, rebuilt.store, APPLICATION_PROJECTIONS);
      expect(results.map((result) => result.deadLetters)).toEqual(APPLICATION_PROJECTIONS.map(() => 0));
      for (const projection of APPLICATION_PROJECTIONS) {
        expect(await live.getCheckpoint(projection.name)).toBe(head);
        expect(await rebuilt.store.getCheckpoint(projection.name)).toBe(head);
        let documents = 0;
        for (const collection of [...projection.collections, deadLetterCollectionOf(projection.name)]) {
          const liveDocuments = await dumpCollection(live, collection);
          expect({ collection, documents: await dumpCollection(rebuilt.store, collection) }).toEqual({
            collection,
            documents: liveDocuments,
          });
          documents += liveDocuments.length;
        }
        // The scenario must reach every projection, or the comparison proves nothing about it.
        expect({ projection: projection.name, hasDocuments: documents > 0 }).toEqual({
          projection: projection.name,
          hasDocuments: true,
        });
      }
    } finally {
      await rebuilt.cleanup();
      await live.close();
      await eventStore.close();
    }
  });
});
