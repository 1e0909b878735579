// The merit evaluation of an anonymous denuncia. Ley 962 de 2005 art. 81: no anonymous denuncia or
// complaint may start a disciplinary, fiscal, criminal or administrative action unless the truth of the
// facts is proven at least summarily, or it refers in concrete to clearly identifiable facts or persons.
// Ley 1952 de 2019 (Código General Disciplinario) art. 86: the disciplinary action does not proceed on
// anonymous information except when it meets the minimum requirements of Ley 190 de 1995 art. 38 and
// Ley 24 de 1992 art. 27 (the same two grounds). The anonymous denuncia is radicated always; this records
// whether it starts an action, on which ground, why, and which action with its reference.
import type { DecisionContext } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { bogotaDateOf, canonicalInstant } from '../shared/time.js';
import type { EvaluateDenunciationMerit } from './commands.js';
import { MERIT_ACTIONS, MERIT_BASES, type MeritEvaluated } from './events.js';
import { PQRS_STATUS_IN_SENTENCES } from './labels.js';
import { isOpen, type PqrsCaseRecord, type PqrsStatus } from './state.js';

export function evaluateDenunciationMerit(
  { data }: EvaluateDenunciationMerit,
  state: PqrsCaseRecord & { readonly status: PqrsStatus },
  context: DecisionContext,
): readonly MeritEvaluated[] | DomainError {
  if (state.kind !== 'DENUNCIATION' || state.personType !== 'ANONYMOUS') {
    return refuse(
      'NOT_AN_ANONYMOUS_DENUNCIATION',
      'La evaluación de mérito es de las denuncias anónimas (Ley 962 de 2005, art. 81): este caso no lo es.',
    );
  }
  if (state.meritEvaluatedAt !== null) {
    return refuse(
      'MERIT_ALREADY_EVALUATED',
      'El mérito de esta denuncia anónima ya fue evaluado: la evaluación se registra una sola vez.',
    );
  }
  if (!isOpen(state)) {
    return refuse(
      'CASE_NOT_OPEN',
      `No se puede evaluar el mérito de la denuncia ${state.radicado}: está ${PQRS_STATUS_IN_SENTENCES[state.status]}.`,
    );
  }
  if (!isOneOf(MERIT_BASES, data.basis)) {
    return refuse('INVALID_MERIT_BASIS', 'El fundamento de la evaluación no es válido.', 'basis');
  }
  if (isBlank(data.motivation)) {
    return refuse('MERIT_MOTIVATION_REQUIRED', 'Motive la evaluación de mérito.', 'motivation');
  }
  if (data.admissible && data.basis === 'NEITHER') {
    return refuse(
      'MERIT_BASIS_REQUIRED',
      'Una denuncia anónima solo inicia una actuación si los hechos están probados sumariamente o se refieren a hechos o personas claramente identificables (Ley 962 de 2005, art. 81).',
      'basis',
    );
  }
  if (!data.admissible && data.basis !== 'NEITHER') {
    return refuse(
      'MERIT_BASIS_CONTRADICTS',
      'Si los hechos están probados sumariamente o son identificables, la denuncia inicia una actuación: marque que es procedente.',
      'basis',
    );
  }
  const action = data.action ?? null;
  const actionReference = isBlank(data.actionReference) ? null : data.actionReference!.trim();
  if (data.admissible) {
    if (action === null || !isOneOf(MERIT_ACTIONS, action)) {
      return refuse('MERIT_ACTION_REQUIRED', 'Indique la actuación que inicia la denuncia.', 'action');
    }
    if (actionReference === null) {
      return refuse(
        'MERIT_ACTION_REFERENCE_REQUIRED',
        'Indique la referencia de la actuación iniciada (número del expediente o del oficio de remisión).',
        'actionReference',
      );
    }
  } else if (action !== null || actionReference !== null) {
    return refuse(
      'MERIT_ACTION_WITHOUT_ADMISSION',
      'Una denuncia anónima que no es procedente no inicia ninguna actuación.',
      'action',
    );
  }
  const evaluatedAt = canonicalInstant(context.now);
  return [
    {
      type: 'MeritEvaluated',
      data: {
        admissible: data.admissible,
        basis: data.basis,
        motivation: data.motivation.trim(),
        action,
        actionReference,
        evaluatedAt,
        evaluatedOn: bogotaDateOf(evaluatedAt),
      },
    },
  ];
}
