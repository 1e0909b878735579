// A notice's follow-up in a real browser. With a receiving mail server on loopback that refuses the
// petitioner's address for good (550), the case's acknowledgment shows as Fallido with the server's
// reply; the layout's warning counts it and links to Avisos fallidos, which links back to the case; staff
// record the postal dispatch that replaces the e-mail (carrier, guide, date) and then its delivery, and the
// warning and the list no longer count it. Apart, with no mail server configured, the warning says the
// e-mails wait. axe on each screen.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ReceivingSmtpServer } from '../support/receiving-smtp-server.js';
import {
  browserTest,
  describeInBrowser,
  seriousAccessibilityViolations,
  signIn,
  type BrowserContext,
} from './browser-harness.js';

const COORDINATOR = 'coordinador.avisos';
const DOMAIN = 'entidad.gov.co';
const BOUNCING_EMAIL = 'no.existe@correo.example';
const REFUSAL = '5.1.1 Buzón inexistente';
const CARRIER = 'Servicios Postales Nacionales 4-72';
const GUIDE = 'RN123456789CO';

const NOTICES = `query ($r: String!) { pqrs(radicado: $r) { notifications { id kind status failure } } }`;

interface NoticesRead {
  readonly pqrs: {
    readonly notifications: readonly { id: string; kind: string; status: string; failure: string | null }[];
  };
}

