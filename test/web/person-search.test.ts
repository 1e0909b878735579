// What the search boxes say of finding cases by the petitioner, role by role: the same reach the server
// gives (personSearchScopeOf), so no box promises a search its role will not get.
import type { Role } from '../../web/src/graphql/generated/graphql.js';
import {
  inboxSearchTextOf,
  mayFindEventsByPetitioner,
  petitionerSearchReachOf,
} from '../../web/src/logic/person-search.js';
import { personSearchScopeOf } from '../../src/personal-data/personal-data-masking.js';

const ROLES: readonly Role[] = ['ADMIN', 'COORDINATOR', 'AGENT', 'AUDITOR'];

describe('finding cases by the petitioner, as the screens say it', () => {
  it.each(ROLES)('gives %s the reach the server gives', (role) => {
    expect(petitionerSearchReachOf([role])).toBe(personSearchScopeOf({ id: 'u-1', role }).kind);
  });

  it('takes the reach of the role the server works in, the first by precedence', () => {
    expect(petitionerSearchReachOf(['AUDITOR', 'COORDINATOR'])).toBe('ALL_CASES');
    expect(petitionerSearchReachOf(['AUDITOR', 'AGENT'])).toBe('OWN_CASES');
  });

  it('names the petitioner in the Bandeja’s box only for the roles it searches them for', () => {
    expect(inboxSearchTextOf(['COORDINATOR']).label).toBe('Buscar por radicado, asunto o peticionario');
    expect(inboxSearchTextOf(['AGENT']).hint).toMatch(/solo en sus casos/);
    expect(inboxSearchTextOf(['AUDITOR'])).toEqual({
      label: 'Buscar por radicado o asunto',
      hint: expect.stringMatching(/Su rol no busca por el peticionario/),
    });
  });

  it('offers the event log’s search by petitioner to administrators, not to auditors', () => {
    expect(mayFindEventsByPetitioner(['ADMIN'])).toBe(true);
    expect(mayFindEventsByPetitioner(['AUDITOR'])).toBe(false);
  });
});
