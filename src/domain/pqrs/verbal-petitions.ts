// Verbal petitions (Decreto 1166 de 2016, compiled in Decreto 1069 de 2015, arts. 2.2.3.12.1 ff.): a
// petition made in person or by phone is radicated with its constancia, and may be answered the same way,
// the answer's written record kept in the case.
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isOneOf } from '../shared/input-checks.js';
import {
  ACCESS_DECISIONS_WITH_GROUND,
  VERBAL_ANSWER_MODES,
  type AccessDecision,
  type PqrsChannel,
  type VerbalAnswerMode,
} from './events.js';

/** The channels by which a petition is made verbally (art. 2.2.3.12.1: "en forma presencial o telefónica"). */
export const VERBAL_CHANNELS: readonly PqrsChannel[] = ['IN_PERSON', 'PHONE'];

export function isVerbalChannel(channel: PqrsChannel): boolean {
  return VERBAL_CHANNELS.includes(channel);
}

/**
 * How the answer was given by voice, or null for a written one. Only a verbal petition may be answered
 * verbally (the decree allows the answer in the form the petition took; a written petition gets a written
 * answer), and never a denial of access to information: it must be a motivated decision, citing the
 * provisions, notified to the petitioner (Ley 1755 de 2015, art. 25).
 */
export function verbalAnswerOf(
  petitionChannel: PqrsChannel,
  verbalAnswer: unknown,
  accessDecision: AccessDecision | null,
): VerbalAnswerMode | null | DomainError {
  if (verbalAnswer === null || verbalAnswer === undefined) return null;
  if (!isOneOf(VERBAL_ANSWER_MODES, verbalAnswer)) {
    return refuse(
      'INVALID_VERBAL_ANSWER',
      'La forma de la respuesta verbal no es válida: presencial o telefónica.',
      'verbalAnswer',
    );
  }
  if (!isVerbalChannel(petitionChannel)) {
    return refuse(
      'VERBAL_ANSWER_NEEDS_VERBAL_PETITION',
      'Solo una petición presentada verbalmente (presencial o por teléfono) puede responderse de forma verbal (Decreto 1166 de 2016).',
      'verbalAnswer',
    );
  }
  if (accessDecision !== null && ACCESS_DECISIONS_WITH_GROUND.includes(accessDecision)) {
    return refuse(
      'VERBAL_ACCESS_DENIAL',
      'La negación del acceso a la información es una decisión motivada que se notifica por escrito (Ley 1755 de 2015, art. 25): no puede darse de forma verbal.',
      'verbalAnswer',
    );
  }
  return verbalAnswer;
}

/** How a verbal answer was given, as the answer form offers it and the case page tells it. */
export const VERBAL_ANSWER_MODE_LABELS: Readonly<Record<VerbalAnswerMode, string>> = {
  IN_PERSON: 'Verbal, en persona',
  PHONE: 'Verbal, por teléfono',
};
