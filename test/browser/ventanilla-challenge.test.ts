// The filing form with the proof of work on (the default): the self-hosted ALTCHA widget loads under the
// Content-Security-Policy as it is, the citizen ticks "No soy un robot", and the solved challenge goes
// with the filing. No request leaves for anyone else.
import { expect } from '@jest/globals';
import { browserTest, describeInBrowser, seriousAccessibilityViolations } from './browser-harness.js';
import { watchJavaScriptErrors } from './ventanilla-support.js';

describeInBrowser('the Ventanilla virtual: the proof of work on the filing form, in a browser', (context) => {
  browserTest(
    context,
    'an anonymous complaint is filed after solving the challenge, with no policy violation',
    async (page) => {
      const errors = watchJavaScriptErrors(page);
      // A blocked style, worker or request is reported as a console error, which fails the test below.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));

      await page.goto(`${context.baseUrl}/ventanilla/radicar`);
      await page.getByRole('heading', { level: 1, name: 'Radicar una solicitud' }).waitFor();
      await page.getByRole('radio', { name: /^Queja/ }).check();
      await page.getByRole('textbox', { name: /^Asunto/ }).fill('Mala atención en la ventanilla');
      await page
        .getByRole('textbox', { name: /^Descripción/ })
        .fill('El funcionario no quiso recibir mis documentos.');
      await page.getByRole('radio', { name: /^Anónimo/ }).check();

      // Without the verification the form does not go.
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      await page
        .getByTestId('problem-summary')
        .getByText('Complete la verificación de seguridad antes de enviar.')
        .waitFor();

      const robot = page.getByRole('checkbox', { name: 'No soy un robot' });
      // With the keyboard: the widget draws its tick over the box, which a pointer would hit instead.
      await robot.focus();
      await page.keyboard.press('Space');
      await page.locator('altcha-widget').getByText('Verificado').waitFor({ timeout: 60_000 });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Su solicitud quedó radicada' }).waitFor();
      await expect(page.getByTestId('filed-radicado').textContent()).resolves.toMatch(/^PQRS-\d{4}-\d{6}$/);

      expect([...origins]).toEqual([context.baseUrl]);
      expect(errors()).toEqual([]);
    },
    120_000,
  );
});
