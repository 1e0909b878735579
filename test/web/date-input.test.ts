// The date fields keep the values the forms had from native inputs: a calendar day 'YYYY-MM-DD', a
// Bogotá wall clock 'YYYY-MM-DDTHH:mm', '' when empty, and a non-date while half typed.
import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { followsForm, pickedOf, UNFINISHED_DATE, valueOf } from '../../web/src/logic/date-input.js';

describe('date field values', () => {
  it('reads and gives back a day and a day with its hour unchanged', () => {
    expect(valueOf(pickedOf('2026-03-05', 'date'), 'date')).toBe('2026-03-05');
    expect(valueOf(pickedOf('2026-03-05T14:30', 'dateTime'), 'dateTime')).toBe('2026-03-05T14:30');
    expect(pickedOf('2026-03-05', 'date')?.date()).toBe(5);
    expect(pickedOf('2026-03-05', 'date')?.month()).toBe(2);
  });

  it('takes nothing that is not such a value, nor an impossible day', () => {
    for (const value of ['', UNFINISHED_DATE, '05/03/2026', '2026-02-30', '2026-03-05T25:00'])
      expect(pickedOf(value, value.includes('T') ? 'dateTime' : 'date')).toBeNull();
  });

  it('an empty field is "", a half-typed or impossible one is not a date', () => {
    expect(valueOf(null, 'date')).toBe('');
    expect(valueOf(dayjs('no es fecha', 'YYYY-MM-DD', true), 'date')).toBe(UNFINISHED_DATE);
  });

  it('follows a date the form sets, and keeps a half-typed one the form drops', () => {
    const fifth = pickedOf('2026-03-05', 'date');
    expect(followsForm('2026-03-06', fifth, 'date')).toBe(true);
    expect(followsForm('2026-03-05', fifth, 'date')).toBe(false);
    expect(followsForm('', fifth, 'date')).toBe(true);
    const halfTyped = dayjs('no es fecha', 'YYYY-MM-DD', true);
    expect(followsForm('', halfTyped, 'date')).toBe(false);
    expect(followsForm(UNFINISHED_DATE, halfTyped, 'date')).toBe(false);
    expect(followsForm('2026-03-06', halfTyped, 'date')).toBe(true);
  });
});
