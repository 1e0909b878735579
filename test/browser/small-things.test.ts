// The small things a person notices, on a 1366×768 screen: each page names itself in the tab, the
// Bandeja shows ten cases without scrolling, the Afiliaciones table's last column is in view, the first
// administrator's name is not said twice, and the blue bar's links show where the keyboard is.
import { beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ADMIN } from '../support/ventanilla-harness.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

const VIEWPORT = { width: 1366, height: 768 };
const CASES = 12;

async function waitForTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((expected) => document.title === expected, title);
}

async function openFromNavigation(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Principal' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

describeInBrowser('small things a person notices, at 1366×768', (context) => {
  const radicados: string[] = [];

  beforeAll(async () => {
    for (let index = 1; index <= CASES; index++) {
      const { receivePqrs } = await context.ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'PETITION',
            channel: 'EMAIL',
            subject: `Petición número ${index} sobre el servicio`,
            description: 'Petición para llenar la bandeja.',
            petitioner: { name: 'Lucía Ortiz', documentType: 'CC', documentNumber: '41234567' },
          },
        },
        context.adminToken,
      );
      radicados.push(receivePqrs.radicado as string);
    }
    await context.ventanilla.ok(
      `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`,
      {
        input: {
          affiliationType: 'INDEPENDENT',
          channel: 'IN_PERSON',
          applicant: { name: 'Marta Lucía Prieto Castañeda', documentType: 'CC', documentNumber: '52987654' },
        },
      },
      context.adminToken,
    );
  });

  async function signedInAdmin(page: Page): Promise<void> {
    await page.setViewportSize(VIEWPORT);
    await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
  }

  browserTest(context, 'every page names itself in the tab, before the site', async (page) => {
    await page.setViewportSize(VIEWPORT);
    await page.goto(context.baseUrl);
    await waitForTitle(page, 'Iniciar sesión · Ventanilla');
    await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
    await openFromNavigation(page, 'Bandeja');
    await waitForTitle(page, 'Bandeja · Ventanilla');
    await openFromNavigation(page, 'Tablero');
    await waitForTitle(page, 'Tablero · Ventanilla');
    await openFromNavigation(page, 'Afiliaciones');
    await waitForTitle(page, 'Afiliaciones · Ventanilla');
    await page.goto(`${context.baseUrl}/casos/${radicados[0]}`);
    await waitForTitle(page, `Caso ${radicados[0]} · Ventanilla`);
    await page.goto(`${context.baseUrl}/ventanilla/consulta`);
    await waitForTitle(page, 'Consultar mi solicitud · Ventanilla virtual');
  });

  browserTest(context, 'the Bandeja shows at least ten cases without scrolling', async (page) => {
    await signedInAdmin(page);
    await openFromNavigation(page, 'Bandeja');
    const grid = page.getByRole('grid', { name: 'Casos de la bandeja' });
    await grid.getByRole('row').filter({ hasText: radicados[0]! }).waitFor();
    const rowsInView = await page.evaluate(
      (height) =>
        Array.from(document.querySelectorAll('[role="grid"] [role="row"][data-rowindex]')).filter((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= height;
        }).length,
      VIEWPORT.height,
    );
    expect(rowsInView).toBeGreaterThanOrEqual(10);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  browserTest(context, 'the Afiliaciones table shows its last column within the screen', async (page) => {
    await signedInAdmin(page);
    await openFromNavigation(page, 'Afiliaciones');
    const grid = page.getByRole('grid', { name: 'Solicitudes de afiliación' });
    await grid.getByRole('row').filter({ hasText: 'Marta Lucía Prieto Castañeda' }).waitFor();
    const lastHeader = grid.getByRole('columnheader').last();
    await expect(lastHeader.textContent()).resolves.toBe('Recibida');
    const box = await lastHeader.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(VIEWPORT.width);
    // No part of the table is left to a horizontal scroll: the grid draws no sideways scrollbar.
    await expect(grid.locator('.MuiDataGrid-scrollbar--horizontal').count()).resolves.toBe(0);
    // The last cell reads whole: the day and the time of receipt, not cut short.
    const lastCell = grid.locator('[role="gridcell"][data-field="receivedAt"]').first();
    await expect(lastCell.textContent()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect(
      lastCell.evaluate((cell) => {
        const text = cell.querySelector('.MuiDataGrid-cellContent') ?? cell;
        return text.scrollWidth <= text.clientWidth;
      }),
    ).resolves.toBe(true);
  });

  browserTest(context, 'a chart with nothing in the period says so instead of empty axes', async (page) => {
    await signedInAdmin(page);
    await openFromNavigation(page, 'Tablero');
    const byKind = page.getByTestId('chart-by-kind');
    await byKind.locator('svg').first().waitFor();
    await expect(byKind.getByTestId('chart-no-data').count()).resolves.toBe(0);
    // No survey was answered: the satisfaction chart has nothing to draw.
    const satisfaction = page.getByTestId('chart-satisfaction');
    await expect(satisfaction.getByTestId('chart-no-data').textContent()).resolves.toBe(
      'Sin datos para el periodo',
    );
    await expect(satisfaction.locator('svg').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  browserTest(context, 'an improvement action formulated from a case links to the case', async (page) => {
    const responsible = await context.ventanilla.userWithRoles(context.adminToken, 'coordinadora.mejora', [
      'COORDINATOR',
    ]);
    const { formulateImprovementAction } = await context.ventanilla.ok(
      `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
      {
        input: {
          source: { kind: 'PQRS', reference: radicados[1] },
          problem: 'Las peticiones sobre el servicio llegan sin el número de cuenta',
          rootCause: 'El formulario no lo pide',
          action: 'Pedir el número de cuenta en el formulario',
          responsibleId: responsible.id,
          dueDate: '2099-12-31',
        },
      },
      context.adminToken,
    );
    await signedInAdmin(page);
    await page.goto(`${context.baseUrl}/acciones/${formulateImprovementAction.id}`);
    await waitForTitle(page, 'Acción de mejora · Ventanilla');
    const origin = page.getByRole('link', { name: radicados[1]! });
    await expect(origin.getAttribute('href')).resolves.toBe(`/casos/${radicados[1]}`);
    await origin.click();
    await waitForTitle(page, `Caso ${radicados[1]} · Ventanilla`);
  });

  browserTest(context, 'the first administrator’s name is said once in the bar', async (page) => {
    await signedInAdmin(page);
    const session = page.getByRole('banner');
    await expect(page.getByTestId('session-role').textContent()).resolves.toBe('Administrador');
    const said = ((await session.textContent()) ?? '').match(/Administrador/g) ?? [];
    expect(said).toHaveLength(1);
    await expect(page.getByTestId('session-user').textContent()).resolves.toBe(ADMIN.username);
  });

  browserTest(context, 'a link of the blue bar shows the keyboard’s focus', async (page) => {
    await signedInAdmin(page);
    await openFromNavigation(page, 'Bandeja');
    const link = page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Bandeja' });
    await link.focus();
    // Focus moved by the keyboard, as focus-visible asks: from the link before it, with Tab.
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Mi trabajo' })
      .focus();
    await page.keyboard.press('Tab');
    await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const ring = await link.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      };
    });
    expect(ring.outline !== 'none' || ring.boxShadow !== 'none').toBe(true);
    expect(ring).toEqual({ outline: '3px solid', outlineColor: 'rgb(249, 168, 37)', boxShadow: 'none' });
  });
});
