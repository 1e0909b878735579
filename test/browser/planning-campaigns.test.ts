// Campaigns and media (Planeación › Campañas y medios) in a real browser: a coordinator plans a fair
// (the form says what is missing first), records its result, and sees the request it brought and the
// cost per affiliation, in pesos, by campaign and by municipality; an old free-text campaign name is
// mapped to it. An agent may record results but not plan; an auditor only reads. axe on every screen.
import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate, typedDay } from './date-fields.js';

const PLANNER = 'coordinadora.mercadeo';
const AGENT = 'agente.ferias';
const AUDITOR = 'auditora.mercadeo';
const FAIR = 'Feria de servicios de Zipaquirá';

const today = new Date(Date.now() - 5 * 60 * 60 * 1000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openCampaigns(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Planeación' }).click();
  await page.getByRole('tab', { name: 'Campañas y medios' }).click();
  await page.getByRole('heading', { name: 'Plan de mercadeo y medios' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/planeacion/campanas');
}

const fairRow = (page: Page) =>
  page
    .getByRole('region', { name: `Campañas, ferias, visitas y acciones de difusión de ${year}` })
    .getByRole('row')
    .filter({ hasText: FAIR });

describeInBrowser('campaigns and media, in a browser', (context) => {
  let campaignId = '';
  const ok = (query: string, variables: Record<string, unknown> = {}) =>
    context.ventanilla.ok(query, variables, context.adminToken);

  beforeAll(async () => {
    await context.ventanilla.userWithRoles(context.adminToken, PLANNER, ['COORDINATOR']);
    await context.ventanilla.userWithRoles(context.adminToken, AGENT, ['AGENT']);
    await context.ventanilla.userWithRoles(context.adminToken, AUDITOR, ['AUDITOR']);
  });

  browserTest(context, 'a coordinator plans a fair, checked as the server checks it', async (page) => {
    await signIn(page, context.baseUrl, PLANNER, `${PLANNER}-clave-segura`);
    await openCampaigns(page);
    await page.getByText(`No hay campañas planeadas para ${year}.`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Planear una campaña' }).click();
    const form = page.getByRole('form', { name: 'Planear una campaña' });
    await form.getByRole('button', { name: 'Planear la campaña' }).click();
    await form.getByText('Escriba el nombre de la campaña.').waitFor();
    await form.getByText('Elija al menos un canal o medio.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await choose(page, /^Tipo/, 'Feria');
    await form.getByRole('textbox', { name: /^Nombre/ }).fill(FAIR);
    await choose(page, /^Municipio/, 'Zipaquirá (25899)');
    await typeDate(form.getByRole('group', { name: /^Fecha de inicio/ }), typedDay(today));
    await typeDate(form.getByRole('group', { name: /^Fecha de cierre/ }), typedDay(today));
    await form.getByRole('checkbox', { name: 'Presencial' }).check();
    await form.getByRole('checkbox', { name: 'Radio' }).check();
    await form.getByRole('textbox', { name: /^Medios/ }).fill('Emisora comunitaria');
    await form.getByRole('textbox', { name: /^Presupuesto/ }).fill('4,5 millones');
    await form.getByRole('button', { name: 'Planear la campaña' }).click();
    await form.getByText('Escriba el presupuesto en pesos, sin decimales (por ejemplo 4.500.000).').waitFor();
    await form.getByRole('textbox', { name: /^Presupuesto/ }).fill('4.500.000');
    await form.getByRole('button', { name: 'Planear la campaña' }).click();

    await page.getByText(`Campaña planeada: «${FAIR}» (${year}).`).waitFor();
    const row = fairRow(page);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Feria');
    expect(text).toContain('Zipaquirá');
    expect(text).toContain('Presencial, Radio');
    expect(text).toContain('$ 4.500.000');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const { campaigns } = await ok(`{ campaigns { id name municipality { code } budget } }`);
    expect(campaigns).toEqual([
      { id: expect.any(String), name: FAIR, municipality: { code: '25899' }, budget: 4_500_000 },
    ]);
    campaignId = campaigns[0].id;
  });

  browserTest(
    context,
    'an agent records the result; the request it brought gives the cost per affiliation',
    async (page) => {
      // A request from the fair, taken to its approval through the API.
      const { receiveAffiliation } = await ok(
        `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id documents { documentType } } }`,
        {
          input: {
            affiliationType: 'INDIVIDUAL',
            channel: 'IN_PERSON',
            campaignId,
            applicant: { name: 'Rosa Elena Cárdenas', documentType: 'CC', documentNumber: '39555111' },
          },
        },
      );
      const id: string = receiveAffiliation.id;
      for (const { documentType } of receiveAffiliation.documents as { documentType: string }[])
        await ok(
          `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) { submitAffiliationDocument(id: $id, input: $input) { id } }`,
          { id, input: { documentType, evidenceReference: `gd/${documentType}.pdf` } },
        );
      await ok(`mutation ($id: ID!) { verifyAffiliationRequirements(id: $id) { id } }`, { id });
      await ok(`mutation ($id: ID!) { approveAffiliation(id: $id) { id } }`, { id });

      await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
      await openCampaigns(page);
      await fairRow(page).waitFor();
      await expect(page.getByRole('button', { name: 'Planear una campaña' }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: `Registrar el resultado de ${FAIR}` }).click();
      const form = page.getByRole('form', { name: 'Registrar el resultado' });
      await form.getByRole('textbox', { name: /^Asistencia/ }).fill('320');
      await form.getByRole('textbox', { name: /^Costo ejecutado/ }).fill('4.000.000');
      await form.getByRole('textbox', { name: /^Resultados/ }).fill('Stand con buena afluencia.');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Registrar el resultado' }).click();
      await page.getByText(`Resultado registrado para «${FAIR}».`).waitFor();

      const row = fairRow(page);
      await row.filter({ hasText: '$ 4.000.000' }).waitFor();
      const cells = await row.getByRole('cell').allTextContents();
      // Budget, actual cost, attendance, requests, approved, cost per affiliation (4.000.000 ÷ 1).
      expect(cells.slice(4, 10)).toEqual(['$ 4.500.000', '$ 4.000.000', '320', '1', '1', '$ 4.000.000']);
      const municipality = page
        .getByRole('region', { name: 'Por municipio' })
        .getByRole('row')
        .filter({ hasText: 'Zipaquirá' });
      await expect(municipality.getByRole('cell').allTextContents()).resolves.toEqual([
        '1',
        '$ 4.500.000',
        '$ 4.000.000',
        '320',
        '1',
        '1',
        '$ 4.000.000',
      ]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );

  browserTest(context, 'a coordinator maps an old free-text campaign name to the fair', async (page) => {
    // An application as stored before campaigns were planned: its campaign typed by hand.
    const legacyId = randomUUID();
    await context.ventanilla.app.get<EventStore>(EVENT_STORE).append(
      `affiliation-${legacyId}`,
      [
        {
          id: randomUUID(),
          type: 'Received',
          schemaVersion: 4,
          data: {
            affiliationId: legacyId,
            affiliationType: 'INDIVIDUAL',
            channel: 'IN_PERSON',
            applicantId: randomUUID(),
            applicantVersion: 1,
            campaign: 'Jornada en Zipaquirá',
            receivedAt: new Date().toISOString(),
            receivedOn: today,
            requiredDocuments: ['IDENTITY_DOCUMENT'],
            lateEntry: null,
            requestNumber: null,
          },
          metadata: {
            actorId: 'legacy',
            actorRole: 'COORDINATOR',
            occurredAt: new Date().toISOString(),
            correlationId: legacyId,
            causationId: legacyId,
          },
        },
      ],
      'no_stream',
    );
    await signIn(page, context.baseUrl, PLANNER, `${PLANNER}-clave-segura`);
    await openCampaigns(page);
    const names = page.getByRole('region', { name: 'Nombres de campaña de solicitudes anteriores' });
    await names.getByRole('row').filter({ hasText: 'Jornada en Zipaquirá' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Campaña para «Jornada en Zipaquirá»' }).click();
    await page.getByRole('option', { name: new RegExp(`^${FAIR} — Zipaquirá`) }).click();
    await names.getByRole('button', { name: 'Asociar' }).click();
    await page.getByText(`«Jornada en Zipaquirá» cuenta ahora para «${FAIR}».`).waitFor();
    await names
      .getByRole('row')
      .filter({ hasText: 'Jornada en Zipaquirá' })
      .filter({ hasText: FAIR })
      .waitFor();

    const { campaignStatistics } = await ok(
      `{ campaignStatistics { byCampaign { figures { applications approved costPerAffiliation } } } }`,
    );
    expect(campaignStatistics.byCampaign).toEqual([
      { figures: { applications: 2, approved: 1, costPerAffiliation: 4_000_000 } },
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  browserTest(context, 'an auditor reads the plan but is offered no step', async (page) => {
    await signIn(page, context.baseUrl, AUDITOR, `${AUDITOR}-clave-segura`);
    await openCampaigns(page);
    await fairRow(page).waitFor();
    await expect(page.getByRole('button', { name: 'Planear una campaña' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /el resultado de/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Asociar' }).count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
