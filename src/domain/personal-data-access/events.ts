// Who saw whose personal data unmasked, when and why: one fact per request that showed any, listing every
// person it showed. Stored in one stream per staff member and day (`personal-data-access-<user>-<date>`),
// so concurrent readers seldom share a stream and none grows without bound.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate } from '../shared/time.js';

export const PERSONAL_DATA_ACCESS_STREAM_PREFIX = 'personal-data-access-';

/** The instance of a staff member's accesses on one day (Bogotá). */
export const personalDataAccessLogIdOf = (actorId: string, day: CalendarDate): string => `${actorId}-${day}`;
export const personalDataAccessStreamOf = (logId: string): string =>
  `${PERSONAL_DATA_ACCESS_STREAM_PREFIX}${logId}`;

/**
 * CASE_WORK: shown because the role may see it there (coordinators and administrators; an agent on the
 * cases assigned to them or filed by them). REVEAL: an auditor's explicit reveal, with a reason.
 * FILE_DOWNLOAD: a staff member downloaded a file that is someone's personal data (a scanned document).
 */
export const ACCESS_PURPOSES = ['CASE_WORK', 'REVEAL', 'FILE_DOWNLOAD'] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

/** A person whose data were shown: which version, and on which record (a radicado, an affiliation). */
export interface AccessedPerson {
  readonly personId: string;
  readonly version: number;
  readonly reference: string | null;
}

export type PersonalDataViewed = DomainEvent<
  'PersonalDataViewed',
  {
    readonly purpose: AccessPurpose;
    readonly people: readonly AccessedPerson[];
    /**
     * The reveal's reason, kept in the personal-data vault under the revealed person's key (a reason may
     * name people, so it never enters the log in clear); null for case work.
     */
    readonly reasonTextId: string | null;
  }
>;

/** A staff member downloaded a file that is its owner's personal data: whose, which file, which bytes. */
export type PersonalFileDownloaded = DomainEvent<
  'PersonalFileDownloaded',
  {
    /** The owner in the personal-data vault: a person, or an anonymous filing's own owner. */
    readonly ownerId: string;
    readonly attachmentId: string;
    /** The SHA-256 of the bytes served. */
    readonly sha256: string;
  }
>;

export type PersonalDataAccessEvent = PersonalDataViewed | PersonalFileDownloaded;

export const PERSONAL_DATA_ACCESS_EVENT_SCHEMA_VERSIONS: Readonly<
  Record<PersonalDataAccessEvent['type'], number>
> = { PersonalDataViewed: 1, PersonalFileDownloaded: 1 };
