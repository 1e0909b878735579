// The checks every decider makes on a command's raw input before its own rules: a required text that is
// missing or only spaces, and a code outside its domain list. Inputs arrive from JSON, so both accept
// anything and never throw.

/** True for anything but a string with a visible character: absent, null, a number, "", "   ". */
export function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

/** Whether the value is one of the codes of a domain list (a kind, a channel, a mode...). */
export function isOneOf<Value extends string>(values: readonly Value[], value: unknown): value is Value {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
