// The action plan (Planeación › Plan de acción) in a real browser: a coordinator creates this year's plan,
// adds a goal and two weighted activities (the plan warns while the weights do not add to 100 %); the
// responsible agent reports progress with an evidence file; another coordinator approves it, and the
// execution weighted by activity and the overdue flag show; the Informe de ejecución of the quarter is
// issued from Informes with its quarter shortcut. axe on every screen.
import { expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate, typedDay } from './date-fields.js';
import { samplePdf } from './ventanilla-support.js';

const PLANNER = 'coordinadora.plan';
const REVIEWER = 'coordinador.revisor';
const AGENT = 'agente.plan';

const today = new Date(Date.now() - 5 * 60 * 60 * 1000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Planeación' }).click();
  await page.getByRole('tab', { name: 'Plan de acción' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/planeacion/plan-de-accion');
}

async function addActivity(
  page: Page,
  activity: { description: string; weight: string; start: string; end: string },
): Promise<void> {
  const form = page.getByRole('region', { name: 'Agregar una actividad' });
  await choose(page, /^Meta$|^Meta \*/, 'Acercar la Corporación a sus afiliados');
  await form.getByRole('textbox', { name: /^Actividad/ }).fill(activity.description);
  await form.getByRole('textbox', { name: /^Indicador/ }).fill('Campañas realizadas');
  await form.getByRole('textbox', { name: /^Meta del indicador/ }).fill('4 campañas');
  await choose(page, /^Responsable/, `Funcionario ${AGENT}`);
  await form.getByRole('textbox', { name: /^Peso/ }).fill(activity.weight);
  await typeDate(form.getByRole('group', { name: /^Fecha de inicio/ }), typedDay(activity.start));
  await typeDate(form.getByRole('group', { name: /^Fecha de fin/ }), typedDay(activity.end));
  await form.getByRole('button', { name: 'Agregar la actividad' }).click();
  await page.getByTestId('plan-activity').filter({ hasText: activity.description }).waitFor();
}

describeInBrowser('the action plan, in a browser', (context) => {
  beforeAll(async () => {
    await context.ventanilla.userWithRoles(context.adminToken, PLANNER, ['COORDINATOR']);
    await context.ventanilla.userWithRoles(context.adminToken, REVIEWER, ['COORDINATOR']);
    await context.ventanilla.userWithRoles(context.adminToken, AGENT, ['AGENT']);
  });

  browserTest(
    context,
    'a coordinator creates the year’s plan with a goal and weighted activities',
    async (page) => {
      await signIn(page, context.baseUrl, PLANNER, `${PLANNER}-clave-segura`);
      await openPlan(page);
      await page.getByRole('heading', { name: `No hay plan de acción para ${year}` }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole('textbox', { name: /^Nombre del plan/ }).fill(`Plan de acción ${year}`);
      await page.getByRole('button', { name: 'Crear el plan' }).click();
      await page.getByRole('heading', { name: `Plan de acción ${year}: Plan de acción ${year}` }).waitFor();
      await page.getByText('El plan aún no tiene metas.').waitFor();

      const goalForm = page.getByRole('region', { name: 'Agregar una meta' });
      await goalForm.getByRole('textbox', { name: /^Meta/ }).fill('Acercar la Corporación a sus afiliados');
      await goalForm.getByRole('button', { name: 'Agregar la meta' }).click();
      await page.getByRole('heading', { name: 'Meta 1: Acercar la Corporación a sus afiliados' }).waitFor();

      // Ended on the year's first day: overdue from the next day on, with no approved progress.
      await addActivity(page, {
        description: 'Campaña de socialización',
        weight: '60',
        start: `${year}-01-01`,
        end: `${year}-01-01`,
      });
      await page.getByText(/Los pesos de las actividades suman 60 %, no 100 %/).waitFor();
      // More than what is left is refused before it is sent, saying what is left.
      const form = page.getByRole('region', { name: 'Agregar una actividad' });
      await form.getByRole('textbox', { name: /^Peso/ }).fill('45');
      await form.getByRole('button', { name: 'Agregar la actividad' }).click();
      await form.getByText('Los pesos del plan pasarían de 100 %: quedan 40 %.').waitFor();
      await addActivity(page, {
        description: 'Capacitación en protocolo de atención',
        weight: '40',
        start: `${year}-01-01`,
        end: `${year}-12-31`,
      });
      await expect(page.getByText(/no 100 %/).count()).resolves.toBe(0);
      // At 100 % the plan takes no more activities.
      await expect(page.getByRole('region', { name: 'Agregar una actividad' }).count()).resolves.toBe(0);

      const campaign = page.getByTestId('plan-activity').filter({ hasText: 'Campaña de socialización' });
      const row = (await campaign.textContent()) ?? '';
      expect(row).toContain(`01/01/${year}`);
      expect(row).toContain('60 %');
      expect(row).toContain(`Funcionario ${AGENT}`);
      expect(row).toContain(today > `${year}-01-01` ? 'Vencida' : 'Sin avance aprobado');
      await expect(page.getByTestId('plan-execution').textContent()).resolves.toBe('0 %');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    120_000,
  );

  browserTest(context, 'the responsible agent reports progress with an evidence file', async (page) => {
    await signIn(page, context.baseUrl, AGENT, `${AGENT}-clave-segura`);
    await openPlan(page);
    // An agent plans nothing: no goal or activity forms.
    await expect(page.getByRole('region', { name: 'Agregar una meta' }).count()).resolves.toBe(0);
    await page
      .getByRole('button', { name: 'Abrir la actividad Capacitación en protocolo de atención' })
      .click();
    const panel = page.getByTestId('activity-panel');
    await panel.getByRole('textbox', { name: /^Avance acumulado/ }).fill('50');
    await panel.getByRole('textbox', { name: /^Qué se hizo/ }).fill('Primer grupo capacitado.');
    await panel.getByLabel(/^Archivos de evidencia del avance/).setInputFiles({
      name: 'lista-asistencia.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Lista'),
    });
    await panel
      .getByTestId('upload-item')
      .filter({ hasText: 'lista-asistencia.pdf' })
      .getByText(/Adjuntado$/)
      .waitFor();
    await panel.getByRole('button', { name: 'Reportar el avance' }).click();
    await panel.getByText('Avance reportado: cuenta cuando un coordinador lo apruebe.').waitFor();
    const reports = panel.getByTestId('progress-reports');
    await reports.getByText(/50 % acumulado · Pendiente de aprobación/).waitFor();
    await reports.getByText('lista-asistencia.pdf').waitFor();
    // Pending, it does not count; the agent may not approve it.
    await expect(page.getByTestId('plan-execution').textContent()).resolves.toBe('0 %');
    await expect(panel.getByRole('button', { name: /^Aprobar/ }).count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  browserTest(context, 'another coordinator approves it and the execution counts it', async (page) => {
    await signIn(page, context.baseUrl, REVIEWER, `${REVIEWER}-clave-segura`);
    await openPlan(page);
    await page
      .getByRole('button', { name: 'Abrir la actividad Capacitación en protocolo de atención' })
      .click();
    const panel = page.getByTestId('activity-panel');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Aprobar el avance de 50 %' }).click();
    await panel.getByText('Reporte de avance aprobado.').waitFor();
    await panel
      .getByTestId('progress-reports')
      .getByText(/50 % acumulado · Aprobado el/)
      .waitFor();
    // 40 % × 50 % = 20 points of the plan.
    await page.getByTestId('plan-execution').getByText('20 %').waitFor();
    const training = page.getByTestId('plan-activity').filter({ hasText: 'Capacitación en protocolo' });
    await training.getByText('En ejecución').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  browserTest(context, 'the quarter’s execution report is issued from Informes', async (page) => {
    await signIn(page, context.baseUrl, REVIEWER, `${REVIEWER}-clave-segura`);
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Informes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Informes' }).waitFor();
    await choose(page, /^Informe$/, 'Informe de ejecución del plan de acción');
    await page.getByRole('textbox', { name: 'Año', exact: true }).fill(String(year));
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    await page.getByRole('button', { name: `Trimestre ${quarter}` }).click();
    await page.getByRole('radio', { name: /^CSV \(separado/ }).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Emitir y descargar' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^informe-ejecucion-plan-accion_/);
    const csv = (await readFile(await download.path())).toString('utf8');
    expect(csv).toContain('Informe de ejecución del plan de acción');
    expect(csv).toContain('Capacitación en protocolo de atención');
    expect(csv).toContain(`T${quarter} ${year}`);
  });
});
