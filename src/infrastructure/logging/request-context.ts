// The request a piece of work belongs to, carried along its asynchronous path (AsyncLocalStorage): the
// request id every log line of the request shows, and the correlation id its commands' events record.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  /** The client's X-Request-Id when it is a sane one, else a fresh UUID; echoed in the answer's header. */
  readonly requestId: string;
  /** The client's X-Correlation-Id when it is a sane one, else the request id. */
  readonly correlationId: string;
}

/** What an id sent by a client may look like: short, no spaces, nothing a log line could be forged with. */
export const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

const storage = new AsyncLocalStorage<RequestContext>();

/** The ids of a request from its headers: the client's when sane, else fresh. */
export function requestContextOf(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): RequestContext {
  const requestId = saneId(headers['x-request-id']) ?? randomUUID();
  return { requestId, correlationId: saneId(headers['x-correlation-id']) ?? requestId };
}

/** Runs `work` as part of the request: everything it starts sees the request's ids. */
export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The request the current work belongs to, or undefined outside a request (start-up, timers, tools). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

function saneId(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && CLIENT_ID.test(value) ? value : null;
}
