// What the staff client says of finding cases by the petitioner. The server finds a case by the
// petitioner's name or document only where the role sees the petitioner (personSearchScopeOf in
// src/personal-data/personal-data-masking.ts): every case for administrators and coordinators, an agent's
// own cases, none for an auditor. The search boxes say what they will search for the role at hand. Pure.
import type { Role } from '../graphql/generated/graphql.js';
import { primaryRole } from './roles.js';

export type PetitionerSearchReach = 'ALL_CASES' | 'OWN_CASES' | 'NONE';

export function petitionerSearchReachOf(roles: readonly Role[]): PetitionerSearchReach {
  switch (primaryRole(roles)) {
    case 'ADMIN':
    case 'COORDINATOR':
      return 'ALL_CASES';
    case 'AGENT':
      return 'OWN_CASES';
    default:
      return 'NONE';
  }
}

export interface SearchBoxText {
  readonly label: string;
  readonly hint: string;
}

/** The Bandeja's search box, as the role will be answered. */
export function inboxSearchTextOf(roles: readonly Role[]): SearchBoxText {
  switch (petitionerSearchReachOf(roles)) {
    case 'ALL_CASES':
      return {
        label: 'Buscar por radicado, asunto o peticionario',
        hint: 'Palabras del asunto o del nombre del peticionario, o su comienzo («petic inform», «diaz yol»); o su número de documento completo, con o sin puntos.',
      };
    case 'OWN_CASES':
      return {
        label: 'Buscar por radicado, asunto o peticionario',
        hint: 'Palabras del asunto o su comienzo («petic inform»). Por el nombre o el documento completo del peticionario, solo en sus casos (asignados o radicados por usted).',
      };
    case 'NONE':
      return {
        label: 'Buscar por radicado o asunto',
        hint: 'Palabras del asunto o su comienzo: «petic inform» encuentra «Petición de información». Su rol no busca por el peticionario: no ve sus datos personales.',
      };
  }
}

/** Whether the event log's search offers the petitioner (the server refuses it to the others). */
export function mayFindEventsByPetitioner(roles: readonly Role[]): boolean {
  return petitionerSearchReachOf(roles) !== 'NONE';
}
