// The steps that cannot be undone ask first, in a real browser: closing a case and registering its
// withdrawal open a confirmation whose Cancelar has the focus and changes nothing (the server still has
// the case as it was), and confirming does the step; approving an affiliation asks the same way. A step
// that cannot succeed is not offered: an overdue case has no «Prorrogar», nor «Pedir información» and
// «Trasladar por competencia» past their windows, and says why in words. An
// agent whose case waits for the petitioner (art. 17) reads why nothing is offered and who acts next.
import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typedDay } from './date-fields.js';
import { verifiedAffiliation } from './affiliation-fixtures.js';

const COORDINATOR = 'coordinadora.guardas';
const AGENT = 'agente.guardas';
const RECEIVE = `mutation ($input: ReceivePqrsInput!) {
  receivePqrs(input: $input) { radicado dueDate informationRequestAllowedUntil transferAllowedUntil }
}`;
const STATUS = `query ($r: String!) { pqrs(radicado: $r) { status revision } }`;

/** The calendar day in Bogotá (UTC-5 all year). */
function bogotaToday(): string {
  return new Date(Date.now() - 5 * 3600 * 1000).toISOString().slice(0, 10);
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/** The confirmation on screen: Cancelar focused, so Enter on a surprise changes nothing. */
async function confirmation(page: Page, title: RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  await expect(focusedText(page)).resolves.toBe('Cancelar');
  return dialog;
}

describeInBrowser('the steps that cannot be undone, in a browser', (context) => {
  let agentId = '';
  let agentToken = '';
  const ok = (query: string, variables: Record<string, unknown> = {}, token = context.adminToken) =>
    context.ventanilla.ok(query, variables, token);

  const receive = async (subject: string, extra: Record<string, unknown> = {}) => {
    const { receivePqrs } = await ok(RECEIVE, {
      input: {
        kind: 'COMPLAINT',
        channel: 'EMAIL',
        subject,
        description: `${subject}: descripción de prueba.`,
        petitioner: { name: 'Rosa Medina', documentType: 'CC', documentNumber: '41222333' },
        ...extra,
      },
    });
    return receivePqrs as {
      radicado: string;
      dueDate: string;
      informationRequestAllowedUntil: string;
      transferAllowedUntil: string;
    };
  };

  const statusOf = async (radicado: string) =>
    ((await ok(STATUS, { r: radicado })).pqrs as { status: string }).status;

  const openCase = async (page: Page, username: string, radicado: string) => {
    await signIn(page, context.baseUrl, username, `${username}-clave-segura`);
    await page.goto(`${context.baseUrl}/casos/${radicado}`);
    await page.getByRole('heading', { level: 1, name: `Caso ${radicado}` }).waitFor();
    await page.getByTestId('case-status').waitFor();
  };

  beforeAll(async () => {
    await context.ventanilla.userWithRoles(context.adminToken, COORDINATOR, ['COORDINATOR']);
    ({ id: agentId, token: agentToken } = await context.ventanilla.userWithRoles(
      context.adminToken,
      AGENT,
      ['AGENT'],
      'Atención al Cliente',
    ));
  });

  browserTest(
    context,
    'closing a case asks first; Cancelar leaves it answered, confirming closes it',
    async (page) => {
      const { radicado } = await receive('Cobro doble en la factura');
      await ok(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se reintegra el cobro.") { status } }`,
        {
          r: radicado,
        },
      );
      await openCase(page, COORDINATOR, radicado);
      await page.getByTestId('case-actions').getByRole('button', { name: 'Cerrar el caso' }).click();
      const dialog = await confirmation(page, new RegExp(`^¿Cerrar el caso ${radicado}\\?$`));
      await expect(dialog.textContent()).resolves.toContain('no admite más trámites');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Cancelar' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.getByTestId('case-status').textContent()).resolves.toBe('Estado: Respondida');
      await expect(statusOf(radicado)).resolves.toBe('ANSWERED');

      await page.getByTestId('case-actions').getByRole('button', { name: 'Cerrar el caso' }).click();
      await (
        await confirmation(page, /^¿Cerrar el caso/)
      )
        .getByRole('button', { name: 'Cerrar el caso' })
        .click();
      await page.getByTestId('case-status').filter({ hasText: 'Cerrada' }).waitFor();
      await expect(statusOf(radicado)).resolves.toBe('CLOSED');
    },
  );

  browserTest(
    context,
    'registering a withdrawal asks after the form; Cancelar goes back to the form as it was',
    async (page) => {
      const { radicado } = await receive('Demora en la entrega del carné');
      await openCase(page, COORDINATOR, radicado);
      await page.getByTestId('case-actions').getByRole('button', { name: 'Registrar desistimiento' }).click();
      const form = page.getByRole('dialog', { name: 'Registrar el desistimiento' });
      await form.getByLabel(/^Motivo/).fill('El peticionario desistió por escrito.');
      await form.getByRole('button', { name: 'Registrar desistimiento' }).click();
      const dialog = await confirmation(
        page,
        new RegExp(`^¿Registrar el desistimiento del caso ${radicado}\\?$`),
      );
      await expect(dialog.textContent()).resolves.toContain('no puede deshacerse');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Cancelar' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(form.getByLabel(/^Motivo/).inputValue()).resolves.toBe(
        'El peticionario desistió por escrito.',
      );
      await expect(statusOf(radicado)).resolves.toBe('RECEIVED');

      await form.getByRole('button', { name: 'Registrar desistimiento' }).click();
      await (
        await confirmation(page, /^¿Registrar el desistimiento/)
      )
        .getByRole('button', { name: 'Registrar desistimiento' })
        .click();
      await page.getByTestId('case-status').filter({ hasText: 'Desistida' }).waitFor();
      await expect(statusOf(radicado)).resolves.toBe('WITHDRAWN');
    },
  );

  browserTest(context, 'an overdue case offers no «Prorrogar» and says why', async (page) => {
    const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString();
    const { radicado, dueDate, informationRequestAllowedUntil, transferAllowedUntil } = await receive(
      'Queja recibida por correo físico',
      {
        channel: 'MAIL',
        receivedAt: fortyDaysAgo,
        lateEntryReason: 'La correspondencia física se entregó a la oficina con retraso.',
      },
    );
    await openCase(page, COORDINATOR, radicado);
    const actions = page.getByTestId('case-actions');
    await actions.getByRole('button', { name: 'Responder' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Prorrogar' }).count()).toBe(0);
    // Forty days after receipt, the art. 17 and art. 21 windows are long past too: the request is not
    // offered; the transfer is, recorded late (art. 21), and the notes say so first.
    expect(await actions.getByRole('button', { name: 'Pedir información' }).count()).toBe(0);
    expect(await actions.getByRole('button', { name: 'Trasladar por competencia' }).count()).toBe(1);
    await expect(page.getByTestId('case-action-notes').locator('p').allTextContents()).resolves.toEqual([
      `«Pedir información» no está disponible. El requerimiento para completar la petición se podía hacer hasta el ${typedDay(informationRequestAllowedUntil)} (10 días hábiles después de la radicación, art. 17 de la Ley 1755 de 2015).`,
      `«Prorrogar» no está disponible. La prórroga debe concederse antes de que venza el término; venció el ${typedDay(dueDate)}.`,
      `«Trasladar por competencia» está disponible, pero fuera de plazo. El traslado por competencia se podía hacer hasta el ${typedDay(transferAllowedUntil)} (5 días hábiles después de la radicación, art. 21 de la Ley 1755 de 2015): si se traslada ahora, queda registrado como traslado extemporáneo.`,
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  browserTest(
    context,
    'an agent whose case waits for the petitioner reads who acts next, and may only record the window’s extension',
    async (page) => {
      const { radicado } = await receive('Certificado de aportes');
      await ok(`mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`, {
        r: radicado,
        a: agentId,
      });
      await ok(
        `mutation ($r: String!) { requestPqrsInformation(radicado: $r, note: "Falta el número de la planilla.") { status } }`,
        { r: radicado },
        agentToken,
      );
      await openCase(page, AGENT, radicado);
      const notes = page.getByTestId('case-action-notes');
      await notes.filter({ hasText: /Esperando/ }).waitFor();
      await expect(notes.textContent()).resolves.toContain(
        `Esperando la información que se pidió al peticionario el ${typedDay(bogotaToday())}; el término está suspendido`,
      );
      await expect(notes.textContent()).resolves.toContain(
        'un coordinador la registra con «Registrar información aportada»',
      );
      // The one step left to the agent: recording the extension of the window the petitioner asked for by
      // other means than the tracking page (art. 17).
      await expect(page.getByTestId('case-actions').getByRole('button').allTextContents()).resolves.toEqual([
        'Registrar prórroga del plazo para completar',
      ]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );

  browserTest(
    context,
    'approving an affiliation asks first; Cancelar leaves it verified, confirming gives the member number',
    async (page) => {
      const id = await verifiedAffiliation(
        context.ventanilla,
        context.adminToken,
        { name: 'Óscar Villamil', documentType: 'CC', documentNumber: '80333444' },
        'IN_PERSON',
      );
      await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
      await page.goto(`${context.baseUrl}/afiliaciones/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Afiliación de Óscar Villamil' }).waitFor();

      await page.getByRole('button', { name: 'Aprobar', exact: true }).click();
      const dialog = await confirmation(page, /^¿Aprobar la afiliación de Óscar Villamil\?$/);
      await expect(dialog.textContent()).resolves.toContain('no puede deshacerse');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancelar' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.getByTestId('affiliation-status').textContent()).resolves.toBe(
        'Requisitos verificados',
      );
      expect(await page.getByTestId('member-number').count()).toBe(0);
      const before = await ok(`query ($id: ID!) { affiliation(id: $id) { status memberNumber } }`, { id });
      expect(before.affiliation).toEqual({ status: 'REQUIREMENTS_VERIFIED', memberNumber: null });

      await page.getByRole('button', { name: 'Aprobar', exact: true }).click();
      await (
        await confirmation(page, /^¿Aprobar la afiliación/)
      )
        .getByRole('button', { name: 'Aprobar' })
        .click();
      await page.getByTestId('member-number').waitFor();
      await expect(page.getByTestId('affiliation-status').textContent()).resolves.toBe('Aprobada');
    },
  );
});
