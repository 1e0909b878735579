// Renders a template's text with mustache.js: logic-less (names, sections, nothing that runs code), so a
// text an ADMIN edits can show data and nothing else, and the domain checked that it only names the
// placeholders its key allows. Notices are plain text, so nothing is HTML-escaped: the escape function
// is passed to this render only, never set on the library for everyone.
import Mustache from 'mustache';

/** A subject and body with placeholders, as a template holds them. */
export interface TemplateTexts {
  readonly subject: string;
  readonly body: string;
}

export interface RenderedNotice {
  /** One line: fit for an e-mail's Subject and the letter's "Asunto". */
  readonly subject: string;
  readonly text: string;
}

const PLAIN_TEXT = { escape: (text: string): string => text };

export function renderTemplateTexts(
  template: TemplateTexts,
  values: Readonly<Record<string, string>>,
): RenderedNotice {
  const view = { ...values };
  const subject = Mustache.render(template.subject, view, {}, PLAIN_TEXT).replace(/\s+/g, ' ').trim();
  const text = Mustache.render(template.body, view, {}, PLAIN_TEXT)
    .replace(/[ \t]+\n/g, '\n')
    // A section left out (no access code, no attachments) leaves its paragraph's blank lines behind.
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject, text };
}
