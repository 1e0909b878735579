// How the gateway's enums are built from the domain: their values from a domain list, and each value
// described by the Spanish words the screens and reports show (src/domain/*/labels.ts), so a client
// reading the schema learns both the code and what staff call it.

/** `{ PETITION: 'PETITION', ... }`: the object registerEnumType takes, from a domain list. */
export function enumObject<Code extends string>(values: readonly Code[]): { [K in Code]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in Code]: K };
}

/**
 * registerEnumType's valuesMap: `{ PETITION: { description: 'Petición' }, ... }`. Name the enum's code
 * type explicitly, so labels missing one of its values do not compile.
 */
export function valuesDescribedBy<Code extends string>(
  labels: Readonly<Record<Code, string>>,
): Record<Code, { readonly description: string }> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([code, label]) => [code, { description: label }]),
  ) as Record<Code, { readonly description: string }>;
}
