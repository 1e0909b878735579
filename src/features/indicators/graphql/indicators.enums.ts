// GraphQL enum of the indicators query, registered from the read models' own list so they never drift apart.
import { registerEnumType } from '@nestjs/graphql';
import { INDICATOR_GRANULARITIES, type IndicatorGranularity } from '../read-models/indicator-periods.js';

export const IndicatorGranularityEnum = Object.fromEntries(
  INDICATOR_GRANULARITIES.map((granularity) => [granularity, granularity]),
) as { [K in IndicatorGranularity]: K };

registerEnumType(IndicatorGranularityEnum, {
  name: 'IndicatorGranularity',
  description:
    'Agrupación de la serie: día (2026-03-02), mes (2026-03), trimestre (2026-T1), semestre (2026-S1) o año (2026).',
});
