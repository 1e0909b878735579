// The words the Bandeja and the case page use for priority (Ley 1755 de 2015 art. 20; Ley 1437 de 2011 art.
// 5 num. 6) and for an anonymous denuncia's merit evaluation (Ley 962 de 2005 art. 81).
import {
  mayEvaluateMerit,
  meritEvaluationLine,
  priorityGroupsOf,
  priorityLevelOf,
} from '../../web/src/logic/priority.js';

describe('priority on the screens', () => {
  it('names the Bandeja’s level: the alert, then art. 20, then art. 5.6', () => {
    expect(priorityLevelOf(['FUNDAMENTAL_RIGHT_RISK'], '2026-03-30T14:00:00.000Z')).toBe(
      'Alerta: vida o integridad',
    );
    expect(priorityLevelOf(['OLDER_ADULT', 'JOURNALIST'], null)).toBe('Prioritaria (art. 20)');
    expect(priorityLevelOf(['PREGNANCY'], null)).toBe('Preferencial (art. 5.6)');
    expect(priorityLevelOf([], null)).toBe('');
  });

  it('groups the case page’s reasons under their law', () => {
    expect(priorityGroupsOf(['DISABILITY', 'MINOR'])).toEqual([
      { law: 'Atención prioritaria (Ley 1755 de 2015, art. 20)', reasons: ['MINOR'] },
      { law: 'Atención preferencial (Ley 1437 de 2011, art. 5 num. 6)', reasons: ['DISABILITY'] },
    ]);
  });

  it('tells the merit evaluation in one line', () => {
    expect(
      meritEvaluationLine({
        admissible: true,
        basis: 'FACTS_SUMMARILY_PROVEN',
        action: 'INTERNAL_DISCIPLINARY_CONTROL',
        actionReference: 'CDI-2026-017',
      }),
    ).toBe(
      'Procede: los hechos están probados sumariamente. Remitida a control disciplinario interno (CDI-2026-017).',
    );
    expect(meritEvaluationLine({ admissible: false, basis: 'NEITHER' })).toBe(
      'No procede: ni probada sumariamente ni con hechos o personas identificables (Ley 962 de 2005, art. 81).',
    );
  });

  it('offers the evaluation to a coordinator on an open anonymous denuncia not yet evaluated', () => {
    const denuncia = {
      kind: 'DENUNCIATION',
      anonymous: true,
      status: 'ASSIGNED',
      meritEvaluation: null,
    } as const;
    expect(mayEvaluateMerit(['COORDINATOR'], denuncia)).toBe(true);
    expect(mayEvaluateMerit(['AGENT'], denuncia)).toBe(false);
    expect(mayEvaluateMerit(['ADMIN'], { ...denuncia, anonymous: false })).toBe(false);
    expect(mayEvaluateMerit(['ADMIN'], { ...denuncia, status: 'ANSWERED' })).toBe(false);
    expect(mayEvaluateMerit(['ADMIN'], { ...denuncia, meritEvaluation: { admissible: true } })).toBe(false);
  });
});