/** Files a petition answered by e-mail at the given address; its radicado. */
async function receiveByEmail(context: BrowserContext, email: string): Promise<string> {
  const { receivePqrs } = await context.ventanilla.ok(
    `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
    {
      input: {
        kind: 'PETITION',
        channel: 'EMAIL',
        answerChannel: 'EMAIL',
        subject: 'Paz y salvo de aportes',
        description: 'Solicito el paz y salvo de mis aportes del último año.',
        petitioner: { name: 'Andrés Molina', documentType: 'CC', documentNumber: '1020304050', email },
      },
    },
    context.adminToken,
  );
  return receivePqrs.radicado as string;
}

/** Today on Bogotá's clock as dd/mm/aaaa, as the notice's facts write the postal dates. */
function bogotaToday(): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' })
    .format(new Date())
    .split('-');
  return `${day}/${month}/${year}`;
}

let smtp: ReceivingSmtpServer | undefined;
const environment: Record<string, string> = {
  VENTANILLA_MAIL_FROM: `Atención al Cliente <pqrs@${DOMAIN}>`,
  VENTANILLA_MAIL_RETRY_SECONDS: '0',
};
beforeAll(async () => {
  smtp = await ReceivingSmtpServer.start({
    refuse: (mail) => (mail.envelopeTo.includes(BOUNCING_EMAIL) ? { code: 550, message: REFUSAL } : null),
  });
  environment.VENTANILLA_SMTP_URL = smtp.url;
});
afterAll(async () => {
  await smtp?.stop();
});

describeInBrowser(
  'a failed notice followed up by post, in a browser',
  (context) => {
    let radicado = '';

    beforeAll(async () => {
      await context.ventanilla.userWithRoles(context.adminToken, COORDINATOR, ['COORDINATOR']);
      radicado = await receiveByEmail(context, BOUNCING_EMAIL);
      // The sender tries the acknowledgment at once; the refusal is permanent, so it fails on the first try.
      for (let tries = 0; tries < 80; tries += 1) {
        const { pqrs } = await context.ventanilla.ok<NoticesRead>(
          NOTICES,
          { r: radicado },
          context.adminToken,
        );
        if (pqrs.notifications.some((notice) => notice.status === 'FAILED')) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });

    const acknowledgment = (page: Page) =>
      page.getByTestId('notice-item').and(page.locator('[data-notice-kind="ACKNOWLEDGMENT"]'));

    browserTest(
      context,
      'the refused e-mail shows as failed, counted by the warning and listed with a link to its case',
      async (page) => {
        const { pqrs } = await context.ventanilla.ok<NoticesRead>(
          NOTICES,
          { r: radicado },
          context.adminToken,
        );
        const failed = pqrs.notifications.find((notice) => notice.kind === 'ACKNOWLEDGMENT');
        expect(failed?.status).toBe('FAILED');
        expect(smtp!.offered.some((mail) => mail.envelopeTo.includes(BOUNCING_EMAIL))).toBe(true);
        expect(smtp!.received.some((mail) => mail.envelopeTo.includes(BOUNCING_EMAIL))).toBe(false);

        await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
        const warning = page.getByTestId('outbox-failed');
        await expect(warning.textContent()).resolves.toBe(
          'Hay 1 aviso fallido: debe darse por otro medio. Ver los avisos fallidos',
        );
        await warning.getByRole('link', { name: 'Ver los avisos fallidos' }).click();
        await page.getByRole('heading', { level: 1, name: 'Avisos fallidos' }).waitFor();
        const rows = page.getByRole('table', { name: 'Avisos fallidos' }).getByRole('row');
        await rows.nth(1).waitFor();
        await expect(rows.count()).resolves.toBe(2);
        const row = (await rows.nth(1).getByRole('cell').allTextContents()).map((cell) => cell.trim());
        expect(row.slice(0, 4)).toEqual([radicado, 'Acuse de recibo', 'Correo electrónico', 'Peticionario']);
        expect(row[5]).toContain(REFUSAL);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        await rows.nth(1).getByRole('link', { name: radicado }).click();
        await page.getByRole('heading', { level: 1, name: `Caso ${radicado}` }).waitFor();
        const notice = acknowledgment(page);
        await expect(notice.getByTestId('notice-status').textContent()).resolves.toBe('Fallido');
        await expect(notice.getByTestId('notice-facts').textContent()).resolves.toContain(`Falla`);
        await expect(notice.getByTestId('notice-facts').textContent()).resolves.toContain(REFUSAL);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      },
      90_000,
    );

    browserTest(
      context,
      'staff record the postal dispatch that replaces it and then its delivery; nothing is counted as failed',
      async (page) => {
        await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
        await page.goto(`${context.baseUrl}/casos/${radicado}`);
        const notice = acknowledgment(page);
        await notice.getByTestId('notice-status').filter({ hasText: 'Fallido' }).waitFor();
        await page.getByTestId('outbox-failed').waitFor();

        await notice.getByRole('button', { name: 'Registrar envío postal: Acuse de recibo' }).click();
        const dispatch = page.getByRole('dialog', { name: 'Registrar envío postal: Acuse de recibo' });
        await expect(dispatch.textContent()).resolves.toContain('El correo electrónico no se pudo entregar');
        // Each blank field is named before anything is sent.
        await dispatch.getByRole('button', { name: 'Registrar envío' }).click();
        await dispatch.getByText('Indique la empresa de mensajería.').waitFor();
        await dispatch.getByText('Indique el número de guía del envío.').waitFor();
        await dispatch.getByRole('textbox', { name: 'Empresa de mensajería' }).fill(CARRIER);
        await dispatch.getByRole('textbox', { name: 'Número de guía' }).fill(GUIDE);
        // The date opens on today, the day it went out.
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await dispatch.getByRole('button', { name: 'Registrar envío' }).click();
        await dispatch.waitFor({ state: 'detached' });
        await expect(page.getByRole('status').textContent()).resolves.toContain('Envío postal registrado.');
        await notice.getByTestId('notice-status').filter({ hasText: 'Despachado' }).waitFor();
        await expect(notice.getByTestId('notice-facts').textContent()).resolves.toContain(
          `Envío postal${CARRIER}, guía ${GUIDE}, ${bogotaToday()}`,
        );
        // Dispatched, the notice is given by another means: the warning no longer counts it.
        await page.getByTestId('outbox-failed').waitFor({ state: 'detached' });

        await notice.getByRole('button', { name: 'Registrar entrega/devolución: Acuse de recibo' }).click();
        const outcome = page.getByRole('dialog', { name: 'Registrar entrega o devolución: Acuse de recibo' });
        await expect(outcome.textContent()).resolves.toContain(
          `Lo que informó ${CARRIER} sobre la guía ${GUIDE}.`,
        );
        await outcome.getByRole('radio', { name: 'Entregado' }).check();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await outcome.getByRole('button', { name: 'Registrar', exact: true }).click();
        await outcome.waitFor({ state: 'detached' });
        await notice.getByTestId('notice-status').filter({ hasText: 'Entregado' }).waitFor();
        await expect(notice.getByTestId('notice-facts').textContent()).resolves.toContain(
          `Entregado${bogotaToday()}`,
        );
        expect(await notice.getByRole('button').count()).toBe(0);
        // The history names the follow-up.
        await page
          .getByTestId('timeline-entry')
          .filter({ hasText: `${CARRIER}, guía ${GUIDE}` })
          .waitFor();

        await page.goto(`${context.baseUrl}/avisos-fallidos`);
        await expect(page.getByTestId('failed-notices').textContent()).resolves.toBe(
          'No hay avisos fallidos.',
        );
        expect(await page.getByTestId('outbox-banner').count()).toBe(0);
        const { notificationOutbox } = await context.ventanilla.ok<{
          notificationOutbox: { failed: number };
        }>(`{ notificationOutbox { failed } }`, {}, context.adminToken);
        expect(notificationOutbox.failed).toBe(0);
      },
      90_000,
    );
  },
  environment,
);

describeInBrowser('the outbox warning with no mail server, in a browser', (context) => {
  browserTest(context, 'says the e-mails wait for a mail server', async (page) => {
    await context.ventanilla.userWithRoles(context.adminToken, COORDINATOR, ['COORDINATOR']);
    const radicado = await receiveByEmail(context, 'andres.molina@correo.example');
    const { pqrs } = await context.ventanilla.ok<NoticesRead>(NOTICES, { r: radicado }, context.adminToken);
    expect(pqrs.notifications.map((notice) => [notice.kind, notice.status])).toEqual([
      ['ACKNOWLEDGMENT', 'PENDING'],
    ]);
    await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
    await expect(page.getByTestId('outbox-waiting').textContent()).resolves.toBe(
      'Hay 1 aviso por correo pendiente: no hay servidor de correo configurado.',
    );
    expect(await page.getByTestId('outbox-failed').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
