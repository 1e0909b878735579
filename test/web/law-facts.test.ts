// The case page states the facts of art. 17 and of administrative silence in words, with the server's
// dates: the window to complete (its last day is the day before tacit withdrawal may be decided), its one
// extension, the act of a tacit withdrawal, both directions of a new filing, and both silences.
import { offeredCaseActions, unavailableCaseActions } from '../../web/src/logic/case-actions.js';
import { lawFactsOf, negativeSilenceFlag } from '../../web/src/logic/law-facts.js';

describe('the facts of art. 17 and of silence on the case page', () => {
  it('a case awaiting the petitioner states the last day to complete and that withdrawal is decreed', () => {
    expect(lawFactsOf({ status: 'AWAITING_INFORMATION', tacitWithdrawalFrom: '2026-04-17' })).toEqual([
      [
        'Plazo para completar (art. 17)',
        'Hasta el 16/04/2026; el peticionario puede pedir antes de esa fecha una prórroga por un término igual. Después, el desistimiento tácito se decreta por acto motivado; nunca ocurre solo.',
      ],
    ]);
  });

  it('an extended window says when it was asked for', () => {
    const [[, sentence]] = lawFactsOf({
      status: 'AWAITING_INFORMATION',
      tacitWithdrawalFrom: '2026-05-17',
      completionWindowExtendedOn: '2026-04-16',
    }) as [[string, string]];
    expect(sentence).toContain('Hasta el 16/05/2026, prorrogado a solicitud del peticionario el 16/04/2026');
  });

  it('a withdrawn case names its act and the new filing; the new filing names the withdrawn one', () => {
    expect(
      lawFactsOf({
        status: 'WITHDRAWN',
        withdrawalActNumber: 'Resolución 045 de 2026',
        refiledAs: ['PQRS-2026-000031'],
      }),
    ).toEqual([
      ['Acto de desistimiento tácito', 'Resolución 045 de 2026'],
      ['Presentada de nuevo como', 'PQRS-2026-000031'],
    ]);
    expect(lawFactsOf({ status: 'RECEIVED', refilingOf: 'PQRS-2026-000007' })).toEqual([
      ['Presenta de nuevo', 'La petición desistida PQRS-2026-000007 (art. 17)'],
    ]);
  });

  it('positive silence says since when and where the copies stand', () => {
    const facts = lawFactsOf({
      status: 'ASSIGNED',
      positiveSilence: {
        silenceFrom: '2026-04-09',
        copiesDueBy: '2026-04-13',
        copiesStatus: 'DELIVERED_LATE',
        copiesDeliveredOn: '2026-04-14',
      },
    });
    expect(facts).toEqual([
      [
        'Silencio administrativo positivo',
        'Desde el 09/04/2026 la solicitud se entiende aceptada (art. 14 num. 1, Ley 1755 de 2015): copias entregadas tarde el 14/04/2026 (vencían el 13/04/2026).',
      ],
    ]);
  });

  it('negative silence is stated on the page and flagged in the Bandeja', () => {
    const subject = { status: 'ASSIGNED', negativeSilence: { silenceFrom: '2026-06-13' } };
    expect(lawFactsOf(subject)[0]?.[1]).toContain('Desde el 13/06/2026: tres meses sin decisión notificada');
    expect(negativeSilenceFlag(subject)).toBe('Silencio negativo desde el 13/06/2026');
    expect(negativeSilenceFlag({ negativeSilence: null })).toBeNull();
  });
});

describe('the steps of art. 17 and of positive silence on the case page', () => {
  const coordinator = { id: 'c', roles: ['COORDINATOR'] } as const;
  const term = { dueDate: '2026-04-08', maxDueDate: '2026-04-29' };
  const awaiting = {
    kind: 'PETITION',
    status: 'AWAITING_INFORMATION',
    assigneeId: null,
    ...term,
    tacitWithdrawalFrom: '2026-04-17',
  } as const;

  it('offers recording the extension of the window until its last day, and says why not after', () => {
    expect(offeredCaseActions(coordinator, awaiting, '2026-04-16')).toContain('extendCompletionWindow');
    expect(offeredCaseActions(coordinator, awaiting, '2026-04-17')).not.toContain('extendCompletionWindow');
    expect(unavailableCaseActions(coordinator, awaiting, '2026-04-17')[0]?.reason).toContain(
      'la prórroga debe pedirse antes de su vencimiento',
    );
    const extended = {
      ...awaiting,
      completionWindowExtendedOn: '2026-04-16',
      tacitWithdrawalFrom: '2026-05-17',
    };
    expect(unavailableCaseActions(coordinator, extended, '2026-04-20')[0]?.reason).toContain(
      'ya se prorrogó el 16/04/2026',
    );
  });

  it('offers recording the copies only on a request for documents that owes them', () => {
    const request = { kind: 'INFORMATION_REQUEST', status: 'ASSIGNED', assigneeId: 'c', ...term } as const;
    expect(offeredCaseActions(coordinator, { ...request, copiesOwed: true }, '2026-04-09')).toContain(
      'deliverCopies',
    );
    expect(offeredCaseActions(coordinator, request, '2026-04-09')).not.toContain('deliverCopies');
    expect(
      offeredCaseActions(coordinator, { ...request, kind: 'PETITION', copiesOwed: true }, '2026-04-09'),
    ).not.toContain('deliverCopies');
  });
});
