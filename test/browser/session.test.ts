// Signing in and out in a real browser: the user's name and role always visible, the screens of the
// role only, and no serious accessibility violation on the login screen or the inbox.
import { expect } from '@jest/globals';
import { ADMIN } from '../support/ventanilla-harness.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

describeInBrowser('the session, in a browser', (context) => {
  browserTest(context, 'a wrong password is refused in Spanish', async (page) => {
    await page.goto(context.baseUrl);
    await page.getByLabel('Usuario').fill(ADMIN.username);
    await page.getByLabel('Contraseña').fill('no-es-la-clave');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/contraseña|usuario/i);
  });

  browserTest(context, 'signs in, shows who and in which role, and signs out', async (page) => {
    await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId('session-role').textContent()).resolves.toBe('Administrador');
    await expect(
      page.getByRole('navigation', { name: 'Principal' }).getByRole('link').allTextContents(),
    ).resolves.toEqual([
      'Mi trabajo',
      'Bandeja',
      'Radicar',
      'Afiliaciones',
      'Acciones de mejora',
      'Encuestas',
      'Preguntas frecuentes',
      'Planeación',
      'Correo por revisar',
      'Tablero',
      'Informes',
      'Auditoría',
      'Plantillas de avisos',
      'Calendario',
      'Usuarios',
    ]);
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('button', { name: 'Ingresar' }).waitFor();
  });

  browserTest(context, 'an auditor sees no intake screen', async (page) => {
    await context.ventanilla.userWithRoles(context.adminToken, 'auditora.ui', ['AUDITOR']);
    await signIn(page, context.baseUrl, 'auditora.ui', 'auditora.ui-clave-segura');
    await expect(page.getByTestId('session-role').textContent()).resolves.toBe('Auditor');
    const links = await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link')
      .allTextContents();
    expect(links).not.toContain('Radicar');
    expect(links).toContain('Auditoría');
  });

  browserTest(
    context,
    'the login screen and the inbox have no serious accessibility violations',
    async (page) => {
      await page.goto(context.baseUrl);
      await page.getByRole('button', { name: 'Ingresar' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
      await page.getByRole('heading', { name: 'Bandeja' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );
});
