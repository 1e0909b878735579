// The one door through which staff find people by name or document number (the vault's keyed terms),
// within what their role may see of them (personSearchScopeOf): the ids of the people, never their data.
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../domain/shared/decider.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from './personal-data-store.js';
import { personSearchScopeOf, type PersonSearchScope } from './personal-data-masking.js';

export interface PeopleFound {
  /** Whose records the people may be looked for in: see personSearchScopeOf. */
  readonly scope: Exclude<PersonSearchScope, { kind: 'NONE' }>;
  readonly personIds: readonly string[];
  /** More people matched than the limit allowed. */
  readonly truncated: boolean;
}

@Injectable()
export class PersonSearch {
  constructor(@Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore) {}

  /** Whether this staff member may find records by a person's name or document at all. */
  allowedFor(actor: Actor): boolean {
    return personSearchScopeOf(actor).kind !== 'NONE';
  }

  /**
   * The people whose name or document the query names, with the scope the actor may look for them in;
   * null for a role that may find no one (the vault is not even asked).
   */
  async peopleNamedBy(actor: Actor, query: string, limit: number): Promise<PeopleFound | null> {
    const scope = personSearchScopeOf(actor);
    if (scope.kind === 'NONE') return null;
    const { personIds, truncated } = await this.vault.findPeople(query, { limit });
    return { scope, personIds, truncated };
  }
}
