// The other domains' screens in a real browser, as a coordinator: an affiliation whose documents were
// registered through GraphQL is verified and approved and shows its member number; a survey response is
// recorded through the form and counted in the results; a published FAQ entry is found by search and
// shows who changed what; the improvement-action board puts each action in its column. Each screen has
// no serious accessibility violation.
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';

const DAY_MS = 24 * 3600 * 1000;

/** The calendar day in Bogotá (UTC-5 all year) some days from now. */
function bogotaDay(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * DAY_MS - 5 * 3600 * 1000).toISOString().slice(0, 10);
}

async function openScreen(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: link }).waitFor();
}

describeInBrowser('affiliations, surveys, FAQ and improvement actions, in a browser', (context) => {
  let coordinator: Promise<{ id: string; token: string }> | undefined;
  /** One coordinator for the file, signed in afresh in each test's page. */
  const asCoordinator = async (page: Page) => {
    coordinator ??= context.ventanilla.userWithRoles(context.adminToken, 'coordinador.dominios', [
      'COORDINATOR',
    ]);
    const user = await coordinator;
    await signIn(page, context.baseUrl, 'coordinador.dominios', 'coordinador.dominios-clave-segura');
    return user;
  };
  const ok = (query: string, variables: Record<string, unknown>) =>
    context.ventanilla.ok(query, variables, context.adminToken);

  browserTest(
    context,
    'a coordinator verifies and approves an affiliation with its documents registered, and sees its member number',
    async (page) => {
      const { receiveAffiliation } = await ok(
        `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id documents { documentType } } }`,
        {
          input: {
            affiliationType: 'INDIVIDUAL',
            channel: 'IN_PERSON',
            applicant: { name: 'Carlos Rincón', documentType: 'CC', documentNumber: '80123456' },
          },
        },
      );
      for (const { documentType } of receiveAffiliation.documents)
        await ok(
          `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) { submitAffiliationDocument(id: $id, input: $input) { id } }`,
          {
            id: receiveAffiliation.id,
            input: { documentType, evidenceReference: `gd/2026/${documentType}.pdf` },
          },
        );

      await asCoordinator(page);
      await openScreen(page, 'Afiliaciones');
      const grid = page.getByRole('grid', { name: 'Solicitudes de afiliación' });
      await grid.getByRole('link', { name: 'Carlos Rincón' }).waitFor();
      await expect(
        grid.getByRole('row').filter({ hasText: 'Carlos Rincón' }).textContent(),
      ).resolves.toContain('Documentos completos (3)');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await grid.getByRole('link', { name: 'Carlos Rincón' }).click();
      await page.getByRole('heading', { level: 1, name: 'Afiliación de Carlos Rincón' }).waitFor();
      await expect(page.getByTestId('checklist-summary').textContent()).resolves.toBe(
        'Documentos completos (3)',
      );
      // Not verified yet: approving is not offered.
      expect(await page.getByRole('button', { name: 'Aprobar' }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Verificar requisitos' }).click();
      await page.getByTestId('affiliation-status').filter({ hasText: 'Requisitos verificados' }).waitFor();
      await page.getByRole('button', { name: 'Aprobar' }).click();
      // Approving cannot be undone: it asks first (test/browser/guarded-steps.test.ts tries Cancelar).
      await page
        .getByRole('dialog', { name: /^¿Aprobar la afiliación/ })
        .getByRole('button', { name: 'Aprobar' })
        .click();
      await page.getByTestId('member-number').waitFor();
      const memberNumber = await page.getByTestId('member-number').textContent();
      expect(memberNumber).toMatch(/^AF-\d{6}$/);
      await expect(page.getByTestId('affiliation-approved').textContent()).resolves.toBe(
        `Afiliación aprobada. Número de afiliado: ${memberNumber}`,
      );
      await expect(page.getByTestId('affiliation-status').textContent()).resolves.toBe('Aprobada');

      const { affiliation } = await ok(`query ($id: ID!) { affiliation(id: $id) { status memberNumber } }`, {
        id: receiveAffiliation.id,
      });
      expect(affiliation).toEqual({ status: 'APPROVED', memberNumber });
    },
    120_000,
  );

  browserTest(
    context,
    'a coordinator records a survey response through the form and finds it in the results',
    async (page) => {
      const { createSurveyInstrument } = await ok(
        `mutation ($input: CreateSurveyInstrumentInput!) { createSurveyInstrument(input: $input) { id } }`,
        {
          input: {
            name: 'Encuesta de atención en ventanilla',
            questions: [
              { text: '¿Cómo califica la atención?', kind: 'SCALE_1_5' },
              { text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
              { text: '¿Qué mejoraría?', kind: 'FREE_TEXT' },
            ],
          },
        },
      );

      await asCoordinator(page);
      await openScreen(page, 'Encuestas');
      // Sent incomplete, the form says what is missing, per question, and records nothing.
      await page.getByRole('button', { name: 'Registrar la encuesta' }).click();
      await page.getByText('Elija un puntaje de 1 a 5: la pregunta es obligatoria.').waitFor();

      await page.getByRole('combobox', { name: /^Canal/ }).click();
      await page.getByRole('option', { name: 'Telefónico' }).click();
      await page
        .getByRole('radiogroup', { name: /¿Cómo califica la atención\?/ })
        .getByRole('radio', { name: '4 · Satisfecho' })
        .check();
      await page
        .getByRole('radiogroup', { name: /¿Le resolvieron su solicitud\?/ })
        .getByRole('radio', { name: 'Sí' })
        .check();
      await page.getByLabel('¿Qué mejoraría?').fill('Más horarios de atención');
      await page.getByRole('button', { name: 'Registrar la encuesta' }).click();
      await page.getByTestId('survey-recorded').waitFor();

      const today = bogotaDay(0);
      const { satisfactionResults } = await ok(
        `query ($id: ID!, $from: Date!, $to: Date!) { satisfactionResults(instrumentId: $id, from: $from, to: $to) {
          responses byChannel { channel responses } freeTextAnswers { text } } }`,
        { id: createSurveyInstrument.id, from: today, to: today },
      );
      expect(satisfactionResults.responses).toBe(1);
      expect(
        satisfactionResults.byChannel.find((row: { channel: string }) => row.channel === 'PHONE'),
      ).toEqual({
        channel: 'PHONE',
        responses: 1,
      });
      expect(satisfactionResults.freeTextAnswers).toEqual([{ text: 'Más horarios de atención' }]);

      await page.getByRole('button', { name: 'Ver resultados' }).click();
      await expect(page.getByTestId('survey-results-overall').textContent()).resolves.toMatch(
        /^1 encuesta respondida\. Índice global: 100 %/,
      );
      const questions = page.getByTestId('chart-survey-questions');
      await questions.locator('svg').first().waitFor();
      expect(await questions.locator('svg rect, svg path').count()).toBeGreaterThan(0);
      await expect(page.getByTestId('chart-survey-channels').textContent()).resolves.toContain(
        'Telefónico: 100 %.',
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    120_000,
  );

  browserTest(
    context,
    'a published FAQ entry is found by search, and its history says who changed what',
    async (page) => {
      const { createFaqEntry } = await ok(
        `mutation ($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { id revision } }`,
        {
          input: {
            question: '¿Cómo obtengo el certificado de afiliación?',
            answer: 'Pídalo en la ventanilla.',
            category: 'Afiliaciones',
            tags: ['certificado'],
          },
        },
      );
      await ok(
        `mutation ($id: ID!) { updateFaqEntry(id: $id, input: { answer: "Descárguelo en la página web." }) { id } }`,
        {
          id: createFaqEntry.id,
        },
      );
      await ok(`mutation ($id: ID!) { publishFaqEntry(id: $id) { id } }`, { id: createFaqEntry.id });

      await asCoordinator(page);
      await openScreen(page, 'Preguntas frecuentes');
      await page.getByRole('searchbox', { name: 'Buscar' }).fill('certifcado afiliacion');
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      const result = page
        .getByTestId('faq-search-results')
        .getByRole('link', { name: '¿Cómo obtengo el certificado de afiliación?' });
      await result.waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await result.click();
      await page
        .getByRole('heading', { level: 1, name: '¿Cómo obtengo el certificado de afiliación?' })
        .waitFor();
      await expect(page.getByTestId('faq-entry-status').textContent()).resolves.toBe('Publicada');
      const history = page.getByTestId('faq-history');
      await history.getByRole('listitem').nth(2).waitFor();
      const steps = await history.getByRole('listitem').allTextContents();
      expect(steps).toHaveLength(3);
      expect(steps[0]).toContain('Creada · versión 1');
      expect(steps[1]).toContain('Editada · versión 2');
      expect(steps[1]).toContain('admin (Administrador)');
      expect(steps[1]).toContain('Cambió la respuesta.');
      expect(steps[1]).toContain('Respuesta, tras el cambio: Descárguelo en la página web.');
      expect(steps[2]).toContain('Publicada · versión 2');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    120_000,
  );

  browserTest(
    context,
    'the improvement-action board shows each action formulated through GraphQL in its column',
    async (page) => {
      const { id: responsibleId } = await (coordinator ??= context.ventanilla.userWithRoles(
        context.adminToken,
        'coordinador.dominios',
        ['COORDINATOR'],
      ));
      const formulate = async (problem: string) =>
        (
          await ok(
            `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
            {
              input: {
                source: { kind: 'AUDIT', reference: 'Auditoría interna 2026-01, hallazgo 3' },
                problem,
                rootCause: 'Reparto manual',
                action: 'Reparto automático por dependencia',
                responsibleId,
                dueDate: bogotaDay(30),
              },
            },
          )
        ).formulateImprovementAction.id as string;
      const open = await formulate('Demoras en la respuesta');
      const notEffective = await formulate('Respuestas incompletas');
      await ok(
        `mutation ($id: ID!) { recordActionProgress(id: $id, note: "Plantilla ajustada", evidence: "GD-1") { id } }`,
        {
          id: notEffective,
        },
      );
      await ok(
        `mutation ($id: ID!) { verifyActionEffectiveness(id: $id, effective: false, evidence: "Muestreo 4/30") { id } }`,
        { id: notEffective },
      );
      await ok(`mutation ($id: ID!) { closeImprovementAction(id: $id) { id } }`, { id: notEffective });

      await asCoordinator(page);
      await openScreen(page, 'Acciones de mejora');
      const column = (key: string) => page.getByTestId(`board-column-${key}`);
      await column('OPEN').getByTestId(`action-card-${open}`).waitFor();
      await expect(column('OPEN').getByTestId(`action-card-${open}`).textContent()).resolves.toContain(
        'Origen: Hallazgo de auditoría · Auditoría interna 2026-01, hallazgo 3',
      );
      await expect(
        column('OPEN').getByTestId(`action-card-${open}`).getByTestId('action-due').textContent(),
      ).resolves.toMatch(/^Vence el \d{2}\/\d{2}\/\d{4} \(en 30 días\)$/);
      expect(await column('CLOSED_NOT_EFFECTIVE').getByTestId(`action-card-${notEffective}`).count()).toBe(1);
      expect(await column('OPEN').getByTestId(`action-card-${notEffective}`).count()).toBe(0);
      await expect(column('CLOSED_EFFECTIVE').textContent()).resolves.toContain('Cerradas eficaces (0)');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    120_000,
  );
});
