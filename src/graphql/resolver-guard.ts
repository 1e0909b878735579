// Wraps every field that has its own resolver (the root queries and commands, and look-ups such as a case's
// petitioner) with two checks made before it runs: the request's execution deadline, past which the rest of
// the query is not resolved, and a pause when the event loop's current turn has run long (see
// engine/event-loop.ts), so one heavy query never holds up /health/live or another user's request.
import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { pauseIfBusy } from '../engine/event-loop.js';
import { QueryLimitExceeded } from './query-limits.js';

/** Set on the request's context by the limits plugin: when the query must stop, and whether it did. */
export const EXECUTION_DEADLINE = Symbol('ExecutionDeadline');

export interface ExecutionDeadline {
  /** performance.now() value past which no further resolver runs. */
  readonly at: number;
  readonly limitMs: number;
  exceeded: boolean;
}

type GuardedContext = { [EXECUTION_DEADLINE]?: ExecutionDeadline } | null | undefined;

const fieldsWithOwnResolver = new WeakSet<GraphQLField<unknown, unknown>>();

/** Whether the field runs code of ours (a look-up) rather than reading a property of its parent. */
export function hasOwnResolver(field: GraphQLField<unknown, unknown>): boolean {
  return fieldsWithOwnResolver.has(field);
}

/** The schema itself, its resolvers wrapped in place (the SDL does not change). */
export function guardResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (resolve === undefined || fieldsWithOwnResolver.has(field)) continue;
      fieldsWithOwnResolver.add(field);
      field.resolve = (source, args, context: GuardedContext, info) => {
        checkDeadline(context);
        const pause = pauseIfBusy();
        if (pause === null) return resolve(source, args, context, info);
        return pause.then(() => {
          checkDeadline(context);
          return resolve(source, args, context, info);
        });
      };
    }
  }
  return schema;
}

function checkDeadline(context: GuardedContext): void {
  const deadline = context?.[EXECUTION_DEADLINE];
  if (deadline === undefined || performance.now() <= deadline.at) return;
  deadline.exceeded = true;
  throw new QueryLimitExceeded('EXECUTION_TIME', deadline.limitMs, null);
}
