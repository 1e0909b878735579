// The Usuarios screen in a browser: an administrator creates an account, changes its roles (its sessions
// close) and resets its password, whose temporary value opens only the password change; no serious
// accessibility violation on the screen or its form.
import { expect } from '@jest/globals';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { ADMIN } from '../support/ventanilla-harness.js';

describeInBrowser('the Usuarios screen, in a browser', (context) => {
  browserTest(context, 'an administrator creates, edits and resets an account', async (page) => {
    await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Usuarios' }).click();
    await page.getByRole('heading', { name: 'Usuarios' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Crear cuenta' }).click();
    const form = page.getByRole('dialog', { name: 'Crear cuenta de funcionario' });
    await form.getByLabel('Usuario').fill('nueva.agente');
    await form.getByLabel('Contraseña inicial').fill('nueva.agente-clave-segura');
    await form.getByLabel('Nombre completo').fill('Nueva Agente de Prueba');
    await form.getByLabel('Agente').check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Crear cuenta' }).click();
    const row = page.getByTestId('cuenta-nueva.agente');
    await row.getByRole('cell', { name: 'Nueva Agente de Prueba', exact: true }).waitFor();
    await expect(row.textContent()).resolves.toMatch(/Nueva Agente de Prueba.*Agente.*Activa/);

    await page.getByRole('button', { name: 'Editar la cuenta nueva.agente' }).click();
    const edit = page.getByRole('dialog', { name: 'Editar la cuenta nueva.agente' });
    await edit.getByLabel('Auditor').check();
    await edit.getByText('Al guardar se cerrarán las sesiones abiertas de esta cuenta.').waitFor();
    await edit.getByRole('button', { name: 'Guardar cambios' }).click();
    // The list shows the change once the mutation's answer arrives: wait for it rather than read at once.
    await row.getByRole('cell', { name: 'Agente, Auditor', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Restablecer contraseña de nueva.agente' }).click();
    await page.getByRole('button', { name: 'Restablecer', exact: true }).click();
    const temporary = await page.getByTestId('temporary-password').textContent();
    expect(temporary).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await page.getByRole('button', { name: 'Listo' }).click();
    await row.getByRole('cell', { name: 'Activa · contraseña temporal', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByLabel('Usuario').fill('nueva.agente');
    await page.getByLabel('Contraseña').fill(temporary!);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { name: 'Cambie su contraseña temporal' }).waitFor();
  });
});
