// The Tablero and Informes screens in a real browser: with cases received, answered and left open through
// GraphQL, the dashboard shows the period's figures and draws its charts; a coordinator issues a PDF
// report, the browser saves it, and the issued report is listed with its hash and downloads again.
import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { PersonalTexts } from '../../src/personal-data/personal-texts.js';
import { periodName } from '../../web/src/logic/report-periods.js';
import { ADMIN } from '../support/ventanilla-harness.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate, typedDay } from './date-fields.js';

const DAY_MS = 24 * 3600 * 1000;

/** The calendar day in Bogotá (UTC-5 all year) some days from now. */
function bogotaDay(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * DAY_MS - 5 * 3600 * 1000).toISOString().slice(0, 10);
}

function dayMonthYear(calendarDate: string): string {
  const [year, month, day] = calendarDate.split('-');
  return `${day}/${month}/${year}`;
}

/** An instant some days ago, as the API takes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

async function savedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

async function headline(page: Page, figure: string): Promise<string | null> {
  return page.getByTestId(`headline-${figure}`).textContent();
}

describeInBrowser('the dashboard and the reports, in a browser', (context) => {
  let coordinator: { id: string; token: string };

  const receive = async (kind: string, channel: string, receivedAt: string | null, n: number) => {
    const { receivePqrs } = await context.ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind,
          channel,
          subject: `Caso del tablero ${n}`,
          description: 'Caso de prueba del tablero y los informes.',
          petitioner: { name: `Persona ${n}`, documentType: 'CC', documentNumber: `8100${n}` },
          receivedAt,
          // Cases dated weeks back are recorded late: the administrator gives the reason.
          lateEntryReason: receivedAt === null ? null : 'Caso de prueba registrado con fecha anterior.',
        },
      },
      context.adminToken,
    );
    return receivePqrs.radicado as string;
  };
  const answer = (radicado: string, answeredAt: string | null) =>
    context.ventanilla.ok(
      `mutation ($r: String!, $at: DateTime, $why: String) { answerPqrs(radicado: $r, answer: "Respuesta de fondo", answeredAt: $at, lateEntryReason: $why) { answeredOnTime } }`,
      { r: radicado, at: answeredAt, why: answeredAt === null ? null : 'Respuesta registrada después.' },
      context.adminToken,
    );

  browserTest(
    context,
    'the dashboard shows the figures of the period and draws every chart',
    async (page) => {
      // Forty calendar days ago is well over 15 business days: unanswered, a case is overdue by now.
      const overdue = await receive('PETITION', 'EMAIL', daysAgo(40), 1);
      const answeredOnTime = await receive('COMPLAINT', 'WEB', daysAgo(40), 2);
      await answer(answeredOnTime, daysAgo(35));
      const answeredLate = await receive('CLAIM', 'PHONE', daysAgo(40), 3);
      await answer(answeredLate, null);
      await receive('PETITION', 'IN_PERSON', null, 4);
      const { createSurveyInstrument } = await context.ventanilla.ok(
        `mutation ($input: CreateSurveyInstrumentInput!) { createSurveyInstrument(input: $input) { id } }`,
        {
          input: {
            name: 'Encuesta de servicio',
            questions: [
              { text: '¿Cómo califica la atención?', kind: 'SCALE_1_5' },
              { text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
            ],
          },
        },
        context.adminToken,
      );
      await context.ventanilla.ok(
        `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }`,
        {
          input: {
            instrumentId: createSurveyInstrument.id,
            channel: 'PHONE',
            answers: [
              { questionId: 'q1', score: 5 },
              { questionId: 'q2', yes: false },
            ],
          },
        },
        context.adminToken,
      );
      expect(overdue).toBeTruthy();

      await context.ventanilla.userWithRoles(context.adminToken, 'agente.tablero', ['AGENT']);
      await signIn(page, context.baseUrl, 'agente.tablero', 'agente.tablero-clave-segura');
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Tablero' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Tablero' }).waitFor();

      // This year so far, by month, unless told otherwise.
      const today = bogotaDay(0);
      await expect(page.getByTestId('dashboard-period').textContent()).resolves.toBe(
        `Periodo: ${periodName({ from: `${today.slice(0, 4)}-01-01`, to: today })}`,
      );
      await expect(page.getByLabel('Agrupar', { exact: true }).textContent()).resolves.toBe('Por mes');

      // The last sixty days, whatever the time of year, hold every case above.
      await typeDate(page.getByRole('group', { name: /^Desde/ }), typedDay(bogotaDay(-60)));
      await page.getByRole('button', { name: 'Consultar' }).click();
      await expect(page.getByTestId('dashboard-period').textContent()).resolves.toBe(
        `Periodo: ${dayMonthYear(bogotaDay(-60))} a ${dayMonthYear(today)}`,
      );
      await page.getByText('Consultando los indicadores…').waitFor({ state: 'hidden' });
      await page.getByTestId('headline-received').waitFor();
      expect(await headline(page, 'received')).toBe('4');
      expect(await headline(page, 'answered')).toBe('2');
      expect(await headline(page, 'on-time-rate')).toBe('50 %');
      expect(await headline(page, 'open')).toBe('2');
      expect(await headline(page, 'overdue')).toBe('1');
      expect(await headline(page, 'satisfaction')).toBe('50 %');

      // Each chart is drawn (an SVG with marks) and told in words.
      for (const chart of [
        'chart-received-answered',
        'chart-on-time',
        'chart-by-kind',
        'chart-by-channel',
        'chart-backlog',
        'chart-satisfaction',
      ]) {
        const figure = page.getByTestId(chart);
        await figure.locator('svg').first().waitFor();
        expect(await figure.locator('svg path, svg rect, svg circle').count()).toBeGreaterThan(0);
      }
      await expect(page.getByTestId('chart-received-answered').textContent()).resolves.toContain(
        'En el periodo se radicaron 4 PQRS y se respondieron 2.',
      );
      await expect(page.getByTestId('chart-by-kind').textContent()).resolves.toContain(
        'Radicadas por tipo: Petición, 2; Queja, 1; Reclamo, 1.',
      );
      const byChannel = page.getByTestId('chart-by-channel');
      await byChannel.getByRole('button', { name: 'Ver los datos del gráfico' }).click();
      await expect(
        byChannel
          .getByRole('row', { name: /Correo electrónico/ })
          .getByRole('cell')
          .textContent(),
      ).resolves.toBe('1');
      expect(await page.getByRole('img', { name: 'PQRS radicadas por tipo' }).count()).toBe(1);

      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    120_000,
  );

  browserTest(
    context,
    'a coordinator issues a PDF report, downloads it, and finds it listed with its hash',
    async (page) => {
      coordinator = await context.ventanilla.userWithRoles(context.adminToken, 'coordinadora.informes', [
        'COORDINATOR',
      ]);
      await signIn(page, context.baseUrl, 'coordinadora.informes', 'coordinadora.informes-clave-segura');
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Informes' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Informes' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const year = bogotaDay(0).slice(0, 4);
      await page.getByRole('textbox', { name: 'Año', exact: true }).fill(year);
      await page.getByRole('button', { name: 'Primer semestre' }).click();
      await expect(page.getByTestId('report-period-name').textContent()).resolves.toBe(
        `Primer semestre de ${year}`,
      );
      await expect(page.getByRole('radio', { name: 'PDF' }).isChecked()).resolves.toBe(true);
      await expect(page.getByLabel('Informe', { exact: true }).textContent()).resolves.toBe(
        'Informe de PQRS',
      );
      const conclusions = 'Las quejas bajaron en el semestre.\n\nSe recomienda publicar la guía de trámites.';
      await page
        .getByRole('textbox', { name: 'Conclusiones y recomendaciones (opcional)' })
        .fill(conclusions);

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 90_000 }),
        page.getByRole('button', { name: 'Emitir y descargar' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^informe-pqrs_${year}-01-01_${year}-06-30_corte-[\\w-]+\\.pdf$`),
      );
      const bytes = await savedBytes(download);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

      const { issuedReports } = await context.ventanilla.ok(
        `{ issuedReports(first: 5) { id contentHash fileSha256 fileName issuedBy format } }`,
        {},
        coordinator.token,
      );
      expect(issuedReports).toHaveLength(1);
      const [issued] = issuedReports;
      expect(issued).toMatchObject({
        issuedBy: coordinator.id,
        format: 'PDF',
        fileName: download.suggestedFilename(),
      });
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(issued.fileSha256);
      await expect(page.getByTestId('issued-content-hash').textContent()).resolves.toBe(issued.contentHash);
      // The conclusions went with the report, sealed: the log keeps their reference, the vault the text.
      const log = await context.ventanilla.app.get<EventStore>(EVENT_STORE).readAll(null, 10_000);
      const reportIssued = log.find((event) => event.type === 'ReportIssued')!;
      const reference = (reportIssued.data as { conclusions: string }).conclusions;
      expect(reference).toMatch(/^vault-text:/);
      await expect(context.ventanilla.app.get(PersonalTexts).reveal(reference)).resolves.toBe(conclusions);

      // The list shows it with its hash and who issued it, and downloads the same file again.
      const grid = page.getByRole('grid', { name: 'Informes emitidos' });
      const row = grid.getByRole('row').filter({ hasText: issued.contentHash });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Funcionario coordinadora.informes (Coordinador)');
      await expect(row.textContent()).resolves.toContain(`Primer semestre de ${year}`);
      const [again] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        row.getByRole('button', { name: `Descargar ${issued.fileName}` }).click(),
      ]);
      expect(again.suggestedFilename()).toBe(issued.fileName);
      expect((await savedBytes(again)).equals(bytes)).toBe(true);

      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    180_000,
  );

  browserTest(
    context,
    'a report asked for with its period reversed is refused next to the field',
    async (page) => {
      const count = async () =>
        (await context.ventanilla.ok(`{ issuedReports { id } }`, {}, context.adminToken)).issuedReports
          .length;
      const before = await count();
      await signIn(page, context.baseUrl, ADMIN.username, ADMIN.password);
      await page.goto(`${context.baseUrl}/informes`);
      await page.getByRole('heading', { level: 1, name: 'Informes' }).waitFor();
      await typeDate(page.getByRole('group', { name: /^Desde/ }), '01/07/2026');
      await typeDate(page.getByRole('group', { name: /^Hasta \(incluido\)/ }), '30/06/2026');
      await page.getByRole('button', { name: 'Emitir y descargar' }).click();
      await expect(
        page.getByText('La fecha inicial del periodo es posterior a la final.').isVisible(),
      ).resolves.toBe(true);
      expect(await count()).toBe(before);
    },
  );
});
