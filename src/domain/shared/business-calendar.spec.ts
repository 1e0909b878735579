import {
  colombianHolidaysOf,
  createBusinessCalendar,
  HOLIDAY_DATA_SOURCE,
} from './business-calendar-factory.js';

// Ley 51 de 1983, written by hand: fixed holidays stay on their day; the others move to the next Monday
// (unless they fall on a Monday); Holy Thursday and Good Friday follow Easter; Ascension (Easter + 39),
// Corpus Christi (+60) and Sacred Heart (+68) move to the following Monday.
const LEY_51_DE_1983 = {
  // Easter Sunday 20 April 2025.
  2025: [
    '2025-01-01', // Año Nuevo (fixed)
    '2025-01-06', // Reyes Magos, Monday 6 January: stays
    '2025-03-24', // San José, Wed 19 March -> Monday 24
    '2025-04-17', // Jueves Santo
    '2025-04-18', // Viernes Santo
    '2025-05-01', // Día del Trabajo (fixed)
    '2025-06-02', // Ascensión, Thu 29 May -> Monday 2 June
    '2025-06-23', // Corpus Christi, Thu 19 June -> Monday 23
    '2025-06-30', // Sagrado Corazón, Fri 27 June -> Monday 30; San Pedro y San Pablo, Sun 29 June -> Monday 30
    '2025-07-20', // Independencia (fixed, a Sunday)
    '2025-08-07', // Batalla de Boyacá (fixed)
    '2025-08-18', // Asunción, Fri 15 August -> Monday 18
    '2025-10-13', // Día de la Raza, Sun 12 October -> Monday 13
    '2025-11-03', // Todos los Santos, Sat 1 November -> Monday 3
    '2025-11-17', // Independencia de Cartagena, Tue 11 November -> Monday 17
    '2025-12-08', // Inmaculada Concepción (fixed)
    '2025-12-25', // Navidad (fixed)
  ],
  // Easter Sunday 5 April 2026.
  2026: [
    '2026-01-01',
    '2026-01-12', // Reyes Magos, Tue 6 January -> Monday 12
    '2026-03-23', // San José, Thu 19 March -> Monday 23
    '2026-04-02', // Jueves Santo
    '2026-04-03', // Viernes Santo
    '2026-05-01',
    '2026-05-18', // Ascensión, Thu 14 May -> Monday 18
    '2026-06-08', // Corpus Christi, Thu 4 June -> Monday 8
    '2026-06-15', // Sagrado Corazón, Fri 12 June -> Monday 15
    '2026-06-29', // San Pedro y San Pablo, Monday 29 June: stays
    '2026-07-20',
    '2026-08-07',
    '2026-08-17', // Asunción, Sat 15 August -> Monday 17
    '2026-10-12', // Día de la Raza, Monday 12 October: stays
    '2026-11-02', // Todos los Santos, Sun 1 November -> Monday 2
    '2026-11-16', // Independencia de Cartagena, Wed 11 November -> Monday 16
    '2026-12-08',
    '2026-12-25',
  ],
  // Easter Sunday 28 March 2027.
  2027: [
    '2027-01-01',
    '2027-01-11', // Reyes Magos, Wed 6 January -> Monday 11
    '2027-03-22', // San José, Fri 19 March -> Monday 22
    '2027-03-25', // Jueves Santo
    '2027-03-26', // Viernes Santo
    '2027-05-01', // (a Saturday)
    '2027-05-10', // Ascensión, Thu 6 May -> Monday 10
    '2027-05-31', // Corpus Christi, Thu 27 May -> Monday 31
    '2027-06-07', // Sagrado Corazón, Fri 4 June -> Monday 7
    '2027-07-05', // San Pedro y San Pablo, Tue 29 June -> Monday 5 July
    '2027-07-20',
    '2027-08-07', // (a Saturday)
    '2027-08-16', // Asunción, Sun 15 August -> Monday 16
    '2027-10-18', // Día de la Raza, Tue 12 October -> Monday 18
    '2027-11-01', // Todos los Santos, Monday 1 November: stays
    '2027-11-15', // Independencia de Cartagena, Thu 11 November -> Monday 15
    '2027-12-08',
    '2027-12-25', // (a Saturday)
  ],
} as const;

describe('Colombian holidays from the library, against Ley 51 de 1983', () => {
  it.each([2025, 2026, 2027] as const)('the holidays of %i are the ones the law gives', (year) => {
    expect([...colombianHolidaysOf(year)].sort()).toEqual([...new Set(LEY_51_DE_1983[year])].sort());
  });

  it('Monday 13 July 2026 (Virgen de Chiquinquirá in some sources) is not in colombian-holidays 5.0.11', () => {
    expect(colombianHolidaysOf(2026).has('2026-07-13')).toBe(false);
  });
});

