import {
  addCalendarMonths,
  bogotaDateOf,
  bogotaStampOf,
  canonicalInstant,
  compareInstants,
  isInstant,
} from './time.js';

describe('Bogotá dates', () => {
  it('an instant late in the Bogotá evening belongs to that Bogotá day, not to the next UTC day', () => {
    expect(bogotaDateOf('2026-03-14T04:30:00.000Z')).toBe('2026-03-13');
    expect(bogotaDateOf('2026-03-14T05:00:00.000Z')).toBe('2026-03-14');
  });
});

describe('Bogotá stamps', () => {
  it('name an instant by the wall clock of Bogotá, to the second', () => {
    expect(bogotaStampOf('2026-04-01T00:00:00.000Z')).toBe('20260331-190000');
    expect(bogotaStampOf('2026-06-30T23:59:59-05:00')).toBe('20260630-235959');
  });
});

describe('instants', () => {
  it('an ISO 8601 date-time with an offset is an instant', () => {
    expect(isInstant('2026-03-13T15:00:00.000Z')).toBe(true);
    expect(isInstant('2026-03-13T10:00:00-05:00')).toBe(true);
  });

  it('a bare date, a local time or garbage is not an instant', () => {
    expect(isInstant('2026-03-13')).toBe(false);
    expect(isInstant('2026-03-13T10:00:00')).toBe(false);
    expect(isInstant('ayer')).toBe(false);
  });

  it('instants compare in time whatever their offsets, and store as UTC', () => {
    expect(compareInstants('2026-03-13T10:00:00-05:00', '2026-03-13T15:00:00.000Z')).toBe(0);
    expect(canonicalInstant('2026-03-13T10:00:00-05:00')).toBe('2026-03-13T15:00:00.000Z');
  });
});

describe('calendar months', () => {
  it('one month later is the same day of the next month', () => {
    expect(addCalendarMonths('2026-03-17', 1)).toBe('2026-04-17');
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('one month after a day the next month lacks is the end of that month', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
  });
});
