// How a free text kept in the personal-data vault is named where the text itself may not go (the event
// log, the read models): `vault-text:<id>`. Readers reveal a reference through PersonalTexts; a value that
// is not a reference is a text stored in clear before texts were sealed, and reads as itself.

const PREFIX = 'vault-text:';
const REFERENCE = /^vault-text:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function textReferenceOf(textId: string): string {
  return `${PREFIX}${textId}`;
}

/** The vault's id of the text a value refers to; null for anything else (a text stored in clear). */
export function textIdOf(value: string): string | null {
  return REFERENCE.exec(value)?.[1] ?? null;
}

/** What a reader sees of a text whose owner was erased (Ley 1581 de 2012). */
export const ERASED_TEXT = 'Texto suprimido: los datos personales de su titular fueron borrados.';

/** What a reader sees of a reference the vault does not know (a vault restored from an older copy). */
export const MISSING_TEXT = 'Texto no disponible en el almacén de datos personales.';
