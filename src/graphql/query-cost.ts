// The estimated cost of a GraphQL operation, computed before it runs (graphql-query-complexity) from the
// schema and the arguments asked: what a request may cost is bounded by QUERY_LIMITS.maxCost. Rules, in
// order, for every selected field:
// - the expensive fields by name: the indicator series by the days of its period and its buckets; the
//   whole-log audit verification, report issuing and report regeneration are exclusive (one per request
//   and little beside it: their cost is the log or the report, not the selection);
// - a field with a `first` argument (a page) costs one unit per row it may answer, plus what each selects;
// - a field with a `from` and a `to` date (a period) costs by the days of the period;
// - a root field (a read-model query, a command) costs ROOT; a field with its own resolver (a look-up
//   per node: the petitioner, the assignee) costs RESOLVER; a plain property costs nothing by itself;
// - a list with no page multiplies what each item selects by ASSUMED_LIST_LENGTH, except the nodes and
//   edges of a connection and the buckets of a series, which their parent already counted.
// One unit is about 0.1 ms of the server's work on the demo year (bench figures in the README).
import { isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { QUERY_LIMITS } from './query-limits.js';
import { hasOwnResolver } from './own-resolvers.js';

/** A query on the read models, or a command (one durable write). */
export const ROOT_FIELD_COST = 10;
/** A field resolved by its own look-up (a personal-data record, a user). */
export const RESOLVER_FIELD_COST = 2;
/** One row of a page: read from a read model and answered. */
export const PAGE_ROW_COST = 1;
/** What a list without a page is assumed to hold (breakdowns by kind or channel, a case's events). */
export const ASSUMED_LIST_LENGTH = 10;
/** Reading the days of a period: this many days cost one unit. */
export const DAYS_PER_COST_UNIT = 20;
/** One bucket of the indicator series: the figures of four families rolled up, whatever is selected. */
export const INDICATOR_BUCKET_COST = 4;
/** Exclusive fields cost nearly the whole budget, so two of them never pass together. */
export const EXCLUSIVE_FIELD_COST = Math.floor(QUERY_LIMITS.maxCost * 0.9);

const EXCLUSIVE_FIELDS: ReadonlySet<string> = new Set([
  'Query.verifyAuditTrail',
  'Query.verifyReport',
  'Mutation.report',
]);

/** Lists whose length the field above them already counted. */
function countedByParent(typeName: string, fieldName: string): boolean {
  return (
    (typeName.endsWith('Connection') && (fieldName === 'nodes' || fieldName === 'edges')) ||
    (typeName === 'IndicatorSeries' && fieldName === 'buckets')
  );
}

/** Days of the indicator granularities, for the number of buckets a series holds. */
const BUCKET_DAYS: Readonly<Record<string, number>> = {
  DAY: 1,
  MONTH: 28,
  QUARTER: 90,
  SEMESTER: 181,
  YEAR: 365,
};

export const queryCostEstimator: ComplexityEstimator = (options) => {
  const { type, field, args, childComplexity } = options;
  const coordinate = `${type.name}.${field.name}`;
  if (EXCLUSIVE_FIELDS.has(coordinate)) return EXCLUSIVE_FIELD_COST + childComplexity;
  if (coordinate === 'Query.indicators') return indicatorSeriesCost(options);

  const days = periodDays(args);
  const own = ownCostOf(options) + (days === null ? 0 : Math.ceil(days / DAYS_PER_COST_UNIT));
  const first = args['first'];
  if (typeof first === 'number') return own + Math.max(0, first) * (PAGE_ROW_COST + childComplexity);
  if (isList(field.type) && !countedByParent(type.name, field.name)) {
    return own + ASSUMED_LIST_LENGTH * childComplexity;
  }
  return own + childComplexity;
};

/** The work of the field itself, whatever it answers. */
function ownCostOf({ type, field }: ComplexityEstimatorArgs): number {
  if (type.name === 'Query' || type.name === 'Mutation') return ROOT_FIELD_COST;
  return hasOwnResolver(type, field) ? RESOLVER_FIELD_COST : 0;
}

/** The days read, then every bucket with what it selects. */
function indicatorSeriesCost({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const days = periodDays(args) ?? 1;
  const bucketDays = BUCKET_DAYS[String(args['granularity'])] ?? 1;
  const buckets = Math.ceil(days / bucketDays);
  return (
    ROOT_FIELD_COST +
    Math.ceil(days / DAYS_PER_COST_UNIT) +
    buckets * (INDICATOR_BUCKET_COST + childComplexity)
  );
}

/** Days in [from, to] when the field takes a period of calendar dates; null when it does not. */
function periodDays(args: Record<string, unknown>): number | null {
  const { from, to } = args;
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return Number.isFinite(days) ? Math.max(1, days) : null;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
