// Every projection the application runs, and the rebuild CLI knows by name: one list, one place to
// register a feature's read models.
import type { Projection } from '../engine/projections/projection.js';
import { AFFILIATION_PROJECTIONS } from './affiliations/index.js';
import { AUDIT_PROJECTIONS } from './audit/index.js';
import { FAQ_PROJECTIONS } from './faq/index.js';
import { HABEAS_DATA_PROJECTIONS } from './habeas-data/index.js';
import { IMPROVEMENT_ACTION_PROJECTIONS } from './improvement-actions/index.js';
import { JOINT_ANSWER_PROJECTIONS } from './joint-answers/index.js';
import { INDICATOR_PROJECTIONS } from './indicators/index.js';
import { NOTIFICATION_PROJECTIONS } from './notifications/index.js';
import { NOTICE_TEMPLATE_PROJECTIONS } from './notice-templates/index.js';
import { PLANNING_PROJECTIONS } from './planning/index.js';
import { PQRS_PROJECTIONS } from './pqrs/index.js';
import { REPORT_SOURCE_PROJECTIONS } from './reports/index.js';
import { SURVEY_PROJECTIONS } from './surveys/index.js';
import { BACKUP_PROJECTIONS } from '../operations/backup/backups-projection.js';

export const APPLICATION_PROJECTIONS: readonly Projection[] = [
  ...PQRS_PROJECTIONS,
  ...FAQ_PROJECTIONS,
  ...JOINT_ANSWER_PROJECTIONS,
  ...AFFILIATION_PROJECTIONS,
  ...IMPROVEMENT_ACTION_PROJECTIONS,
  ...SURVEY_PROJECTIONS,
  ...INDICATOR_PROJECTIONS,
  ...REPORT_SOURCE_PROJECTIONS,
  ...AUDIT_PROJECTIONS,
  ...HABEAS_DATA_PROJECTIONS,
  ...NOTICE_TEMPLATE_PROJECTIONS,
  ...NOTIFICATION_PROJECTIONS,
  ...PLANNING_PROJECTIONS,
  ...BACKUP_PROJECTIONS,
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
