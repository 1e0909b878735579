// The personal-data port (Ley 1581 de 2012, habeas data): the one place a person's name, document, contact
// data and the free texts that may name them live, each owner's sealed under their own key. Events and
// read models name people and texts by id only. A person's data are never overwritten: each different
// filing adds a version, and a case names the version it was filed with. Erasing an owner destroys their
// key, every version, their document index entry, their name and document search terms and their texts
// (and their search terms), while the event log stays whole.
import { PERSONAL_DATA_FIELDS, type PersonalDataField } from '../domain/person/events.js';

export interface PetitionerData {
  readonly name: string;
  readonly documentType: string;
  readonly documentNumber: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
}

/**
 * What a read answers for an erased owner's data or text. Distinct from `null` (never known) because
 * screens and reports must say "dato personal suprimido" rather than pretend the person never existed.
 */
export const ERASED = 'ERASED' as const;
export type Erased = typeof ERASED;

export type PersonalDataLookup = PetitionerData | Erased;
/** A text as read: an object, so no text (not even the word "ERASED") can pass for an erased one. */
export type TextLookup = { readonly text: string } | Erased;

export function isErased(lookup: unknown): lookup is Erased {
  return lookup === ERASED;
}

/** One version of one person's data. */
export interface PersonVersionRef {
  readonly personId: string;
  readonly version: number;
}

/** The key `getVersions` answers a version under. */
export function versionKeyOf({ personId, version }: PersonVersionRef): string {
  return `${personId}@${version}`;
}

/** What keeping a person's data gave. */
export interface RecordedVersion {
  /** The version that holds these data: a new one when they differ from the last, else the last. */
  readonly version: number;
  /** The version before it; null for a person's first. */
  readonly previousVersion: number | null;
  /** The fields that differ from the previous version (empty for a first version). */
  readonly changedFields: readonly PersonalDataField[];
  /**
   * Whether the change is already recorded in the log. A first version needs no record; a change stays
   * unlogged until `markVersionLogged`, so a filing interrupted between the two records it on its retry
   * (or the next filing with the same data), never silently.
   */
  readonly logged: boolean;
}

export interface StoreTextOptions {
  /** An id chosen by the caller (derived from the command id), so a retried command stores nothing twice. */
  readonly textId?: string;
  /** Index the text's words for `searchTexts` (keyed hashes only; see the adapter). */
  readonly searchable?: boolean;
}

export interface StoredText {
  readonly textId: string;
  /** The owner the text is sealed under: the person given, or a new owner of its own. */
  readonly ownerId: string;
}

export interface TextSearchResult {
  /** Ids of the texts holding every word of the query (as a word or the start of one), newest first. */
  readonly textIds: readonly string[];
  /** More texts matched than the limit allowed. */
  readonly truncated: boolean;
}

export interface PersonSearchResult {
  /** Ids of the people found by name or document number (see `findPeople`). */
  readonly personIds: readonly string[];
  /** More people matched than the limit allowed. */
  readonly truncated: boolean;
}

/** What an erasure removed, for the one who asked. */
export interface ErasureOutcome {
  readonly ownerId: string;
  readonly versionsErased: number;
  readonly textsErased: number;
}

export interface PersonalDataStore {
  /**
   * The id already given to this document, so a returning person keeps one id; null when unknown or
   * erased. Looks up a keyed blind index, never the plain number.
   */
  findByDocument(documentType: string, documentNumber: string): Promise<string | null>;
  /**
   * The person whose current data carry this e-mail address (the one who used it last, when several
   * did); null when unknown or erased. Like the document, looked up by a keyed blind index, never the
   * plain address. How the office's mailbox finds who wrote.
   */
  findByEmail(email: string): Promise<string | null>;
  /**
   * Keeps the data as the person's current version: a new version when they differ from the last (or
   * the first, for a new person), none when they are the same. `recordedBy` (the command id) makes a
   * retry answer the version its first attempt recorded. Refuses an erased id (`PersonErasedError`).
   */
  recordVersion(
    personId: string,
    data: PetitionerData,
    options: { readonly recordedBy: string },
  ): Promise<RecordedVersion>;
  /** The change to this version is now recorded in the log. */
  markVersionLogged(personId: string, version: number): Promise<void>;
  /** One version (the latest when none is named); `ERASED` after erasure; null when never saved. */
  get(personId: string, version?: number): Promise<PersonalDataLookup | null>;
  /** Many versions at once, keyed by `versionKeyOf`; versions never saved are absent from the map. */
  getVersions(refs: readonly PersonVersionRef[]): Promise<Map<string, PersonalDataLookup>>;
  /** Whether the vault knows this owner: 'ERASED' once erased, null when never known. */
  statusOf(ownerId: string): Promise<'LIVE' | Erased | null>;

  /**
   * Seals a free text under an owner's key: a person's (their texts go when they are erased), or, for
   * null, a new owner of its own (an anonymous filing's texts, erased together by that owner's id).
   */
  storeText(ownerId: string | null, text: string, options?: StoreTextOptions): Promise<StoredText>;
  /** Several texts under one owner at once (one write): a command's texts. In the order given. */
  storeTexts(
    ownerId: string | null,
    texts: readonly (StoreTextOptions & { readonly text: string })[],
  ): Promise<StoredText[]>;
  /** Many texts by id: the text, `ERASED` for an erased owner's; ids never stored are absent. */
  getTexts(textIds: readonly string[]): Promise<Map<string, TextLookup>>;
  /** Texts stored searchable that hold every word of the query (see the adapter for what matches). */
  searchTexts(query: string, options?: { readonly limit?: number }): Promise<TextSearchResult>;

  /**
   * The people a staff search names: those whose name (in any of their versions) holds every word of the
   * query as the start of one of its words ("yolanda", "díaz", "diaz yol"), and those whose document
   * number (of any type, any version) is the query, dots, spaces and hyphens aside ("99.000.001-47").
   * Looked up by keyed hashes, never by the plain name or number. Erased people are never found.
   */
  findPeople(query: string, options?: { readonly limit?: number }): Promise<PersonSearchResult>;

  /**
   * Destroys everything of the owner: key, every version, the document index entry, their texts and
   * search terms, leaving only a tombstone (id and moment) so reads answer ERASED. Idempotent.
   */
  erase(ownerId: string): Promise<ErasureOutcome>;
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
  // The separator keeps ("C", "C1") and ("CC", "1") apart.
  return `${type}\u0000${normalizeDocumentNumber(documentNumber)}`;
}

/**
 * A document number as indexes compare it: without the spaces, dots and hyphens Colombians write in it
 * ("99.000.001-47", "1 023 456 789") and in upper case (passports, PEP). A NIT's check digit is kept
 * when it was given: "900.123.456-7" is "9001234567".
 */
export function normalizeDocumentNumber(documentNumber: string): string {
  return documentNumber
    .normalize('NFKC')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
}

/** Whether the data name a document: a person known only by e-mail has none yet (to be collected). */
export function hasDocument(data: Pick<PetitionerData, 'documentType' | 'documentNumber'>): boolean {
  return data.documentType.trim() !== '' && data.documentNumber.trim() !== '';
}

/** The address a blind index is computed over: `Ana@Correo.CO ` is `ana@correo.co`. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** The fields in which two versions of a person's data differ. */
export function changedFieldsOf(before: PetitionerData, after: PetitionerData): PersonalDataField[] {
  return PERSONAL_DATA_FIELDS.filter((field) => (before[field] ?? null) !== (after[field] ?? null));
}
