// A refused command: a stable code naming the rule, a Spanish message for staff, and the field at fault.

export interface DomainError {
  readonly kind: 'DomainError';
  /** Stable, upper snake case, e.g. EXTENSION_AFTER_DUE_DATE; the GraphQL layer maps it to extensions. */
  readonly code: string;
  /** es-CO, read by staff. */
  readonly message: string;
  /** The input field at fault, when one is. */
  readonly field?: string;
}

export function refuse(code: string, message: string, field?: string): DomainError {
  return field === undefined
    ? { kind: 'DomainError', code, message }
    : { kind: 'DomainError', code, message, field };
}

export function isDomainError(value: unknown): value is DomainError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'DomainError';
}
