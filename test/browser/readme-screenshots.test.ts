// The README's screenshots, taken by the test run from a small office day: the inbox, a case detail and
// the dashboard, as a coordinator sees them; and the Ventanilla virtual on a phone. They land in docs/screenshots/ (committed with the README).
import { expect } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, signIn } from './browser-harness.js';

const SCREENSHOTS = resolve('docs/screenshots');

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

function petition(kind: string, subject: string, daysAgo: number) {
  const receivedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  return {
    kind,
    channel: 'WEB',
    subject,
    description: `${subject}: solicitud presentada por la página web.`,
    petitioner: { name: 'María Fernanda Ruiz', documentType: 'CC', documentNumber: '1019876543' },
    receivedAt,
    // Recorded today: beyond the late-entry window the reason is required (and ignored within it).
    lateEntryReason: 'Solicitud registrada con fecha anterior.',
  };
}

async function capture(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

describeInBrowser('the README screenshots', (context) => {
  browserTest(context, 'takes the inbox, a case detail and the dashboard', async (page) => {
    const { ventanilla, adminToken } = context;
    const coordinator = await ventanilla.userWithRoles(adminToken, 'coordinadora.capturas', ['COORDINATOR']);
    const agent = await ventanilla.userWithRoles(
      adminToken,
      'agente.capturas',
      ['AGENT'],
      'Atención al Cliente',
    );
    const radicados: string[] = [];
    for (const [kind, subject, daysAgo] of [
      ['PETITION', 'Certificado de afiliación', 20],
      ['COMPLAINT', 'Demora en la atención en la sede', 12],
      ['INFORMATION_REQUEST', 'Copia de contrato de prestación de servicios', 8],
      ['CLAIM', 'Cobro duplicado en el extracto', 3],
      ['SUGGESTION', 'Horario extendido los sábados', 1],
    ] as const) {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: petition(kind, subject, daysAgo) },
        coordinator.token,
      );
      radicados.push(receivePqrs.radicado);
    }
    for (const radicado of radicados.slice(0, 4))
      await ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a, dependency: "Atención al Cliente") { radicado } }`,
        { r: radicado, a: agent.id },
        coordinator.token,
      );
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se expide el certificado y se envía por correo.") { radicado } }`,
      { r: radicados[0] },
      coordinator.token,
    );

    await page.setViewportSize({ width: 1366, height: 800 });
    await signIn(page, context.baseUrl, 'coordinadora.capturas', 'coordinadora.capturas-clave-segura');
    await page.goto(`${context.baseUrl}/bandeja`);
    await capture(page, 'bandeja');
    await page.goto(`${context.baseUrl}/casos/${radicados[1]}`);
    await capture(page, 'detalle-del-caso');
    await page.goto(`${context.baseUrl}/tablero`);
    await page.locator('[data-testid="chart-received-answered"] svg').first().waitFor();
    await capture(page, 'tablero');
    expect(radicados).toHaveLength(5);
  });

  browserTest(context, 'takes the Ventanilla virtual on a phone', async (page) => {
    // Mobile first: the public pages as a citizen's phone shows them (390 × 844 CSS pixels).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${context.baseUrl}/ventanilla`);
    await capture(page, 'ventanilla-inicio');
    await page.goto(`${context.baseUrl}/ventanilla/radicar`);
    await page.getByRole('radio', { name: /^Queja/ }).waitFor();
    await capture(page, 'ventanilla-radicar');
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toBe(
      'Radicar una solicitud',
    );
  });
});
