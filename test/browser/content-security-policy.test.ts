// The Content-Security-Policy fits the staff client as built: signed in, every screen is visited in a real
// Chromium and not one of its scripts, styles, images, fonts or requests is blocked by the policy.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ADMIN } from '../support/ventanilla-harness.js';
import { browserTest, describeInBrowser, signIn } from './browser-harness.js';

const SCREENS = [
  '/',
  '/radicar',
  '/tablero',
  '/informes',
  '/afiliaciones',
  '/afiliaciones/nueva',
  '/acciones',
  '/encuestas',
  '/preguntas-frecuentes',
  '/auditoria',
];

/** Every policy violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...consoleErrors,
  ];
}

describeInBrowser('the staff client under the Content-Security-Policy', (context) => {
  browserTest(context, 'every screen loads without a single policy violation', async (page) => {
    const violations = await watchViolations(page);
    await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
    const { receivePqrs } = await context.ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Caso de la política de contenido',
          description: 'Un caso para abrir su página.',
          petitioner: { name: 'Ana Gómez', documentType: 'CC', documentNumber: '52111222' },
        },
      },
      context.adminToken,
    );
    const found: string[] = [];
    for (const screen of [...SCREENS, `/casos/${receivePqrs.radicado}`]) {
      await page.goto(`${context.baseUrl}${screen}`);
      await page.getByTestId('session-user').waitFor();
      await page.waitForLoadState('networkidle');
      found.push(...(await violations()).map((violation) => `${screen}: ${violation}`));
    }
    expect(found).toEqual([]);
    const response = await page.goto(context.baseUrl);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  });
});
