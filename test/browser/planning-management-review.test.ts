// The Revisión por la dirección screen in a browser: a coordinator opens a review (its inputs gathered
// as it opens), records a decision that formulates an improvement action and approves the minutes; a
// required field left blank is named next to it; no serious accessibility violation on the list, the
// record or its forms.
import { expect } from '@jest/globals';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate } from './date-fields.js';

describeInBrowser('the Revisión por la dirección screen, in a browser', (context) => {
  let coordinator: { username: string; password: string };

  beforeAll(async () => {
    const username = 'coordinadora.revision';
    await context.ventanilla.userWithRoles(context.adminToken, username, ['COORDINATOR']);
    coordinator = { username, password: `${username}-clave-segura` };
  });

  browserTest(context, 'a coordinator opens a review, decides, and approves its minutes', async (page) => {
    await signIn(page, context.baseUrl, coordinator.username, coordinator.password);
    await page.goto(`${context.baseUrl}/planeacion/revision-por-la-direccion`);
    await page.getByRole('heading', { name: /^Revisiones por la dirección \d{4}$/ }).waitFor();
    await page.getByText(/^No hay revisiones por la dirección con reunión en/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Abrir una revisión' }).click();
    // A blank name is named next to its field; nothing is sent.
    await page.getByRole('button', { name: 'Abrir la revisión y reunir sus entradas' }).click();
    await page.getByText('Indique el nombre de la revisión por la dirección.').waitFor();
    await page.getByText('Indique al menos un asistente de la alta dirección.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Nombre de la revisión').fill('Revisión por la dirección del semestre');
    await page.getByLabel('Funcionario coordinadora.revision').check();
    await page.getByRole('button', { name: 'Abrir la revisión y reunir sus entradas' }).click();

    const row = page.getByTestId('management-review-row');
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Abierta (acta en elaboración)');
    await row.getByRole('link', { name: 'Revisión por la dirección del semestre' }).click();

    await page.getByRole('heading', { name: 'Entradas de la revisión (9.3.2)' }).waitFor();
    await page.getByText('Aún no hay decisiones registradas.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A decision that formulates an improvement action.
    await page.getByLabel('Decisión tomada').fill('Redistribuir los turnos de radicación.');
    await page.getByLabel('Responsable').click();
    await page.getByRole('option', { name: 'Funcionario coordinadora.revision' }).click();
    await page.getByLabel('Esta decisión formula una acción de mejora').check();
    await page.getByRole('button', { name: 'Registrar la decisión' }).click();
    await page.getByText('Una decisión que formula una acción de mejora necesita fecha límite.').waitFor();
    await typeDate(page.getByRole('group', { name: /^Fecha límite/ }), '30/12/2099');
    await page.getByLabel('Problema o no conformidad').fill('La oportunidad de respuesta bajó.');
    await page.getByLabel('Causa raíz').fill('Un solo funcionario radica en horas pico.');
    await page.getByLabel('Acción que se tomará').fill('Redistribuir turnos.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Registrar la decisión' }).click();

    const decision = page.getByTestId('review-decision');
    await decision.waitFor();
    await expect(decision.textContent()).resolves.toContain('Redistribuir los turnos de radicación.');
    await decision.getByRole('link', { name: 'Ver la acción formulada' }).waitFor();

    await page
      .getByLabel('Conclusiones sobre la conveniencia, adecuación y eficacia del sistema')
      .fill('El sistema es conveniente, adecuado y eficaz.');
    await page.getByRole('button', { name: 'Aprobar el acta' }).click();
    await page.getByRole('heading', { name: 'Conclusiones del acta aprobada' }).waitFor();
    await page.getByText('Cerrada (acta aprobada)').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The action opens from the decision, its origin the review's decision.
    await decision.getByRole('link', { name: 'Ver la acción formulada' }).click();
    await page
      .getByText(/Revisión por la dirección/)
      .first()
      .waitFor();
  });
});
