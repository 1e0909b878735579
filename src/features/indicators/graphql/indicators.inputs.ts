// Arguments of the indicators queries. The period's own rules (order, length) are checked by the query
// service, which names the argument at fault.
import { ArgsType, Field } from '@nestjs/graphql';
import type { IndicatorGranularity } from '../read-models/indicator-periods.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { IndicatorGranularityEnum } from './indicators.enums.js';

@ArgsType()
export class IndicatorsArgs {
  @Field(() => DateScalar, { description: 'Primer día del periodo (Bogotá).' }) from!: string;
  @Field(() => DateScalar, { description: 'Último día del periodo (Bogotá), incluido.' }) to!: string;
  @Field(() => IndicatorGranularityEnum, { defaultValue: 'MONTH' }) granularity!: IndicatorGranularity;
}

/** One period as a whole, any length. */
@ArgsType()
export class PeriodArgs {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}
