// The public FAQ in a real browser: the office publishes an entry (a draft stays unseen), the FAQ page
// lists and searches the published ones, each opening its answer from the keyboard; and while a citizen
// types the subject of a filing, the matching entry is suggested.
import { expect } from '@jest/globals';
import { browserTest, describeInBrowser, seriousAccessibilityViolations } from './browser-harness.js';
import { PORTAL_ENVIRONMENT, tabTo, watchJavaScriptErrors } from './ventanilla-support.js';

const CREATE = `mutation ($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishFaqEntry(id: $id) { status } }`;

const CERTIFICATE = {
  question: '¿Cómo obtengo el certificado de afiliación?',
  answer: 'Descárguelo en línea con su documento de identidad o pídalo en cualquier sede.',
  category: 'Afiliaciones',
  tags: ['certificado', 'afiliación'],
};

const DRAFT = {
  question: '¿Cuándo abre la sede del centro de vacunación?',
  answer: 'Borrador sin publicar.',
  category: 'Sedes',
  tags: ['vacunación'],
};

describeInBrowser(
  'the Ventanilla virtual: frequent questions, in a browser',
  (context) => {
    browserTest(context, 'the FAQ page lists and searches the published entries', async (page) => {
      const errors = watchJavaScriptErrors(page);
      const { createFaqEntry } = await context.ventanilla.ok(
        CREATE,
        { input: CERTIFICATE },
        context.adminToken,
      );
      await context.ventanilla.ok(PUBLISH, { id: createFaqEntry.id }, context.adminToken);
      await context.ventanilla.ok(CREATE, { input: DRAFT }, context.adminToken);

      await page.goto(`${context.baseUrl}/ventanilla/preguntas`);
      await page.getByRole('heading', { level: 1, name: 'Preguntas frecuentes' }).waitFor();
      const entries = page.getByTestId('faq-entry');
      await entries.first().waitFor();
      await expect(entries.allTextContents()).resolves.toEqual([
        expect.stringContaining(CERTIFICATE.question),
      ]);
      await expect(page.getByText(DRAFT.question).count()).resolves.toBe(0);

      // The answer opens from the keyboard.
      const answer = page.getByText(CERTIFICATE.answer);
      await expect(answer.isVisible()).resolves.toBe(false);
      await tabTo(page, entries.first().locator('summary'));
      await page.keyboard.press('Enter');
      await expect(answer.isVisible()).resolves.toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const search = page.getByRole('searchbox', { name: /^Buscar/ });
      await search.fill('certificdo afiliacion');
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.getByText(/Una pregunta encontrada para «certificdo afiliacion»/).waitFor();
      await expect(entries.count()).resolves.toBe(1);

      await search.fill('pasaporte diplomático');
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.getByText('No encontramos preguntas sobre «pasaporte diplomático».').waitFor();
      await expect(entries.count()).resolves.toBe(0);
      expect(errors()).toEqual([]);
    });

    browserTest(
      context,
      'typing the subject of a filing suggests the matching published entry',
      async (page) => {
        const errors = watchJavaScriptErrors(page);
        await page.goto(`${context.baseUrl}/ventanilla/radicar`);
        const subject = page.getByRole('textbox', { name: /^Asunto/ });
        await subject.pressSequentially('Necesito el certificado de afiliación');
        const suggestions = page.getByTestId('faq-suggestions');
        await suggestions.getByRole('heading', { name: '¿Su inquietud es alguna de estas?' }).waitFor();
        await expect(suggestions.getByTestId('faq-entry').allTextContents()).resolves.toEqual([
          expect.stringContaining(CERTIFICATE.question),
        ]);
        await page
          .getByRole('status')
          .filter({ hasText: /pregunta frecuente que quizá responde/ })
          .waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);

        // A subject about something else suggests nothing, even sharing a word ("sede") with the entry:
        // suggestions must clear the relevance threshold staff's use.
        await subject.fill('Ruido de vecinos en la sede');
        await suggestions.waitFor({ state: 'detached' });
        expect(errors()).toEqual([]);
      },
    );
  },
  PORTAL_ENVIRONMENT,
);
