// The load generator of the HTTP load measure (http-load.ts forks it, so the clients do not share the
// server's event loop): autocannon's connections each walk the office's mix through GraphQL — receive a
// case, assign it, answer it, list the Bandeja, open the case page — and every response is timed under
// its operation; an HTTP error, a GraphQL error or a timeout counts as an error of that operation.
import autocannon from 'autocannon';
import { percentile } from './statistics.js';

export const OPERATIONS = ['receive', 'assign', 'answer', 'list', 'casePage'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface HttpLoadOrder {
  readonly url: string;
  readonly agentToken: string;
  readonly agentId: string;
  readonly coordinatorToken: string;
  readonly connections: number;
  readonly durationSeconds: number;
}

export interface OperationFigures {
  readonly operation: Operation;
  readonly requests: number;
  readonly errors: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export interface HttpLoadReport {
  readonly operations: readonly OperationFigures[];
  readonly requestsPerSecond: number;
  /** autocannon's own counts: socket errors, timeouts, non-2xx answers. */
  readonly transportErrors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly firstErrors: readonly string[];
}

const CASE_FIELDS = 'radicado kind status subject receivedAt dueDate trafficLight assignee { username }';
const CASE_PAGE = `query ($radicado: String!) { pqrs(radicado: $radicado) {
  radicado revision kind channel status subject description priority receivedAt dueDate maxDueDate
  businessDaysLeft trafficLight dependency answeredAt answeredOnTime personType anonymous
  attachments { id fileName } assignee { id username fullName }
  petitioner { id name documentType documentNumber email masked } } }`;

interface MixContext {
  radicado?: string;
}

export async function runHttpLoad(order: HttpLoadOrder): Promise<HttpLoadReport> {
  const latencies = new Map<Operation, number[]>(OPERATIONS.map((operation) => [operation, []]));
  const errors = new Map<Operation, number>(OPERATIONS.map((operation) => [operation, 0]));
  const firstErrors: string[] = [];
  let received = 0;
  // autocannon calls a request's onResponse just before it emits that response's timing, in the same tick.
  let answered: Operation = 'receive';

  const headers = (token: string) => ({
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
  });
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const check = (operation: Operation, status: number, text: string): Record<string, unknown> | null => {
    answered = operation;
    let parsed: { data?: Record<string, unknown> | null; errors?: unknown[] } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      // not JSON: counted below
    }
    if (status === 200 && parsed.data && !parsed.errors?.length) return parsed.data;
    errors.set(operation, errors.get(operation)! + 1);
    if (firstErrors.length < 5)
      firstErrors.push(`${operation}: HTTP ${status} ${text.replace(/\s+/g, ' ').trim().slice(0, 300)}`);
    return null;
  };

  const requests: autocannon.Request[] = [
    {
      method: 'POST',
      path: '/graphql',
      headers: headers(order.agentToken),
      setupRequest: (request) => {
        const index = received++;
        return {
          ...request,
          body: body('mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }', {
            input: {
              kind: 'PETITION',
              channel: 'EMAIL',
              subject: `Solicitud de certificado de afiliación número ${index}`,
              description:
                'Solicito el certificado de afiliación para trámites ante la EPS y el fondo de pensiones.',
              petitioner: {
                name: `Peticionaria ${index}`,
                documentType: 'CC',
                documentNumber: String(53_000_000 + index),
                email: `peticionaria${index}@example.co`,
              },
            },
          }),
        };
      },
      onResponse: (status, text, context) => {
        const data = check('receive', status, text);
        (context as MixContext).radicado = (data?.receivePqrs as { radicado?: string } | undefined)?.radicado;
      },
    },
    {
      method: 'POST',
      path: '/graphql',
      headers: headers(order.coordinatorToken),
      // A failed receipt leaves no case to go on with: the connection starts over with a new receipt.
      setupRequest: (request, context) => {
        const { radicado } = context as MixContext;
        return radicado
          ? {
              ...request,
              body: body(
                'mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }',
                { r: radicado, a: order.agentId },
              ),
            }
          : (undefined as unknown as autocannon.Request);
      },
      onResponse: (status, text) => void check('assign', status, text),
    },
    {
      method: 'POST',
      path: '/graphql',
      headers: headers(order.agentToken),
      setupRequest: (request, context) => ({
        ...request,
        body: body(
          'mutation ($r: String!, $answer: String!) { answerPqrs(radicado: $r, answer: $answer) { status } }',
          {
            r: (context as MixContext).radicado,
            answer: 'Se expide el certificado solicitado y se envía al correo registrado.',
          },
        ),
      }),
      onResponse: (status, text) => void check('answer', status, text),
    },
    {
      method: 'POST',
      path: '/graphql',
      headers: headers(order.agentToken),
      body: body(`{ pqrsList(first: 20) { totalCount nodes { ${CASE_FIELDS} } } }`, {}),
      onResponse: (status, text) => void check('list', status, text),
    },
    {
      method: 'POST',
      path: '/graphql',
      headers: headers(order.agentToken),
      setupRequest: (request, context) => ({
        ...request,
        body: body(CASE_PAGE, { radicado: (context as MixContext).radicado }),
      }),
      onResponse: (status, text) => void check('casePage', status, text),
    },
  ];

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: order.url, connections: order.connections, duration: order.durationSeconds, requests },
      (error: unknown, outcome: autocannon.Result) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.get(answered)!.push(responseTime);
    });
  });

  return {
    operations: OPERATIONS.map((operation) => {
      const times = latencies.get(operation)!;
      const empty = times.length === 0;
      return {
        operation,
        requests: times.length,
        errors: errors.get(operation)!,
        p50: empty ? Number.NaN : percentile(times, 50),
        p99: empty ? Number.NaN : percentile(times, 99),
        max: empty ? Number.NaN : Math.max(...times),
      };
    }),
    requestsPerSecond: result.requests.average,
    transportErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    firstErrors,
  };
}

// Run as a child of http-load.ts: the order comes over IPC, the report goes back the same way.
if (process.send) {
  process.once('message', (order: HttpLoadOrder) => {
    runHttpLoad(order).then(
      (report) => process.send!({ report }, () => process.exit(0)),
      (error: unknown) =>
        process.send!({ error: String((error as Error)?.stack ?? error) }, () => process.exit(1)),
    );
  });
}
