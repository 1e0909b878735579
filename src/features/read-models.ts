// Every projection the application runs, and the rebuild CLI knows by name: one list, one place to
// register a feature's read models.
import { PQRS_PROJECTIONS } from './pqrs/read-models/pqrs-projections.js';
import { AFFILIATION_PROJECTIONS } from './affiliations/read-models/affiliations-projection.js';
import type { Projection } from '../engine/projections/projection.js';
import { FAQ_PROJECTIONS } from './faq/read-models/faq-projections.js';
import { IMPROVEMENT_ACTION_PROJECTIONS } from './improvement-actions/read-models/improvement-action-projections.js';
import { SURVEY_PROJECTIONS } from './surveys/read-models/survey-projections.js';
import { INDICATOR_PROJECTIONS } from './indicators/read-models/indicator-projections.js';
import { REPORT_SOURCE_PROJECTIONS } from './reports/read-models/report-source-projections.js';
import { auditLogProjection } from './audit/read-models/audit-log-projection.js';

export const APPLICATION_PROJECTIONS: readonly Projection[] = [
  ...PQRS_PROJECTIONS,
  ...FAQ_PROJECTIONS,
  ...AFFILIATION_PROJECTIONS,
  ...IMPROVEMENT_ACTION_PROJECTIONS,
  ...SURVEY_PROJECTIONS,
  ...INDICATOR_PROJECTIONS,
  ...REPORT_SOURCE_PROJECTIONS,
  auditLogProjection,
];

/** The projections with these names (all of them for none); an unknown name is an error naming the known ones. */
export function projectionsNamed(
  names: readonly string[],
  projections: readonly Projection[] = APPLICATION_PROJECTIONS,
): Projection[] {
  if (names.length === 0) return [...projections];
  return names.map((name) => {
    const projection = projections.find((candidate) => candidate.name === name);
    if (!projection) {
      throw new Error(
        `Unknown projection "${name}"; known: ${projections.map((known) => known.name).join(', ')}`,
      );
    }
    return projection;
  });
}
