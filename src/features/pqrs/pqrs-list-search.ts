// The Bandeja's filter as the case list applies it: the filter's own fields, and what its text names
// beyond the radicado — the sealed subjects holding it (the vault's text search) and the petitioners it
// names within the caller's right to find them (personSearchScopeOf). The list (pqrsList) and its export
// both read the cases through this, so a file holds exactly the cases the screen lists.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput } from '../../engine/application-errors.js';
import type { CommandOrigin } from '../../engine/commands/command-metadata.js';
import { PersonalTexts } from '../../personal-data/personal-texts.js';
import { PersonSearch } from '../../personal-data/person-search.js';
import type { PetitionersNamed, PqrsListFilter } from './read-models/pqrs-queries.js';

/** The most cases a text search may find by subject before it asks for more words. */
const SUBJECT_SEARCH_LIMIT = 2000;
/** The most people a text search may find by name before it asks for more words. */
const PETITIONER_SEARCH_LIMIT = 2000;

/** The filter a client sends: what the vault's searches add is found here, never taken from it. */
export type PqrsListFilterFields = Omit<PqrsListFilter, 'subjectReferences' | 'petitioners'>;

@Injectable()
export class PqrsListSearch {
  constructor(
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(PersonSearch) private readonly people: PersonSearch,
  ) {}

  /** The filter PqrsQueries.list applies for this caller. */
  async filterOf(
    filter: PqrsListFilterFields | null | undefined,
    origin: CommandOrigin,
  ): Promise<PqrsListFilter> {
    const text = filter?.text?.trim() ? filter.text : null;
    const [subjectReferences, petitioners] =
      text === null
        ? [null, null]
        : await Promise.all([this.subjectsHolding(text), this.petitionersNamed(text, origin)]);
    return { ...filter, subjectReferences, petitioners };
  }

  /**
   * The petitioners the text names, within the caller's right to see them; null for a role that may not
   * find cases by the person (an auditor). For such a role the words still search radicados and subjects:
   * the one search box cannot tell a name from a subject word ("Rosa", "Paz"), so refusing would refuse
   * subject searches, and refusing only when a petitioner matched would itself tell who filed.
   */
  private async petitionersNamed(text: string, origin: CommandOrigin): Promise<PetitionersNamed | null> {
    const found = await this.people.peopleNamedBy(origin.actor, text, PETITIONER_SEARCH_LIMIT);
    if (found === null) return null;
    if (found.truncated) {
      throw new BadUserInput(
        'text',
        `Más de ${PETITIONER_SEARCH_LIMIT.toLocaleString('es-CO')} peticionarios tienen esas palabras en el nombre: precise la búsqueda.`,
      );
    }
    return {
      personIds: found.personIds,
      onlyCasesOf: found.scope.kind === 'OWN_CASES' ? found.scope.staffMemberId : null,
    };
  }

  /** The sealed subjects holding every word of the text, as the vault's search finds them. */
  private async subjectsHolding(text: string): Promise<readonly string[]> {
    const { references, truncated } = await this.texts.search(text, SUBJECT_SEARCH_LIMIT);
    if (truncated) {
      throw new BadUserInput(
        'text',
        `Más de ${SUBJECT_SEARCH_LIMIT.toLocaleString('es-CO')} casos tienen esas palabras en el asunto: precise la búsqueda.`,
      );
    }
    return references;
  }
}
