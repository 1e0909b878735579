// The projections the application runs and the rebuild CLI knows by name.
import { casesProjection } from './cases-projection.js';
import { pqrsIndicatorsProjection } from './pqrs-indicators-projection.js';
import type { Projection } from './projection.js';

export const PQRS_PROJECTIONS: readonly Projection[] = [casesProjection, pqrsIndicatorsProjection];

/** The projections with these names (all of them for none); an unknown name is an error naming the known ones. */
export function projectionsNamed(names: readonly string[], projections = PQRS_PROJECTIONS): Projection[] {
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
