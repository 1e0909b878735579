// Files on the staff side in a real browser: a coordinator files a case at the intake with a PDF (after
// the server refused an executable renamed .pdf, in Spanish, naming it), finds it on the case page with
// its size, step and SHA-256, downloads it (the bytes hash to the value shown) and answers with a letter
// of their own, listed beside the answer letter Ventanilla generates with its outgoing number (SAL-…);
// an auditor is told why a petitioner's file is not theirs to download. An anonymous complaint filed at
// the intake names no one (an anonymous petition is refused on its field). An affiliation document is
// accepted with its file, and improvement-action evidence is attached and downloaded. axe on every screen.
import { expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { samplePdf, sha256 } from './ventanilla-support.js';

const COORDINATOR = 'coordinadora.archivos';
const AUDITOR = 'auditor.archivos';

/** A Windows executable's start (MZ header pointing at a PE signature), as someone might rename it .pdf. */
function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openReceive(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Radicar' }).click();
  await page.getByRole('heading', { level: 1, name: 'Radicar PQRS' }).waitFor();
}

/** Chooses one file in the labelled file field and waits until the server kept it. */
async function attach(scope: Page | Locator, label: RegExp, name: string, bytes: Buffer): Promise<void> {
  await scope.getByLabel(label).setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await scope
    .getByTestId('upload-item')
    .filter({ hasText: name })
    .getByText(/Adjuntado$/)
    .waitFor();
}

/** Clicks the download button of the file named `name` in `list`; the bytes the browser saved. */
async function download(
  page: Page,
  list: Locator,
  name: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const item = list.getByTestId('attachment-item').filter({ hasText: name });
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: `Descargar «${name}»` }).click(),
  ]);
  return { bytes: await readFile(await saved.path()), fileName: saved.suggestedFilename() };
}

/** The full SHA-256 the list shows for the file (the tooltip's, and the element's description). */
async function shownSha256(list: Locator, name: string): Promise<string> {
  const hash = list.getByTestId('attachment-item').filter({ hasText: name }).getByTestId('attachment-sha256');
  return (await hash.getAttribute('title')) ?? '';
}

