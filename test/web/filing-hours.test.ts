import { radicationRows } from '../../web/src/logic/filing-hours.js';

describe('when the filing counts as radicated, as the case page says it', () => {
  it('an e-filing at 18:30 on Tuesday 10 March 2026 under art. 54: radicated the 11th, the term runs from the 12th', () => {
    expect(
      radicationRows({
        afterHoursRule: 'NEXT_BUSINESS_DAY',
        officeHours: '07:00-17:00',
        outsideOfficeHours: true,
        radicatedOn: '2026-03-11',
        termRunsFrom: '2026-03-12',
        calendarVersion: 'co-holidays@5.0.11',
      }),
    ).toEqual([
      ['El término corre desde', '12/03/2026'],
      [
        'Radicación',
        'Recibida en línea fuera del horario de atención (07:00-17:00) o en día no hábil: se entiende radicada el 11/03/2026 (art. 54, Ley 1437 de 2011).',
      ],
      ['Calendario de días hábiles', 'co-holidays@5.0.11'],
    ]);
  });

  it('a case filed before the day 1 was recorded says only its calendar', () => {
    expect(
      radicationRows({
        afterHoursRule: 'RECEIPT_DAY',
        officeHours: null,
        outsideOfficeHours: null,
        radicatedOn: '2025-03-13',
        termRunsFrom: null,
        calendarVersion: 'co-holidays@5.0.11',
      }),
    ).toEqual([['Calendario de días hábiles', 'co-holidays@5.0.11']]);
  });
});
