// A survey instrument as its events leave it: a union on `status` keeping every version, since a
// response is validated against the version the respondent filled in, not only the latest.
import type { Instant } from '../shared/time.js';
import type { InstrumentVersionData, SurveyInstrumentEvent } from './events.js';

export const SURVEY_INSTRUMENT_STATUSES = ['NOT_CREATED', 'ACTIVE', 'RETIRED'] as const;
export type SurveyInstrumentStatus = (typeof SURVEY_INSTRUMENT_STATUSES)[number];

export interface InstrumentVersion extends InstrumentVersionData {
  readonly issuedAt: Instant;
}

export interface NotCreatedInstrument {
  readonly status: 'NOT_CREATED';
}

export interface InstrumentRecord {
  readonly instrumentId: string;
  readonly createdAt: Instant;
  /** Every version issued, oldest first; the last one is current. */
  readonly versions: readonly InstrumentVersion[];
}

export interface ActiveInstrument extends InstrumentRecord {
  readonly status: 'ACTIVE';
}

export interface RetiredInstrument extends InstrumentRecord {
  readonly status: 'RETIRED';
  readonly retiredAt: Instant;
}

export type SurveyInstrumentState = NotCreatedInstrument | ActiveInstrument | RetiredInstrument;

export const initialSurveyInstrumentState: SurveyInstrumentState = { status: 'NOT_CREATED' };

export function currentVersionOf(instrument: InstrumentRecord): InstrumentVersion {
  return instrument.versions[instrument.versions.length - 1]!;
}

export function versionOf(instrument: InstrumentRecord, version: number): InstrumentVersion | null {
  return instrument.versions.find((candidate) => candidate.version === version) ?? null;
}

/**
 * Folds one event into the instrument. The event is a fact: nothing is validated and nothing thrown; an
 * event that cannot apply to the state (which decide never produces) leaves the state as it was.
 */
export function evolveSurveyInstrument(
  state: SurveyInstrumentState,
  event: SurveyInstrumentEvent,
): SurveyInstrumentState {
  switch (event.type) {
    case 'InstrumentCreated': {
      const { instrumentId, createdAt, version, name, questions, satisfactionThreshold } = event.data;
      return {
        status: 'ACTIVE',
        instrumentId,
        createdAt,
        versions: [{ version, name, questions, satisfactionThreshold, issuedAt: createdAt }],
      };
    }
    case 'InstrumentRevised': {
      if (state.status !== 'ACTIVE') return state;
      const { version, name, questions, satisfactionThreshold, revisedAt } = event.data;
      return {
        ...state,
        versions: [
          ...state.versions,
          { version, name, questions, satisfactionThreshold, issuedAt: revisedAt },
        ],
      };
    }
    case 'InstrumentRetired': {
      if (state.status !== 'ACTIVE') return state;
      return { ...state, status: 'RETIRED', retiredAt: event.data.retiredAt };
    }
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