describeInBrowser('files on the staff side, in a browser', (context) => {
  let radicado = '';
  const letter = samplePdf('Derecho de peticion de Rosa Elena Vargas');
  const answerLetter = samplePdf('Oficio de respuesta SAL-2026');

  beforeAll(async () => {
    await context.ventanilla.userWithRoles(context.adminToken, COORDINATOR, ['COORDINATOR']);
    await context.ventanilla.userWithRoles(context.adminToken, AUDITOR, ['AUDITOR']);
  });

  browserTest(
    context,
    'a case filed at the intake with a PDF shows it on its page, downloads it whole and is answered with a letter',
    async (page) => {
      await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
      await openReceive(page);
      await choose(page, /^Tipo de PQRS/, 'Petición');
      await choose(page, /^Canal de recepción/, 'Presencial');
      await page.getByRole('textbox', { name: /^Asunto/ }).fill('Copia de la historia laboral');
      await page
        .getByRole('textbox', { name: /^Descripción de la solicitud/ })
        .fill('Solicito copia de mi historia laboral; adjunto el derecho de petición firmado.');

      // The server reads the content, not the name: an executable called .pdf is refused, saying why.
      const files = page.getByLabel(/^Archivos de la solicitud/);
      await files.setInputFiles({
        name: 'factura.pdf',
        mimeType: 'application/pdf',
        buffer: windowsExecutable(),
      });
      const refused = page.getByTestId('upload-item').filter({ hasText: 'factura.pdf' });
      await refused.getByText(/no es de un tipo aceptado/).waitFor();
      await expect(refused.getByTestId('upload-state').textContent()).resolves.toMatch(
        /^1 KB · No adjuntado: El contenido del archivo «factura\.pdf» no es de un tipo aceptado/,
      );
      await refused.getByRole('button', { name: 'Quitar «factura.pdf»' }).click();
      await refused.waitFor({ state: 'detached' });
      await attach(page, /^Archivos de la solicitud/, 'derecho-de-peticion.pdf', letter);

      await choose(page, /^Tipo de persona/, 'Persona natural');
      await page.getByRole('textbox', { name: /^Nombre completo o razón social/ }).fill('Rosa Elena Vargas');
      await page.getByRole('textbox', { name: /^Número de documento/ }).fill('51876543');
      // The answer goes by e-mail: the form asks for the address before sending.
      await page.getByRole('radio', { name: 'Correo electrónico' }).check();
      await page.getByRole('checkbox', { name: /autorizó el tratamiento de sus datos/ }).check();
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      await page.getByText('Para recibir la respuesta por correo electrónico, indique el correo.').waitFor();
      await page.getByRole('textbox', { name: /^Correo electrónico/ }).fill('rosa.vargas@correo.example');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();
      await page.getByTestId('filed-radicado').waitFor();
      radicado = (await page.getByTestId('filed-radicado').textContent()) ?? '';
      expect(radicado).toMatch(/^PQRS-\d{4}-\d{6}$/);

      // The case page lists the file with its kind, size, step and hash, and says who filed and how.
      await page.goto(`${context.baseUrl}/casos/${radicado}`);
      const caseFiles = page.getByTestId('case-attachments');
      await caseFiles.getByText('derecho-de-peticion.pdf').waitFor();
      const data = (await page.getByTestId('case-data').textContent()) ?? '';
      expect(data).toContain('Tipo de personaPersona natural');
      expect(data).toContain('Rosa Elena Vargas');
      expect(data).toContain('Medio de respuestaCorreo electrónico');
      const details = await caseFiles.getByTestId('attachment-details').first().textContent();
      expect(details).toMatch(/^PDF · \d+ bytes · Radicación · \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      const shown = await shownSha256(caseFiles, 'derecho-de-peticion.pdf');
      expect(shown).toBe(sha256(letter));
      await expect(caseFiles.getByTestId('attachment-sha256').first().textContent()).resolves.toBe(
        `${shown.slice(0, 8)}…${shown.slice(-8)}`,
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const saved = await download(page, caseFiles, 'derecho-de-peticion.pdf');
      expect(saved.fileName).toBe('derecho-de-peticion.pdf');
      expect(sha256(saved.bytes)).toBe(shown);

      // The answer goes with its letter, which the case lists as the answer's.
      await page.getByRole('button', { name: 'Responder', exact: true }).click();
      const answer = page.getByRole('dialog', { name: `Responder el caso ${radicado}` });
      await answer
        .getByRole('textbox', { name: 'Respuesta' })
        .fill('Se remite copia de la historia laboral solicitada.');
      await attach(answer, /^Oficio de respuesta y anexos/, 'oficio-respuesta.pdf', answerLetter);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await answer.getByRole('button', { name: 'Responder', exact: true }).click();
      await answer.waitFor({ state: 'detached' });
      await page.getByTestId('case-status').filter({ hasText: 'Respondida' }).waitFor();
      const answerFile = caseFiles.getByTestId('attachment-item').filter({ hasText: 'oficio-respuesta.pdf' });
      await answerFile.waitFor();
      await expect(answerFile.getByTestId('attachment-details').textContent()).resolves.toContain(
        ' · Respuesta · ',
      );
      expect(await shownSha256(caseFiles, 'oficio-respuesta.pdf')).toBe(sha256(answerLetter));
      await page.getByTestId('timeline-entry').filter({ hasText: 'Con 1 archivo adjunto.' }).nth(1).waitFor();

      const { pqrs } = await context.ventanilla.ok(
        `query ($r: String!) { pqrs(radicado: $r) { personType anonymous answerChannel attachments { fileName sha256 source } answerLetter { outgoingNumber attachment { fileName sha256 } } } }`,
        { r: radicado },
        context.adminToken,
      );
      // Ventanilla writes the answer letter (oficio) with its outgoing number; it goes with the answer,
      // ahead of the file the coordinator attached.
      const generated = pqrs.answerLetter as {
        outgoingNumber: string;
        attachment: { fileName: string; sha256: string };
      };
      expect(generated.outgoingNumber).toMatch(/^SAL-\d{4}-\d{6}$/);
      expect(generated.attachment.fileName).toBe(`Respuesta ${radicado} ${generated.outgoingNumber}.pdf`);
      expect(pqrs).toEqual({
        personType: 'NATURAL',
        anonymous: false,
        answerChannel: 'EMAIL',
        attachments: [
          { fileName: 'derecho-de-peticion.pdf', sha256: sha256(letter), source: 'FILING' },
          { ...generated.attachment, source: 'ANSWER' },
          { fileName: 'oficio-respuesta.pdf', sha256: sha256(answerLetter), source: 'ANSWER' },
        ],
        answerLetter: generated,
      });
      // The case page lists the generated letter among the answer's files too.
      const generatedFile = caseFiles
        .getByTestId('attachment-item')
        .filter({ hasText: generated.attachment.fileName });
      await expect(generatedFile.getByTestId('attachment-details').textContent()).resolves.toContain(
        ' · Respuesta · ',
      );
      expect(await shownSha256(caseFiles, generated.attachment.fileName)).toBe(generated.attachment.sha256);
    },
    120_000,
  );

  browserTest(
    context,
    'an auditor sees the files of a case but is told why a petitioner’s file is not theirs',
    async (page) => {
      expect(radicado).not.toBe('');
      await signIn(page, context.baseUrl, AUDITOR, `${AUDITOR}-clave-segura`);
      await page.goto(`${context.baseUrl}/casos/${radicado}`);
      const caseFiles = page.getByTestId('case-attachments');
      await caseFiles.getByText('derecho-de-peticion.pdf').waitFor();
      await caseFiles.getByRole('button', { name: 'Descargar «derecho-de-peticion.pdf»' }).click();
      await expect(caseFiles.getByRole('alert').textContent()).resolves.toMatch(
        /^Este archivo hace parte de los datos personales de su titular/,
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );

  browserTest(context, 'an anonymous complaint filed at the intake names no one', async (page) => {
    await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
    await openReceive(page);
    await choose(page, /^Tipo de PQRS/, 'Petición');
    await choose(page, /^Canal de recepción/, 'Telefónico');
    await page.getByRole('textbox', { name: /^Asunto/ }).fill('Trato descortés en la ventanilla 3');
    await page
      .getByRole('textbox', { name: /^Descripción de la solicitud/ })
      .fill('La persona que llamó no quiso dar su nombre; se queja del trato recibido.');
    await choose(page, /^Tipo de persona/, 'Anónimo');
    // Anonymous, the form asks for no person, no answer channel and no consent.
    await expect(
      page.getByRole('textbox', { name: /^Nombre completo o razón social/ }).count(),
    ).resolves.toBe(0);
    await expect(page.getByRole('radio', { name: 'Correo electrónico' }).count()).resolves.toBe(0);
    await expect(page.getByRole('checkbox', { name: /autorizó el tratamiento/ }).count()).resolves.toBe(0);
    // A petition is not taken anonymously: the server says so on the person type.
    await page.getByRole('button', { name: 'Radicar', exact: true }).click();
    await page.getByText(/no se puede presentar de forma anónima/).waitFor();
    await expect(
      page.getByRole('combobox', { name: /^Tipo de persona/ }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await choose(page, /^Tipo de PQRS/, 'Queja');
    await page.getByRole('button', { name: 'Radicar', exact: true }).click();
    await page.getByTestId('filed-radicado').waitFor();
    const anonymous = (await page.getByTestId('filed-radicado').textContent()) ?? '';

    await page.goto(`${context.baseUrl}/casos/${anonymous}`);
    await page.getByTestId('case-anonymous').filter({ hasText: 'Anónima' }).waitFor();
    const data = (await page.getByTestId('case-data').textContent()) ?? '';
    expect(data).toContain('PeticionarioAnónima: la radicación no identifica a nadie');
    expect(data).not.toContain('Tipo de persona');
    expect(data).not.toContain('Medio de respuesta');
    await expect(page.getByTestId('case-attachments').textContent()).resolves.toBe(
      'El caso no tiene archivos.',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const { pqrs } = await context.ventanilla.ok(
      `query ($r: String!) { pqrs(radicado: $r) { kind personType anonymous petitioner { id } answerChannel } }`,
      { r: anonymous },
      context.adminToken,
    );
    expect(pqrs).toEqual({
      kind: 'COMPLAINT',
      personType: 'ANONYMOUS',
      anonymous: true,
      petitioner: null,
      answerChannel: null,
    });
  });

  browserTest(
    context,
    'an affiliation document is accepted with its file, which downloads whole',
    async (page) => {
      const { receiveAffiliation } = await context.ventanilla.ok(
        `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id documents { documentType } } }`,
        {
          input: {
            affiliationType: 'INDIVIDUAL',
            channel: 'IN_PERSON',
            applicant: { name: 'Hernán Darío Ospina', documentType: 'CC', documentNumber: '79555111' },
          },
        },
        context.adminToken,
      );
      const documentType: string = receiveAffiliation.documents[0].documentType;
      const scan = samplePdf('Cedula de Hernan Dario Ospina');
      await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
      await page.goto(`${context.baseUrl}/afiliaciones/${receiveAffiliation.id}`);
      const item = page.getByTestId(`document-${documentType}`);
      await item.getByRole('button', { name: /^Registrar: / }).click();
      const form = item.getByRole('form', { name: /^Registrar / });
      // Neither the file nor where it rests: the form asks for one of them.
      await form.getByRole('button', { name: 'Registrar documento' }).click();
      await form.getByText(/^Adjunte el archivo del documento o indique dónde reposa/).waitFor();
      await attach(form, /^Archivo del documento/, 'cedula-ospina.pdf', scan);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Registrar documento' }).click();
      await page.getByText(/registrado como recibido y aceptado\.$/).waitFor();
      await item.getByText('Aceptado', { exact: true }).waitFor();

      const file = page.getByTestId(`document-file-${documentType}`);
      await file.getByText('cedula-ospina.pdf').waitFor();
      expect(await shownSha256(file, 'cedula-ospina.pdf')).toBe(sha256(scan));
      const saved = await download(page, file, 'cedula-ospina.pdf');
      expect(saved.fileName).toBe('cedula-ospina.pdf');
      expect(sha256(saved.bytes)).toBe(sha256(scan));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
  );

  browserTest(
    context,
    'improvement-action evidence is attached to a progress note and an auditor downloads it',
    async (page) => {
      const { users } = await context.ventanilla.ok(
        `query { users { id username } }`,
        {},
        context.adminToken,
      );
      const responsible = users.find((user: { username: string }) => user.username === COORDINATOR);
      const { formulateImprovementAction } = await context.ventanilla.ok(
        `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
        {
          input: {
            problem: 'Demoras en la entrega de certificados',
            rootCause: 'Firma manual de cada certificado',
            action: 'Implantar la firma digital de certificados',
            dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
            responsibleId: responsible.id,
            source: { kind: 'AUDIT', reference: 'Hallazgo 4 de la auditoría interna' },
          },
        },
        context.adminToken,
      );
      const id: string = formulateImprovementAction.id;
      const minutes = samplePdf('Acta de capacitacion en firma digital');

      await signIn(page, context.baseUrl, COORDINATOR, `${COORDINATOR}-clave-segura`);
      await page.goto(`${context.baseUrl}/acciones/${id}`);
      const form = page.getByRole('form', { name: 'Registrar un avance' });
      await form
        .getByRole('textbox', { name: /^Avance realizado/ })
        .fill('Se capacitó al equipo en firma digital.');
      await form.getByRole('textbox', { name: /^Evidencia/ }).fill('Acta de capacitación');
      await attach(form, /^Archivos de evidencia del avance/, 'acta-capacitacion.pdf', minutes);
      await form.getByRole('button', { name: 'Registrar el avance' }).click();
      await page.getByText('Avance registrado.').waitFor();
      const evidence = page.getByTestId('progress-attachments');
      await evidence.getByText('acta-capacitacion.pdf').waitFor();
      // Sent, the form starts empty again.
      await expect(form.getByTestId('upload-item').count()).resolves.toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Evidence is no one's personal data: the auditor may download it.
      await page.getByRole('button', { name: 'Cerrar sesión' }).click();
      await signIn(page, context.baseUrl, AUDITOR, `${AUDITOR}-clave-segura`);
      await page.goto(`${context.baseUrl}/acciones/${id}`);
      await evidence.getByText('acta-capacitacion.pdf').waitFor();
      const saved = await download(page, evidence, 'acta-capacitacion.pdf');
      expect(sha256(saved.bytes)).toBe(sha256(minutes));
      expect(await shownSha256(evidence, 'acta-capacitacion.pdf')).toBe(sha256(minutes));
    },
  );
});
