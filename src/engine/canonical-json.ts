// The canonical JSON encoding every hash of the application is taken over: the audit trail's events
// (eventstore/hash-chain.ts) and the content of issued reports. One definition, so a value hashes the same
// wherever it is hashed.

/**
 * JSON with object keys sorted recursively (by UTF-16 code units, as Array.prototype.sort does) and no
 * whitespace, so that the same value always gives the same bytes whatever order its keys were built in.
 * Follows JSON.stringify for everything else (toJSON, undefined properties dropped, non-finite numbers
 * as null), because the stored event is what JSON.stringify made of it.
 */
export function canonicalJson(value: unknown): string {
  const encoded = encode(value);
  return encoded === undefined ? 'null' : encoded;
}

function encode(value: unknown): string | undefined {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return encode((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => encode(item) ?? 'null').join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const member = encode(record[key]);
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
    }
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'bigint') {
    // JSON.stringify throws on bigint too; say which rule was broken instead of a bare TypeError.
    throw new TypeError('Hashed content must be plain JSON data: bigint found');
  }
  return JSON.stringify(value);
}
