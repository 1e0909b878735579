// Dates as Colombians write them, in a browser set to English (en-US, whose native date inputs show
// mm/dd/yyyy and AM/PM): the Bandeja's received-date filter shows dd/mm/aaaa and reads a typed
// "05/03/2026" as 5 March; Radicar's date and hour of receipt shows dd/mm/aaaa hh:mm on 24 hours, and a
// half-typed one gets the form's own message instead of being taken for "now". Both screens pass axe.
import { expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate } from './date-fields.js';

const AGENT = 'agente.fechas';

/** What the field shows: its parts and their separators, without the label MUI keeps inside the group. */
async function shown(field: Locator): Promise<string> {
  await field.waitFor();
  const parts = await field.locator('.MuiPickersSectionList-section').allTextContents();
  return parts.join('').trim();
}

describeInBrowser('date fields in a browser set to English', (context) => {
  let agentReady: Promise<unknown> | null = null;

  async function englishPage(): Promise<Page> {
    agentReady ??= context.ventanilla.userWithRoles(
      context.adminToken,
      AGENT,
      ['AGENT'],
      'Atención al Cliente',
    );
    await agentReady;
    const page = await context.browser.newPage({ locale: 'en-US', timezoneId: 'America/Bogota' });
    await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
    return page;
  }

  it('the Bandeja filters by received dates written dd/mm/aaaa', async () => {
    const page = await englishPage();
    try {
      await page.goto(`${context.baseUrl}/bandeja`);
      // The filters beyond the search are folded until asked for.
      await page.getByRole('button', { name: 'Más filtros' }).click();
      const from = page.getByRole('group', { name: /^Radicadas desde/ });
      await from.waitFor();
      await expect(shown(from)).resolves.toBe('dd/mm/aaaa');

      await typeDate(from, '05/03/2026');
      await expect(shown(from)).resolves.toBe('05/03/2026');
      // 5 March, not May 3rd: the filter the Bandeja applies (and keeps in its address) is 2026-03-05.
      await page.waitForURL(/[?&]desde=2026-03-05(&|$)/);

      // A link with the filter shows it back the same way.
      await page.goto(`${context.baseUrl}/bandeja?desde=2026-12-31`);
      await expect(shown(page.getByRole('group', { name: /^Radicadas desde/ }))).resolves.toBe('31/12/2026');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('Radicar takes the date and hour of receipt on a 24-hour clock', async () => {
    const page = await englishPage();
    try {
      await page.goto(`${context.baseUrl}/radicar`);
      await page.getByRole('heading', { level: 1, name: 'Radicar PQRS' }).waitFor();
      const receivedAt = page.getByRole('group', { name: /^Fecha y hora de recepción/ });
      await expect(shown(receivedAt)).resolves.toBe('dd/mm/aaaa hh:mm');

      await typeDate(receivedAt, '05/03/2026 14:30');
      await expect(shown(receivedAt)).resolves.toBe('05/03/2026 14:30');
      expect(await receivedAt.textContent()).not.toMatch(/AM|PM|a\.\s?m\.|p\.\s?m\./i);
      // The hour's part runs 0 to 23.
      await expect(
        receivedAt.getByRole('spinbutton', { name: 'Horas' }).getAttribute('aria-valuemax'),
      ).resolves.toBe('23');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Half typed, it is not "now": the form says so on the field when sent.
      await typeDate(receivedAt, '05/03');
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      await page
        .getByText('Escriba una fecha y hora válidas, o deje el campo vacío para usar la actual.')
        .waitFor();
      await expect(receivedAt.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
