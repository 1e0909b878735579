// After filing, in a real browser: the office asks for more information (art. 17) and the citizen gives
// it on the tracking page, with a file, which the office then holds; the office answers with an attached
// letter and the citizen reads the answer and downloads the letter, byte for byte the one the office sent.
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { browserTest, describeInBrowser, seriousAccessibilityViolations } from './browser-harness.js';
import {
  fileThroughApi,
  PORTAL_ENVIRONMENT,
  samplePdf,
  sha256,
  uploadAsStaff,
  watchJavaScriptErrors,
} from './ventanilla-support.js';
import type { Page } from 'playwright-core';

const STAFF_CASE = `
  query ($radicado: String!) {
    pqrs(radicado: $radicado) { status attachments { fileName sha256 } }
  }`;

async function follow(page: Page, baseUrl: string, radicado: string, accessCode: string): Promise<void> {
  await page.goto(`${baseUrl}/ventanilla/consulta`);
  await page.getByRole('textbox', { name: /^Número de radicado/ }).fill(radicado);
  await page.getByRole('textbox', { name: /^Código de consulta/ }).fill(accessCode);
  await page.getByRole('button', { name: 'Consultar', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Estado de su solicitud' }).waitFor();
}

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Elegir archivos' }).click();
  await (await chooser).setFiles(file);
}

describeInBrowser(
  'the Ventanilla virtual: requested information and the answer, in a browser',
  (context) => {
    let filed: { radicado: string; accessCode: string };
    const contract = samplePdf('contrato firmado');
    const letter = samplePdf('oficio de respuesta');

    browserTest(
      context,
      'the citizen provides the information the office asked for, with a file',
      async (page) => {
        const errors = watchJavaScriptErrors(page);
        filed = await fileThroughApi(context.ventanilla, {
          kind: 'CLAIM',
          subject: 'Cobro doble de la cuota de afiliación',
          description: 'En el extracto de marzo aparece dos veces la cuota de afiliación.',
          personType: 'NATURAL',
          person: {
            name: 'Jorge Iván Ríos',
            documentType: 'CC',
            documentNumber: '79555111',
            email: 'jorge.rios@correo.example',
          },
          answerChannel: 'EMAIL',
          dataProcessingConsent: true,
        });
        await context.ventanilla.ok(
          `mutation ($radicado: String!, $note: String!) {
           requestPqrsInformation(radicado: $radicado, note: $note) { status }
         }`,
          { radicado: filed.radicado, note: 'Adjunte el contrato de afiliación firmado.' },
          context.adminToken,
        );

        await follow(page, context.baseUrl, filed.radicado, filed.accessCode);
        await page.getByRole('heading', { level: 3, name: 'Necesitamos más información' }).waitFor();
        await expect(page.getByTestId('information-request').textContent()).resolves.toBe(
          'Adjunte el contrato de afiliación firmado.',
        );
        await expect(page.getByTestId('case-status').textContent()).resolves.toBe('En espera de información');
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // Sent empty, the form asks for the text, on its field.
        await page.getByRole('button', { name: 'Enviar la información' }).click();
        await page.getByText('Escriba la información que le pedimos o explique lo que adjunta.').waitFor();
        await expect(
          page
            .getByRole('textbox', { name: /^Información que aporta/ })
            .evaluate((element) => element === document.activeElement),
        ).resolves.toBe(true);

        await page
          .getByRole('textbox', { name: /^Información que aporta/ })
          .fill('Adjunto el contrato firmado.');
        // A program renamed .pdf is refused by its content, naming the file; it can be taken off the list.
        const program = Buffer.concat([
          Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
          Buffer.alloc(256),
        ]);
        await choose(page, { name: 'programa.pdf', mimeType: 'application/pdf', buffer: program });
        const refused = page.getByTestId('attachment-item').filter({ hasText: 'programa.pdf' });
        await refused.getByText(/No adjuntado: .*programa\.pdf/).waitFor();
        await page.getByRole('button', { name: 'Quitar programa.pdf' }).click();
        await refused.waitFor({ state: 'detached' });

        await choose(page, { name: 'contrato.pdf', mimeType: 'application/pdf', buffer: contract });
        await page
          .getByTestId('attachment-item')
          .filter({ hasText: 'contrato.pdf' })
          .getByText(/Adjuntado/)
          .waitFor();
        await page.getByRole('button', { name: 'Enviar la información' }).click();

        const received = page.getByTestId('information-provided');
        await received.waitFor();
        await page.waitForFunction(
          () => document.activeElement?.getAttribute('data-testid') === 'information-provided',
        );
        await expect(
          page.getByRole('heading', { name: 'Necesitamos más información' }).count(),
        ).resolves.toBe(0);
        await expect(page.getByTestId('case-status').textContent()).resolves.not.toBe(
          'En espera de información',
        );
        await page
          .getByRole('list', { name: 'Documentos que usted envió' })
          .getByRole('link', { name: 'contrato.pdf' })
          .waitFor();
        await expect(page.getByTestId('case-history').textContent()).resolves.toContain(
          'Información recibida',
        );
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // The office holds the file the citizen sent.
        const { pqrs } = await context.ventanilla.ok(
          STAFF_CASE,
          { radicado: filed.radicado },
          context.adminToken,
        );
        expect(pqrs.status).not.toBe('AWAITING_INFORMATION');
        expect(pqrs.attachments).toContainEqual({ fileName: 'contrato.pdf', sha256: sha256(contract) });
        // The refused program's 415 is the one error (Chromium logs every refused request as one).
        const refusal = /^415 POST .*\/attachments: .*ATTACHMENT_TYPE_NOT_ALLOWED/;
        expect(errors().some((error) => refusal.test(error))).toBe(true);
        expect(errors().filter((error) => !refusal.test(error) && !/status of 415/.test(error))).toEqual([]);
      },
    );

    browserTest(
      context,
      'the citizen reads the answer and downloads its attachment as the office sent it',
      async (page) => {
        const errors = watchJavaScriptErrors(page);
        const uploaded = await uploadAsStaff(context.ventanilla, context.adminToken, 'respuesta.pdf', letter);
        expect(uploaded.sha256).toBe(sha256(letter));
        await context.ventanilla.ok(
          `mutation ($radicado: String!, $answer: String!, $attachmentIds: [ID!]) {
           answerPqrs(radicado: $radicado, answer: $answer, attachmentIds: $attachmentIds) { status }
         }`,
          {
            radicado: filed.radicado,
            answer: 'Revisamos su extracto: el cobro doble se reversará en el próximo periodo.',
            attachmentIds: [uploaded.id],
          },
          context.adminToken,
        );

        await follow(page, context.baseUrl, filed.radicado, filed.accessCode);
        await page.getByRole('heading', { level: 3, name: 'Respuesta' }).waitFor();
        await expect(page.getByTestId('case-status').textContent()).resolves.toBe('Respondida');
        await expect(page.getByTestId('case-answer').textContent()).resolves.toBe(
          'Revisamos su extracto: el cobro doble se reversará en el próximo periodo.',
        );
        const link = page
          .getByRole('list', { name: 'Documentos de la respuesta' })
          .getByRole('link', { name: 'respuesta.pdf' });
        await expect(link.getAttribute('href')).resolves.toMatch(/^\/attachments\/[^?]+\?radicado=PQRS-/);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        const download = page.waitForEvent('download');
        await link.click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('respuesta.pdf');
        expect(sha256(readFileSync((await file.path())!))).toBe(uploaded.sha256);
        expect(errors()).toEqual([]);
      },
    );
  },
  PORTAL_ENVIRONMENT,
);
