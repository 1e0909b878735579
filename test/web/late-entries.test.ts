import { lateEntrySentence, LATE_ENTRY_FLAG } from '../../web/src/logic/late-entries.js';

describe('a fact recorded with an earlier date, as the case page says it', () => {
  it('names the fact, its moment in Bogotá, the day it was recorded, the gap and the reason', () => {
    expect(
      lateEntrySentence({
        fact: 'ANSWERED',
        occurredAt: '2026-11-10T20:30:00.000Z',
        recordedOn: '2026-12-04',
        businessDaysLate: 17,
        reason: 'La respuesta se entregó en físico y no se registró.',
      }),
    ).toBe(
      'Respuesta del 10/11/2026 15:30: registrado con fecha anterior el 04/12/2026, 17 días hábiles después. ' +
        'Motivo: La respuesta se entregó en físico y no se registró.',
    );
  });

  it('says one business day in the singular, and flags it with the words the Informe de PQRS uses', () => {
    expect(
      lateEntrySentence({
        fact: 'RECEIVED',
        occurredAt: '2026-12-01T14:00:00.000Z',
        recordedOn: '2026-12-02',
        businessDaysLate: 1,
        reason: 'Ventana extendida',
      }),
    ).toContain('1 día hábil después');
    expect(LATE_ENTRY_FLAG).toBe('Registrado con fecha anterior');
  });
});
