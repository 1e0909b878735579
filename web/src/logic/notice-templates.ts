// The notice templates an ADMIN edits (Plantillas de avisos): who published each version and when, what
// is wrong with a text before it is previewed or published (blank, a required placeholder left out), and
// the placeholders' help. The domain checks the same and more (unknown names, broken tags); its refusal
// shows on the field it blamed. Pure.
import { formatInstant } from './report-periods.js';

export interface TemplatePlaceholder {
  readonly name: string;
  readonly description: string;
  readonly example: string;
  readonly required: boolean;
}

export interface TemplateVersionFacts {
  readonly version: number;
  readonly publishedAt?: string | null;
  readonly publishedBy?: { readonly username: string; readonly fullName?: string | null } | null;
}

/** «Versión 3, publicada por Ana Ruiz el 12/03/2026 10:05» or «Versión 1: texto de fábrica». */
export function templateVersionText(template: TemplateVersionFacts): string {
  if (!template.publishedAt) return `Versión ${template.version}: texto de fábrica`;
  const who = template.publishedBy
    ? (template.publishedBy.fullName ?? template.publishedBy.username)
    : 'una cuenta que ya no existe';
  return `Versión ${template.version}, publicada por ${who} el ${formatInstant(template.publishedAt)}`;
}

/** The names a text uses: {{name}}, {{{name}}}, {{#name}}…{{/name}} (mustache's tags). */
export function placeholdersUsed(text: string): Set<string> {
  const used = new Set<string>();
  for (const match of text.matchAll(/\{\{\{?\s*[#^/&]?\s*([\w.]+)\s*\}?\}\}/g)) used.add(match[1]!);
  return used;
}

export type TemplateField = 'subject' | 'body';

/** What to fix before asking the server: blanks, and the required placeholders the text leaves out. */
export function templateTextProblems(
  subject: string,
  body: string,
  placeholders: readonly TemplatePlaceholder[],
): Partial<Record<TemplateField, string>> {
  const problems: Partial<Record<TemplateField, string>> = {};
  if (subject.trim() === '') problems.subject = 'El asunto no puede estar vacío.';
  if (body.trim() === '') {
    problems.body = 'El texto no puede estar vacío.';
    return problems;
  }
  const used = placeholdersUsed(`${subject}\n${body}`);
  const missing = placeholders.filter((placeholder) => placeholder.required && !used.has(placeholder.name));
  if (missing.length > 0)
    problems.body = `Falta${missing.length === 1 ? '' : 'n'} ${missing.map((placeholder) => `{{${placeholder.name}}}`).join(', ')}: la ley pide que el aviso lo diga.`;
  return problems;
}
