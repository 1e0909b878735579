// The answer's review (visto bueno) and its letter in a real browser, with the office reviewing petitions
// (VENTANILLA_REVIEW_KINDS=PETITION) and a receiving mail server on loopback: the agent is offered the
// draft for review at once (the case says its kind is reviewed), the coordinator returns it with remarks,
// the agent reads them and sends it corrected, the coordinator approves it; the case shows the answer
// letter with its SAL number, the downloaded PDF hashes to the SHA-256 the API records, and the answer's
// notice shows as sent with the Message-ID the mail arrived with. A coordinator who drafted an answer is
// not offered its approval. axe on each screen.
import { expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { ReceivingSmtpServer } from '../support/receiving-smtp-server.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { sha256 } from './ventanilla-support.js';

const AGENT = 'agente.vobo';
const COORDINATOR = 'coordinadora.vobo';
const DOMAIN = 'entidad.gov.co';
const PETITIONER_EMAIL = 'camila.rojas@correo.example';

const FIRST_DRAFT = 'Se adjunta el certificado de afiliación solicitado.';
const REMARKS = 'Indique la fecha de ingreso y cite el artículo 14 de la Ley 1755 de 2015.';
const SECOND_DRAFT =
  'Se expide el certificado de afiliación con fecha de ingreso del 3 de febrero de 2020, conforme al artículo 14 de la Ley 1755 de 2015.';

// The mail server must listen before the application starts: its address goes into the settings, which
// the harness reads when it starts the application (after this file's own beforeAll).
let smtp: ReceivingSmtpServer | undefined;
const environment: Record<string, string> = {
  VENTANILLA_REVIEW_KINDS: 'PETITION',
  VENTANILLA_MAIL_FROM: `Atención al Cliente <pqrs@${DOMAIN}>`,
  VENTANILLA_MAIL_RETRY_SECONDS: '0',
};
beforeAll(async () => {
  smtp = await ReceivingSmtpServer.start();
  environment.VENTANILLA_SMTP_URL = smtp.url;
});
afterAll(async () => {
  await smtp?.stop();
});

const CASE = `query ($r: String!) {
  pqrs(radicado: $r) {
    status
    answerLetter { outgoingNumber attachment { id fileName sha256 } }
    notifications { id kind status messageId }
  }
}`;

interface CaseRead {
  readonly pqrs: {
    readonly status: string;
    readonly answerLetter: {
      readonly outgoingNumber: string;
      readonly attachment: { readonly id: string; readonly fileName: string; readonly sha256: string };
    } | null;
    readonly notifications: readonly { id: string; kind: string; status: string; messageId: string | null }[];
  };
}

describeInBrowser(
  'the answer’s review and its letter, in a browser',
  (context) => {
    let radicado = '';
    let coordinatorToken = '';

    const openCase = async (page: Page, username: string) => {
      await signIn(page, context.baseUrl, username, `${username}-clave-segura`);
      await page.goto(`${context.baseUrl}/casos/${radicado}`);
      await page.getByRole('heading', { level: 1, name: `Caso ${radicado}` }).waitFor();
      await page.getByTestId('case-status').waitFor();
    };

    beforeAll(async () => {
      const agent = await context.ventanilla.userWithRoles(context.adminToken, AGENT, ['AGENT']);
      const coordinator = await context.ventanilla.userWithRoles(context.adminToken, COORDINATOR, [
        'COORDINATOR',
      ]);
      coordinatorToken = coordinator.token;
      const { receivePqrs } = await context.ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'PETITION',
            channel: 'EMAIL',
            answerChannel: 'EMAIL',
            subject: 'Certificado de afiliación con fecha de ingreso',
            description: 'Solicito el certificado de afiliación con mi fecha de ingreso.',
            petitioner: {
              name: 'Camila Rojas',
              documentType: 'CC',
              documentNumber: '52987654',
              email: PETITIONER_EMAIL,
            },
          },
        },
        context.adminToken,
      );
      radicado = receivePqrs.radicado as string;
      await context.ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { revision } }`,
        { r: radicado, a: agent.id },
        coordinatorToken,
      );
    });

    browserTest(
      context,
      'the agent of a reviewed kind is offered the visto bueno at once and sends the answer as a draft',
      async (page) => {
        await openCase(page, AGENT);
        // The case says its kind is reviewed: no direct answer is offered, only the draft for review.
        const steps = page.getByTestId('case-actions').getByRole('button');
        await expect(steps.allTextContents()).resolves.toContain('Enviar a visto bueno');
        expect(await page.getByRole('button', { name: 'Responder', exact: true }).count()).toBe(0);
        await page.getByRole('button', { name: 'Enviar a visto bueno' }).click();
        const answer = page.getByRole('dialog', {
          name: `Enviar a visto bueno la respuesta del caso ${radicado}`,
        });
        await answer.getByRole('textbox', { name: 'Respuesta' }).fill(FIRST_DRAFT);
        // Nothing was refused on the way: the form opened as the draft it is.
        expect(await answer.getByTestId('answer-review-required').count()).toBe(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await answer.getByRole('button', { name: 'Enviar a visto bueno' }).click();
        await answer.waitFor({ state: 'detached' });
        await page
          .getByTestId('answer-draft-standing')
          .filter({ hasText: /^Borrador 1, escrito por .*: espera el visto bueno de un coordinador\.$/ })
          .waitFor();
        await expect(page.getByTestId('case-status').textContent()).resolves.toBe('Estado: Asignada');
        // The agent does not approve: no review step is offered, and the row offers drafting again.
        expect(await page.getByRole('button', { name: 'Aprobar y enviar' }).count()).toBe(0);
        expect(await page.getByTestId('answer-draft-review-note').count()).toBe(0);
        await expect(steps.allTextContents()).resolves.toContain('Enviar a visto bueno');
      },
      90_000,
    );

    browserTest(context, 'the coordinator returns the draft with remarks', async (page) => {
      await openCase(page, COORDINATOR);
      const draft = page.getByTestId('answer-draft');
      await expect(draft.getByTestId('answer-draft-text').textContent()).resolves.toBe(FIRST_DRAFT);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await draft.getByRole('button', { name: 'Devolver con observaciones' }).click();
      const dialog = page.getByRole('dialog', { name: 'Devolver la respuesta con observaciones' });
      await dialog.getByRole('button', { name: 'Devolver', exact: true }).click();
      await dialog.getByText('Indique qué debe corregirse en la respuesta.').waitFor();
      await dialog.getByRole('textbox', { name: 'Observaciones' }).fill(REMARKS);
      await dialog.getByRole('button', { name: 'Devolver', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        'Borrador devuelto con observaciones.',
      );
      await page.getByTestId('answer-draft-remarks').filter({ hasText: REMARKS }).waitFor();
      expect(await draft.getByRole('button', { name: 'Aprobar y enviar' }).count()).toBe(0);
    });

    browserTest(context, 'the agent reads the remarks and sends the corrected answer', async (page) => {
      await openCase(page, AGENT);
      await expect(page.getByTestId('answer-draft-remarks').textContent()).resolves.toBe(
        `Observaciones: ${REMARKS}`,
      );
      await expect(page.getByTestId('answer-draft-standing').textContent()).resolves.toMatch(
        /devuelto con observaciones el \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.$/,
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Enviar a visto bueno' }).click();
      const dialog = page.getByRole('dialog', {
        name: `Enviar a visto bueno la respuesta del caso ${radicado}`,
      });
      const text = dialog.getByRole('textbox', { name: 'Respuesta' });
      // The draft opens with the text it was returned with.
      await expect(text.inputValue()).resolves.toBe(FIRST_DRAFT);
      await text.fill(SECOND_DRAFT);
      await dialog.getByRole('button', { name: 'Enviar a visto bueno' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByTestId('answer-draft-standing')
        .filter({ hasText: /^Borrador 2, .*espera el visto bueno/ })
        .waitFor();
      expect(await page.getByTestId('answer-draft-remarks').count()).toBe(0);
    });

    browserTest(
      context,
      'the coordinator approves: the letter with its SAL number downloads whole, and the answer’s notice shows as sent',
      async (page) => {
        await openCase(page, COORDINATOR);
        const draft = page.getByTestId('answer-draft');
        await expect(draft.getByTestId('answer-draft-text').textContent()).resolves.toBe(SECOND_DRAFT);
        await draft.getByRole('button', { name: 'Aprobar y enviar' }).click();
        const dialog = page.getByRole('dialog', { name: `Aprobar la respuesta del caso ${radicado}` });
        await expect(dialog.textContent()).resolves.toContain('borrador 2');
        await dialog.getByRole('button', { name: 'Aprobar y enviar' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByTestId('case-status').filter({ hasText: 'Respondida' }).waitFor();
        expect(await page.getByTestId('answer-draft').count()).toBe(0);

        const { pqrs } = await context.ventanilla.ok<CaseRead>(CASE, { r: radicado }, coordinatorToken);
        const letter = pqrs.answerLetter;
        expect(letter?.outgoingNumber).toMatch(/^SAL-\d{4}-\d{6}$/);
        const section = page.getByTestId('answer-letter');
        await expect(section.getByTestId('answer-outgoing-number').textContent()).resolves.toBe(
          letter?.outgoingNumber,
        );
        await expect(section.getByTestId('answer-approval').textContent()).resolves.toMatch(
          /^Visto bueno de .* el \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} al borrador 2 de .*\.$/,
        );
        const [saved] = await Promise.all([
          page.waitForEvent('download'),
          section.getByRole('button', { name: `Descargar «${letter?.attachment.fileName}»` }).click(),
        ]);
        const bytes = await readFile(await saved.path());
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(sha256(bytes)).toBe(letter?.attachment.sha256);

        // The answer goes to the petitioner by e-mail, with the letter; the case shows it sent, with the
        // Message-ID the mail server received.
        const notice = pqrs.notifications.find((candidate) => candidate.kind === 'ANSWER');
        expect(notice).toBeDefined();
        const messageId = `<${notice?.id}.1@${DOMAIN}>`;
        const [mail] = await smtp!.waitFor((received) => received.messageId === messageId, 1);
        expect(mail?.envelopeTo).toEqual([PETITIONER_EMAIL]);
        const attached = mail?.parsed.attachments.find((file) => file.contentType === 'application/pdf');
        expect(attached && sha256(attached.content)).toBe(letter?.attachment.sha256);

        const answerNotice = page.getByTestId('notice-item').and(page.locator('[data-notice-kind="ANSWER"]'));
        // The sender records the sending once the server took the mail: reload until the case says so.
        for (let tries = 0; tries < 40; tries += 1) {
          await page.reload();
          await page.getByTestId('case-notices').waitFor();
          if ((await answerNotice.getByTestId('notice-status').textContent()) === 'Enviado') break;
          await page.waitForTimeout(250);
        }
        await expect(answerNotice.getByTestId('notice-status').textContent()).resolves.toBe('Enviado');
        await expect(answerNotice.getByTestId('notice-facts').textContent()).resolves.toContain(messageId);
        await expect(page.getByTestId('answer-notified-on').textContent()).resolves.toMatch(
          /^Notificada: \d{2}\/\d{2}\/\d{4}$/,
        );
        // The letter is one of the case's files too, with the answer.
        await expect(page.getByTestId('case-attachments').textContent()).resolves.toContain(
          letter?.attachment.fileName,
        );
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      },
      90_000,
    );

    browserTest(
      context,
      'a coordinator who drafted an answer is not offered its approval, and reads that another person gives it',
      async (page) => {
        const { receivePqrs } = await context.ventanilla.ok(
          `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
          {
            input: {
              kind: 'PETITION',
              channel: 'WEB',
              subject: 'Copia de la historia laboral',
              description: 'Solicito copia de mi historia laboral.',
              petitioner: { name: 'Julián Herrera', documentType: 'CC', documentNumber: '79456123' },
            },
          },
          context.adminToken,
        );
        const own = receivePqrs.radicado as string;
        await context.ventanilla.ok(
          `mutation ($r: String!, $a: String!) { draftAnswer(radicado: $r, answer: $a) { revision } }`,
          { r: own, a: 'Se remite la copia de la historia laboral solicitada.' },
          coordinatorToken,
        );
        await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
        await page.goto(`${context.baseUrl}/casos/${own}`);
        const draft = page.getByTestId('answer-draft');
        await draft.getByTestId('answer-draft-text').waitFor();
        await expect(draft.getByTestId('answer-draft-review-note').textContent()).resolves.toBe(
          'Otra persona debe dar el visto bueno: usted escribió este borrador.',
        );
        expect(await draft.getByRole('button', { name: 'Aprobar y enviar' }).count()).toBe(0);
        // Sending it back to correct is still theirs to do.
        await draft.getByRole('button', { name: 'Devolver con observaciones' }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      },
    );
  },
  environment,
);
