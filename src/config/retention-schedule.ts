// The tabla de retención documental as far as personal data go: how many years each record series is
// kept after its last step (and with it the personal data it names), read from
// VENTANILLA_RETENTION_YEARS. The defaults are deliberately long: an erasure refused too early can be
// asked again; personal data erased too early cannot be brought back. Set them from the entity's TRD.
import { RECORD_SERIES, type RecordSeries } from '../domain/person/events.js';

export type RetentionYears = Readonly<Record<RecordSeries, number>>;

export const DEFAULT_RETENTION_YEARS: RetentionYears = { PQRS: 10, AFFILIATION: 20, SURVEY: 5 };

export const RETENTION_VARIABLE = 'VENTANILLA_RETENTION_YEARS';
const MAX_RETENTION_YEARS = 100;

/**
 * `{"PQRS": 10, "AFFILIATION": 20}`: years per series, over the defaults; the series not named keep
 * theirs. Answers the retention table, or the problem in Spanish (completing "VARIABLE ...").
 */
export function parseRetentionYears(value: string | null): RetentionYears | string {
  if (value === null) return DEFAULT_RETENTION_YEARS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return 'debe ser un objeto JSON de serie a años, p. ej. {"PQRS": 10}';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'debe ser un objeto JSON de serie a años, p. ej. {"PQRS": 10}';
  }
  const years: Record<RecordSeries, number> = { ...DEFAULT_RETENTION_YEARS };
  for (const [series, count] of Object.entries(parsed)) {
    if (!(RECORD_SERIES as readonly string[]).includes(series)) {
      return `nombra la serie "${series}"; las series son ${RECORD_SERIES.join(', ')}`;
    }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_RETENTION_YEARS) {
      return `(${series}): los años deben ser un entero entre 0 y ${MAX_RETENTION_YEARS}`;
    }
    years[series as RecordSeries] = count;
  }
  return years;
}
