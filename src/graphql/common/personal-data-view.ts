// What the GraphQL schema shows of a person from the personal-data store: their data, or nulls with
// `erased` telling a suppressed person (Ley 1581 de 2012) from one never known.
import { isErased, type PersonalDataLookup } from '../../personal-data/personal-data-store.js';

/** The fields shared by the Petitioner and Applicant object types. */
export interface PersonalDataView {
  readonly id: string;
  readonly erased: boolean;
  readonly name: string | null;
  readonly documentType: string | null;
  readonly documentNumber: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
}

export function personalDataViewOf(personId: string, lookup: PersonalDataLookup | null): PersonalDataView {
  if (lookup === null || isErased(lookup)) {
    return {
      id: personId,
      erased: isErased(lookup),
      name: null,
      documentType: null,
      documentNumber: null,
      email: null,
      phone: null,
      address: null,
    };
  }
  return { id: personId, erased: false, ...lookup };
}
