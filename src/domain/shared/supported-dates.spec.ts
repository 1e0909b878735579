import { dateOutsideSupportedYears } from './supported-dates.js';

describe('dates outside the years the business calendar covers', () => {
  it('a receipt dated before 1583 is refused, naming the field', () => {
    expect(
      dateOutsideSupportedYears({ data: { subject: 'Certificado', receivedAt: '1500-01-01T10:00:00Z' } }),
    ).toEqual({
      kind: 'DomainError',
      code: 'INVALID_DATE_OUT_OF_RANGE',
      message: 'La fecha 01/01/1500 está fuera del calendario de días hábiles, que va de 1583 a 4098.',
      field: 'receivedAt',
    });
  });

  it('a new due date in 4099 or later is refused, naming the field: terms counted from it would pass the holiday data', () => {
    expect(dateOutsideSupportedYears({ data: { newDueDate: '4099-06-01', reason: 'x' } })).toMatchObject({
      code: 'INVALID_DATE_OUT_OF_RANGE',
      field: 'newDueDate',
    });
  });

  it('an instant is placed in Bogotá: 1583-01-01 at 02:00 UTC is still 1582 there', () => {
    expect(dateOutsideSupportedYears({ data: { answeredAt: '1583-01-01T02:00:00Z' } })).toMatchObject({
      field: 'answeredAt',
    });
  });

  it('dates nested in lists are named by their path', () => {
    expect(
      dateOutsideSupportedYears({
        data: { answers: [{ answeredOn: '2026-03-02' }, { answeredOn: '0999-01-01' }] },
      }),
    ).toMatchObject({ field: 'answers.1.answeredOn' });
  });

  it('dates inside the covered years, and free texts that look like dates, pass', () => {
    expect(
      dateOutsideSupportedYears({
        data: { receivedAt: '2026-03-02T08:30:00-05:00', newDueDate: '4098-12-31', subject: '1500-01-01' },
      }),
    ).toBeNull();
  });
});
