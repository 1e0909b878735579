// What a template's text may hold: plain text with mustache tags of three kinds only — `{{dato}}`, a
// section shown when the datum is not empty (`{{#dato}}…{{/dato}}`, or `{{^dato}}…{{/dato}}` when it is)
// and comments (`{{! … }}`). Partials, unescaped and delimiter-changing tags are refused, and so is
// anything mustache itself would fail on (a tag never closed, a section never ended), so a published
// template always renders. The parsing follows mustache.js 4.2's scanner (test/notice-templates checks
// that both read the same names from the same texts); the domain imports no library to do it.
import { refuse, type DomainError } from '../shared/domain-error.js';
import type { TemplateKey } from '../notifications/notice-kinds.js';
import { TEMPLATE_PLACEHOLDERS } from './placeholders.js';

/** One tag of a template, as written. */
export interface TemplateTag {
  readonly kind: 'VARIABLE' | 'SECTION' | 'INVERTED_SECTION';
  readonly name: string;
}

export type ParsedTemplate =
  | { readonly ok: true; readonly tags: readonly TemplateTag[] }
  | { readonly ok: false; readonly problem: string };

const OPEN = '{{';
const CLOSE = '}}';
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const REFUSED_TAG_KINDS: Readonly<Record<string, string>> = {
  '{': 'las etiquetas de tres llaves',
  '&': 'las etiquetas {{& …}}',
  '>': 'las plantillas parciales {{> …}}',
  '=': 'el cambio de delimitadores {{= … =}}',
};

/** The tags of a template text, or what is wrong with it, in Spanish. */
export function parseTemplate(text: string): ParsedTemplate {
  const tags: TemplateTag[] = [];
  const open: string[] = [];
  let at = 0;
  for (;;) {
    const start = text.indexOf(OPEN, at);
    if (start < 0) break;
    const end = text.indexOf(CLOSE, start + OPEN.length);
    if (end < 0)
      return {
        ok: false,
        problem: `la etiqueta que empieza en «${excerpt(text, start)}» no se cierra con }}`,
      };
    const written = text.slice(start, end + CLOSE.length);
    const inner = text.slice(start + OPEN.length, end).trim();
    at = end + CLOSE.length;
    const sigil = inner.charAt(0);
    if (sigil === '!') continue;
    const refused = REFUSED_TAG_KINDS[sigil];
    if (refused !== undefined)
      return { ok: false, problem: `no se admiten ${refused} (${written}); use {{dato}}` };
    const isMarker = sigil === '#' || sigil === '^' || sigil === '/';
    const name = (isMarker ? inner.slice(1) : inner).trim();
    if (!NAME.test(name)) {
      return {
        ok: false,
        problem: `${written} no nombra un dato: use letras y números, sin espacios ni tildes`,
      };
    }
    if (sigil === '/') {
      const expected = open.pop();
      if (expected === undefined)
        return { ok: false, problem: `${written} cierra una sección que no se abrió` };
      if (expected !== name) {
        return { ok: false, problem: `${written} cierra otra sección: se esperaba {{/${expected}}}` };
      }
      continue;
    }
    if (isMarker) open.push(name);
    tags.push({ kind: sigil === '#' ? 'SECTION' : sigil === '^' ? 'INVERTED_SECTION' : 'VARIABLE', name });
  }
  if (open.length > 0)
    return { ok: false, problem: `la sección {{#${open.at(-1)}}} no se cierra con {{/${open.at(-1)}}}` };
  return { ok: true, tags };
}

function excerpt(text: string, start: number): string {
  return text.slice(start, start + 20).replace(/\s+/g, ' ');
}

/** Longest subject and body an ADMIN may publish: a subject is an e-mail's Subject line. */
export const MAX_SUBJECT_CHARACTERS = 200;
export const MAX_BODY_CHARACTERS = 20_000;

/** A template's text as it is kept: line breaks as \n, no trailing blanks at its ends. */
export function normalizeTemplateText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Whether a subject and a body may be the template of this key: not blank, not too long, a subject on one
 * line, well formed, naming only the placeholders the key allows and every one it requires. The refusal
 * names the field at fault (`subject` or `body`) and, for a placeholder, the placeholder.
 */
export function checkTemplate(key: TemplateKey, subject: string, body: string): DomainError | null {
  const allowed = TEMPLATE_PLACEHOLDERS[key];
  const allowedNames = new Set<string>(allowed.map((placeholder) => placeholder.name));
  const texts = [
    ['subject', normalizeTemplateText(subject), 'El asunto'],
    ['body', normalizeTemplateText(body), 'El texto'],
  ] as const;
  const tagsOf: Record<string, readonly TemplateTag[]> = {};
  for (const [field, text, label] of texts) {
    if (text === '') {
      return refuse(
        `TEMPLATE_${field.toUpperCase()}_REQUIRED`,
        `${label} de la plantilla no puede quedar vacío.`,
        field,
      );
    }
    const limit = field === 'subject' ? MAX_SUBJECT_CHARACTERS : MAX_BODY_CHARACTERS;
    if (text.length > limit) {
      return refuse(
        'INVALID_TEMPLATE_LENGTH',
        `${label} de la plantilla admite hasta ${limit} caracteres.`,
        field,
      );
    }
    if (field === 'subject' && text.includes('\n')) {
      return refuse('INVALID_TEMPLATE_SUBJECT', 'El asunto de la plantilla debe ser una sola línea.', field);
    }
    const parsed = parseTemplate(text);
    if (!parsed.ok) {
      return refuse(
        'INVALID_TEMPLATE_SYNTAX',
        `${label} de la plantilla no es válido: ${parsed.problem}.`,
        field,
      );
    }
    const unknown = parsed.tags.find((tag) => !allowedNames.has(tag.name));
    if (unknown !== undefined) {
      return refuse(
        'INVALID_TEMPLATE_PLACEHOLDER',
        `${label} usa {{${unknown.name}}}, que esta plantilla no admite. Datos admitidos: ` +
          `${allowed.map((placeholder) => `{{${placeholder.name}}}`).join(', ')}.`,
        field,
      );
    }
    tagsOf[field] = parsed.tags;
  }
  const named = new Set((tagsOf.body ?? []).filter((tag) => tag.kind === 'VARIABLE').map((tag) => tag.name));
  const missing = allowed.find((placeholder) => placeholder.required && !named.has(placeholder.name));
  if (missing !== undefined) {
    return refuse(
      'TEMPLATE_PLACEHOLDER_REQUIRED',
      `El texto de esta plantilla debe incluir {{${missing.name}}} (${lowerFirst(missing.description).replace(/\.$/, '')}).`,
      'body',
    );
  }
  return null;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
