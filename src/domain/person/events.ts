// The facts of a person's record in the personal-data vault, stored in the stream `person-<id>`: a change
// of their data (which fields, never the values) and the erasure of it all (habeas data, Ley 1581 de
// 2012). The data themselves never enter the log: the vault keeps every version under the person's key.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';

export const PERSON_STREAM_PREFIX = 'person-';
export const personStreamOf = (personId: string): string => `${PERSON_STREAM_PREFIX}${personId}`;

/** The fields of a person's data, as a change names them. */
export const PERSONAL_DATA_FIELDS = [
  'name',
  'documentType',
  'documentNumber',
  'email',
  'phone',
  'address',
] as const;
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

/**
 * The series of the tabla de retención documental a person's records belong to: each keeps its records
 * (and so the personal data they name) for its own number of years after its last step.
 */
export const RECORD_SERIES = ['PQRS', 'AFFILIATION', 'SURVEY'] as const;
export type RecordSeries = (typeof RECORD_SERIES)[number];

/** Why personal data are erased: the grounds of Ley 1581 de 2012 an erasure rests on. */
export const ERASURE_LEGAL_BASES = [
  'HOLDER_REQUEST',
  'CONSENT_REVOKED',
  'PURPOSE_FULFILLED',
  'AUTHORITY_ORDER',
] as const;
export type ErasureLegalBasis = (typeof ERASURE_LEGAL_BASES)[number];

export type PersonalDataChanged = DomainEvent<
  'PersonalDataChanged',
  {
    readonly personId: string;
    /** The vault version that holds the data now; the earlier ones stay in the vault, and cases keep theirs. */
    readonly version: number;
    readonly previousVersion: number;
    /** Which fields differ from the previous version: their names, never their values. */
    readonly changedFields: readonly PersonalDataField[];
  }
>;

/** A record of the person's, as the erasure checked it against the retention table. */
export interface CheckedRecord {
  readonly series: RecordSeries;
  /** The radicado, affiliation or survey response id: no personal data. */
  readonly reference: string;
}

export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  {
    readonly personId: string;
    readonly legalBasis: ErasureLegalBasis;
    /** The number of the holder's request or of the order (a radicado, an oficio): never a name. */
    readonly requestReference: string;
    readonly erasedAt: Instant;
    readonly erasedOn: CalendarDate;
    readonly recordsChecked: readonly CheckedRecord[];
  }
>;

export type PersonEvent = PersonalDataChanged | PersonalDataErased;
export type PersonEventType = PersonEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const PERSON_EVENT_SCHEMA_VERSIONS: Readonly<Record<PersonEventType, number>> = {
  PersonalDataChanged: 1,
  PersonalDataErased: 1,
};
