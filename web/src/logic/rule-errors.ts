// What a refused operation says to staff: the server's own Spanish message (its rules name what is wrong)
// and, when it names one, the field to show it next to. Pure: it reads the error urql hands over.

export interface GraphQLFailure {
  readonly graphQLErrors: readonly {
    readonly message: string;
    readonly extensions?: Readonly<Record<string, unknown>> | undefined;
  }[];
  readonly networkError?: Error | undefined;
}

export interface RuleError {
  readonly message: string;
  /** The input field the server blamed (e.g. "reason", "source.reference"), or null. */
  readonly field: string | null;
}

export const NETWORK_FAILURE_MESSAGE =
  'No fue posible comunicarse con el servidor. Revise la conexión e intente de nuevo.';

/** The first error of a failed operation, or null when there is none. */
export function ruleErrorOf(failure: GraphQLFailure | undefined, fallback: string): RuleError | null {
  if (!failure) return null;
  const first = failure.graphQLErrors[0];
  if (first) {
    const field = first.extensions?.['field'];
    return { message: first.message || fallback, field: typeof field === 'string' ? field : null };
  }
  return { message: failure.networkError ? NETWORK_FAILURE_MESSAGE : fallback, field: null };
}

/** The message for a field: a local problem first, else the server's when it blamed that field. */
export function messageForField(
  field: string,
  localProblem: string | undefined,
  serverError: RuleError | null,
): string | undefined {
  return localProblem ?? (serverError?.field === field ? serverError.message : undefined);
}

/** The server's message when it blamed no field shown on the form (shown above the form). */
export function generalMessage(serverError: RuleError | null, shownFields: readonly string[]): string | null {
  if (!serverError) return null;
  return serverError.field !== null && shownFields.includes(serverError.field) ? null : serverError.message;
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}
