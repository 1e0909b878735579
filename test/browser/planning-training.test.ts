// The Capacitación (PIC) screen of Planeación in a browser: a coordinator sees the needs the year's data
// propose, accepts one and dismisses another with its reason, schedules a session for the accepted need
// with staff called, and records attendance and evaluation; an agent reads the plan without the steps.
// No serious accessibility violation on the screen or its forms.
import { expect } from '@jest/globals';
import { bogotaDateOf } from '../../src/domain/shared/time.js';
import { browserTest, describeInBrowser, seriousAccessibilityViolations, signIn } from './browser-harness.js';
import { typeDate, typedDay } from './date-fields.js';

const SUBJECT = 'Certificado de afiliación con datos errados';
const PROBLEM = 'Las respuestas no citan el fundamento legal.';

describeInBrowser('the Capacitación screen, in a browser', (context) => {
  const coordinator = { username: 'coordinadora.pic', password: 'coordinadora.pic-clave-segura' };
  const agent = { username: 'agente.pic', password: 'agente.pic-clave-segura' };

  beforeAll(async () => {
    const { ventanilla, adminToken } = context;
    const coordinatorAccount = await ventanilla.userWithRoles(adminToken, coordinator.username, [
      'COORDINATOR',
    ]);
    const agentAccount = await ventanilla.userWithRoles(adminToken, agent.username, ['AGENT']);
    let radicado = '';
    for (const index of [1, 2, 3]) {
      const received = await ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'CLAIM',
            channel: 'IN_PERSON',
            subject: SUBJECT,
            description: 'El certificado trae la dirección anterior.',
            petitioner: { name: `Persona ${index}`, documentType: 'CC', documentNumber: `5200000${index}` },
          },
        },
        coordinatorAccount.token,
      );
      radicado = received.receivePqrs.radicado;
    }
    await ventanilla.ok(
      `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
      {
        input: {
          source: { kind: 'PQRS', reference: radicado },
          problem: PROBLEM,
          rootCause: 'El equipo no conoce la plantilla.',
          action: 'Actualizar la plantilla.',
          responsibleId: agentAccount.id,
          dueDate: '2099-12-31',
        },
      },
      coordinatorAccount.token,
    );
  });

  browserTest(
    context,
    'a coordinator decides the needs, schedules a session and records attendance',
    async (page) => {
      await signIn(page, context.baseUrl, coordinator.username, coordinator.password);
      await page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: 'Planeación' })
        .click();
      await page.getByRole('tab', { name: 'Capacitación' }).click();
      const needs = page.getByRole('region', { name: 'Necesidades de capacitación' });
      await needs.getByRole('cell', { name: SUBJECT, exact: true }).waitFor();
      await needs.getByText('3 PQRS con este asunto', { exact: false }).waitFor();
      await needs.getByRole('cell', { name: PROBLEM, exact: true }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await needs.getByRole('button', { name: `Aceptar la necesidad ${SUBJECT}` }).click();
      const acceptedRow = page.getByTestId('training-need').filter({ hasText: SUBJECT });
      await acceptedRow.getByText('Aceptada', { exact: true }).waitFor();

      await needs.getByRole('button', { name: `Descartar la necesidad ${PROBLEM}` }).click();
      await needs.getByRole('button', { name: 'Descartar la necesidad', exact: true }).click();
      await needs.getByText('Indique el motivo por el que se descarta la necesidad.').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await needs
        .getByLabel('Motivo del descarte')
        .fill('Se resuelve con la plantilla, no con capacitación.');
      await needs.getByRole('button', { name: 'Descartar la necesidad', exact: true }).click();
      await needs.getByText('Motivo: Se resuelve con la plantilla, no con capacitación.').waitFor();

      const form = page.getByRole('region', { name: 'Programar una sesión' });
      await form.getByRole('button', { name: 'Programar la sesión' }).click();
      await form.getByText('Indique el tema de la capacitación.').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await form.getByLabel('Tema').fill('Expedición de certificados de afiliación');
      await form.getByLabel('Capacitador').fill('Marta Ruiz (Talento Humano)');
      const today = bogotaDateOf(new Date().toISOString());
      await typeDate(form.getByRole('group', { name: /^Fecha de la sesión/ }), typedDay(today));
      await form.getByLabel(`Funcionario ${agent.username}`).check();
      await form.getByLabel(`Funcionario ${coordinator.username}`).check();
      await form.getByLabel(SUBJECT).check();
      await form.getByRole('button', { name: 'Programar la sesión' }).click();

      const session = page.getByTestId('training-session').filter({ hasText: 'Expedición de certificados' });
      await session.getByText('Sin registrar').waitFor();
      await acceptedRow.getByRole('cell', { name: '1', exact: true }).waitFor();

      await session
        .getByRole('button', { name: 'Registrar la asistencia de Expedición de certificados de afiliación' })
        .click();
      const attendance = page.getByRole('region', { name: /^Asistencia: Expedición/ });
      await attendance.getByLabel(`Asistió Funcionario ${coordinator.username}`).uncheck();
      await attendance.getByRole('button', { name: 'Registrar la asistencia' }).click();
      await attendance.getByText('Indique el puntaje de la evaluación (0 a 100).').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await attendance.getByLabel(`Puntaje de Funcionario ${agent.username}`).fill('85');
      await attendance.getByRole('button', { name: 'Registrar la asistencia' }).click();
      await session.getByText('1 de 2 asistieron · 1 aprobaron').waitFor();
    },
  );

  browserTest(context, 'an agent reads the plan without the coordinator’s steps', async (page) => {
    await signIn(page, context.baseUrl, agent.username, agent.password);
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Planeación' })
      .click();
    await page.getByRole('tab', { name: 'Capacitación' }).click();
    const needs = page.getByRole('region', { name: 'Necesidades de capacitación' });
    await needs.getByRole('cell', { name: SUBJECT, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Aceptar la necesidad/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Programar una sesión' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
