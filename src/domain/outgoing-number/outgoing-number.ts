// The outgoing number (radicado de salida) an answer letter carries: `SAL-<year>-<consecutive>`,
// consecutive per year and never reused, like the radicado a case gets at receipt.
export const OUTGOING_NUMBER_PREFIX = 'SAL';
export const OUTGOING_MAX_CONSECUTIVE = 999_999;
const CONSECUTIVE_DIGITS = 6;
const OUTGOING_NUMBER_PATTERN = /^SAL-(\d{4})-(\d{6})$/;

export interface OutgoingNumberParts {
  readonly year: number;
  readonly consecutive: number;
}

/** `SAL-2026-000045` for year 2026 and consecutive 45. */
export function formatOutgoingNumber(year: number, consecutive: number): string {
  return `${OUTGOING_NUMBER_PREFIX}-${year}-${String(consecutive).padStart(CONSECUTIVE_DIGITS, '0')}`;
}

/** The year and consecutive of a well-formed outgoing number; null for anything else (consecutive 0 too). */
export function parseOutgoingNumber(text: string): OutgoingNumberParts | null {
  const match = OUTGOING_NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), consecutive: Number(match[2]) };
  return parts.consecutive >= 1 ? parts : null;
}
