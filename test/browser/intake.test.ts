// Radicar and the Bandeja in a real browser: an agent files a PQRS through the form (after the form has
// refused an empty subject and the server an e-mail address, each on its field), sees its radicado, due
// date and printable constancia; then finds it in the inbox by text and, once assigned to them, under
// "Mis casos", each case with its semáforo in words; both screens pass the accessibility check.
import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

const AGENT = 'agente.radicadora';
/** A word only this test's cases carry in their subject, so the text filter finds just them. */
const MARKER = 'zafiro';

function rows(page: Page): Locator {
  return page.locator('[role="row"][data-id]');
}

function row(page: Page, radicado: string): Locator {
  return page.locator(`[role="row"][data-id="${radicado}"]`);
}

async function shownRadicados(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-id') ?? ''),
  );
}

async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describeInBrowser('filing a PQRS and finding it in the inbox, in a browser', (context) => {
  let agent: { id: string; token: string };
  let filedRadicado = '';
  let overdueRadicado = '';

  browserTest(
    context,
    'an agent files a PQRS through the form and gets its radicado and the constancia',
    async (page) => {
      agent = await context.ventanilla.userWithRoles(
        context.adminToken,
        AGENT,
        ['AGENT'],
        'Atención al Cliente',
      );
      await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Radicar' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Radicar PQRS' }).waitFor();

      // Sent empty, the form says what is missing next to each field, the subject among them.
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      await page.getByText('El asunto es obligatorio.').waitFor();
      await expect(page.getByRole('textbox', { name: /^Asunto/ }).getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expect(page.getByText('El nombre del peticionario es obligatorio.').isVisible()).resolves.toBe(
        true,
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await choose(page, /^Tipo de PQRS/, 'Petición');
      await choose(page, /^Canal de recepción/, 'Presencial');
      await page
        .getByRole('textbox', { name: /^Asunto/ })
        .fill(`Certificado ${MARKER} de tiempo de servicio`);
      await expect(page.getByText('El asunto es obligatorio.').count()).resolves.toBe(0);
      await page
        .getByRole('textbox', { name: /^Descripción de la solicitud/ })
        .fill('Solicito certificado de tiempo de servicio para trámite de pensión.');
      await page.getByRole('textbox', { name: /^Nombre completo o razón social/ }).fill('Luz Marina Castro');
      await page.getByRole('textbox', { name: /^Número de documento/ }).fill('41789456');
      // The form lets this address through; the server refuses it, and says so on the field.
      const email = page.getByRole('textbox', { name: /^Correo electrónico/ });
      await email.fill('luz.castro@correo.c');
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      await page.getByText(/no es un correo electrónico válido/).waitFor();
      await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
      await email.fill('luz.castro@correo.example');
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();

      const radicado = page.getByTestId('filed-radicado');
      await radicado.waitFor();
      filedRadicado = (await radicado.textContent()) ?? '';
      expect(filedRadicado).toMatch(/^PQRS-\d{4}-\d{6}$/);
      await expect(page.getByTestId('filed-due-date').textContent()).resolves.toMatch(
        /^\d{2}\/\d{2}\/\d{4}$/,
      );

      const receipt = page.getByTestId('filing-receipt');
      await receipt.getByRole('heading', { name: 'Constancia de radicación' }).waitFor();
      const receiptText = (await receipt.textContent()) ?? '';
      const { entityName, officeName } = context.ventanilla.config.reports;
      expect(receiptText).toContain(entityName);
      expect(receiptText).toContain(officeName);
      expect(receiptText).toContain(filedRadicado);
      expect(receiptText).toContain('Petición');
      expect(receiptText).toContain(`Certificado ${MARKER} de tiempo de servicio`);
      expect(receiptText).toContain('15 días hábiles (Ley 1755 de 2015, artículo 14)');
      expect(receiptText).toContain((await page.getByTestId('filed-due-date').textContent()) ?? 'sin fecha');
      // The code to follow the case on the Ventanilla virtual, printed once on the constancia.
      const code = /Código de acceso: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(
        receiptText,
      )?.[1];
      expect(code).toBeDefined();
      const followed = await context.ventanilla.graphql(
        `query ($r: String!, $c: String!) { publicCase(radicado: $r, accessCode: $c) { radicado } }`,
        { r: filedRadicado, c: code },
      );
      expect(followed.data).toEqual({ publicCase: { radicado: filedRadicado } });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // "Imprimir" opens the browser's print dialog; on paper only the constancia remains.
      await page.evaluate(() => {
        const counted = window as unknown as { printRequests: number };
        counted.printRequests = 0;
        window.print = () => {
          counted.printRequests += 1;
        };
      });
      await page.getByRole('button', { name: 'Imprimir' }).click();
      await expect(
        page.evaluate(() => (window as unknown as { printRequests: number }).printRequests),
      ).resolves.toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: 'Principal' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Imprimir' }).isVisible()).resolves.toBe(false);
      await expect(receipt.isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: 'screen' });
    },
  );

  browserTest(
    context,
    'the inbox finds the case by text and, once assigned, under "Mis casos", with the semáforo in words',
    async (page) => {
      expect(filedRadicado).not.toBe('');
      // Forty calendar days ago is well past fifteen business days: this one is overdue.
      const { receivePqrs } = await context.ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'CLAIM',
            channel: 'EMAIL',
            subject: `Reclamo ${MARKER} antiguo`,
            description: 'Reclamo recibido hace más de un mes.',
            petitioner: { name: 'Pedro Nel Ruiz', documentType: 'CC', documentNumber: '19456123' },
            receivedAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
            lateEntryReason: 'Reclamo por correo registrado con fecha anterior.',
          },
        },
        context.adminToken,
      );
      overdueRadicado = receivePqrs.radicado;

      await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
      // An agent lands on Mi trabajo; the Bandeja is one link away.
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Bandeja' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Bandeja' }).waitFor();
      await page.getByRole('textbox', { name: /^Buscar por radicado/ }).fill(MARKER.toUpperCase());
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.waitForURL(/[?&]texto=ZAFIRO/);
      await row(page, filedRadicado).waitFor();
      await row(page, overdueRadicado).waitFor();
      // The Bandeja's default order: priority first, then the nearest due date (the overdue case leads).
      expect(await shownRadicados(page)).toEqual([overdueRadicado, filedRadicado]);
      await expect(row(page, filedRadicado).getByTestId('traffic-light').textContent()).resolves.toBe(
        'A tiempo',
      );
      await expect(row(page, overdueRadicado).getByTestId('traffic-light').textContent()).resolves.toBe(
        'Vencida',
      );
      await expect(
        row(page, filedRadicado).getByRole('link', { name: filedRadicado }).getAttribute('href'),
      ).resolves.toBe(`/casos/${filedRadicado}`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // The order comes from the server and is kept in the address too.
      await choose(page, /^Orden/, 'Radicadas más recientes primero');
      await page.waitForURL(/orden=RECEIVED_AT_DESC/);
      await page.waitForFunction(
        (first) => document.querySelector('[role="row"][data-id]')?.getAttribute('data-id') === first,
        filedRadicado,
      );
      expect(await shownRadicados(page)).toEqual([filedRadicado, overdueRadicado]);

      // Nothing is assigned to the agent yet.
      // The switch follows the address, which changes a moment after the click: click, then wait for it.
      await page.getByRole('button', { name: 'Más filtros' }).click();
      await page.getByRole('switch', { name: 'Mis casos' }).click();
      await page.waitForURL(/mis-casos=si/);
      await row(page, filedRadicado).waitFor({ state: 'detached' });
      expect(await shownRadicados(page)).toEqual([]);

      await context.ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { radicado } }`,
        { r: filedRadicado, a: agent.id },
        context.adminToken,
      );
      // The same view, opened again from its address, now shows the case assigned to the agent.
      await page.reload();
      await row(page, filedRadicado).waitFor();
      expect(await shownRadicados(page)).toEqual([filedRadicado]);
      await expect(page.getByRole('switch', { name: 'Mis casos' }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('textbox', { name: /^Buscar por radicado/ }).inputValue()).resolves.toBe(
        'ZAFIRO',
      );
      await expect(row(page, filedRadicado).textContent()).resolves.toContain(`Funcionario ${AGENT}`);
    },
  );
});
