// A denial of access to public information, whole or partial, as the law asks it be made (Ley 1712 de
// 2014; Ley 1755 de 2015 art. 25): the exception invoked, the norm that establishes it, the harm argued and
// whether a public version of the rest was delivered. Without any of them the answer is refused.
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import {
  ACCESS_DECISIONS_WITH_GROUND,
  ACCESS_DENIAL_GROUNDS,
  ACCESS_EXCEPTIONS,
  type AccessDecision,
  type AccessDenialCompleteness,
  type AccessDenialFacts,
  type AccessDenialGround,
  type AccessException,
} from './events.js';

/**
 * The exception each ground belongs to, as the law fixes it: art. 18 lists the information whose access
 * may harm the rights of persons (intimidad; vida, salud o seguridad; secretos comerciales, industriales y
 * profesionales) — información pública clasificada (art. 6 c); art. 19 the information whose access may
 * harm public interests, its parágrafo the deliberative process — información pública reservada (art. 6 d).
 */
export const ACCESS_EXCEPTION_OF_GROUND: Readonly<Record<AccessDenialGround, AccessException>> = {
  PRIVACY: 'CLASSIFIED',
  LIFE_HEALTH_SAFETY: 'CLASSIFIED',
  TRADE_SECRETS: 'CLASSIFIED',
  NATIONAL_DEFENSE: 'RESERVED',
  PUBLIC_SAFETY: 'RESERVED',
  INTERNATIONAL_RELATIONS: 'RESERVED',
  CRIME_PREVENTION: 'RESERVED',
  DUE_PROCESS: 'RESERVED',
  ADMINISTRATION_OF_JUSTICE: 'RESERVED',
  CHILDREN_RIGHTS: 'RESERVED',
  MACROECONOMIC_STABILITY: 'RESERVED',
  PUBLIC_HEALTH: 'RESERVED',
  DELIBERATIVE_PROCESS: 'RESERVED',
};

/** What an answer or draft says about a denial, as the command gives it. */
export interface AccessDenialInput {
  readonly accessDenialGround?: unknown;
  readonly accessDenialDetail?: string | null;
  readonly accessException?: unknown;
  readonly accessDenialProvision?: string | null;
  readonly accessDenialHarm?: string | null;
  readonly publicVersionDelivered?: boolean | null;
}

export type CompleteAccessDenial = AccessDenialFacts & AccessDenialCompleteness;

/** What a grant, or the answer to any other kind, records of a denial: nothing. */
const NO_DENIAL: CompleteAccessDenial = {
  accessDenialGround: null,
  accessDenialDetail: null,
  accessException: null,
  accessDenialProvision: null,
  accessDenialHarm: null,
  publicVersionDelivered: null,
};

/**
 * The denial's facts when the decision withholds information, in whole or in part, each one required;
 * with any other decision none of them may be given, so nothing is recorded that the answer does not apply.
 */
export function accessDenialOf(
  accessDecision: AccessDecision | null,
  data: AccessDenialInput,
): CompleteAccessDenial | DomainError {
  const withholds = accessDecision !== null && ACCESS_DECISIONS_WITH_GROUND.includes(accessDecision);
  const ground = data.accessDenialGround ?? null;
  const detail = trimmedOrNull(data.accessDenialDetail);
  const exception = data.accessException ?? null;
  const provision = trimmedOrNull(data.accessDenialProvision);
  const harm = trimmedOrNull(data.accessDenialHarm);
  const publicVersion = data.publicVersionDelivered ?? null;
  if (!withholds) {
    const given = (
      [
        ['accessDenialGround', ground],
        ['accessDenialDetail', detail],
        ['accessException', exception],
        ['accessDenialProvision', provision],
        ['accessDenialHarm', harm],
        ['publicVersionDelivered', publicVersion],
      ] as const
    ).find(([, value]) => value !== null);
    if (given === undefined) return NO_DENIAL;
    return refuse(
      'ACCESS_DENIAL_GROUND_NOT_APPLICABLE',
      'El fundamento legal, la excepción, la norma, el daño y la versión pública solo se registran cuando la respuesta niega el acceso, total o parcialmente.',
      given[0],
    );
  }
  if (!isOneOf(ACCESS_DENIAL_GROUNDS, ground)) {
    return refuse(
      'ACCESS_DENIAL_GROUND_REQUIRED',
      'Indique el fundamento legal de la negación del acceso: una de las excepciones de los artículos 18 y 19 de la Ley 1712 de 2014.',
      'accessDenialGround',
    );
  }
  const fixedException = ACCESS_EXCEPTION_OF_GROUND[ground];
  if (exception !== null && (!isOneOf(ACCESS_EXCEPTIONS, exception) || exception !== fixedException)) {
    return refuse(
      'ACCESS_EXCEPTION_MISMATCH',
      fixedException === 'CLASSIFIED'
        ? 'Ese fundamento es una excepción del artículo 18 de la Ley 1712 de 2014: la información es clasificada, no reservada.'
        : 'Ese fundamento es una excepción del artículo 19 de la Ley 1712 de 2014: la información es reservada, no clasificada.',
      'accessException',
    );
  }
  if (provision === null) {
    return refuse(
      'ACCESS_DENIAL_PROVISION_REQUIRED',
      'Indique la norma constitucional o legal que establece la excepción invocada: la decisión que niega el acceso cita con precisión las disposiciones que impiden la entrega (Ley 1755 de 2015, art. 25; Ley 1712 de 2014, art. 28).',
      'accessDenialProvision',
    );
  }
  if (harm === null) {
    return refuse(
      'ACCESS_DENIAL_HARM_REQUIRED',
      'Explique el daño presente, probable y específico que causaría entregar la información: la entidad carga con su prueba (Ley 1712 de 2014, art. 28).',
      'accessDenialHarm',
    );
  }
  if (publicVersion === null) {
    return refuse(
      'PUBLIC_VERSION_ANSWER_REQUIRED',
      'Indique si se entregó una versión pública de la parte no protegida por la excepción (Ley 1712 de 2014, art. 21).',
      'publicVersionDelivered',
    );
  }
  if (accessDecision === 'PARTIALLY_GRANTED' && !publicVersion) {
    return refuse(
      'PUBLIC_VERSION_REQUIRED',
      'Un acceso concedido parcialmente entrega una versión pública que reserva solo la parte indispensable (Ley 1712 de 2014, art. 21).',
      'publicVersionDelivered',
    );
  }
  if (accessDecision === 'DENIED' && publicVersion) {
    return refuse(
      'PUBLIC_VERSION_WITH_TOTAL_DENIAL',
      'Si se entregó una versión pública del resto, el acceso se concedió parcialmente: registre la decisión como acceso concedido parcialmente.',
      'publicVersionDelivered',
    );
  }
  return {
    accessDenialGround: ground,
    accessDenialDetail: detail,
    accessException: fixedException,
    accessDenialProvision: provision,
    accessDenialHarm: harm,
    publicVersionDelivered: publicVersion,
  };
}

function trimmedOrNull(text: string | null | undefined): string | null {
  return isBlank(text) ? null : text!.trim();
}

/** The exceptions as the answer form, the case page and the access report name them. */
export const ACCESS_EXCEPTION_LABELS: Readonly<Record<AccessException, string>> = {
  CLASSIFIED: 'Información clasificada (Ley 1712 de 2014, art. 18)',
  RESERVED: 'Información reservada (Ley 1712 de 2014, art. 19)',
};
