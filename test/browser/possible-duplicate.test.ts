// The Radicar form in a real browser warns, without blocking, that the person whose document staff typed
// filed a similar subject a few days ago, naming that radicado; the constancia of the new filing names the
// petitioner, the channel and the official who received it. The page passes the accessibility check.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

const AGENT = 'agente.duplicados';
const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describeInBrowser('the possible-duplicate warning at the Radicar form, in a browser', (context) => {
  browserTest(
    context,
    'names the earlier radicado of the same document and a similar subject',
    async (page) => {
      const agent = await context.ventanilla.userWithRoles(
        context.adminToken,
        AGENT,
        ['AGENT'],
        'Atención al Cliente',
      );
      const { receivePqrs } = await context.ventanilla.ok<{ receivePqrs: { radicado: string } }>(
        RECEIVE,
        {
          input: {
            kind: 'CLAIM',
            channel: 'PHONE',
            subject: 'Cuota monetaria turquesa no pagada',
            description: 'Llamó a decir que no ha recibido la cuota monetaria de este mes.',
            petitioner: { name: 'Rosa Elvira Cárdenas', documentType: 'CC', documentNumber: '51987654' },
          },
        },
        agent.token,
      );
      await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Radicar' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Radicar PQRS' }).waitFor();
      await choose(page, /^Tipo de PQRS/, 'Reclamo');
      await choose(page, /^Canal de recepción/, 'Presencial');
      await page.getByRole('textbox', { name: /^Asunto/ }).fill('No me pagaron la cuota monetaria turquesa');
      await page
        .getByRole('textbox', { name: /^Descripción de la solicitud/ })
        .fill('Viene a la sede porque sigue sin recibir la cuota monetaria.');
      await page
        .getByRole('textbox', { name: /^Nombre completo o razón social/ })
        .fill('Rosa Elvira Cárdenas');
      await page.getByRole('textbox', { name: /^Número de documento/ }).fill('51987654');

      const warning = page.getByTestId('possible-duplicates');
      await warning.waitFor();
      await expect(warning.textContent()).resolves.toContain(
        `Esta persona radicó «Cuota monetaria turquesa no pagada» el `,
      );
      await expect(warning.textContent()).resolves.toContain(
        `(${receivePqrs.radicado}): revise si es la misma solicitud.`,
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Another document: the warning goes away.
      await page.getByRole('textbox', { name: /^Número de documento/ }).fill('51987655');
      await warning.waitFor({ state: 'detached' });
      await page.getByRole('textbox', { name: /^Número de documento/ }).fill('51987654');
      await warning.waitFor();

      // A warning, not a refusal: the filing goes through, and its constancia says who received it.
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      const receipt = page.getByTestId('filing-receipt');
      await receipt.getByRole('heading', { name: 'Constancia de radicación' }).waitFor();
      const receiptText = (await receipt.textContent()) ?? '';
      expect(receiptText).toContain('PeticionarioRosa Elvira Cárdenas, Cédula de ciudadanía 51987654');
      expect(receiptText).toContain('Canal de recepciónPresencial');
      expect(receiptText).toContain(`Recibida porFuncionario ${AGENT}`);
    },
  );
});
