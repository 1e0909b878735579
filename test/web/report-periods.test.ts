// The Informes screen's rules: semester shortcuts, Bogotá dates and instants, period names, and the
// checks of a request before it is issued (the server's own messages, next to the field).
import {
  asOfInstant,
  bogotaDateTimeInputValue,
  formatDate,
  formatInstant,
  isCalendarDate,
  lastClosedSemester,
  periodName,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  reportRequestProblems,
  semesterOf,
  semesterPeriod,
  todayInBogota,
} from '../../web/src/logic/report-periods.js';

describe('semester shortcuts', () => {
  it('the first semester runs from 1 January to 30 June, the second from 1 July to 31 December', () => {
    expect(semesterPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(semesterPeriod(2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('recognises a period that is exactly a semester, and nothing else', () => {
    expect(semesterOf({ from: '2025-07-01', to: '2025-12-31' })).toEqual({ year: 2025, semester: 2 });
    expect(semesterOf({ from: '2025-07-01', to: '2025-12-30' })).toBeNull();
    expect(semesterOf({ from: '2025-01-01', to: '2025-12-31' })).toBeNull();
  });

  it('offers the last semester already over: in November, the first of the year; in March, the second of last year', () => {
    expect(lastClosedSemester('2026-11-29')).toEqual({ year: 2026, semester: 1 });
    expect(lastClosedSemester('2026-07-01')).toEqual({ year: 2026, semester: 1 });
    expect(lastClosedSemester('2026-06-30')).toEqual({ year: 2025, semester: 2 });
    expect(lastClosedSemester('2026-03-15')).toEqual({ year: 2025, semester: 2 });
  });
});

describe('dates and instants in Bogotá time', () => {
  it('the day in Bogotá is still the previous one until 05:00 UTC', () => {
    expect(todayInBogota(new Date('2026-01-01T04:59:00Z'))).toBe('2025-12-31');
    expect(todayInBogota(new Date('2026-01-01T05:00:00Z'))).toBe('2026-01-01');
  });

  it('reads a datetime-local value as Bogotá time', () => {
    expect(asOfInstant('2026-07-05T08:30')).toBe('2026-07-05T08:30:00-05:00');
    expect(Date.parse(asOfInstant('2026-07-05T08:30')!)).toBe(Date.parse('2026-07-05T13:30:00Z'));
  });

  it('refuses a datetime that is not one', () => {
    expect(asOfInstant('')).toBeNull();
    expect(asOfInstant('2026-02-30T08:00')).toBeNull();
    expect(asOfInstant('2026-07-05T24:00')).toBeNull();
    expect(asOfInstant('2026-07-05 08:00')).toBeNull();
  });

  it('writes the current instant back as a datetime-local value in Bogotá time', () => {
    expect(bogotaDateTimeInputValue(new Date('2026-07-05T13:30:42Z'))).toBe('2026-07-05T08:30');
  });

  it('writes dates day first and instants with their Bogotá time', () => {
    expect(formatDate('2026-01-31')).toBe('31/01/2026');
    expect(formatInstant('2026-07-01T03:15:00Z')).toBe('30/06/2026 22:15');
    expect(formatInstant('2026-07-05T08:30:00-05:00')).toBe('05/07/2026 08:30');
  });

  it('knows real calendar days', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
});

describe('period names', () => {
  it('names semesters and whole years in words, and any other period by its dates', () => {
    expect(periodName({ from: '2026-01-01', to: '2026-06-30' })).toBe('Primer semestre de 2026');
    expect(periodName({ from: '2025-07-01', to: '2025-12-31' })).toBe('Segundo semestre de 2025');
    expect(periodName({ from: '2025-01-01', to: '2025-12-31' })).toBe('Año 2025');
    expect(periodName({ from: '2026-01-01', to: '2026-03-15' })).toBe('01/01/2026 a 15/03/2026');
  });
});

describe('report names', () => {
  it('lists the reports with their Spanish names', () => {
    expect(REPORT_KINDS.map((kind) => REPORT_KIND_LABELS[kind])).toEqual([
      'Informe de PQRS',
      'Solicitudes de acceso a la información',
      'Satisfacción del cliente',
      'Gestión del proceso',
      'Relación para la Contraloría',
      'Informe de ejecución del plan de acción',
      'Necesidades de capacitación para el PIC',
      'Mapa de riesgos del proceso',
      'Acta de revisión por la dirección',
      'Informe de campañas y medios',
    ]);
  });
});

describe('checking a request before issuing it', () => {
  const now = new Date('2026-11-29T15:00:00Z'); // 10:00 in Bogotá

  it('accepts a past semester as of now, or as of an earlier instant', () => {
    expect(reportRequestProblems({ from: '2026-01-01', to: '2026-06-30', asOf: '' }, now)).toEqual({});
    expect(
      reportRequestProblems({ from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-05T08:30' }, now),
    ).toEqual({});
  });

  it('asks for both dates', () => {
    expect(reportRequestProblems({ from: '', to: '', asOf: '' }, now)).toEqual({
      from: 'Indique la fecha inicial del periodo.',
      to: 'Indique la fecha final del periodo.',
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(reportRequestProblems({ from: '2026-07-01', to: '2026-06-30', asOf: '' }, now)).toEqual({
      from: 'La fecha inicial del periodo es posterior a la final.',
    });
  });

  it('refuses a period of more than five years', () => {
    expect(reportRequestProblems({ from: '2020-01-01', to: '2026-06-30', asOf: '' }, now).to).toMatch(
      /5 años/,
    );
    expect(reportRequestProblems({ from: '2021-01-01', to: '2026-06-30', asOf: '' }, now)).toEqual({});
  });

  it('refuses an as-of instant later than now, in Bogotá time', () => {
    expect(
      reportRequestProblems({ from: '2026-01-01', to: '2026-06-30', asOf: '2026-11-29T10:01' }, now),
    ).toEqual({
      asOf: 'La fecha de corte no puede ser posterior al momento actual.',
    });
    expect(
      reportRequestProblems({ from: '2026-01-01', to: '2026-06-30', asOf: '2026-11-29T10:00' }, now),
    ).toEqual({});
  });

  it('refuses a period that starts after the as-of day: there would be nothing to report', () => {
    expect(
      reportRequestProblems({ from: '2026-07-01', to: '2026-12-31', asOf: '2026-06-30T23:59' }, now),
    ).toEqual({
      from: 'El periodo empieza después de la fecha de corte: no habría cifras que informar.',
    });
    expect(reportRequestProblems({ from: '2026-11-30', to: '2026-12-31', asOf: '' }, now).from).toMatch(
      /después de la fecha de corte/,
    );
  });
});
