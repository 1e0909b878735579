// The Transparencia page in a real browser: the office issues the second-semester Informe de PQRS twice and
// the access report once; the page, reached from the portal's navigation, shows each period's latest issue
// with its dates and hashes, the access figures in a table, the earlier issue behind a disclosure, and links
// that download the very PDF issued; no serious accessibility violation.
import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { browserTest, describeInBrowser, seriousAccessibilityViolations } from './browser-harness.js';
import { PORTAL_ENVIRONMENT, watchJavaScriptErrors } from './ventanilla-support.js';

const ISSUE = `
  mutation ($kind: ReportKind!, $format: ReportFormat!) {
    report(kind: $kind, from: "2025-07-01", to: "2025-12-31", format: $format) { id contentHash fileSha256 }
  }`;

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

describeInBrowser(
  'the Ventanilla virtual: Transparencia, in a browser',
  (context) => {
    browserTest(context, 'the page shows the published reports, their hashes and figures', async (page) => {
      const errors = watchJavaScriptErrors(page);
      await context.ventanilla.ok(
        RECEIVE,
        {
          input: {
            kind: 'INFORMATION_REQUEST',
            channel: 'WEB',
            subject: 'Actas del consejo directivo',
            description: 'Solicito copia de las actas.',
            petitioner: {
              name: 'Jorge Eliécer Patiño Vargas',
              documentType: 'CC',
              documentNumber: '79123456',
              email: 'jorge.patino@correo.example',
              phone: null,
              address: null,
            },
            receivedAt: '2025-09-15T10:00:00-05:00',
            lateEntryReason: 'Radicación de prueba con fecha anterior.',
          },
        },
        context.adminToken,
      );
      const issue = async (kind: string) =>
        (await context.ventanilla.ok(ISSUE, { kind, format: 'PDF' }, context.adminToken)).report as {
          id: string;
          contentHash: string;
          fileSha256: string;
        };
      const earlier = await issue('PQRS');
      const latest = await issue('PQRS');
      const access = await issue('ACCESS_TO_INFORMATION');

      await page.goto(`${context.baseUrl}/ventanilla`);
      await page
        .getByRole('navigation', { name: 'Ventanilla virtual' })
        .getByRole('link', { name: 'Transparencia' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Transparencia' }).waitFor();
      const reports = page.getByTestId('published-report');
      await reports.first().waitFor();
      await expect(reports.count()).resolves.toBe(2);

      const pqrs = page.getByRole('region', { name: 'Informe de PQRS — Segundo semestre de 2025' });
      await expect(pqrs.getByText('01/07/2025 a 31/12/2025').isVisible()).resolves.toBe(true);
      await expect(pqrs.getByText(latest.contentHash).first().isVisible()).resolves.toBe(true);
      await expect(pqrs.getByText(latest.fileSha256).first().isVisible()).resolves.toBe(true);
      const pdfHref = await pqrs
        .getByRole('link', { name: 'Descargar el informe (PDF)' })
        .getAttribute('href');
      const pdf = Buffer.from(await (await fetch(`${context.baseUrl}${pdfHref}`)).arrayBuffer());
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(latest.fileSha256);
      await expect(
        pqrs.getByRole('link', { name: /Descargar los datos del periodo/ }).getAttribute('href'),
      ).resolves.toBe(`/ventanilla/transparencia/informes/${latest.id}/datos.csv`);

      // The earlier issue of the period opens from its disclosure.
      const earlierHash = pqrs.getByText(earlier.fileSha256);
      await pqrs.getByText('Emisiones anteriores de este periodo (1)').click();
      await expect(earlierHash.isVisible()).resolves.toBe(true);

      const accessSection = page.getByRole('region', {
        name: 'Informe de solicitudes de acceso a la información — Segundo semestre de 2025',
      });
      await expect(accessSection.getByText(access.contentHash).isVisible()).resolves.toBe(true);
      const figures = accessSection.getByRole('table');
      await expect(
        figures
          .getByRole('row', { name: /Solicitudes de información recibidas/ })
          .getByRole('cell')
          .textContent(),
      ).resolves.toBe('1');
      await expect(figures.getByRole('rowheader', { name: 'Acceso negado' }).isVisible()).resolves.toBe(true);

      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(errors()).toEqual([]);
    });
  },
  PORTAL_ENVIRONMENT,
);
