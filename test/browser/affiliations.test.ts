// Receiving, assigning and counting affiliation requests in a real browser: a coordinator receives a
// request through the "Nueva solicitud" form (after the form refused a bad document number and the
// server an e-mail address, each on its field), lands on its page with its number, assigns it to an
// agent, finds it listed as assigned and counted in the period's statistics chart. An agent reports a
// novelty of an approved affiliate but is not offered the assignment; an auditor is offered neither the
// form nor any step. Every new screen passes the accessibility check.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate, typedDay } from './date-fields.js';
import { verifiedAffiliation } from './affiliation-fixtures.js';

const COORDINATOR = 'coordinadora.afiliaciones';
const AGENT = 'agente.afiliaciones';
const AUDITOR = 'auditor.afiliaciones';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The calendar day in Bogotá (UTC-5 all year). */
function bogotaToday(): string {
  return new Date(Date.now() - 5 * 3600 * 1000).toISOString().slice(0, 10);
}

async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openAffiliations(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Principal' })
    .getByRole('link', { name: 'Afiliaciones' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Afiliaciones' }).waitFor();
}

describeInBrowser('receiving, assigning and counting affiliations, in a browser', (context) => {
  const ok = (query: string, variables: Record<string, unknown> = {}) =>
    context.ventanilla.ok(query, variables, context.adminToken);
  let agentId = '';

  browserTest(
    context,
    'a coordinator receives a request through the form, assigns it and finds it listed and counted',
    async (page) => {
      await context.ventanilla.userWithRoles(context.adminToken, COORDINATOR, ['COORDINATOR']);
      ({ id: agentId } = await context.ventanilla.userWithRoles(context.adminToken, AGENT, ['AGENT']));
      // The fair the request comes from, planned (and begun) before: the form offers it from the plan's list.
      const fairStart = bogotaToday();
      await ok(`mutation ($input: PlanCampaignInput!) { planCampaign(input: $input) { id } }`, {
        input: {
          kind: 'FAIR',
          name: 'Feria de servicios',
          municipalityCode: '25899',
          startDate: fairStart,
          endDate: fairStart,
          channels: ['IN_PERSON'],
          budget: 1_000_000,
        },
      });
      await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
      await openAffiliations(page);
      await page.getByRole('link', { name: 'Nueva solicitud' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nueva solicitud de afiliación' }).waitFor();

      // Sent empty, the form says what is missing next to each field; a bad document number is refused.
      await page.getByRole('button', { name: 'Recibir la solicitud' }).click();
      await page.getByText('Seleccione el tipo de afiliación.').waitFor();
      await expect(page.getByText('El nombre del solicitante es obligatorio.').isVisible()).resolves.toBe(
        true,
      );
      const documentNumber = page.getByRole('textbox', { name: /^Número de documento/ });
      await documentNumber.fill('52 987/654');
      await page.getByText('El número de documento solo admite números, letras, puntos y guiones.').waitFor();
      await expect(documentNumber.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await choose(page, /^Tipo de afiliación/, 'Trabajador independiente');
      await choose(page, /^Canal de recepción/, 'Presencial');
      await choose(
        page,
        /^Campaña, feria o visita/,
        `Feria de servicios — Zipaquirá, desde ${fairStart.split('-').reverse().join('/')}`,
      );
      await page.getByRole('textbox', { name: /^Nombre completo o razón social/ }).fill('Marta Lucía Prieto');
      await documentNumber.fill('52987654');
      // The form lets this address through; the server refuses it, and says so on the field.
      const email = page.getByRole('textbox', { name: /^Correo electrónico/ });
      await email.fill('marta.prieto@correo.c');
      await page.getByRole('button', { name: 'Recibir la solicitud' }).click();
      await page.getByText(/no es un correo electrónico válido/).waitFor();
      await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
      await email.fill('marta.prieto@correo.example');
      await page.getByRole('button', { name: 'Recibir la solicitud' }).click();

      // Received: its own page opens, saying its number.
      await page.getByRole('heading', { level: 1, name: 'Afiliación de Marta Lucía Prieto' }).waitFor();
      const requestNumber = (await page.getByTestId('affiliation-received-id').textContent()) ?? '';
      expect(requestNumber).toMatch(/^AFI-\d{4}-\d{6}$/);
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
      expect(id).toMatch(UUID);
      await expect(page.getByTestId('affiliation-status').textContent()).resolves.toBe('Recibida');

      await choose(page, /^Funcionario que revisa/, `Funcionario ${AGENT} (${AGENT})`);
      await page.getByRole('button', { name: 'Asignar', exact: true }).click();
      await page.getByText('Solicitud asignada.').waitFor();
      await page.getByTestId('affiliation-status').filter({ hasText: 'Asignada' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      const { affiliation } = await ok(
        `query ($id: ID!) { affiliation(id: $id) { status assignee { id } } }`,
        {
          id,
        },
      );
      expect(affiliation).toEqual({ status: 'ASSIGNED', assignee: { id: agentId } });

      await page.getByRole('link', { name: 'Volver a las afiliaciones' }).click();
      const grid = page.getByRole('grid', { name: 'Solicitudes de afiliación' });
      const row = grid.getByRole('row').filter({ hasText: 'Marta Lucía Prieto' });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Asignada');
      await expect(row.textContent()).resolves.toContain('Feria de servicios');
      await expect(row.textContent()).resolves.toContain(requestNumber);

      // Found by just its consecutive, typed as staff say it aloud.
      const search = page.getByRole('searchbox', { name: 'Buscar' });
      const consecutive = Number(requestNumber.slice(-6));
      await search.fill(String(consecutive + 1));
      await page.getByRole('button', { name: 'Filtrar' }).click();
      await page
        .getByTestId('affiliations-count')
        .filter({ hasText: /^0 solicitudes$/ })
        .waitFor();
      await search.fill(String(consecutive));
      await page.getByRole('button', { name: 'Filtrar' }).click();
      await page
        .getByTestId('affiliations-count')
        .filter({ hasText: /^1 solicitud$/ })
        .waitFor();
      await expect(grid.getByRole('row').filter({ hasText: requestNumber }).count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'Quitar filtros' }).click();

      // The month so far counts it: one request, assigned, of an independent worker.
      const headline = page.getByTestId('affiliation-statistics-headline');
      await headline.waitFor();
      await expect(headline.textContent()).resolves.toContain('1 solicitud recibida');
      const byStatus = page.getByTestId('chart-affiliations-by-status');
      await expect(byStatus.textContent()).resolves.toContain(
        'Solicitudes recibidas por estado actual: Asignada, 1.',
      );
      await byStatus.locator('svg').first().waitFor();
      expect(await byStatus.locator('svg rect, svg path').count()).toBeGreaterThan(0);
      await byStatus.getByRole('button', { name: 'Ver los datos del gráfico' }).click();
      await expect(
        byStatus.getByRole('row').filter({ hasText: 'Asignada' }).getByRole('cell').textContent(),
      ).resolves.toBe('1');
      await expect(page.getByTestId('chart-affiliations-by-type').textContent()).resolves.toContain(
        'Solicitudes recibidas por tipo: Trabajador independiente, 1.',
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const { affiliationStatistics } = await ok(
        `query ($d: Date!) { affiliationStatistics(from: $d, to: $d) { received } }`,
        { d: bogotaToday() },
      );
      expect(affiliationStatistics.received).toBe(1);
    },
  );

  browserTest(
    context,
    'an agent reports a novelty but may not assign; an auditor is offered neither the form nor any step',
    async (page) => {
      expect(agentId).not.toBe('');
      await context.ventanilla.userWithRoles(context.adminToken, AUDITOR, ['AUDITOR']);
      const id = await verifiedAffiliation(
        context.ventanilla,
        context.adminToken,
        { name: 'Jairo Benítez', documentType: 'CC', documentNumber: '79123456' },
        'WEB',
      );
      await ok(`mutation ($id: ID!) { approveAffiliation(id: $id) { id } }`, { id });
      const pending = await ok(
        `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`,
        {
          input: {
            affiliationType: 'COMPANY',
            channel: 'EMAIL',
            applicant: { name: 'Comercial Andina SAS', documentType: 'NIT', documentNumber: '900123456-1' },
          },
        },
      );

      // The agent receives requests but does not assign them.
      await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
      await openAffiliations(page);
      await expect(page.getByRole('link', { name: 'Nueva solicitud' }).count()).resolves.toBe(1);
      // Neither application is the agent's (received by the administrator, not assigned): the
      // applicants show masked, and say so.
      await page.goto(`${context.baseUrl}/afiliaciones/${pending.receiveAffiliation.id}`);
      await page.getByRole('heading', { level: 1, name: 'Afiliación de C. A. S.' }).waitFor();
      await page.getByText(/Se muestran enmascarados/).waitFor();
      await expect(page.getByRole('button', { name: 'Asignar', exact: true }).count()).resolves.toBe(0);

      // On an approved affiliate, the agent reports a retirement.
      await page.goto(`${context.baseUrl}/afiliaciones/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Afiliación de J. B.' }).waitFor();
      await page.getByRole('button', { name: 'Reportar la novedad' }).click();
      await page.getByText('Describa la novedad.').waitFor();
      await choose(page, /^Tipo de novedad/, 'Retiro');
      await typeDate(page.getByRole('group', { name: /^Rige desde/ }), typedDay(bogotaToday()));
      await page.getByRole('textbox', { name: /^Descripción de la novedad/ }).fill('Retiro voluntario.');
      await page.getByRole('button', { name: 'Reportar la novedad' }).click();
      await page.getByText('Novedad reportada: Retiro.').waitFor();
      await page.getByTestId('affiliation-status').filter({ hasText: 'Retirada' }).waitFor();
      await page
        .getByTestId('affiliate-history')
        .filter({ hasText: 'Novedad: Retiro. Retiro voluntario.' })
        .waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // The auditor reads only: no form, no assignment, no novelty.
      await page.getByRole('button', { name: 'Cerrar sesión' }).click();
      await signIn(page, context.baseUrl, AUDITOR, `${AUDITOR}-clave-segura`);
      await openAffiliations(page);
      await page.getByTestId('affiliation-statistics-headline').waitFor();
      await expect(page.getByRole('link', { name: 'Nueva solicitud' }).count()).resolves.toBe(0);
      await page.goto(`${context.baseUrl}/afiliaciones/${pending.receiveAffiliation.id}`);
      await page.getByRole('heading', { level: 1, name: 'Afiliación de C. A. S.' }).waitFor();
      await expect(page.getByRole('button', { name: 'Asignar', exact: true }).count()).resolves.toBe(0);
      await page.goto(`${context.baseUrl}/afiliaciones/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Afiliación de J. B.' }).waitFor();
      await expect(page.getByRole('button', { name: 'Reportar la novedad' }).count()).resolves.toBe(0);
      await page.goto(`${context.baseUrl}/afiliaciones/nueva`);
      await page.getByText('Su rol no permite recibir solicitudes de afiliación.').waitFor();
    },
  );
});
