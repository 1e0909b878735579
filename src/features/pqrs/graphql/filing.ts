// What the staff intake form and the Ventanilla virtual share when they file a case: the person's data
// as the vault keeps them, the person-type rules about who must be named, and the contact the answer
// channel needs. The domain decides the rest (anonymous kinds, consent, the term).
import type { AnswerChannel, PersonType } from '../../../domain/pqrs/events.js';
import { BadUserInput } from '../../../engine/application-errors.js';
import type { PetitionerData } from '../../../personal-data/personal-data-store.js';
import type { PetitionerInput } from '../../../personal-data/personal-data-view.js';

/**
 * The petitioner's data to keep, or null for an anonymous filing; refuses (on `field`) a person given with
 * an anonymous filing, a missing one otherwise, and an answer channel without the contact it needs.
 */
export function petitionerOf(
  personType: PersonType,
  person: PetitionerInput | null | undefined,
  answerChannel: AnswerChannel | null | undefined,
  field: string,
): PetitionerData | null {
  if (personType === 'ANONYMOUS') {
    if (person) {
      throw new BadUserInput(field, 'Una radicación anónima no lleva datos de quien la presenta.');
    }
    return null;
  }
  if (!person) throw new BadUserInput(field, 'Faltan los datos de quien presenta la solicitud.');
  const data: PetitionerData = {
    name: person.name.trim(),
    documentType: person.documentType.trim().toUpperCase(),
    documentNumber: person.documentNumber.trim(),
    email: person.email?.trim() || null,
    phone: person.phone?.trim() || null,
    address: person.address?.trim() || null,
  };
  if (answerChannel === 'EMAIL' && data.email === null) {
    throw new BadUserInput(
      `${field}.email`,
      'Para recibir la respuesta por correo electrónico, indique el correo.',
    );
  }
  if (answerChannel === 'POSTAL' && data.address === null) {
    throw new BadUserInput(
      `${field}.address`,
      'Para recibir la respuesta en una dirección postal, indique la dirección.',
    );
  }
  return data;
}
