// What the demo's denials of access cite and argue (Ley 1712 de 2014, arts. 21 and 28; Ley 1755 de 2015,
// art. 25): the norm that establishes each ground's exception and the harm argued, and the public version
// that a partial grant delivers. The demo plan picks the ground; these complete the denial.
import type { AccessDecision, AccessDenialGround } from '../domain/pqrs/events.js';

const NORMS: Readonly<Record<AccessDenialGround, string>> = {
  PRIVACY: 'Constitución Política, art. 15; Ley 1581 de 2012, art. 5; Ley 1712 de 2014, art. 18 a',
  LIFE_HEALTH_SAFETY: 'Ley 1712 de 2014, art. 18 b; Ley 23 de 1981, art. 34',
  TRADE_SECRETS: 'Ley 1712 de 2014, art. 18 c; Decisión 486 de 2000 de la CAN, art. 260',
  NATIONAL_DEFENSE: 'Ley 1712 de 2014, art. 19 a; Ley 1621 de 2013, art. 33',
  PUBLIC_SAFETY: 'Ley 1712 de 2014, art. 19 b',
  INTERNATIONAL_RELATIONS: 'Ley 1712 de 2014, art. 19 c',
  CRIME_PREVENTION: 'Ley 1712 de 2014, art. 19 d; Ley 906 de 2004, art. 212B',
  DUE_PROCESS: 'Ley 1712 de 2014, art. 19 e; Código General del Proceso, art. 123',
  ADMINISTRATION_OF_JUSTICE: 'Ley 1712 de 2014, art. 19 f',
  CHILDREN_RIGHTS: 'Ley 1712 de 2014, art. 19 g; Ley 1098 de 2006, art. 33',
  MACROECONOMIC_STABILITY: 'Ley 1712 de 2014, art. 19 h',
  PUBLIC_HEALTH: 'Ley 1712 de 2014, art. 19 i',
  DELIBERATIVE_PROCESS: 'Ley 1712 de 2014, art. 19, parágrafo',
};

/** The elements that complete a demo denial on `ground`. */
export function demoDenialOf(decision: AccessDecision | null, ground: AccessDenialGround | null) {
  if (ground === null) return {};
  return {
    accessDenialProvision: NORMS[ground],
    accessDenialHarm:
      'La entrega causaría un daño presente, probable y específico al derecho o al interés que la excepción protege, mayor que el interés público en conocer la información.',
    publicVersionDelivered: decision === 'PARTIALLY_GRANTED',
  };
}
