import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import { lateTransferWarning, stepAllowedUntil, stepWindowClosed, stepWindowEnd } from './step-windows.js';

const calendar = createBusinessCalendar();

describe('the windows of art. 17 and art. 21 (Ley 1755 de 2015)', () => {
  describe('the transfer: 5 business days after receipt', () => {
    // Received Friday 13 March 2026: 16 to 20 March are the five business days; the weekend and San
    // José (Monday 23) that follow add none, so the window holds until the 23rd.
    const receivedOn = '2026-03-13';
    const allowedUntil = stepWindowEnd('TRANSFER', receivedOn, calendar);

    it('ends the day before the 6th business day after the day of receipt', () => {
      expect(allowedUntil).toBe('2026-03-23');
      expect(calendar.businessDaysBetween(receivedOn, allowedUntil)).toBe(5);
    });

    it('warns of nothing on the day of receipt, inside the window, and on its last day, a holiday', () => {
      for (const today of ['2026-03-13', '2026-03-18', '2026-03-20', '2026-03-21', '2026-03-23']) {
        expect(lateTransferWarning(allowedUntil, today)).toBeNull();
      }
    });

    it('the day after, warns that the transfer will be recorded late, saying until when and why', () => {
      expect(lateTransferWarning(allowedUntil, '2026-03-24')).toBe(
        'El traslado por competencia se podía hacer hasta el 23/03/2026 (5 días hábiles después de la radicación, art. 21 de la Ley 1755 de 2015): si se traslada ahora, queda registrado como traslado extemporáneo.',
      );
    });

    it('in a week without holidays ends on the 5th business day itself', () => {
      // Received Tuesday 3 March: 4, 5, 6, 9 and 10 March.
      expect(stepWindowEnd('TRANSFER', '2026-03-03', calendar)).toBe('2026-03-10');
      expect(lateTransferWarning('2026-03-10', '2026-03-10')).toBeNull();
      expect(lateTransferWarning('2026-03-10', '2026-03-11')).not.toBeNull();
    });
  });

  describe('the request to complete the petition: 10 business days after receipt', () => {
    // Received Friday 20 March 2026: San José (23 March) and Holy Thursday and Friday (2 and 3 April)
    // fall inside, so the 10th business day is Wednesday 8 April.
    const receivedOn = '2026-03-20';
    const allowedUntil = stepWindowEnd('REQUEST_INFORMATION', receivedOn, calendar);

    it('ends on the 10th business day, the holidays not counted', () => {
      expect(allowedUntil).toBe('2026-04-08');
      expect(calendar.businessDaysBetween(receivedOn, allowedUntil)).toBe(10);
    });

    it('is open on a holiday inside the window and on its last day, closed the day after', () => {
      expect(stepWindowClosed('REQUEST_INFORMATION', allowedUntil, '2026-04-02')).toBeNull();
      expect(stepWindowClosed('REQUEST_INFORMATION', allowedUntil, '2026-04-08')).toBeNull();
      expect(stepWindowClosed('REQUEST_INFORMATION', allowedUntil, '2026-04-09')).toMatchObject({
        code: 'INFORMATION_REQUEST_TOO_LATE',
        message:
          'El requerimiento para completar la petición se podía hacer hasta el 08/04/2026 (10 días hábiles después de la radicación, art. 17 de la Ley 1755 de 2015).',
      });
    });

    it('crosses the year end: received 23 December 2026, it holds over Reyes (Monday 11 January)', () => {
      // The 10th business day is Friday 8 January 2027; the 11th, Tuesday 12 January.
      expect(stepWindowEnd('REQUEST_INFORMATION', '2026-12-23', calendar)).toBe('2027-01-11');
    });
  });

  describe('the day a case carries for each step', () => {
    const receivedOn = '2026-03-13';

    it('is the window end while the case takes the step', () => {
      for (const status of ['RECEIVED', 'ASSIGNED'] as const) {
        expect(stepAllowedUntil('REQUEST_INFORMATION', { status, receivedOn }, calendar)).toBe('2026-03-30');
        expect(stepAllowedUntil('TRANSFER', { status, receivedOn }, calendar)).toBe('2026-03-23');
      }
      // Waiting for the petitioner, the case may still be transferred.
      expect(stepAllowedUntil('TRANSFER', { status: 'AWAITING_INFORMATION', receivedOn }, calendar)).toBe(
        '2026-03-23',
      );
    });

    it('is null when the status does not take the step', () => {
      expect(
        stepAllowedUntil('REQUEST_INFORMATION', { status: 'AWAITING_INFORMATION', receivedOn }, calendar),
      ).toBeNull();
      for (const status of ['ANSWERED', 'CLOSED', 'TRANSFERRED', 'WITHDRAWN'] as const) {
        expect(stepAllowedUntil('REQUEST_INFORMATION', { status, receivedOn }, calendar)).toBeNull();
        expect(stepAllowedUntil('TRANSFER', { status, receivedOn }, calendar)).toBeNull();
      }
    });
  });
});
