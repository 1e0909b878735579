// The radicado: the filing number a PQRS gets at receipt, `PQRS-<year>-<consecutive>`, consecutive per
// year and never reused.
export const RADICADO_PREFIX = 'PQRS';
export const RADICADO_MAX_CONSECUTIVE = 999_999;
const CONSECUTIVE_DIGITS = 6;
const RADICADO_PATTERN = /^PQRS-(\d{4})-(\d{6})$/;

export interface RadicadoParts {
  readonly year: number;
  readonly consecutive: number;
}

/** `PQRS-2026-000042` for year 2026 and consecutive 42. */
export function formatRadicado(year: number, consecutive: number): string {
  return `${RADICADO_PREFIX}-${year}-${String(consecutive).padStart(CONSECUTIVE_DIGITS, '0')}`;
}

/** The year and consecutive of a well-formed radicado; null for anything else (including consecutive 0). */
export function parseRadicado(radicado: string): RadicadoParts | null {
  const match = RADICADO_PATTERN.exec(radicado);
  if (!match) return null;
  const parts = { year: Number(match[1]), consecutive: Number(match[2]) };
  return parts.consecutive >= 1 ? parts : null;
}

export function isRadicado(value: string): boolean {
  return parseRadicado(value) !== null;
}
