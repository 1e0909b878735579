// The Ventanilla virtual in a real browser, without a session: the opening page; a natural person files a
// petition with a PDF using the keyboard alone and gets the radicado, the access code and the due date,
// downloads the constancia and follows the case; an anonymous denuncia is filed and followed; a wrong
// code and an unknown radicado get the same neutral message. Every page passes the accessibility check
// and raises no JavaScript error, and none of them downloads the staff client.
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extractPdf } from '../support/pdf-text.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations } from './browser-harness.js';
import {
  chooseFilesByKey,
  chooseRadio,
  PORTAL_ENVIRONMENT,
  samplePdf,
  shownDate,
  tabTo,
  typeInto,
  watchJavaScriptErrors,
} from './ventanilla-support.js';

interface Filed {
  readonly radicado: string;
  readonly accessCode: string;
  readonly dueDate: string;
}

const STAFF_CASE = `
  query ($radicado: String!) {
    pqrs(radicado: $radicado) { radicado kind channel status dueDate attachments { fileName sha256 } }
  }`;

/** The scripts the page loaded that belong to the staff client (its data grid, its charts). */
function watchStaffCode(page: Page): () => string[] {
  const staffScripts: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    if (/MuiDataGrid|MuiChartsSurface/.test(body)) staffScripts.push(response.url());
  });
  return () => [...staffScripts];
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

