// Where a campaign, visit or fair takes place: one of the 116 municipalities of Cundinamarca, named by its
// DANE DIVIPOLA code, so "Zipaquirá", "zipaquira" and "Zipaquirá (Cund.)" are one place in the statistics.
// The list itself is data, with its sources, in ./reference-data/cundinamarca-municipalities.ts (not under
// a data/ folder: .gitignore keeps that name for the app's data); this module is the look-up over it.
import { CUNDINAMARCA_MUNICIPALITY_ROWS } from './reference-data/cundinamarca-municipalities.js';

/** DANE's two-digit code of the department of Cundinamarca, the first two digits of every code here. */
export const CUNDINAMARCA_DEPARTMENT_CODE = '25';

export interface Municipality {
  /** The five-digit DIVIPOLA code, `25` + three digits, kept as text: its leading digits matter. */
  readonly code: string;
  /** The official name as DANE writes it, accents included. */
  readonly name: string;
}

export const CUNDINAMARCA_MUNICIPALITIES: readonly Municipality[] = Object.freeze(
  CUNDINAMARCA_MUNICIPALITY_ROWS.map(([code, name]) => Object.freeze({ code, name })),
);

const BY_CODE: ReadonlyMap<string, Municipality> = new Map(
  CUNDINAMARCA_MUNICIPALITIES.map((municipality) => [municipality.code, municipality]),
);

/** The municipality with that DIVIPOLA code; null for any other text (a code elsewhere, a name, a typo). */
export function municipalityByCode(code: string): Municipality | null {
  return BY_CODE.get(code) ?? null;
}

/** Whether the text is exactly the DIVIPOLA code of a municipality of Cundinamarca. */
export function isCundinamarcaMunicipalityCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

/** The name for a code, for screens and reports; the code itself when it is not one of the list. */
export function municipalityName(code: string): string {
  return municipalityByCode(code)?.name ?? code;
}
