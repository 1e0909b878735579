// The checks a form makes of a text field before sending, worded for whoever fills it in: the staff intake
// and the public filing form ask them the same way.

function characters(limit: number): string {
  return `${limit.toLocaleString('es-CO')} caracteres`;
}

/** `missing` when blank; "… admite hasta N caracteres." when longer than the limit (trimmed). */
export function requiredText(text: string, limit: number, missing: string, what: string): string | undefined {
  if (text.trim() === '') return missing;
  if (text.trim().length > limit) return `${what} admite hasta ${characters(limit)}.`;
  return undefined;
}

/** Nothing when blank; the limit, then the pattern (`invalid` when it does not match) otherwise. */
export function optionalText(
  text: string,
  limit: number,
  what: string,
  valid?: RegExp,
  invalid?: string,
): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > limit) return `${what} admite hasta ${characters(limit)}.`;
  if (valid && !valid.test(trimmed)) return invalid;
  return undefined;
}
