// The Auditoría screen in a real browser: with a case received, assigned and answered through GraphQL, an
// auditor finds its events by radicado and by type, replays it to the instant after the assignment and
// sees it as it stood then (Asignada, not Respondida), verifies the audit trail and a downloaded report
// (and a tampered copy), and reads who saw personal data in full; no button that changes anything is
// offered, and an agent does not see the screen.
import { beforeAll, expect } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

/** Buttons that would change something; "Cerrar sesión" only ends the session. */
const ACTION_BUTTON =
  /^(asignar|reasignar|solicitar|prorrogar|ampliar|trasladar|responder|cerrar(?! sesión)|desist|registrar|radicar|guardar|aprobar|rechazar|emitir|publicar|retirar|editar|crear|eliminar|borrar)/i;

async function actionButtons(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').trim()),
    );
  return names.filter((name) => ACTION_BUTTON.test(name));
}

/** The text of the grid's "Evento" cells, top to bottom. */
async function eventColumn(page: Page): Promise<string[]> {
  return page
    .getByRole('grid', { name: 'Eventos del registro' })
    .locator('[role="gridcell"][data-field="event"]')
    .allTextContents();
}

describeInBrowser('the audit screen, in a browser', (context) => {
  let radicado: string;
  const auditorName = 'auditora.pantalla';

  beforeAll(async () => {
    const { ventanilla, adminToken } = context;
    const agent = await ventanilla.userWithRoles(adminToken, 'agente.auditado', ['AGENT']);
    const { receivePqrs } = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Copia del contrato de afiliación',
          description: 'Solicito copia del contrato firmado en 2025.',
          petitioner: { name: 'Marta Lucía Rojas', documentType: 'CC', documentNumber: '51234567' },
        },
      },
      adminToken,
    );
    radicado = receivePqrs.radicado;
    await ventanilla.ok(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
      { r: radicado, a: agent.id },
      adminToken,
    );
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se remite la copia solicitada.") { status } }`,
      { r: radicado },
      agent.token,
    );
    await ventanilla.userWithRoles(adminToken, auditorName, ['AUDITOR']);
  });

  browserTest(
    context,
    'an auditor finds a case’s events by radicado and by type, and replays it to the instant after its assignment',
    async (page) => {
      await signIn(page, context.baseUrl, auditorName, `${auditorName}-clave-segura`);
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Auditoría' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Auditoría' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // By radicado: the case's five events, newest first (the receipt and the answer each ask for their
      // notice with them), the search kept in the URL.
      await page.getByLabel('Radicado', { exact: true }).fill(radicado.toLowerCase());
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.getByTestId('audit-events-total').getByText('5 eventos encontrados').waitFor();
      expect(await eventColumn(page)).toEqual([
        'Aviso pedido',
        'Respuesta',
        'Asignación',
        'Aviso pedido',
        'Radicación',
      ]);
      expect(new URL(page.url()).searchParams.get('radicado')).toBe(radicado);

      // By type within its category: the PQRS assignment alone.
      await page.getByRole('button', { name: 'Limpiar filtros' }).click();
      await page.getByRole('combobox', { name: 'Tipo de evento' }).click();
      await page.getByRole('option', { name: 'Asignación', exact: true }).click();
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.getByTestId('audit-events-total').getByText('1 evento encontrado').waitFor();
      expect(await eventColumn(page)).toEqual(['Asignación']);
      const url = new URL(page.url());
      expect([url.searchParams.get('categoria'), url.searchParams.get('tipo')]).toEqual([
        'pqrs-',
        'Assigned',
      ]);

      // The search survives a reload: it lives in the URL.
      await page.reload();
      await page.getByTestId('audit-events-total').getByText('1 evento encontrado').waitFor();

      // Replay from the row: as it stands now, then as it stood right after the assignment.
      await page.getByRole('button', { name: `Reproducir el caso ${radicado}` }).click();
      await page.locator('[data-testid="replay-status"]', { hasText: /^Respondida$/ }).waitFor();
      const slider = page.getByRole('slider', { name: /Instante del historial/ });
      await slider.focus();
      await page.keyboard.press('Home');
      await page.locator('[data-testid="replay-status"]', { hasText: /^Radicada$/ }).waitFor();
      // The replay steps through the case's instants: a notice asked for with its step shares its instant.
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid="replay-status"]', { hasText: /^Asignada$/ }).waitFor();
      expect(await slider.getAttribute('aria-valuetext')).toMatch(/^Paso 2 de 3: .*, Asignación$/);
      const replayedEvents = page.getByTestId('replay-events');
      await replayedEvents.getByText('Asignación', { exact: true }).waitFor();
      expect(await replayedEvents.getByText('Respuesta', { exact: true }).count()).toBe(0);
      expect(await page.getByTestId('replay-state').textContent()).toContain('Funcionario agente.auditado');
      expect(await page.getByTestId('replay-state').textContent()).not.toContain('Respondida');
      expect(new URL(page.url()).searchParams.get('caso')).toBe(radicado);

      expect(await actionButtons(page)).toEqual([]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Nor does the case's own page offer an auditor anything to change.
      await page.goto(`${context.baseUrl}/casos/${radicado}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await actionButtons(page)).toEqual([]);
    },
    120_000,
  );

  browserTest(
    context,
    'an auditor verifies the audit trail and a downloaded report, sees a tampered copy refused, and reads who saw personal data',
    async (page) => {
      const { report } = await context.ventanilla.ok(
        `mutation { report(kind: PQRS, from: "2026-01-01", to: "2026-12-31", format: CSV) { id fileName downloadUrl } }`,
        {},
        context.adminToken,
      );
      const response = await fetch(`${context.baseUrl}${report.downloadUrl}`, {
        headers: { authorization: `Bearer ${context.adminToken}` },
      });
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      // An administrator reads the petitioner in full: the access log has it.
      await context.ventanilla.ok(
        `query ($r: String!) { pqrs(radicado: $r) { petitioner { name } } }`,
        { r: radicado },
        context.adminToken,
      );
      const folder = mkdtempSync(join(tmpdir(), 'ventanilla-audit-report-'));
      const file = join(folder, report.fileName);
      writeFileSync(file, bytes);
      try {
        await signIn(page, context.baseUrl, auditorName, `${auditorName}-clave-segura`);
        await page.goto(`${context.baseUrl}/auditoria`);
        await page.getByRole('heading', { level: 1, name: 'Auditoría' }).waitFor();

        await page.getByRole('button', { name: 'Verificar la cadena de auditoría' }).click();
        const trail = page.getByTestId('audit-trail-result');
        await trail.waitFor();
        expect(await trail.textContent()).toMatch(
          /^La cadena de auditoría está íntegra: se verificaron \d+ eventos/,
        );

        // The file's own name picks the report it came from.
        await page.getByTestId('report-file-input').setInputFiles(file);
        await page.getByTestId('chosen-file').getByText(`${report.fileName} · SHA-256`).waitFor();
        await page.getByRole('button', { name: 'Comprobar el archivo' }).click();
        const verdict = page.getByTestId('report-verification-result');
        await verdict.getByText(/es exactamente el que se entregó/).waitFor();

        await page.getByRole('button', { name: 'Regenerar y comparar' }).click();
        await verdict.getByText(/se obtiene el mismo contenido/).waitFor();

        const tampered = Buffer.concat([bytes, Buffer.from('\n;fila añadida después\n')]);
        await page
          .getByTestId('report-file-input')
          .setInputFiles({ name: report.fileName, mimeType: 'text/csv', buffer: tampered });
        await page.getByRole('button', { name: 'Comprobar el archivo' }).click();
        await verdict.getByText(/fue modificado o es otro archivo/).waitFor();
        expect(await verdict.getAttribute('role')).toBe('alert');

        const accesses = page.getByRole('table', { name: 'Accesos a datos personales' });
        await accesses.getByRole('row').filter({ hasText: radicado }).first().waitFor();
        expect(await accesses.getByRole('row').filter({ hasText: radicado }).first().textContent()).toMatch(
          /admin \(Administrador\)Gestión del caso/,
        );

        expect(await actionButtons(page)).toEqual([]);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    120_000,
  );

  browserTest(context, 'an agent is not shown the audit screen, nor let into it', async (page) => {
    await signIn(page, context.baseUrl, 'agente.auditado', 'agente.auditado-clave-segura');
    const navigation = page.getByRole('navigation', { name: 'Principal' });
    await navigation.getByRole('link', { name: 'Bandeja' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Auditoría' }).count()).toBe(0);
    await page.goto(`${context.baseUrl}/auditoria`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mi-trabajo');
    expect(await page.getByRole('heading', { level: 1, name: 'Auditoría' }).count()).toBe(0);
  });
});
