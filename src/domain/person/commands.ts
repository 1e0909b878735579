// What the command path asks of a person's record. The moment and the actor arrive in the DecisionContext;
// what the domain cannot know (the person's records, the retention table) the look-ups put in the command.
import type { CalendarDate } from '../shared/time.js';
import type { ErasureLegalBasis, PersonalDataField, RecordSeries } from './events.js';

/** Recorded by the command path when a filing brings data that differ from the person's last version. */
export type RecordPersonalDataChange = {
  readonly type: 'RecordPersonalDataChange';
  readonly data: {
    readonly personId: string;
    readonly version: number;
    readonly previousVersion: number;
    readonly changedFields: readonly PersonalDataField[];
  };
};

/** A record of the person's as the look-ups found it (a case, an affiliation, a survey response). */
export interface PersonalRecord {
  readonly series: RecordSeries;
  readonly reference: string;
  /** Still in course: a case not finished, an affiliation in review or in force. */
  readonly open: boolean;
  /** Where it stands, as a refusal says it ("radicada", "en revisión"). */
  readonly statusInSentence: string;
  /** The day of its last step (Bogotá): the retention period counts from it. */
  readonly lastActivityOn: CalendarDate;
}

export type ErasePersonalData = {
  readonly type: 'ErasePersonalData';
  readonly data: {
    readonly personId: string;
    readonly legalBasis: ErasureLegalBasis;
    readonly requestReference: string;
    /** Every record that names the person (filled by the look-ups). */
    readonly records: readonly PersonalRecord[];
    /** Years each series is kept after its last step (the configured tabla de retención documental). */
    readonly retentionYears: Readonly<Partial<Record<RecordSeries, number>>>;
  };
};

export type PersonCommand = RecordPersonalDataChange | ErasePersonalData;
