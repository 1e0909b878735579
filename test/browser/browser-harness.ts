// Browser tests drive the real server (embedded default, temporary data folder) serving the built web
// client, with playwright-core and the system's Chromium (Debian's package: `apt-get install -y chromium`).
// Without Chromium or without the built client they are skipped, saying what is missing.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WEB_DIR = resolve('dist/web');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

function missing(): string | null {
  if (!existsSync(CHROMIUM_PATH))
    return `no hay Chromium en ${CHROMIUM_PATH}: instálelo con "apt-get install -y chromium" (o indique CHROMIUM_PATH)`;
  if (!existsSync(join(WEB_DIR, 'index.html')))
    return `no está construido el cliente web en ${WEB_DIR}: ejecute "npm run build:web"`;
  return null;
}

export interface BrowserContext {
  readonly ventanilla: VentanillaHarness;
  readonly baseUrl: string;
  browser: Browser;
  adminToken: string;
}

/**
 * A describe block with a running server and a headless Chromium, or a skip that says why. `environment`
 * adds settings to the server's (e.g. VENTANILLA_PUBLIC_CHALLENGE=off).
 */
export function describeInBrowser(
  name: string,
  body: (context: BrowserContext) => void,
  environment: Readonly<Record<string, string>> = {},
): void {
  const reason = missing();
  if (reason !== null) {
    describe.skip(`${name} — omitidas: ${reason}`, () => {
      it('se omite', () => undefined);
    });
    return;
  }
  describe(name, () => {
    const context = {} as { -readonly [K in keyof BrowserContext]: BrowserContext[K] };
    beforeAll(async () => {
      context.ventanilla = await VentanillaHarness.start({ VENTANILLA_WEB_DIR: WEB_DIR, ...environment });
      context.baseUrl = context.ventanilla.url.replace(/\/graphql$/, '');
      context.adminToken = await context.ventanilla.login();
      context.browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
      });
    });
    afterAll(async () => {
      await context.browser?.close();
      await context.ventanilla?.stop();
    });
    body(context);
  });
}

/** A test with a fresh page; on failure it keeps a screenshot in test-results/screenshots/. */
export function browserTest(
  context: BrowserContext,
  name: string,
  body: (page: Page) => Promise<void>,
  timeoutMs = 60_000,
): void {
  it(
    name,
    async () => {
      const page = await context.browser.newPage({ locale: 'es-CO', timezoneId: 'America/Bogota' });
      try {
        await body(page);
      } catch (error) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page
          .screenshot({
            path: join(SCREENSHOT_DIR, `${name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`),
            fullPage: true,
          })
          .catch(() => undefined);
        throw error;
      } finally {
        await page.close();
      }
    },
    timeoutMs,
  );
}

/** Signs in through the login screen. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.getByTestId('session-user').waitFor();
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
}

/** WCAG 2.1 A/AA violations axe-core finds on the page as it is, serious or critical only. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Colours read mid-transition (a menu fading out) are neither the old nor the new ones: let every
  // running CSS transition and animation finish first, or a loaded machine reports phantom contrast.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
  // Evaluated through the DevTools protocol: an inline <script> tag is refused by the server's
  // Content-Security-Policy (script-src 'self'), as it should be.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.length,
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
