// The daily digest over real SMTP on loopback, with the application's clock in the test's hands: sent once
// per business day at the configured hour (not before it), none on a Sunday or a Colombian holiday, none
// twice after a restart (the sending is in the log), a missed day never sent late; each agent's digest
// names their overdue radicado with its business days, a coordinator's the office's overdue cases by
// agent; no petitioner's name or subject; an account without an e-mail address gets none. The words are
// the DAILY_DIGEST template's in force: a version an ADMIN publishes writes the next day's digests, and
// each sending records the version that wrote it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The harness (the whole application) loads first, in the application's own module order.
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { DigestScheduler } from '../../src/features/digest/index.js';
import { ReceivingSmtpServer, type ReceivedMail } from '../support/receiving-smtp-server.js';

const PETITIONER = 'Petronila Reservada Gómez';
const SUBJECT = 'Asunto reservado del peticionario';
const PUBLIC_URL = 'https://ventanilla.entidad.gov.co';

/** Bogotá is UTC-5: 07:00 there is 12:00 UTC. */
const bogota = (day: string, time: string) => new Date(`${day}T${time}:00.000-05:00`);

describe('the daily digest by e-mail', () => {
  let now = bogota('2026-11-01', '10:00'); // a Sunday
  let smtp: ReceivingSmtpServer;
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;
  const accounts: Record<'agent' | 'coordinator' | 'agentWithoutEmail' | 'inactiveAgent', string> = {
    agent: '',
    coordinator: '',
    agentWithoutEmail: '',
    inactiveAgent: '',
  };
  const radicados: Record<string, string> = {};

  const start = async () => {
    ventanilla = await VentanillaHarness.start(
      {
        VENTANILLA_SMTP_URL: smtp.url,
        VENTANILLA_MAIL_FROM: 'Atención al Cliente <pqrs@entidad.gov.co>',
        VENTANILLA_DIGEST_TIME: '07:00',
        VENTANILLA_PUBLIC_URL: PUBLIC_URL,
      },
      dataDir,
      undefined,
      () => now,
    );
    admin = await ventanilla.login();
  };
  /** What the timer does each minute, run now and awaited. */
  const lookAtTheClock = () => ventanilla.app.get(DigestScheduler).sendDue();
  const digestsOf = (day: string) =>
    smtp.received.filter((mail) => mail.messageId.startsWith(`<resumen-diario.${day}.`));
  const digestTo = (day: string, accountId: string): ReceivedMail | undefined =>
    digestsOf(day).find((mail) => mail.messageId === `<resumen-diario.${day}.${accountId}@entidad.gov.co>`);
  const recordedSendings = async (day: string) =>
    (await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`digest-${day}`)).map((event) => ({
      type: event.type,
      data: event.data as Record<string, unknown>,
      actor: [event.metadata.actorId, event.metadata.actorRole],
    }));

  const createUser = async (username: string, roles: string[], email: string | null) => {
    const { createUser: created } = await ventanilla.ok<{ createUser: { id: string; email: string | null } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email } }`,
      {
        input: {
          username,
          password: `${username}-clave-segura`,
          fullName: `Funcionario ${username}`,
          roles,
          email,
        },
      },
      admin,
    );
    expect(created.email).toBe(email);
    return created.id;
  };

  const receive = async (name: string, kind: string, at: Date, assigneeId: string | null) => {
    now = at;
    const { receivePqrs } = await ventanilla.ok<{ receivePqrs: { radicado: string } }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind,
          channel: 'IN_PERSON',
          subject: SUBJECT,
          description: `Descripción del caso ${name}.`,
          petitioner: { name: PETITIONER, documentType: 'CC', documentNumber: '52111222' },
        },
      },
      admin,
    );
    radicados[name] = receivePqrs.radicado;
    if (assigneeId !== null) {
      await ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
        { r: receivePqrs.radicado, a: assigneeId },
        admin,
      );
    }
    return receivePqrs.radicado;
  };

  beforeAll(async () => {
    smtp = await ReceivingSmtpServer.start();
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-digest-'));
    await start();
    accounts.agent = await createUser('agente.resumen', ['AGENT'], 'agente.resumen@entidad.gov.co');
    accounts.agentWithoutEmail = await createUser('agente.sincorreo', ['AGENT'], null);
    accounts.inactiveAgent = await createUser('agente.retirado', ['AGENT'], 'retirado@entidad.gov.co');
    // The coordinator is given an address afterwards, as an administrator would an older account.
    accounts.coordinator = await createUser('coordinadora.resumen', ['COORDINATOR'], null);
    await ventanilla.ok(
      `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { email } }`,
      {
        id: accounts.coordinator,
        input: {
          fullName: 'Funcionario coordinadora.resumen',
          roles: ['COORDINATOR'],
          active: true,
          email: 'coordinacion@entidad.gov.co',
        },
      },
      admin,
    );

    // Received Sunday 1 November 2026 (2 November is a holiday): petitions fall due Tuesday 24 November.
    await receive('overdue', 'PETITION', bogota('2026-11-01', '10:00'), accounts.agent);
    await receive(
      'overdue, no e-mail',
      'PETITION',
      bogota('2026-11-01', '10:05'),
      accounts.agentWithoutEmail,
    );
    await receive('unassigned', 'PETITION', bogota('2026-11-01', '10:10'), null);
    await receive('overdue, inactive', 'PETITION', bogota('2026-11-01', '10:15'), accounts.inactiveAgent);
    // A request for information (10 business days) received Wednesday 25 November falls due Thursday
    // 10 December (8 December is a holiday): due soon on 7 December. Received before 07:00, when no
    // digest is due yet.
    await receive('due soon', 'INFORMATION_REQUEST', bogota('2026-11-25', '06:00'), accounts.agent);
    const awaiting = await receive('awaiting', 'PETITION', bogota('2026-11-25', '06:10'), accounts.agent);
    await ventanilla.ok(
      `mutation ($r: String!) { requestPqrsInformation(radicado: $r, note: "Falta la copia del contrato") { status } }`,
      { r: awaiting },
      admin,
    );
    // Deactivated once its case was assigned: it keeps the case, not the digest.
    await ventanilla.ok(
      `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { active } }`,
      {
        id: accounts.inactiveAgent,
        input: { fullName: 'Funcionario agente.retirado', roles: ['AGENT'], active: false },
      },
      admin,
    );
  }, 60_000);

  afterAll(async () => {
    await ventanilla?.stop();
    await smtp?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('an invalid e-mail address is refused naming the field', async () => {
    const response = await ventanilla.graphql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: 'agente.malcorreo',
          password: 'agente.malcorreo-clave-segura',
          fullName: 'Funcionario con correo malo',
          roles: ['AGENT'],
          email: 'no-es-un-correo',
        },
      },
      admin,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(response.errors?.[0]?.message).toMatch(/correo electrónico/);
  });

  it('sends nothing on a Sunday', async () => {
    now = bogota('2026-11-29', '08:00');
    await lookAtTheClock();
    expect(digestsOf('2026-11-29')).toEqual([]);
    expect(await recordedSendings('2026-11-29')).toEqual([]);
  });

  it('sends nothing on a business day before the configured hour', async () => {
    now = bogota('2026-12-07', '06:59');
    await lookAtTheClock();
    expect(digestsOf('2026-12-07')).toEqual([]);
  });

  it('at the hour sends each active agent and coordinator with an address their digest, and records it', async () => {
    now = bogota('2026-12-07', '07:00');
    await lookAtTheClock();

    expect(digestsOf('2026-12-07').map((mail) => mail.envelopeTo)).toEqual(
      expect.arrayContaining([['agente.resumen@entidad.gov.co'], ['coordinacion@entidad.gov.co']]),
    );
    expect(digestsOf('2026-12-07')).toHaveLength(2);
    const sendings = await recordedSendings('2026-12-07');
    expect(sendings.map((sending) => sending.data['recipientAccountId']).sort()).toEqual(
      [accounts.agent, accounts.coordinator].sort(),
    );
    for (const sending of sendings) {
      expect(sending).toMatchObject({
        type: 'DigestSent',
        actor: ['daily-digest', 'SYSTEM'],
        data: {
          date: '2026-12-07',
          messageId: `<resumen-diario.2026-12-07.${String(sending.data['recipientAccountId'])}@entidad.gov.co>`,
          serverResponse: expect.stringMatching(/^250/),
          // Nothing published yet: the shipped text, version 1.
          template: { key: 'DAILY_DIGEST', version: 1 },
        },
      });
      // Account ids only: no address in the log.
      expect(JSON.stringify(sending.data)).not.toContain('agente.resumen@');
      expect(JSON.stringify(sending.data)).not.toContain('coordinacion@');
    }
    expect(
      sendings.find((sending) => sending.data['recipientAccountId'] === accounts.agent)?.data,
    ).toMatchObject({
      contents: { overdue: 1, dueSoon: 1, awaitingInformation: 1, teamOverdue: null },
    });
  });

  it("an agent's digest names their overdue radicado with its business days, then due soon and awaiting", () => {
    const mail = digestTo('2026-12-07', accounts.agent)!;
    // The shipped DAILY_DIGEST text (version 1).
    expect(mail.subject).toBe('Sus vencimientos al 07/12/2026: 1 vencidos, 1 por vencer');
    expect(mail.text).toMatch(/^Hola, Funcionario agente\.resumen:\n\nEstos son los casos a su cargo/);
    // Due 24 November; 25 to 27 November, 30 November to 4 December and 7 December: 9 business days.
    expect(mail.text).toContain(
      `${radicados['overdue']} · Petición · venció el 24/11/2026 · 9 días hábiles de retraso`,
    );
    // Due 10 December; 9 and 10 December count, the 8th (Inmaculada Concepción) does not.
    expect(mail.text).toContain(
      `${radicados['due soon']} · Solicitud de información o documentos · vence el 10/12/2026 · quedan 2 días hábiles`,
    );
    expect(mail.text).toMatch(
      new RegExp(
        `${radicados['awaiting']} · Petición · desistimiento tácito posible desde el \\d\\d/\\d\\d/2026`,
      ),
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/mi-trabajo`);
    expect(mail.text).not.toContain(radicados['unassigned']);
    expect(mail.text).not.toContain('Casos vencidos de la oficina');
  });

  it("a coordinator's digest lists the office's overdue cases by agent, the unassigned first", () => {
    const { text } = digestTo('2026-12-07', accounts.coordinator)!;
    const section = text.slice(text.indexOf('Casos vencidos de la oficina'));
    expect(section).toMatch(/^Casos vencidos de la oficina, por funcionario \(4\):/);
    const order = [
      'Sin asignar (1):',
      'Funcionario agente.resumen (1):',
      'Funcionario agente.sincorreo (1):',
    ].map((heading) => section.indexOf(heading));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1]!);
    expect(section).toContain(
      `${radicados['overdue, no e-mail']} · Petición · venció el 24/11/2026 · 9 días hábiles de retraso`,
    );
  });

  it('names no petitioner and no subject', () => {
    for (const mail of digestsOf('2026-12-07')) {
      expect(mail.text).not.toContain(PETITIONER);
      expect(mail.text).not.toContain(SUBJECT);
      expect(mail.subject).not.toContain(SUBJECT);
    }
  });

  it('an account without an e-mail address, or inactive, gets no digest and none is recorded for it', async () => {
    const recipients = (await recordedSendings('2026-12-07')).map(
      (sending) => sending.data['recipientAccountId'],
    );
    expect(recipients).not.toContain(accounts.agentWithoutEmail);
    expect(recipients).not.toContain(accounts.inactiveAgent);
    expect(smtp.received.flatMap((mail) => mail.envelopeTo)).not.toContain('retirado@entidad.gov.co');
  });

  it('sends nothing more later the same day', async () => {
    now = bogota('2026-12-07', '15:00');
    await lookAtTheClock();
    expect(digestsOf('2026-12-07')).toHaveLength(2);
  });

  it('sends nothing twice after a restart on the same day', async () => {
    await ventanilla.stop();
    now = bogota('2026-12-07', '16:00');
    await start();
    await lookAtTheClock();
    expect(digestsOf('2026-12-07')).toHaveLength(2);
    expect(await recordedSendings('2026-12-07')).toHaveLength(2);
  });

  it('sends nothing on a Colombian holiday (Tuesday 8 December, Inmaculada Concepción)', async () => {
    now = bogota('2026-12-08', '07:30');
    await lookAtTheClock();
    expect(digestsOf('2026-12-08')).toEqual([]);
    expect(await recordedSendings('2026-12-08')).toEqual([]);
  });

  it('sends the next business day its own digest, one business day later', async () => {
    now = bogota('2026-12-09', '07:00');
    await lookAtTheClock();
    expect(digestsOf('2026-12-09')).toHaveLength(2);
    expect(digestTo('2026-12-09', accounts.agent)!.text).toContain(
      `${radicados['overdue']} · Petición · venció el 24/11/2026 · 10 días hábiles de retraso`,
    );
  });

  it('at start-up sends the day\u2019s digest whose hour passed while the server was down', async () => {
    await ventanilla.stop();
    now = bogota('2026-12-10', '09:30');
    await start();
    // Not asked: the start-up look sends it.
    const sent = await smtp.waitFor((mail) => mail.messageId.startsWith('<resumen-diario.2026-12-10.'), 2);
    expect(sent.map((mail) => mail.envelopeTo[0]).sort()).toEqual([
      'agente.resumen@entidad.gov.co',
      'coordinacion@entidad.gov.co',
    ]);
  });

  it("never sends a past day's digest late, and its timer sends at the hour", async () => {
    await ventanilla.stop();
    // Friday 11 December went by with the server down; it starts again Monday 14 December before the hour.
    now = new Date('2026-12-14T06:59:58.000-05:00');
    await start();
    await lookAtTheClock();
    expect(digestsOf('2026-12-14')).toEqual([]);
    // The hour comes; no one asks: the scheduler's own timer looks again within a second or two of it.
    now = bogota('2026-12-14', '07:00');
    await smtp.waitFor((mail) => mail.messageId.startsWith('<resumen-diario.2026-12-14.'), 2);
    expect(digestsOf('2026-12-11')).toEqual([]);
    expect(await recordedSendings('2026-12-11')).toEqual([]);
  });

  it('a DAILY_DIGEST version an administrator publishes writes the next day\u2019s digests, which record it', async () => {
    now = bogota('2026-12-14', '10:00');
    const { publishNoticeTemplate } = await ventanilla.ok<{
      publishNoticeTemplate: { key: string; version: number };
    }>(
      `mutation ($key: NoticeTemplateKey!, $subject: String!, $body: String!) {
        publishNoticeTemplate(key: $key, subject: $subject, body: $body) { key version }
      }`,
      {
        key: 'DAILY_DIGEST',
        subject: 'Ventanilla, {{fecha}}: {{vencidos}} vencidos y {{porVencer}} por vencer',
        body: 'Buen día, {{nombre}}.\n\n{{casos}}\n\nAbra Mi trabajo: {{enlaceTrabajo}}\n\nOficina de PQRS',
      },
      admin,
    );
    expect(publishNoticeTemplate).toEqual({ key: 'DAILY_DIGEST', version: 2 });
    // Monday's digests, written before the publication, keep the version that wrote them.
    for (const sending of await recordedSendings('2026-12-14'))
      expect(sending.data['template']).toEqual({ key: 'DAILY_DIGEST', version: 1 });

    now = bogota('2026-12-15', '07:00');
    await lookAtTheClock();
    const agentDigest = digestTo('2026-12-15', accounts.agent)!;
    // By Tuesday the request for information due on 10 December is overdue too.
    expect(agentDigest.subject).toBe('Ventanilla, 15/12/2026: 2 vencidos y 0 por vencer');
    expect(agentDigest.text).toMatch(
      /^Buen día, Funcionario agente\.resumen\.\n\nSus casos vencidos \(2\):\n/,
    );
    expect(agentDigest.text).toContain(
      `${radicados['overdue']} · Petición · venció el 24/11/2026 · 14 días hábiles de retraso`,
    );
    expect(agentDigest.text).toContain(`Abra Mi trabajo: ${PUBLIC_URL}/mi-trabajo\n\nOficina de PQRS`);
    expect(agentDigest.text).not.toContain('Hola,');
    // The coordinator's office section travels in the same list of cases.
    expect(digestTo('2026-12-15', accounts.coordinator)!.text).toContain(
      'Casos vencidos de la oficina, por funcionario (',
    );
    const sendings = await recordedSendings('2026-12-15');
    expect(sendings).toHaveLength(2);
    for (const sending of sendings)
      expect(sending.data['template']).toEqual({ key: 'DAILY_DIGEST', version: 2 });
  });
});
