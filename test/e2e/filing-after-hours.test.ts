// Filing after office hours over HTTP (Ley 1437 de 2011, art. 54): with the art. 54 rule set, an e-filing
// after closing is radicated the next business day and gets the later due date, the Received event records
// the rule, the office hours and the days; with the default rule the receipt day counts, whatever the hour.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const CASE = `radicado dueDate maxDueDate afterHoursRule officeHours outsideOfficeHours radicatedOn termRunsFrom
  calendarVersion`;

describe('an electronic filing after office hours, over HTTP', () => {
  let now = new Date('2026-03-10T15:00:00Z');

  async function receiveOn(ventanilla: VentanillaHarness, admin: string, receivedAt: string) {
    now = new Date(receivedAt);
    const { receivePqrs } = await ventanilla.ok<{ receivePqrs: Record<string, unknown> }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { ${CASE} } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'WEB',
          subject: 'Radicación fuera de horario',
          description: 'Caso para el artículo 54.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          receivedAt,
        },
      },
      admin,
    );
    return receivePqrs!;
  }

  describe('when the office applies the art. 54 rule, open 08:00-17:00', () => {
    let ventanilla: VentanillaHarness;
    let admin: string;

    beforeAll(async () => {
      ventanilla = await VentanillaHarness.start(
        {
          VENTANILLA_AFTER_HOURS_RULE: 'NEXT_BUSINESS_DAY',
          VENTANILLA_OFFICE_HOURS: '08:00-17:00',
          VENTANILLA_PUBLIC_CHALLENGE: 'off',
        },
        undefined,
        undefined,
        () => now,
      );
      admin = await ventanilla.login();
    });

    afterAll(async () => {
      await ventanilla?.stop();
    });

    it('a filing at 18:30 on Tuesday 10 March 2026 runs from Thursday 12 and is due on 6 April', async () => {
      // Radicated Wednesday 11; 15 business days from Thursday 12: 12, 13, 16-20, 24-27 (San José moved to
      // Monday 23), 30, 31 March, 1 and 6 April (Holy Thursday and Good Friday, 2-3 April, skipped).
      const late = await receiveOn(ventanilla, admin, '2026-03-10T18:30:00-05:00');
      expect(late).toMatchObject({
        dueDate: '2026-04-06',
        maxDueDate: '2026-04-27',
        afterHoursRule: 'NEXT_BUSINESS_DAY',
        officeHours: '08:00-17:00',
        outsideOfficeHours: true,
        radicatedOn: '2026-03-11',
        termRunsFrom: '2026-03-12',
      });

      // The same day at 10:00, in office hours: day 1 Wednesday 11, due 1 April.
      const inHours = await receiveOn(ventanilla, admin, '2026-03-10T10:00:00-05:00');
      expect(inHours).toMatchObject({
        dueDate: '2026-04-01',
        outsideOfficeHours: false,
        radicatedOn: '2026-03-10',
        termRunsFrom: '2026-03-11',
      });

      const { filingReceipt } = await ventanilla.ok<{ filingReceipt: Record<string, unknown> }>(
        `query ($r: String!) { filingReceipt(radicado: $r) { dueDate termRunsFrom } }`,
        { r: late['radicado'] },
        admin,
      );
      expect(filingReceipt).toEqual({ dueDate: '2026-04-06', termRunsFrom: '2026-03-12' });

      const { caseHistory } = await ventanilla.ok<{
        caseHistory: { events: { type: string; schemaVersion: number; data: Record<string, unknown> }[] };
      }>(
        `query ($r: String!) { caseHistory(radicado: $r) { events { type schemaVersion data } } }`,
        { r: late['radicado'] },
        admin,
      );
      const received = caseHistory.events.find((event) => event.type === 'Received')!;
      expect(received.schemaVersion).toBe(5);
      expect(received.data).toMatchObject({
        afterHoursRule: 'NEXT_BUSINESS_DAY',
        officeHours: '08:00-17:00',
        outsideOfficeHours: true,
        radicatedOn: '2026-03-11',
        termRunsFrom: '2026-03-12',
        calendarVersion: late['calendarVersion'],
      });
    });
  });

  describe('when the office applies the art. 54 rule, a citizen filing on the Ventanilla virtual', () => {
    let ventanilla: VentanillaHarness;

    beforeAll(async () => {
      ventanilla = await VentanillaHarness.start(
        { VENTANILLA_AFTER_HOURS_RULE: 'NEXT_BUSINESS_DAY', VENTANILLA_PUBLIC_CHALLENGE: 'off' },
        undefined,
        undefined,
        () => now,
      );
    });

    afterAll(async () => {
      await ventanilla?.stop();
    });

    it('filed on Saturday 7 March 2026 is told its term runs from Tuesday 10 and is due on 31 March', async () => {
      // Radicated Monday 9; 15 business days: 10-13, 16-20, 24-27 (San José moved to Monday 23), 30, 31 March.
      now = new Date('2026-03-07T15:00:00Z');
      const { submitPublicPqrs } = await ventanilla.ok<{ submitPublicPqrs: Record<string, string> }>(
        `mutation ($input: PublicPqrsInput!) {
          submitPublicPqrs(input: $input) { radicado accessCode dueDate termRunsFrom } }`,
        {
          input: {
            kind: 'CLAIM',
            subject: 'Cobro doble en la factura',
            description: 'Me cobraron dos veces el mismo mes.',
            personType: 'NATURAL',
            person: {
              name: 'Rosalba Cifuentes Pardo',
              documentType: 'CC',
              documentNumber: '39123987',
              email: 'rosalba.cifuentes@example.org',
            },
            answerChannel: 'EMAIL',
            dataProcessingConsent: true,
          },
        },
      );
      expect(submitPublicPqrs).toMatchObject({ dueDate: '2026-03-31', termRunsFrom: '2026-03-10' });
      const { publicCase } = await ventanilla.ok<{ publicCase: Record<string, string> }>(
        `query ($r: String!, $c: String!) { publicCase(radicado: $r, accessCode: $c) { dueDate termRunsFrom } }`,
        { r: submitPublicPqrs.radicado, c: submitPublicPqrs.accessCode },
      );
      expect(publicCase).toEqual({ dueDate: '2026-03-31', termRunsFrom: '2026-03-10' });
    });
  });

  describe('with the default rule (counted from the receipt day)', () => {
    let ventanilla: VentanillaHarness;
    let admin: string;

    beforeAll(async () => {
      ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
      admin = await ventanilla.login();
    });

    afterAll(async () => {
      await ventanilla?.stop();
    });

    it('the same filing at 18:30 runs from Wednesday 11 and is due on 1 April', async () => {
      const late = await receiveOn(ventanilla, admin, '2026-03-10T18:30:00-05:00');
      expect(late).toMatchObject({
        dueDate: '2026-04-01',
        afterHoursRule: 'RECEIPT_DAY',
        officeHours: '07:00-17:00',
        outsideOfficeHours: true,
        radicatedOn: '2026-03-10',
        termRunsFrom: '2026-03-11',
      });
    });
  });
});
