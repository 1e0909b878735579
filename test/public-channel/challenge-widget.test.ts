// The `altcha` widget itself, in Chromium, against the running application and under its Content-Security-
// Policy: it fetches GET /ventanilla/challenge, solves it in a worker served by the application, and the
// payload it leaves in the form is the one PublicChallenge accepts. The page is set up as the public
// filing form should be: the widget's `external` build, its PBKDF2 worker a file of our own origin.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PublicChallenge } from '../../src/public-channel/challenge.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { CHROMIUM_PATH } from '../browser/browser-harness.js';

/** The widget package's built files (its exports map names no folder), from the project's root. */
const ALTCHA_DIST = resolve('node_modules', 'altcha', 'dist');

const PAGE = `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Radicar</title><link rel="stylesheet" href="/assets/altcha.css"></head>
<body><form id="filing"></form><script type="module" src="/assets/filing.js"></script></body>
</html>`;

// What the filing page does: the widget without its inline workers, PBKDF2 solved by a worker file of this
// origin, the solved payload in the form field `challenge`.
const FILING_SCRIPT = `import '/assets/altcha.js';
globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker('/assets/altcha-pbkdf2.js'));
const widget = document.createElement('altcha-widget');
widget.setAttribute('challenge', '/ventanilla/challenge');
widget.setAttribute('name', 'challenge');
widget.setAttribute('language', 'es');
widget.addEventListener('statechange', (event) => { document.body.dataset.state = event.detail.state; });
document.getElementById('filing').append(widget);
`;

const chromiumMissing = existsSync(CHROMIUM_PATH)
  ? null
  : `no hay Chromium en ${CHROMIUM_PATH}: instálelo con "apt-get install -y chromium" (o indique CHROMIUM_PATH)`;

(chromiumMissing === null ? describe : describe.skip)(
  `the altcha widget on the filing form${chromiumMissing === null ? '' : ` — omitidas: ${chromiumMissing}`}`,
  () => {
    let ventanilla: VentanillaHarness;
    let browser: Browser;
    let base: string;
    const webDir = mkdtempSync(join(tmpdir(), 'ventanilla-web-'));

    beforeAll(async () => {
      mkdirSync(join(webDir, 'assets'));
      writeFileSync(join(webDir, 'index.html'), PAGE);
      writeFileSync(join(webDir, 'assets', 'filing.js'), FILING_SCRIPT);
      copyFileSync(join(ALTCHA_DIST, 'external', 'altcha.js'), join(webDir, 'assets', 'altcha.js'));
      copyFileSync(join(ALTCHA_DIST, 'external', 'altcha.css'), join(webDir, 'assets', 'altcha.css'));
      copyFileSync(join(ALTCHA_DIST, 'workers', 'pbkdf2.js'), join(webDir, 'assets', 'altcha-pbkdf2.js'));
      ventanilla = await VentanillaHarness.start({ VENTANILLA_WEB_DIR: webDir });
      base = ventanilla.url.replace(/\/graphql$/, '');
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
      });
    });

    afterAll(async () => {
      await browser?.close();
      await ventanilla?.stop();
      rmSync(webDir, { recursive: true, force: true });
    });

    it('solves the server’s challenge into a payload the server accepts once', async () => {
      const page = await browser.newPage({ locale: 'es-CO' });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      try {
        await page.goto(`${base}/ventanilla/`);
        // By keyboard, as the filing form must be usable.
        await page.locator('altcha-widget input[type="checkbox"]').focus();
        await page.keyboard.press('Space');
        await page.waitForFunction(() => document.body.dataset['state'] === 'verified', null, {
          timeout: 60_000,
        });
        const payload = await page.locator('input[name="challenge"]').inputValue();
        expect(problems).toEqual([]);

        const challenges = ventanilla.app.get(PublicChallenge);
        await expect(challenges.verify(payload)).resolves.toBeUndefined();
        await expect(challenges.verify(payload)).rejects.toThrow('ya fue usada');
      } finally {
        await page.close();
      }
    });
  },
);
