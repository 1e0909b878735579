// What an officer expects to read in the reports (issue 15, item 6), over HTTP on a real app: the author's
// conclusions printed at the end of the Informe de PQRS and kept sealed (ReportIssued holds a reference,
// the log never the text), the same text when the report is regenerated; the legal ground of each denial
// of access, required by the domain and printed in the access-to-information report; and people and
// improvement actions named as the screens name them, not by their ids.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const ISSUE = `
  mutation ($kind: ReportKind!, $from: Date!, $to: Date!, $format: ReportFormat!, $asOf: DateTime, $conclusions: String) {
    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf, conclusions: $conclusions) {
      id asOf contentHash fileSha256 downloadUrl
    }
  }`;
const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const ANSWER = `
  mutation ($r: String!, $decision: AccessDecision, $ground: AccessDenialGround, $detail: String,
            $provision: String, $harm: String, $publicVersion: Boolean) {
    answerPqrs(radicado: $r, answer: "No es posible entregar la historia clínica solicitada.",
      answeredAt: "2026-03-10T16:00:00-05:00", lateEntryReason: "Respuesta registrada después.",
      accessDecision: $decision, accessDenialGround: $ground, accessDenialDetail: $detail,
      accessDenialProvision: $provision, accessDenialHarm: $harm, publicVersionDelivered: $publicVersion) {
      status accessDecision accessDenialGround accessDenialDetail
    }
  }`;

const CONCLUSIONS = [
  'La oficina respondió a tiempo la mayoría de las solicitudes del periodo.',
  'Se recomienda capacitar al equipo en la Ley 1712; la señora Marta Gómez pidió orientación dos veces.',
];
const DETAIL = 'Historia clínica de la señora Marta Gómez: reserva del art. 24 de la Ley 23 de 1981.';

function request(kind: string, receivedAt: string | null) {
  return {
    kind,
    channel: 'WEB',
    subject: 'Copia de una historia clínica',
    description: 'Solicito copia de la historia clínica de mi madre.',
    petitioner: { name: 'Marta Gómez', documentType: 'CC', documentNumber: '52111333' },
    ...(receivedAt === null
      ? {}
      : { receivedAt, lateEntryReason: 'Radicación de prueba con fecha anterior.' }),
  };
}

/** Today in Bogotá (UTC-5 all year). */
const bogotaToday = () => new Date(Date.now() - 5 * 3600 * 1000).toISOString().slice(0, 10);

describe('conclusions, legal grounds and names in the reports', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let agent: { id: string; token: string };
  let radicado: string;
  let actionId: string;
  const period = { from: '2026-03-01', to: bogotaToday() };

  const issue = async (variables: Record<string, unknown>) =>
    (await ventanilla.ok(ISSUE, { ...period, format: 'CSV', ...variables }, coordinator.token)).report;
  const download = async (path: string) => {
    const response = await fetch(ventanilla.url.replace(/\/graphql$/, path), {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    agent = await ventanilla.userWithRoles(admin, 'agente', ['AGENT']);
    radicado = (
      await ventanilla.ok(
        RECEIVE,
        { input: request('INFORMATION_REQUEST', '2026-03-03T10:00:00-05:00') },
        coordinator.token,
      )
    ).receivePqrs.radicado;
    actionId = (
      await ventanilla.ok(
        `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
        {
          input: {
            source: { kind: 'PQRS', reference: radicado },
            problem: 'Solicitudes de historias clínicas sin orientación previa.',
            rootCause: 'No hay guía publicada.',
            action: 'Publicar la guía de solicitud de historias clínicas.',
            responsibleId: coordinator.id,
            dueDate: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10),
          },
        },
        coordinator.token,
      )
    ).formulateImprovementAction.id;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('the legal ground of a denial of access', () => {
    it('a denial without its ground is refused, naming the field', async () => {
      const response = await ventanilla.graphql(
        ANSWER,
        { r: radicado, decision: 'DENIED' },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'ACCESS_DENIAL_GROUND_REQUIRED',
        field: 'accessDenialGround',
      });
      expect(response.errors?.[0]?.message).toContain('Ley 1712');
    });

    it('a denial with its ground is recorded, the detail sealed, and the case shows both', async () => {
      const { answerPqrs } = await ventanilla.ok(
        ANSWER,
        {
          r: radicado,
          decision: 'DENIED',
          ground: 'PRIVACY',
          detail: DETAIL,
          provision: 'Ley 23 de 1981, art. 34; Ley 1712 de 2014, art. 18 a',
          harm: 'Revelaría el diagnóstico de una persona que no consintió la entrega.',
          publicVersion: false,
        },
        coordinator.token,
      );
      expect(answerPqrs).toEqual({
        status: 'ANSWERED',
        accessDecision: 'DENIED',
        accessDenialGround: 'PRIVACY',
        accessDenialDetail: DETAIL,
      });
      const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readAll(null, 10_000);
      const answered = log.find((event) => event.stream === `pqrs-${radicado}` && event.type === 'Answered')!;
      expect(answered.data).toMatchObject({
        accessDenialGround: 'PRIVACY',
        accessDenialDetail: expect.stringMatching(/^vault-text:[0-9a-f-]{36}$/),
      });
      expect(JSON.stringify(log.map((event) => event.data))).not.toContain('reserva del art. 24');
    });

    it('the access-to-information report prints the ground of the denial and counts denials by ground', async () => {
      const report = await issue({ kind: 'ACCESS_TO_INFORMATION' });
      const csv = (await download(report.downloadUrl)).toString('utf8');
      const lines = csv.split(/\r?\n/);
      const header = lines.find((line) => line.startsWith('Radicado;'))!;
      expect(header.split(';')).toContain('Fundamento legal');
      const row = lines.find((line) => line.startsWith(`${radicado};`))!;
      expect(row).toContain(';Acceso negado;Intimidad y datos personales (art. 18 a);');
      const byGround = csv.slice(csv.indexOf('Negaciones del acceso por fundamento legal'));
      expect(byGround).toContain('Intimidad y datos personales (art. 18 a);1;0;1');
      expect(byGround).toContain('Seguridad pública (art. 19 b);0;0;0');
      expect(byGround).toMatch(/\nTotal;1;0;1/);
    });
  });

  describe("the author's conclusions", () => {
    let issued: { id: string; asOf: string; contentHash: string; downloadUrl: string };
    let firstCsv: Buffer;

    beforeAll(async () => {
      issued = await issue({ kind: 'PQRS', conclusions: CONCLUSIONS.join('\n\n') });
      firstCsv = await download(issued.downloadUrl);
    });

    it('are printed at the end of the Informe de PQRS, a paragraph each', () => {
      const csv = firstCsv.toString('utf8');
      const section = csv.slice(csv.lastIndexOf('Conclusiones y recomendaciones'));
      for (const paragraph of CONCLUSIONS) expect(section).toContain(paragraph);
      expect(csv).not.toContain('Espacio reservado');
    });

    it('ReportIssued holds their sealed reference, never the text', async () => {
      const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readAll(null, 10_000);
      const reportIssued = log.find(
        (event) =>
          event.type === 'ReportIssued' && (event.data as { reportId: string }).reportId === issued.id,
      )!;
      expect(reportIssued.schemaVersion).toBe(2);
      expect(reportIssued.data).toMatchObject({
        conclusions: expect.stringMatching(/^vault-text:[0-9a-f-]{36}$/),
        textOwnerId: expect.any(String),
      });
      const written = JSON.stringify(log.map((event) => event.data));
      for (const paragraph of CONCLUSIONS) expect(written).not.toContain(paragraph);
    });

    it('regenerated as of the same instant, the report prints the same text with the same hash', async () => {
      const { verifyReport } = await ventanilla.ok(
        `query ($id: ID!) { verifyReport(reportId: $id) { matches regeneratedContentHash } }`,
        { id: issued.id },
        coordinator.token,
      );
      expect(verifyReport).toEqual({ matches: true, regeneratedContentHash: issued.contentHash });
      // The data folder lost the file: it is regenerated from the log, the conclusions from the vault.
      await rm(join(ventanilla.config.dataDir, 'reports', `${issued.id}.csv`));
      expect((await download(issued.downloadUrl)).equals(firstCsv)).toBe(true);
    });

    it('left out, the report says the author wrote none', async () => {
      const report = await issue({ kind: 'PQRS', asOf: issued.asOf });
      const csv = (await download(report.downloadUrl)).toString('utf8');
      expect(csv).toContain('Sin conclusiones registradas por el autor.');
      expect(report.contentHash).not.toBe(issued.contentHash);
    });

    it('are refused on a report with no conclusions section, and past the limit, naming the field', async () => {
      const satisfaction = await ventanilla.graphql(
        ISSUE,
        { ...period, kind: 'SATISFACTION', format: 'CSV', conclusions: 'Mejoró la atención.' },
        coordinator.token,
      );
      expect(satisfaction.errors?.[0]?.extensions).toMatchObject({
        rule: 'CONCLUSIONS_NOT_APPLICABLE',
        field: 'conclusions',
      });
      const tooLong = await ventanilla.graphql(
        ISSUE,
        { ...period, kind: 'PQRS', format: 'CSV', conclusions: 'x'.repeat(8001) },
        coordinator.token,
      );
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conclusions' });
    });
  });

  describe('names, not ids', () => {
    it('the Informe de PQRS names the improvement action by its problem, not its UUID', async () => {
      const report = await issue({ kind: 'PQRS' });
      const csv = (await download(report.downloadUrl)).toString('utf8');
      const section = csv.slice(csv.indexOf('Acciones de mejora formuladas a partir de PQRS'));
      expect(section).toContain(`Solicitudes de historias clínicas sin orientación previa.;${radicado};`);
      expect(csv).not.toContain(actionId);
    });

    it('the per-assignee counts carry the staff member’s name', async () => {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: request('PETITION', null) },
        coordinator.token,
      );
      await ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
        { r: receivePqrs.radicado, a: agent.id },
        coordinator.token,
      );
      const today = bogotaToday();
      const { indicators } = await ventanilla.ok(
        `query ($d: Date!) { indicators(from: $d, to: $d, granularity: DAY) {
          buckets { pqrs { open { byAssignee { key value name } } } } } }`,
        { d: today },
        coordinator.token,
      );
      const byAssignee = indicators.buckets[0].pqrs.open.byAssignee;
      expect(byAssignee).toContainEqual({ key: agent.id, value: 1, name: 'Funcionario agente' });
    });
  });
});