describe('a business calendar without extra days', () => {
  const calendar = createBusinessCalendar();

  it('weekdays are business days and weekends are not', () => {
    expect(calendar.isBusinessDay('2026-03-13')).toBe(true); // Friday
    expect(calendar.isBusinessDay('2026-03-14')).toBe(false); // Saturday
    expect(calendar.isBusinessDay('2026-03-15')).toBe(false); // Sunday
  });

  it('a holiday moved to Monday is not a business day, and its original day is', () => {
    expect(calendar.isBusinessDay('2026-03-23')).toBe(false); // San José observed
    expect(calendar.isBusinessDay('2026-03-19')).toBe(true); // its original Thursday
  });

  it('Holy Thursday and Good Friday are not business days', () => {
    expect(calendar.isBusinessDay('2026-04-02')).toBe(false);
    expect(calendar.isBusinessDay('2026-04-03')).toBe(false);
  });

  it('24 and 31 December are business days', () => {
    expect(calendar.isBusinessDay('2026-12-24')).toBe(true);
    expect(calendar.isBusinessDay('2026-12-31')).toBe(true);
  });

  it('day 1 is the first business day strictly after the date', () => {
    expect(calendar.addBusinessDays('2026-03-13', 1)).toBe('2026-03-16'); // Friday -> Monday
    expect(calendar.addBusinessDays('2026-03-14', 1)).toBe('2026-03-16'); // Saturday -> Monday
    expect(calendar.addBusinessDays('2026-03-20', 1)).toBe('2026-03-24'); // over San José
  });

  it('a term counts over moved and Easter-based holidays', () => {
    // 16-20 March (5), 24-27 (9), 30-31 (11), 1 April (12), 6-8 April (15).
    expect(calendar.addBusinessDays('2026-03-13', 15)).toBe('2026-04-08');
  });

  it('a term crossing the year end counts 24 and 31 December and skips 25 December, 1 January and Reyes', () => {
    // 24 (1), 28-31 (5), 4-8 January (10); Reyes is observed on Monday 11 January 2027.
    expect(calendar.addBusinessDays('2026-12-23', 10)).toBe('2027-01-08');
    expect(calendar.addBusinessDays('2026-12-23', 11)).toBe('2027-01-12');
  });

  it('counts the business days after a date up to and including another', () => {
    expect(calendar.businessDaysBetween('2026-03-13', '2026-03-20')).toBe(5);
    expect(calendar.businessDaysBetween('2026-03-13', '2026-03-23')).toBe(5); // the holiday adds nothing
    expect(calendar.businessDaysBetween('2026-03-13', '2026-04-08')).toBe(15);
  });

  it('counts no business days from a date to itself or to an earlier one', () => {
    expect(calendar.businessDaysBetween('2026-03-13', '2026-03-13')).toBe(0);
    expect(calendar.businessDaysBetween('2026-03-20', '2026-03-13')).toBe(0);
  });

  it('is versioned by its holiday data alone', () => {
    expect(calendar.version).toBe(HOLIDAY_DATA_SOURCE);
  });
});

describe('a business calendar with days the entity declares', () => {
  it('24 and 31 December declared closed are not business days and push terms later', () => {
    const calendar = createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24', '2026-12-31'] });
    expect(calendar.isBusinessDay('2026-12-24')).toBe(false);
    expect(calendar.isBusinessDay('2026-12-31')).toBe(false);
    // 28-30 December (3), 4-8 January (8), 12-13 January (10).
    expect(calendar.addBusinessDays('2026-12-23', 10)).toBe('2027-01-13');
  });

  it('Monday 13 July 2026 declared closed covers the Virgen de Chiquinquirá holiday the library lacks', () => {
    const library = createBusinessCalendar();
    const corrected = createBusinessCalendar({ extraNonWorkingDays: ['2026-07-13'] });
    expect(library.isBusinessDay('2026-07-13')).toBe(true);
    expect(corrected.isBusinessDay('2026-07-13')).toBe(false);
    // Friday 10 July + 1 business day: Monday 13 for the library, Tuesday 14 corrected.
    expect(library.addBusinessDays('2026-07-10', 1)).toBe('2026-07-13');
    expect(corrected.addBusinessDays('2026-07-10', 1)).toBe('2026-07-14');
  });

  it('a day declared working is a business day although the holiday data says otherwise', () => {
    const calendar = createBusinessCalendar({ extraWorkingDays: ['2026-03-23'] });
    expect(calendar.isBusinessDay('2026-03-23')).toBe(true);
    expect(calendar.addBusinessDays('2026-03-20', 1)).toBe('2026-03-23');
  });

  it('its version names the holiday data and a digest of the declared days, whatever their order', () => {
    const one = createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24', '2026-12-31'] });
    const same = createBusinessCalendar({ extraNonWorkingDays: ['2026-12-31', '2026-12-24', '2026-12-24'] });
    const other = createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24'] });
    const working = createBusinessCalendar({ extraWorkingDays: ['2026-12-24', '2026-12-31'] });
    expect(one.version).toMatch(/^co-holidays@5\.0\.11\+[0-9a-f]{8}$/);
    expect(same.version).toBe(one.version);
    expect(other.version).not.toBe(one.version);
    expect(working.version).not.toBe(one.version);
  });

  it('a malformed declared day is refused at start-up', () => {
    expect(() => createBusinessCalendar({ extraNonWorkingDays: ['2026-02-30'] })).toThrow(RangeError);
    expect(() => createBusinessCalendar({ extraWorkingDays: ['24/12/2026'] })).toThrow(RangeError);
  });

  it('a day declared both closed and working is refused at start-up', () => {
    expect(() =>
      createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24'], extraWorkingDays: ['2026-12-24'] }),
    ).toThrow(RangeError);
  });
});
