// What the Ventanilla virtual's browser tests share: the server's settings for them (no proof of work), a
// watch on the page's JavaScript errors, moving about with the keyboard alone, small real files, and the
// staff's side of a case driven through the API as the office would.
import { createHash } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import type { VentanillaHarness } from '../support/ventanilla-harness.js';

/** The tests file without solving the proof of work (the setting an intranet kiosk uses too). */
export const PORTAL_ENVIRONMENT = { VENTANILLA_PUBLIC_CHALLENGE: 'off' } as const;

/**
 * Every uncaught error and console error of the page, from the first script on; a refused request is
 * named with its answer, since the browser's own console line does not say which one it was. Waits fail
 * well before the test's own timeout, so a failure says what it was waiting for.
 */
export function watchJavaScriptErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('response', async (response) => {
    if (response.status() < 400) return;
    const body = await response.text().catch(() => '');
    errors.push(
      `${response.status()} ${response.request().method()} ${response.url()}: ${body.slice(0, 300)}`,
    );
  });
  return () => [...errors];
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, backwards = false, limit = 120): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`El teclado no llega a ${String(target)} con ${limit} pulsaciones de tabulador.`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/**
 * Chooses an option of a radio group with the keyboard: Tab into the group (which lands on its first
 * option, or the chosen one), then the arrow keys, which move and choose at once.
 */
export async function chooseRadio(page: Page, group: Locator, option: Locator): Promise<void> {
  const radios = group.getByRole('radio');
  await radios.first().waitFor();
  for (let presses = 0; presses < 120; presses += 1) {
    const inGroup = await group.evaluate((element) => element.contains(document.activeElement));
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  const count = await radios.count();
  for (let presses = 0; presses <= count; presses += 1) {
    if (await isFocused(option)) break;
    await page.keyboard.press('ArrowDown');
  }
  if (!(await option.isChecked())) await page.keyboard.press('Space');
  if (!(await option.isChecked())) throw new Error(`No se pudo elegir ${String(option)} con el teclado.`);
}

/**
 * Opens the file chooser from the focused control with a key and gives it the files. Playwright starts
 * intercepting the chooser when the first listener is added, asynchronously: a round trip to the page
 * makes sure it is on before the key is pressed (a click takes long enough by itself; a key does not).
 */
export async function chooseFilesByKey(
  page: Page,
  key: 'Enter' | 'Space',
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => undefined);
  await page.keyboard.press(key);
  await (await chooser).setFiles(files);
}

/** A small PDF a content sniffer takes for one: header, one empty page, cross-reference table, trailer. */
export function samplePdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = `%PDF-1.4\n% ${text}\n`;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Uploads a file as staff (bearer token), as the answer dialog does; returns its id. */
export async function uploadAsStaff(
  ventanilla: VentanillaHarness,
  token: string,
  fileName: string,
  bytes: Buffer,
  mediaType = 'application/pdf',
): Promise<{ id: string; sha256: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: mediaType }), fileName);
  const response = await fetch(`${ventanilla.url.replace(/\/graphql$/, '')}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await response.json()) as { id: string; sha256: string; message?: string };
  if (response.status !== 201) throw new Error(`Subida rechazada (${response.status}): ${body.message}`);
  return body;
}

/** The citizen's filing straight through the public API (no browser), for tests about what follows. */
export async function fileThroughApi(
  ventanilla: VentanillaHarness,
  input: Record<string, unknown>,
): Promise<{ radicado: string; accessCode: string; dueDate: string }> {
  const data = await ventanilla.ok<{
    submitPublicPqrs: { radicado: string; accessCode: string; dueDate: string };
  }>(
    `mutation ($input: PublicPqrsInput!) { submitPublicPqrs(input: $input) { radicado accessCode dueDate } }`,
    { input },
  );
  return data.submitPublicPqrs;
}

/** "2026-04-07" as the pages write it: 07/04/2026. */
export function shownDate(calendarDate: string): string {
  const [year, month, day] = calendarDate.split('-');
  return `${day}/${month}/${year}`;
}
