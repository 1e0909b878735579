// How the staff client shows a person: masked data said as such, who may reveal them and what a reveal's
// reason must be (the server checks the same), and the Spanish words of the access log. Pure.
import type { Role } from '../graphql/generated/graphql.js';

import { REVEALING_ROLES } from '../../../src/domain/personal-data-access/decide.js';

export { ACCESS_PURPOSE_LABELS } from '../../../src/domain/personal-data-access/labels.js';

/** The reveal's reason: the same bounds the server's input validation applies. */
export const REVEAL_REASON_MIN_LENGTH = 10;
export const REVEAL_REASON_MAX_LENGTH = 500;

export const MASKED_NOTE =
  'Se muestran enmascarados: su rol o el caso no permiten verlos completos (Ley 1581 de 2012).';
export const ERASED_NOTE = 'Datos personales suprimidos (Ley 1581 de 2012)';

/** Auditors reveal masked data with a reason; administrators may too (the server's list). */
export function mayReveal(roles: readonly Role[]): boolean {
  return roles.some((role) => REVEALING_ROLES.includes(role));
}

/** What is wrong with a reveal's reason, in Spanish, or null. */
export function revealReasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length < REVEAL_REASON_MIN_LENGTH) {
    return `Explique el motivo de la consulta (al menos ${REVEAL_REASON_MIN_LENGTH} caracteres).`;
  }
  if (reason.length > REVEAL_REASON_MAX_LENGTH) {
    return `El motivo es demasiado largo (límite: ${REVEAL_REASON_MAX_LENGTH} caracteres).`;
  }
  return null;
}