describeInBrowser(
  'the Ventanilla virtual: filing and following a case, in a browser',
  (context) => {
    let petition: Filed | null = null;
    let denuncia: Filed | null = null;
    const pdf = samplePdf('cedula de prueba');

    browserTest(context, 'the opening page says what can be filed and how, with no login', async (page) => {
      const errors = watchJavaScriptErrors(page);
      const staffCode = watchStaffCode(page);
      const { publicPortal } = await context.ventanilla.ok<{
        publicPortal: {
          entityName: string;
          officeName: string;
          kinds: { label: string; termBusinessDays: number }[];
        };
      }>('{ publicPortal { entityName officeName kinds { label termBusinessDays } } }');

      await page.goto(`${context.baseUrl}/ventanilla`);
      await page
        .getByRole('heading', { level: 1, name: `Ventanilla virtual: ${publicPortal.officeName}` })
        .waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toMatch(/^es/);
      await expect(page.title()).resolves.toContain('Ventanilla virtual');
      // No staff login on the way in.
      await expect(page.getByLabel('Contraseña').count()).resolves.toBe(0);
      const kinds = page.getByRole('region', { name: 'Qué puede presentar' });
      expect(publicPortal.kinds.length).toBeGreaterThanOrEqual(5);
      for (const kind of publicPortal.kinds) {
        await kinds.getByRole('heading', { level: 3, name: kind.label, exact: true }).waitFor();
      }
      await expect(kinds.textContent()).resolves.toContain(
        `${publicPortal.kinds[0]!.termBusinessDays} días hábiles`,
      );
      await expect(
        page
          .getByText(/Ley 1474 de 2011, artículo 76/)
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      const main = page.getByRole('main');
      await expect(
        main.getByRole('link', { name: 'Radicar una solicitud' }).getAttribute('href'),
      ).resolves.toBe('/ventanilla/radicar');
      await expect(
        main.getByRole('link', { name: 'Consultar mi solicitud' }).getAttribute('href'),
      ).resolves.toBe('/ventanilla/consulta');
      await expect(
        main.getByRole('link', { name: 'Preguntas frecuentes' }).getAttribute('href'),
      ).resolves.toBe('/ventanilla/preguntas');
      await expect(page.getByRole('navigation', { name: 'Ventanilla virtual' }).isVisible()).resolves.toBe(
        true,
      );
      await expect(page.getByRole('contentinfo').textContent()).resolves.toContain(publicPortal.entityName);

      // The first Tab reaches the skip link, which takes the keyboard to the page's content.
      await page.keyboard.press('Tab');
      await expect(focusedText(page)).resolves.toBe('Saltar al contenido');
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('contenido');

      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.waitForLoadState('networkidle');
      expect(staffCode()).toEqual([]);
      expect(errors()).toEqual([]);
    });

    browserTest(
      context,
      'a natural person files a petition with a PDF using the keyboard alone and gets radicado, code and due date',
      async (page) => {
        const errors = watchJavaScriptErrors(page);
        const staffCode = watchStaffCode(page);
        await page.goto(`${context.baseUrl}/ventanilla/radicar`);
        await page.getByRole('heading', { level: 1, name: 'Radicar una solicitud' }).waitFor();

        // Sent empty: the problems are announced and listed, and the cursor goes to the first one.
        await tabTo(page, page.getByRole('button', { name: 'Radicar', exact: true }));
        await page.keyboard.press('Enter');
        const summary = page.getByTestId('problem-summary');
        await summary.waitFor();
        await expect(summary.textContent()).resolves.toContain('Elija el tipo de solicitud.');
        await expect(summary.textContent()).resolves.toContain('Escriba el asunto.');
        await expect(
          page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
        ).resolves.toBe('kind');
        await expect(
          page.getByRole('textbox', { name: /^Asunto/ }).getAttribute('aria-invalid'),
        ).resolves.toBe('true');
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        await chooseRadio(
          page,
          page.getByRole('group', { name: /^Tipo de solicitud/ }),
          page.getByRole('radio', { name: /^Petición(?! entre)/ }),
        );
        await typeInto(
          page,
          page.getByRole('textbox', { name: /^Asunto/ }),
          'Certificado de afiliación para licitación',
        );
        await typeInto(
          page,
          page.getByRole('textbox', { name: /^Descripción/ }),
          'Solicito el certificado de afiliación de mi empresa para presentarlo en una licitación.',
        );
        await chooseRadio(
          page,
          page.getByRole('group', { name: /^¿Cómo se identifica\?/ }),
          page.getByRole('radio', { name: 'Persona natural' }),
        );
        // Anonymity is not offered for a petition.
        await expect(page.getByRole('radio', { name: /^Anónimo/ }).count()).resolves.toBe(0);
        await expect(page.getByRole('combobox', { name: /^Tipo de documento/ }).inputValue()).resolves.toBe(
          'CC',
        );
        await typeInto(page, page.getByRole('textbox', { name: /^Número de documento/ }), '52987654');
        await typeInto(page, page.getByRole('textbox', { name: /^Nombre completo/ }), 'Ana Lucía Gómez');
        const email = page.getByRole('textbox', { name: /^Correo electrónico/ });
        await typeInto(page, email, 'ana.gomez@correo');
        // Leaving the field shows its problem; Shift+Tab goes back to correct it.
        await page.keyboard.press('Tab');
        const emailHelp = page.locator('#radicar-person-email-helper-text');
        await emailHelp.getByText('Escriba un correo electrónico válido, como nombre@dominio.co.').waitFor();
        await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
        await tabTo(page, email, true);
        // Tabbing into a field selects its text: End keeps it and goes to its end.
        await page.keyboard.press('End');
        await page.keyboard.type('.example');
        await typeInto(page, page.getByRole('textbox', { name: /^Teléfono/ }), '3105550101');
        await chooseRadio(
          page,
          page.getByRole('group', { name: /^¿Por dónde quiere recibir la respuesta\?/ }),
          page.getByRole('radio', { name: 'Correo electrónico' }),
        );
        await expect(email.getAttribute('aria-invalid')).resolves.toBe('false');

        // The policy can be scrolled with the keyboard, and its authorisation is ticked with Space.
        const policy = page.getByTestId('policy-text');
        await expect(policy.textContent()).resolves.not.toBe('');
        await tabTo(page, policy);
        const consent = page.getByRole('checkbox', {
          name: /^Autorizo el tratamiento de mis datos personales/,
        });
        await tabTo(page, consent);
        await page.keyboard.press('Space');
        await expect(consent.isChecked()).resolves.toBe(true);

        // The file goes as soon as it is chosen: name, size and state.
        await tabTo(page, page.getByRole('button', { name: 'Elegir archivos' }));
        await chooseFilesByKey(page, 'Enter', [
          { name: 'cedula.pdf', mimeType: 'application/pdf', buffer: pdf },
        ]);
        const attachment = page.getByTestId('attachment-item').filter({ hasText: 'cedula.pdf' });
        await attachment.getByText(/Adjuntado/).waitFor();
        await expect(attachment.textContent()).resolves.toMatch(/bytes|KB/);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        await tabTo(page, page.getByRole('button', { name: 'Radicar', exact: true }));
        await page.keyboard.press('Enter');

        // The confirmation takes the cursor to its heading.
        const heading = page.getByRole('heading', { level: 1, name: 'Su solicitud quedó radicada' });
        await heading.waitFor();
        await page.waitForFunction(
          () => document.activeElement?.textContent === 'Su solicitud quedó radicada',
        );
        await page.waitForURL(/\/ventanilla\/radicado$/);
        const radicado = (await page.getByTestId('filed-radicado').textContent()) ?? '';
        const accessCode = (await page.getByTestId('filed-access-code').textContent()) ?? '';
        const dueDate = (await page.getByTestId('filed-due-date').textContent()) ?? '';
        expect(radicado).toMatch(/^PQRS-\d{4}-\d{6}$/);
        expect(accessCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
        expect(dueDate).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        await expect(page.getByTestId('access-code-warning').textContent()).resolves.toContain(
          'no se lo volveremos a mostrar',
        );
        // Shown once: nothing of it is kept in the browser's storage, nor in the address.
        const stored = await page.evaluate(() =>
          JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
        );
        expect(stored).not.toContain(accessCode.replaceAll('-', ''));
        expect(stored).not.toContain(accessCode);
        expect(page.url()).not.toContain(accessCode.replaceAll('-', '').slice(0, 8));
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // The office has it: on the web channel, due on the date shown, with the PDF as sent.
        const { pqrs } = await context.ventanilla.ok(STAFF_CASE, { radicado }, context.adminToken);
        expect(pqrs).toMatchObject({ kind: 'PETITION', channel: 'WEB', status: 'RECEIVED' });
        expect(shownDate(pqrs.dueDate)).toBe(dueDate);
        expect(pqrs.attachments.map((each: { fileName: string }) => each.fileName)).toEqual(['cedula.pdf']);

        // The constancia downloads as a PDF.
        await tabTo(page, page.getByRole('link', { name: 'Descargar la constancia (PDF)' }));
        const download = page.waitForEvent('download');
        await page.keyboard.press('Enter');
        const constancia = await download;
        expect(constancia.suggestedFilename()).toBe(`constancia-${radicado}.pdf`);
        const bytes = readFileSync((await constancia.path())!);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // It names the citizen (the document by its last digits), the channel and who received it.
        const constanciaText = (await extractPdf(bytes)).pages.flat().join(' ').replace(/\s+/g, ' ');
        expect(constanciaText).toContain('Peticionario Ana Lucía Gómez, CC •••654');
        expect(constanciaText).toContain('Canal de recepción Página web');
        expect(constanciaText).toContain('Recibida por Ventanilla virtual');

        // "Consultar mi solicitud" brings the radicado along; the code is typed.
        await tabTo(page, page.getByRole('link', { name: 'Consultar mi solicitud' }));
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/ventanilla\/consulta$/);
        await expect(page.getByRole('textbox', { name: /^Número de radicado/ }).inputValue()).resolves.toBe(
          radicado,
        );
        await typeInto(page, page.getByRole('textbox', { name: /^Código de consulta/ }), accessCode);
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 2, name: 'Estado de su solicitud' }).waitFor();
        await expect(page.getByTestId('case-status').textContent()).resolves.toBe('Radicada');

        petition = { radicado, accessCode, dueDate };
        await page.waitForLoadState('networkidle');
        expect(staffCode()).toEqual([]);
        expect(errors()).toEqual([]);
      },
      120_000,
    );

    browserTest(context, 'an anonymous denuncia is filed without any personal data', async (page) => {
      const errors = watchJavaScriptErrors(page);
      await page.goto(`${context.baseUrl}/ventanilla/radicar`);
      await page.getByRole('heading', { level: 1, name: 'Radicar una solicitud' }).waitFor();

      // Anonymity appears once the kind admits it.
      await page.getByRole('radio', { name: /^Petición(?! entre)/ }).check();
      await expect(page.getByRole('radio', { name: /^Anónimo/ }).count()).resolves.toBe(0);
      await page.getByRole('radio', { name: /^Denuncia/ }).check();
      await page.getByRole('radio', { name: /^Anónimo/ }).check();
      await page.getByRole('textbox', { name: /^Asunto/ }).fill('Cobro por un trámite gratuito');
      await page
        .getByRole('textbox', { name: /^Descripción/ })
        .fill('En la sede norte cobran la expedición del certificado, que es gratuita.');
      await expect(page.getByTestId('anonymous-note').isVisible()).resolves.toBe(true);
      // No document, no name, no contact data, no consent to give.
      await expect(page.getByRole('textbox', { name: /^Número de documento/ }).count()).resolves.toBe(0);
      await expect(page.getByRole('textbox', { name: /^Correo electrónico/ }).count()).resolves.toBe(0);
      await expect(page.getByRole('checkbox', { name: /^Autorizo/ }).count()).resolves.toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Radicar', exact: true }).click();

      await page.getByRole('heading', { level: 1, name: 'Su solicitud quedó radicada' }).waitFor();
      await expect(page.getByText(/Como la presentó de forma anónima/).isVisible()).resolves.toBe(true);
      const radicado = (await page.getByTestId('filed-radicado').textContent()) ?? '';
      const { pqrs } = await context.ventanilla.ok(STAFF_CASE, { radicado }, context.adminToken);
      expect(pqrs).toMatchObject({ kind: 'DENUNCIATION', channel: 'WEB' });
      denuncia = {
        radicado,
        accessCode: (await page.getByTestId('filed-access-code').textContent()) ?? '',
        dueDate: (await page.getByTestId('filed-due-date').textContent()) ?? '',
      };
      expect(errors()).toEqual([]);
    });

    browserTest(
      context,
      "the server's refusal lands on the field it names, with the cursor there",
      async (page) => {
        const errors = watchJavaScriptErrors(page);
        await page.goto(`${context.baseUrl}/ventanilla/radicar`);
        await page.getByRole('radio', { name: /^Reclamo(?! de datos)/ }).check();
        await page.getByRole('textbox', { name: /^Asunto/ }).fill('Cobro de cuota no autorizada');
        await page
          .getByRole('textbox', { name: /^Descripción/ })
          .fill('Me cobraron una cuota que no autoricé.');
        await page.getByRole('radio', { name: 'Persona natural' }).check();
        await page.getByRole('textbox', { name: /^Número de documento/ }).fill('41789456');
        await page.getByRole('textbox', { name: /^Nombre completo/ }).fill('Luz Marina Castro');
        // The form lets this address through; the server does not.
        const email = page.getByRole('textbox', { name: /^Correo electrónico/ });
        await email.fill('luz.castro@correo.c');
        await page.getByRole('radio', { name: 'Correo electrónico' }).check();
        await page.getByRole('checkbox', { name: /^Autorizo el tratamiento/ }).check();
        await page.getByRole('button', { name: 'Radicar', exact: true }).click();

        await page
          .locator('#radicar-person-email-helper-text')
          .getByText(/no es un correo electrónico válido/)
          .waitFor();
        await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(email.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
        await expect(
          page.getByRole('heading', { name: 'Su solicitud quedó radicada' }).count(),
        ).resolves.toBe(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        expect(errors()).toEqual([]);
      },
    );

    browserTest(
      context,
      'each case is followed with its code; a wrong code and an unknown radicado get one neutral message',
      async (page) => {
        expect(petition).not.toBeNull();
        expect(denuncia).not.toBeNull();
        const errors = watchJavaScriptErrors(page);
        await page.goto(`${context.baseUrl}/ventanilla/consulta`);
        await page.getByRole('heading', { level: 1, name: 'Consultar mi solicitud' }).waitFor();
        const radicadoField = page.getByRole('textbox', { name: /^Número de radicado/ });
        const codeField = page.getByRole('textbox', { name: /^Código de consulta/ });
        const ask = async (radicado: string, accessCode: string) => {
          await radicadoField.fill(radicado);
          await codeField.fill(accessCode);
          await page.getByRole('button', { name: 'Consultar', exact: true }).click();
        };

        for (const filed of [petition!, denuncia!]) {
          // Typed in lower case and without dashes: the same code.
          await ask(filed.radicado.toLowerCase(), filed.accessCode.replaceAll('-', '').toLowerCase());
          const result = page.getByRole('heading', { level: 2, name: 'Estado de su solicitud' });
          await result.waitFor();
          await page.waitForFunction(() => document.activeElement?.textContent === 'Estado de su solicitud');
          await page.getByRole('main').getByText(filed.radicado, { exact: true }).waitFor();
          await expect(page.getByTestId('case-status').textContent()).resolves.toBe('Radicada');
          await expect(page.getByTestId('case-due-date').textContent()).resolves.toBe(filed.dueDate);
          await expect(page.getByTestId('case-history').textContent()).resolves.toContain('Radicada');
          expect(page.url()).toBe(`${context.baseUrl}/ventanilla/consulta`);
        }
        const sent = page.getByRole('list', { name: 'Documentos que usted envió' });
        await expect(sent.count()).resolves.toBe(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // The petition's PDF is listed for its petitioner.
        await ask(petition!.radicado, petition!.accessCode);
        await page
          .getByRole('list', { name: 'Documentos que usted envió' })
          .getByRole('link', { name: 'cedula.pdf' })
          .waitFor();

        const wrong = petition!.accessCode.startsWith('A') ? 'BBBB-BBBB-BBBB-BBBB' : 'AAAA-AAAA-AAAA-AAAA';
        await ask(petition!.radicado, wrong);
        const refusal = page.getByTestId('tracking-refusal');
        await refusal.waitFor();
        const wrongCodeMessage = await refusal.textContent();
        await expect(page.getByRole('heading', { name: 'Estado de su solicitud' }).count()).resolves.toBe(0);
        await page.waitForFunction(
          () => document.activeElement?.getAttribute('data-testid') === 'tracking-refusal',
        );

        const [, year] = petition!.radicado.split('-');
        await ask(`PQRS-${year}-999999`, petition!.accessCode);
        await refusal.waitFor();
        await expect(refusal.textContent()).resolves.toBe(wrongCodeMessage);
        expect(wrongCodeMessage).toMatch(/^No encontramos una solicitud con ese radicado y ese código/);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        expect(errors()).toEqual([]);
      },
      90_000,
    );
  },
  PORTAL_ENVIRONMENT,
);
