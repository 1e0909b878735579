import { calendarChangeSentence } from '../../web/src/logic/business-calendar.js';

describe('the versions of the office’s calendar, as the Calendario screen says them', () => {
  it('the seed lists the configured days as dd/mm/aaaa', () => {
    expect(
      calendarChangeSentence({
        revision: 1,
        change: 'SEED',
        day: null,
        retroactive: false,
        act: null,
        nonWorkingDays: ['2026-12-24', '2026-12-31'],
      }),
    ).toBe('Versión 1: días no hábiles de la configuración inicial (24/12/2026, 31/12/2026).');
  });

  it('a change names its day, its act and whether it reaches cases already filed', () => {
    expect(
      calendarChangeSentence({
        revision: 3,
        change: 'ADD',
        day: '2026-06-26',
        retroactive: true,
        act: { number: '052', title: 'Decreto municipal de cierre', date: '2026-06-02' },
        nonWorkingDays: ['2026-06-26', '2026-07-13'],
      }),
    ).toBe(
      'Versión 3: 26/06/2026 declarado no hábil — Decreto municipal de cierre 052 del 02/06/2026 (retroactivo: alcanza los casos abiertos ya radicados).',
    );
  });
});
