// The personal-data port (Ley 1581 de 2012, habeas data): the one place a petitioner's name, document
// and contact data live. Events and read models name people by id only; erasing a person here makes
// them unreadable everywhere while the event log stays whole (crypto-shredding).

export interface PetitionerData {
  readonly name: string;
  readonly documentType: string;
  readonly documentNumber: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
}

/**
 * What `get` answers for a person whose data was erased. Distinct from `null` (never known) because
 * screens and reports must say "dato personal suprimido" rather than pretend the person never existed.
 */
export const ERASED = 'ERASED' as const;
export type Erased = typeof ERASED;

export type PersonalDataLookup = PetitionerData | Erased;

export function isErased(lookup: PersonalDataLookup | null | undefined): lookup is Erased {
  return lookup === ERASED;
}

export interface PersonalDataStore {
  /** Creates or replaces the person's record. Refuses an erased id: erasure is final (`PersonErasedError`). */
  save(personId: string, data: PetitionerData): Promise<void>;
  /** The person's data, `ERASED` after `erase`, or null for an id never saved. */
  get(personId: string): Promise<PersonalDataLookup | null>;
  /** Like `get` for many ids at once; ids never saved are absent from the map. */
  getMany(personIds: readonly string[]): Promise<Map<string, PersonalDataLookup>>;
  /**
   * The id already given to this document, so a returning petitioner keeps one id; null when unknown
   * or erased. Looks up a keyed blind index, never the plain number.
   */
  findByDocument(documentType: string, documentNumber: string): Promise<string | null>;
  /** Destroys the person's key (and document index entry): their record can never be read again. Idempotent. */
  erase(personId: string): Promise<void>;
  close(): Promise<void>;
}

export const PERSONAL_DATA_STORE = Symbol('PersonalDataStore');

/** A save for a person whose data was erased: a new record needs a new id (and new consent). */
export class PersonErasedError extends Error {
  constructor(readonly personId: string) {
    super(
      `Los datos personales de ${personId} fueron suprimidos y no pueden volver a registrarse con ese id.`,
    );
    this.name = 'PersonErasedError';
  }
}

/**
 * The document-type and number a blind index is computed over: case, spaces, dots and hyphens do not
 * make a different person ("CC 1.023.456-789" is "CC 1023456789").
 */
export function normalizeDocument(documentType: string, documentNumber: string): string {
  const type = documentType.trim().toUpperCase();
  const number = documentNumber
    .normalize('NFKC')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
  // The separator keeps ("C", "C1") and ("CC", "1") apart.
  return `${type}\u0000${number}`;
}
