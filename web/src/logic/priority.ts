// A case's priority as the Bandeja and the case page name it: an alert for a risk to life or integrity,
// Ley 1755 de 2015 art. 20's priority, or Ley 1437 de 2011 art. 5 num. 6's preferential attention (the
// domain's own split, src/domain/pqrs/priority.ts), and an anonymous denuncia's merit evaluation.
import { PRIORITY_BASIS } from '../../../src/domain/pqrs/priority.js';
import {
  MERIT_ACTION_LABELS,
  MERIT_BASIS_LABELS,
  PRIORITY_BASIS_LABELS,
} from '../../../src/domain/pqrs/labels.js';
import type {
  MeritAction,
  MeritBasis,
  PqrsKind,
  PqrsStatus,
  PriorityReason,
  Role,
} from '../graphql/generated/graphql.js';

export { MERIT_ACTION_LABELS, MERIT_BASIS_LABELS, PRIORITY_BASIS_LABELS };

/** The Bandeja's short word for a case's priority; '' for a case with none. */
export function priorityLevelOf(
  priority: readonly PriorityReason[],
  priorityAlertRaisedAt: string | null | undefined,
): string {
  if (priorityAlertRaisedAt) return 'Alerta: vida o integridad';
  if (priority.some((reason) => PRIORITY_BASIS[reason] === 'ART_20')) return 'Prioritaria (art. 20)';
  if (priority.length > 0) return 'Preferencial (art. 5.6)';
  return '';
}

/** The case page's lines: the reasons grouped under art. 20 and under art. 5.6, each with its law. */
export function priorityGroupsOf(
  priority: readonly PriorityReason[],
): readonly { readonly law: string; readonly reasons: readonly PriorityReason[] }[] {
  return (['ART_20', 'CPACA_5_6'] as const)
    .map((basis) => ({
      law: PRIORITY_BASIS_LABELS[basis],
      reasons: priority.filter((reason) => PRIORITY_BASIS[reason] === basis),
    }))
    .filter((group) => group.reasons.length > 0);
}

export function meritEvaluationLine(evaluation: {
  readonly admissible: boolean;
  readonly basis: MeritBasis;
  readonly action?: MeritAction | null;
  readonly actionReference?: string | null;
}): string {
  const basis = MERIT_BASIS_LABELS[evaluation.basis];
  if (!evaluation.admissible) return `No procede: ${basis.toLowerCase()} (Ley 962 de 2005, art. 81).`;
  const action = evaluation.action ? MERIT_ACTION_LABELS[evaluation.action] : 'Actuación iniciada';
  return `Procede: ${basis.toLowerCase()}. ${action}${evaluation.actionReference ? ` (${evaluation.actionReference})` : ''}.`;
}

/** Who records the merit evaluation of an anonymous denuncia (the decider's EvaluateDenunciationMerit). */
export const MERIT_EVALUATION_ROLES: readonly Role[] = ['ADMIN', 'COORDINATOR'];

/** Whether the case page offers the merit evaluation: an open anonymous denuncia not yet evaluated. */
export function mayEvaluateMerit(
  roles: readonly Role[],
  pqrs: {
    readonly kind: PqrsKind;
    readonly anonymous: boolean;
    readonly status: PqrsStatus;
    readonly meritEvaluation?: unknown;
  },
): boolean {
  return (
    pqrs.kind === 'DENUNCIATION' &&
    pqrs.anonymous &&
    !pqrs.meritEvaluation &&
    ['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION'].includes(pqrs.status) &&
    roles.some((role) => MERIT_EVALUATION_ROLES.includes(role))
  );
}
