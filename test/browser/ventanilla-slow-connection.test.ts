// The Ventanilla virtual on a slow mobile connection, as many citizens outside the cities reach it: with
// the network throttled to a slow 3G profile (Chromium's DevTools protocol), the filing form loads, an
// anonymous complaint is filed and the confirmation shows its code — with no JavaScript error, and within
// a download budget that keeps the first visit of a phone on a metered plan small.
import { expect } from '@jest/globals';
import { browserTest, describeInBrowser } from './browser-harness.js';
import { PORTAL_ENVIRONMENT, watchJavaScriptErrors } from './ventanilla-support.js';

/** Chromium DevTools' "Slow 3G": 400 ms of latency, about 400 kbit/s down and up. */
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1024) / 8,
  uploadThroughput: (400 * 1024) / 8,
};

/** What the filing form may download on a first visit, compressed, everything included. */
const FIRST_VISIT_BUDGET_BYTES = 300 * 1024;

describeInBrowser(
  'the Ventanilla virtual on a slow connection',
  (context) => {
    browserTest(
      context,
      'files an anonymous complaint over slow 3G, within the download budget, with no JavaScript error',
      async (page) => {
        const errors = watchJavaScriptErrors(page);
        const devtools = await page.context().newCDPSession(page);
        await devtools.send('Network.enable');
        await devtools.send('Network.emulateNetworkConditions', SLOW_3G);
        let transferred = 0;
        devtools.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
          transferred += event.encodedDataLength;
        });

        await page.goto(`${context.baseUrl}/ventanilla/radicar`, { timeout: 90_000 });
        await page
          .getByRole('heading', { level: 1, name: 'Radicar una solicitud' })
          .waitFor({ timeout: 90_000 });
        await page.getByRole('radio', { name: /^Queja/ }).waitFor({ timeout: 90_000 });
        expect(transferred).toBeGreaterThan(0);
        expect(transferred).toBeLessThan(FIRST_VISIT_BUDGET_BYTES);

        await page.getByRole('radio', { name: /^Queja/ }).check();
        await page.getByRole('radio', { name: /^Anónimo/ }).check();
        await page.getByRole('textbox', { name: /^Asunto/ }).fill('Trato descortés en la ventanilla');
        await page
          .getByRole('textbox', { name: /^Descripción/ })
          .fill('El funcionario de la ventanilla 3 no quiso recibir mis documentos.');
        await page.getByRole('button', { name: 'Radicar', exact: true }).click();
        await page
          .getByRole('heading', { level: 1, name: 'Su solicitud quedó radicada' })
          .waitFor({ timeout: 90_000 });
        await expect(page.getByTestId('filed-access-code').textContent()).resolves.toMatch(
          /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/,
        );
        expect(errors()).toEqual([]);
      },
      180_000,
    );
  },
  PORTAL_ENVIRONMENT,
);
