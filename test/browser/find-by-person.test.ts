// Finding a case by the person in a real browser: an administrator finds Yolanda Díaz's case in the
// Bandeja by the starts of her name ("diaz yol"), and her case's events in Auditoría by her document
// written with dots; the search box says it searches the petitioner, and her name and document never go
// into the Auditoría link.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ADMIN } from '../support/ventanilla-harness.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

async function shownRadicados(page: Page): Promise<string[]> {
  return page
    .locator('[role="row"][data-id]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id') ?? ''));
}

describeInBrowser('finding a case by the person, in a browser', (context) => {
  let yolandasCase = '';
  let othersCase = '';

  beforeAll(async () => {
    const receive = async (petitioner: Record<string, string>, subject: string) =>
      (
        await context.ventanilla.ok(
          RECEIVE,
          {
            input: {
              kind: 'PETITION',
              channel: 'EMAIL',
              subject,
              description: 'Solicitud presentada en la ventanilla.',
              petitioner,
            },
          },
          context.adminToken,
        )
      ).receivePqrs.radicado as string;
    yolandasCase = await receive(
      { name: 'Yolanda Díaz Peñaranda', documentType: 'CC', documentNumber: '9900000147' },
      'Certificado de afiliación',
    );
    othersCase = await receive(
      { name: 'Carlos Rincón Pardo', documentType: 'CC', documentNumber: '80111222' },
      'Cambio de dirección',
    );
  });

  browserTest(
    context,
    'an administrator finds her case in the Bandeja by the starts of her name',
    async (page) => {
      await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Bandeja' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Bandeja' }).waitFor();
      await page.locator(`[role="row"][data-id="${othersCase}"]`).waitFor();

      const box = page.getByRole('textbox', { name: 'Buscar por radicado, asunto o peticionario' });
      await box.fill('diaz yol');
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.locator(`[role="row"][data-id="${othersCase}"]`).waitFor({ state: 'detached' });

      expect(await shownRadicados(page)).toEqual([yolandasCase]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );

  browserTest(
    context,
    'an administrator finds her case’s events in Auditoría by her document',
    async (page) => {
      await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Auditoría' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Auditoría' }).waitFor();

      await page.getByRole('textbox', { name: 'Peticionario' }).fill('99.000.001-47');
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      // Every event listed is of her case, and there is at least her case's receipt.
      await page.waitForFunction((radicado) => {
        const buttons = Array.from(document.querySelectorAll('button[aria-label^="Reproducir el caso "]'));
        return (
          buttons.length > 0 &&
          buttons.every((button) => button.getAttribute('aria-label') === `Reproducir el caso ${radicado}`)
        );
      }, yolandasCase);

      expect(page.url()).not.toMatch(/99\.?000|Yolanda|Díaz/);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );
});
