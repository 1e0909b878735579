// The código de consulta as citizens read and type it: sixteen characters shown in four groups of four
// (XXXX-XXXX-XXXX-XXXX) so it can be copied by hand. The server accepts it with or without dashes or
// spaces, in any case; this only tidies what is shown and sent. Pure.

/** The code's letters and digits alone, upper case. */
export function compactAccessCode(typed: string): string {
  return typed.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** "ABCD-EFGH-JKLM-NPQR": groups of four, the last one shorter if the code is. */
export function groupAccessCode(code: string): string {
  return (compactAccessCode(code).match(/.{1,4}/g) ?? []).join('-');
}

/** A radicado as typed: trimmed and upper case (pqrs-2026-000123 finds PQRS-2026-000123). */
export function normaliseRadicado(typed: string): string {
  return typed.trim().toUpperCase();
}

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

/** What keeps the tracking form from asking; null when both look right. */
export function trackingProblems(
  radicado: string,
  accessCode: string,
): {
  readonly radicado?: string;
  readonly accessCode?: string;
} {
  const problems: { radicado?: string; accessCode?: string } = {};
  const normalised = normaliseRadicado(radicado);
  if (normalised === '') problems.radicado = 'Escriba el número de radicado.';
  else if (!RADICADO.test(normalised))
    problems.radicado = 'El radicado tiene la forma PQRS-AAAA-NNNNNN, por ejemplo PQRS-2026-000123.';
  const code = compactAccessCode(accessCode);
  if (code === '') problems.accessCode = 'Escriba el código de consulta.';
  else if (code.length !== 16)
    problems.accessCode = 'El código de consulta tiene 16 letras y números (XXXX-XXXX-XXXX-XXXX).';
  return problems;
}
