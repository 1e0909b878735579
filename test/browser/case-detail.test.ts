// The case detail in a real browser: a coordinator opens a case filed through GraphQL, sees its term in
// business days, assigns it and answers it from the screen, and reads the timeline with who and when (the
// notices the receipt, the extension and the answer asked for among its entries); a step the rules
// refuse shows the server's Spanish message, and a step sent after someone else changed the case says so
// and goes through on the next try. An auditor sees the same case with no step to take, and its
// petitioner masked until revealed with a reason.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate, typedDay } from './date-fields.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado maxDueDate } }`;

/** dd/mm/yyyy hh:mm, as the timeline writes instants on Bogotá's clock. */
const BOGOTA_INSTANT = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;

async function textOf(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? '';
}

/** Waits until the element's text matches (the page reloads the case after each step). */
async function waitForText(page: Page, testId: string, pattern: RegExp): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: pattern }).waitFor();
}

describeInBrowser('the case detail, in a browser', (context) => {
  let coordinator: { id: string; token: string };
  let radicado: string;
  let maxDueDate: string;

  const openCase = async (page: Page, username: string) => {
    await signIn(page, context.baseUrl, username, `${username}-clave-segura`);
    await page.goto(`${context.baseUrl}/casos/${radicado}`);
    await page.getByRole('heading', { level: 1, name: `Caso ${radicado}` }).waitFor();
    await page.getByTestId('case-status').waitFor();
  };

  beforeAll(async () => {
    coordinator = await context.ventanilla.userWithRoles(context.adminToken, 'coordinadora.caso', [
      'COORDINATOR',
    ]);
    await context.ventanilla.userWithRoles(
      context.adminToken,
      'agente.caso',
      ['AGENT'],
      'Atención al Cliente',
    );
    await context.ventanilla.userWithRoles(context.adminToken, 'auditor.caso', ['AUDITOR']);
    const { receivePqrs } = await context.ventanilla.ok(
      RECEIVE,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Certificado de afiliación para trámite bancario',
          description: 'Solicito el certificado de afiliación con fecha de ingreso.',
          petitioner: { name: 'Marta Gómez', documentType: 'CC', documentNumber: '52123456' },
        },
      },
      context.adminToken,
    );
    radicado = receivePqrs.radicado;
    maxDueDate = receivePqrs.maxDueDate;
  });

  browserTest(
    context,
    'a coordinator assigns and answers the case and reads the timeline with who and when',
    async (page) => {
      await openCase(page, 'coordinadora.caso');
      await expect(textOf(page, 'case-status')).resolves.toBe('Estado: Radicada');
      // Received today: the whole petition term of 15 business days is left.
      await expect(textOf(page, 'case-days-left')).resolves.toBe('Quedan 15 días hábiles');
      await expect(textOf(page, 'case-data')).resolves.toContain('Marta Gómez');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Asignar', exact: true }).click();
      const assign = page.getByRole('dialog', { name: `Asignar el caso ${radicado}` });
      await assign.getByRole('combobox', { name: /^Funcionario/ }).click();
      await page.getByRole('option', { name: /agente\.caso/ }).click();
      await expect(assign.getByLabel('Dependencia').inputValue()).resolves.toBe('Atención al Cliente');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await assign.getByRole('button', { name: 'Asignar', exact: true }).click();
      await assign.waitFor({ state: 'detached' });
      await waitForText(page, 'case-status', /Asignada/);
      await expect(textOf(page, 'case-data')).resolves.toContain('Funcionario agente.caso (agente.caso)');

      // A step sent on a stale revision: someone extends the term while the answer is being written.
      await page.getByRole('button', { name: 'Responder', exact: true }).click();
      const answer = page.getByRole('dialog', { name: `Responder el caso ${radicado}` });
      await answer
        .getByRole('textbox', { name: 'Respuesta' })
        .fill('Se expide el certificado de afiliación solicitado.');
      await context.ventanilla.ok(
        `mutation ($r: String!, $d: Date!) { extendPqrsDeadline(radicado: $r, newDueDate: $d, reason: "Requiere concepto jurídico") { revision } }`,
        { r: radicado, d: maxDueDate },
        coordinator.token,
      );
      await answer.getByRole('button', { name: 'Responder', exact: true }).click();
      await expect(answer.getByRole('alert').textContent()).resolves.toMatch(
        /modificado por otra persona.*Ya se cargaron los datos actuales del caso/,
      );
      // The case was reloaded with its new revision (and the term extended to twice the original): the
      // same answer now goes through.
      await waitForText(page, 'case-days-left', /^Quedan 30 días hábiles$/);
      await answer.getByRole('button', { name: 'Responder', exact: true }).click();
      await answer.waitFor({ state: 'detached' });
      await waitForText(page, 'case-status', /Respondida/);
      await expect(textOf(page, 'case-days-left')).resolves.toBe(
        'El término ya no corre: el caso fue respondido',
      );
      await expect(page.getByRole('status').textContent()).resolves.toContain('Respuesta registrada.');

      // The receipt, the extension and the answer each ask for the notice the law requires, recorded
      // with the step by whoever took it.
      const entries = page.getByTestId('timeline-entry');
      await entries.nth(6).waitFor();
      const titles = await entries.locator('h3').allTextContents();
      expect(titles).toEqual([
        'Radicada',
        'Aviso pedido',
        'Asignada',
        'Prórroga del término',
        'Aviso pedido',
        'Respondida',
        'Aviso pedido',
      ]);
      const who = await entries.getByTestId('timeline-who').allTextContents();
      expect(who).toEqual([
        'admin (Administrador)',
        'admin (Administrador)',
        'coordinadora.caso (Coordinador)',
        'coordinadora.caso (Coordinador)',
        'coordinadora.caso (Coordinador)',
        'coordinadora.caso (Coordinador)',
        'coordinadora.caso (Coordinador)',
      ]);
      await expect(entries.nth(1).textContent()).resolves.toContain(
        'Acuse de recibo, por correo electrónico.',
      );
      await expect(entries.nth(4).textContent()).resolves.toContain(
        'Aviso de prórroga, por correo electrónico.',
      );
      await expect(entries.nth(6).textContent()).resolves.toContain('Respuesta, por correo electrónico.');
      for (const when of await entries.getByTestId('timeline-occurred').allTextContents())
        expect(when).toMatch(BOGOTA_INSTANT);
      for (const when of await entries.getByTestId('timeline-recorded').allTextContents())
        expect(when).toMatch(BOGOTA_INSTANT);
      await expect(entries.nth(2).textContent()).resolves.toContain(
        'A Funcionario agente.caso, dependencia Atención al Cliente.',
      );
      // Answered, the case offers closing it and nothing that needs a running term.
      await expect(page.getByTestId('case-actions').getByRole('button').allTextContents()).resolves.toEqual([
        'Cerrar el caso',
      ]);
    },
    90_000,
  );

  browserTest(
    context,
    'an extension beyond twice the term is refused with the rule in Spanish',
    async (page) => {
      const { receivePqrs } = await context.ventanilla.ok(
        RECEIVE,
        {
          input: {
            kind: 'COMPLAINT',
            channel: 'WEB',
            subject: 'Demora en la atención presencial',
            description: 'Esperé dos horas para ser atendido.',
            petitioner: { name: 'Luis Rojas', documentType: 'CC', documentNumber: '80111222' },
          },
        },
        context.adminToken,
      );
      await signIn(page, context.baseUrl, 'coordinadora.caso', 'coordinadora.caso-clave-segura');
      await page.goto(`${context.baseUrl}/casos/${receivePqrs.radicado}`);
      await page.getByRole('button', { name: 'Prorrogar' }).click();
      const extend = page.getByRole('dialog', { name: 'Prorrogar el término' });
      // Monday 5 January 2099 is a business day, far beyond the limit.
      await typeDate(extend.getByRole('group', { name: /^Nueva fecha de vencimiento/ }), '05/01/2099');
      await extend.getByLabel('Motivo').fill('Requiere visita técnica');
      await extend.getByRole('button', { name: 'Prorrogar' }).click();
      const limit = receivePqrs.maxDueDate as string;
      await expect(extend.getByRole('alert').textContent()).resolves.toBe(
        `La prórroga no puede exceder el doble del término inicial: a más tardar el ${typedDay(limit)}.`,
      );
      await expect(
        extend.getByRole('group', { name: /^Nueva fecha de vencimiento/ }).getAttribute('aria-invalid'),
      ).resolves.toBe('true');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await extend.getByRole('button', { name: 'Cancelar' }).click();
      await expect(textOf(page, 'case-term')).resolves.not.toContain('05/01/2099');
    },
  );

  browserTest(
    context,
    'an auditor reads the same case with no step to take, the petitioner masked until revealed with a reason',
    async (page) => {
      await openCase(page, 'auditor.caso');
      await expect(textOf(page, 'case-data')).resolves.toContain('M. G.');
      await expect(textOf(page, 'case-data')).resolves.not.toContain('Marta Gómez');
      await page.getByRole('button', { name: 'Revelar datos' }).click();
      const reveal = page.getByRole('dialog', { name: 'Revelar datos personales' });
      await reveal.getByRole('button', { name: 'Revelar', exact: true }).click();
      await reveal.getByText(/al menos 10 caracteres/).waitFor();
      await reveal.getByLabel('Motivo de la consulta').fill('Muestra de la auditoría de marzo.');
      await reveal.getByRole('button', { name: 'Revelar', exact: true }).click();
      await waitForText(page, 'case-data', /Marta Gómez/);
      await expect(textOf(page, 'case-data')).resolves.toContain('CC 52123456');
      await page.getByTestId('timeline-entry').first().waitFor();
      await expect(textOf(page, 'case-status')).resolves.toMatch(/Estado: /);
      expect(await page.getByTestId('case-actions').count()).toBe(0);
      for (const name of [
        'Asignar',
        'Responder',
        'Prorrogar',
        'Cerrar',
        'Pedir información',
        'Registrar desistimiento',
      ])
        expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );

  browserTest(
    context,
    'a receipt recorded late says so on the case, with the gap and the reason',
    async (page) => {
      const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString();
      const late = await context.ventanilla.ok(
        RECEIVE,
        {
          input: {
            kind: 'COMPLAINT',
            channel: 'MAIL',
            subject: 'Queja recibida por correo físico',
            description: 'La carta llegó a la sede y no se radicó a tiempo.',
            receivedAt: fortyDaysAgo,
            lateEntryReason: 'La correspondencia física se entregó a la oficina con retraso.',
            petitioner: { name: 'Jorge Pinzón', documentType: 'CC', documentNumber: '79111222' },
          },
        },
        context.adminToken,
      );
      radicado = late.receivePqrs.radicado;
      await openCase(page, 'auditor.caso');
      const flag = page.getByTestId('case-late-entry');
      await flag.waitFor();
      await expect(flag.textContent()).resolves.toMatch(
        /^Recepción del \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: registrado con fecha anterior el \d{2}\/\d{2}\/\d{4}, \d+ días hábiles después\. Motivo: La correspondencia física se entregó a la oficina con retraso\.$/,
      );
      await expect(textOf(page, 'case-term')).resolves.toContain('Registrado con fecha anterior');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );
});
