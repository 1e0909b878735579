// Runs right before every resolver of ours (root fields and @ResolveField look-ups alike): past the query's
// execution deadline it refuses to start, and once the event loop's current turn has run a slice it waits
// for a later turn (engine/event-loop.ts). Here, and not around the whole field: Nest awaits guards and
// pipes first, so the hundreds of look-ups of a long list reach this point one by one, each after the work
// of the ones before, and the pause falls between them instead of before all of them.
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { from, switchMap, type Observable } from 'rxjs';
import { pauseIfBusy } from '../engine/event-loop.js';
import { QueryLimitExceeded } from './query-limits.js';

/** Set on the request's context by the limits plugin: when the query must stop, and whether it did. */
export const EXECUTION_DEADLINE = Symbol('ExecutionDeadline');

export interface ExecutionDeadline {
  /** performance.now() value past which no further resolver starts. */
  readonly at: number;
  readonly limitMs: number;
  exceeded: boolean;
}

type GuardedContext = { [EXECUTION_DEADLINE]?: ExecutionDeadline } | null | undefined;

@Injectable()
export class ExecutionGuardInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const requestContext = GqlExecutionContext.create(context).getContext<GuardedContext>();
    checkDeadline(requestContext);
    const pause = pauseIfBusy();
    if (pause === null) return next.handle();
    return from(pause).pipe(
      switchMap(() => {
        checkDeadline(requestContext);
        return next.handle();
      }),
    );
  }
}

function checkDeadline(context: GuardedContext): void {
  const deadline = context?.[EXECUTION_DEADLINE];
  if (deadline === undefined || performance.now() <= deadline.at) return;
  deadline.exceeded = true;
  throw new QueryLimitExceeded('EXECUTION_TIME', deadline.limitMs, null);
}
