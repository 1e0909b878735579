// A person's record as its facts leave it: whether it was erased, and the last version a change recorded.
import type { PersonEvent } from './events.js';

export interface PersonState {
  readonly erased: boolean;
  /** The highest version a PersonalDataChanged recorded; 0 before any (the first version is no change). */
  readonly lastRecordedVersion: number;
}

export const initialPersonState: PersonState = { erased: false, lastRecordedVersion: 0 };

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  switch (event.type) {
    case 'PersonalDataChanged':
      return { ...state, lastRecordedVersion: Math.max(state.lastRecordedVersion, event.data.version) };
    case 'PersonalDataErased':
      return { ...state, erased: true };
    default: {
      const _exhaustive: never = event;
      void _exhaustive;
      return state;
    }
  }
}
