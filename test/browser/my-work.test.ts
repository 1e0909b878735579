// Mi trabajo in a real browser: an agent with an overdue case signs in and sees it first, with its term in
// business days and its semáforo in words, and opens it from there; a coordinator lands on the same page
// with the team's overdue cases by agent. Both pages pass the accessibility check.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

const AGENT = 'agente.vencimientos';
const COORDINATOR = 'coordinador.vencimientos';

function workCases(page: Page) {
  return page.getByTestId('work-case');
}

describeInBrowser('Mi trabajo, in a browser', (context) => {
  let overdueRadicado = '';
  let onTimeRadicado = '';

  const receive = async (subject: string, receivedAt: string | null) => {
    const { receivePqrs } = await context.ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'CLAIM',
          channel: 'EMAIL',
          subject,
          description: 'Reclamo para la lista de trabajo.',
          petitioner: { name: 'Pedro Nel Ruiz', documentType: 'CC', documentNumber: '19456123' },
          ...(receivedAt === null
            ? {}
            : { receivedAt, lateEntryReason: 'Reclamo por correo registrado con fecha anterior.' }),
        },
      },
      context.adminToken,
    );
    return receivePqrs.radicado as string;
  };

  beforeAll(async () => {
    const agent = await context.ventanilla.userWithRoles(context.adminToken, AGENT, ['AGENT']);
    await context.ventanilla.userWithRoles(context.adminToken, COORDINATOR, ['COORDINATOR']);
    // Received today, and forty calendar days ago: well past fifteen business days, so overdue.
    onTimeRadicado = await receive('Reclamo reciente por facturación', null);
    overdueRadicado = await receive(
      'Reclamo antiguo por facturación',
      new Date(Date.now() - 40 * 86_400_000).toISOString(),
    );
    for (const radicado of [onTimeRadicado, overdueRadicado])
      await context.ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { radicado } }`,
        { r: radicado, a: agent.id },
        context.adminToken,
      );
  });

  browserTest(context, 'an agent with an overdue case sees it first after signing in', async (page) => {
    await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
    await page.getByRole('heading', { level: 1, name: 'Mi trabajo' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mi-trabajo');
    await expect(
      page.getByRole('navigation', { name: 'Principal' }).getByRole('link').first().textContent(),
    ).resolves.toBe('Mi trabajo');

    await workCases(page).first().waitFor();
    const first = workCases(page).first();
    await expect(first.getByRole('link').textContent()).resolves.toBe(overdueRadicado);
    await expect(first.textContent()).resolves.toMatch(/Vencida hace \d+ días hábiles/);
    await expect(first.getByTestId('traffic-light').textContent()).resolves.toBe('Vencida');
    // The first heading after the page's own is the overdue group's, and its table says what it holds.
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      'Vencidos (1 caso)',
    );
    await page.getByRole('table', { name: 'Sus casos vencidos, del más vencido al menos' }).waitFor();
    await page.getByText('No tiene casos en espera de información.').waitFor();
    // The recent claim (15 business days left) is further down, with its days left in words.
    const onTime = workCases(page).filter({ hasText: onTimeRadicado });
    await expect(onTime.textContent()).resolves.toMatch(/Quedan \d+ días hábiles/);
    await expect(onTime.getByTestId('traffic-light').textContent()).resolves.toBe('A tiempo');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await first.getByRole('link', { name: overdueRadicado }).click();
    await page.getByRole('heading', { level: 1, name: `Caso ${overdueRadicado}` }).waitFor();
  });

  browserTest(
    context,
    "a coordinator lands on Mi trabajo and sees the team's overdue cases by agent",
    async (page) => {
      await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
      await page.getByRole('heading', { level: 1, name: 'Mi trabajo' }).waitFor();
      await page.getByText('No tiene casos vencidos.').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Casos vencidos del equipo' }).waitFor();
      await page.getByRole('heading', { level: 3, name: `Funcionario ${AGENT}: 1 caso vencido` }).waitFor();
      const table = page.getByRole('table', {
        name: `Casos vencidos de Funcionario ${AGENT}, del más vencido al menos`,
      });
      await expect(table.getByRole('link').allTextContents()).resolves.toEqual([overdueRadicado]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );
});
