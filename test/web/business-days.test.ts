// The days left on a case's term, as the case detail words them: the server counts business days; the
// client says what that count means for the case's status.
import { termStanding } from '../../web/src/logic/business-days.js';

describe('the standing of a running term', () => {
  it('says the case falls due today on its due date', () => {
    expect(termStanding('ASSIGNED', 0, 'DUE_SOON')).toEqual({ text: 'Vence hoy', tone: 'dueSoon' });
  });

  it('counts the business days left, in the singular for one', () => {
    expect(termStanding('RECEIVED', 1, 'DUE_SOON')).toEqual({ text: 'Queda 1 día hábil', tone: 'dueSoon' });
    expect(termStanding('RECEIVED', 3, 'DUE_SOON')).toEqual({
      text: 'Quedan 3 días hábiles',
      tone: 'dueSoon',
    });
    expect(termStanding('ASSIGNED', 4, 'ON_TIME')).toEqual({ text: 'Quedan 4 días hábiles', tone: 'onTime' });
  });

  it('counts the business days since an overdue case fell due', () => {
    expect(termStanding('ASSIGNED', -1, 'OVERDUE')).toEqual({
      text: 'Vencido hace 1 día hábil',
      tone: 'overdue',
    });
    expect(termStanding('RECEIVED', -2, 'OVERDUE')).toEqual({
      text: 'Vencido hace 2 días hábiles',
      tone: 'overdue',
    });
  });

  it('does not say "vence hoy" on the weekend after a Friday due date, when no business day has passed yet', () => {
    expect(termStanding('RECEIVED', 0, 'OVERDUE')).toEqual({
      text: 'Vencido: venció el último día hábil',
      tone: 'overdue',
    });
  });
});

describe('the standing of a term that does not run', () => {
  it('is suspended while awaiting the petitioner (art. 17)', () => {
    expect(termStanding('AWAITING_INFORMATION', null)).toEqual({
      text: 'Término suspendido (art. 17)',
      tone: 'suspended',
    });
  });

  it('has ended once the case is answered, closed, transferred or withdrawn, whatever count is given', () => {
    expect(termStanding('ANSWERED', null).text).toBe('El término ya no corre: el caso fue respondido');
    expect(termStanding('CLOSED', 5).tone).toBe('ended');
    expect(termStanding('TRANSFERRED', null).text).toMatch(/trasladó por competencia/);
    expect(termStanding('WITHDRAWN', null).text).toMatch(/desistió/);
  });
});
