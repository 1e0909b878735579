// The Mapa de riesgos screen in a browser: a coordinator registers a risk, adds a control (the residual
// moves), records a quarter's monitoring and a materialisation shown by an indicator; the heat maps say
// in every cell, in words, the zone and how many risks fall in it, with a table as their text
// alternative; no serious accessibility violation on the screen or its forms.
import { expect } from '@jest/globals';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

describeInBrowser('the Mapa de riesgos screen, in a browser', (context) => {
  let coordinator: { username: string; password: string };

  beforeAll(async () => {
    const username = 'coordinadora.mapa';
    await context.ventanilla.userWithRoles(context.adminToken, username, ['COORDINATOR']);
    coordinator = { username, password: `${username}-clave-segura` };
  });

  browserTest(context, 'a coordinator builds a risk on the map and reads its heat maps', async (page) => {
    await signIn(page, context.baseUrl, coordinator.username, coordinator.password);
    await page.goto(`${context.baseUrl}/planeacion/mapa-de-riesgos`);
    await page.getByRole('heading', { name: 'Mapa de riesgos del proceso' }).waitFor();
    await expect(page.getByTestId('risk-method-note').textContent()).resolves.toContain('versión 7');
    await page.getByText('Aún no hay riesgos registrados.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A required field left blank is named next to it; nothing is sent.
    await page.getByRole('button', { name: 'Registrar el riesgo' }).click();
    await page.getByText('Indique el nombre del riesgo.').waitFor();

    await page.getByLabel(/^Riesgo[\s*]*$/).fill('Respuesta de PQRS fuera de término');
    await page.getByLabel('Causa').fill('Volumen de casos superior a la capacidad del equipo.');
    await page.getByLabel('Consecuencia').fill('Sanciones y pérdida de confianza de los afiliados.');
    await page.getByLabel('Probabilidad inherente').click();
    await page.getByRole('option', { name: /^Media:/ }).click();
    await page.getByLabel('Impacto inherente').click();
    await page.getByRole('option', { name: 'Mayor' }).click();
    await page.getByRole('button', { name: 'Registrar el riesgo' }).click();

    const panel = page.getByTestId('risk-panel');
    await panel.getByRole('heading', { name: 'Respuesta de PQRS fuera de término' }).waitFor();
    // Inherent: Media × Mayor is Alto, in words in the cell and in the table.
    const inherent = page.getByTestId('inherent-heat-map');
    await expect(inherent.getByTestId('inherent-heat-map-MEDIUM-MAJOR').textContent()).resolves.toBe('1Alto');
    await inherent.getByRole('cell', { name: 'Alto: 1 riesgo', exact: true }).waitFor();
    await expect(inherent.getByRole('table').textContent()).resolves.toContain('Moderado: 0 riesgos');

    // A preventive manual control: 60 % − 24 % = 36 %, Baja; the residual stays Alto (Baja × Mayor).
    await panel.getByLabel(/^Control[\s*]*$/).fill('Revisión semanal de los casos por vencer.');
    await panel.getByLabel('Responsable del control').click();
    await page.getByRole('option', { name: 'Funcionario coordinadora.mapa' }).click();
    await panel.getByLabel(/^Tipo[\s*]*$/).click();
    await page.getByRole('option', { name: 'Preventivo' }).click();
    await panel.getByLabel('Implementación').click();
    await page.getByRole('option', { name: 'Manual' }).click();
    await panel.getByLabel('Periodicidad').click();
    await page.getByRole('option', { name: 'Semanal' }).click();
    await panel.getByLabel('Registro que deja el control').fill('Acta semanal de revisión.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Agregar el control' }).click();
    await panel.getByTestId('risk-control').waitFor();
    await expect(panel.getByTestId('risk-residual').textContent()).resolves.toBe(
      'Baja (36 %) × Mayor (80 %): Alto',
    );
    await expect(
      page.getByTestId('residual-heat-map').getByTestId('residual-heat-map-LOW-MAJOR').textContent(),
    ).resolves.toBe('1Alto');

    // The quarter's monitoring, once.
    await panel.getByRole('combobox', { name: 'Trimestre' }).click();
    const quarterOption = page.getByRole('option').first();
    const quarterName = (await quarterOption.textContent()) ?? '';
    await quarterOption.click();
    await panel.getByRole('radio', { name: 'No' }).check();
    await panel.getByLabel('Observaciones').fill('Un reclamo se respondió tarde.');
    await panel.getByLabel('Evidencia revisada').fill('Actas de revisión.');
    await panel.getByRole('button', { name: 'Registrar el monitoreo' }).click();
    await panel.getByTestId('risk-monitoring').waitFor();
    await expect(panel.getByTestId('risk-monitoring').textContent()).resolves.toContain(quarterName);
    await expect(page.getByTestId('risk-row').textContent()).resolves.toContain(quarterName);

    // A materialisation with nothing to show it is refused in the server's words.
    await panel.getByLabel('Cómo se materializó').fill('Tres reclamos respondidos tarde.');
    await panel.getByRole('button', { name: 'Registrar la materialización' }).click();
    await panel.getByRole('alert').filter({ hasText: 'vínculos de la materialización' }).waitFor();
    await panel.getByRole('combobox', { name: 'Indicador que la muestra' }).click();
    await page.getByRole('option', { name: 'Respondidas fuera de término en el periodo' }).click();
    await panel.getByRole('button', { name: 'Registrar la materialización' }).click();
    await panel.getByTestId('risk-materialization').waitFor();
    await expect(panel.getByTestId('risk-materialization').textContent()).resolves.toContain(
      'Indicador: Respondidas fuera de término en el periodo',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
