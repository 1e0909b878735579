// The domain reads a template's tags without mustache (it imports no library); these tests hold it to what
// mustache.js reads from the same texts, so a template the domain accepts renders, naming the same data.
// And the shipped texts are version 1 for as long as the log keeps a notice made from them: they are
// pinned here, so a change to one is a test that fails, not a silent rewrite of what was sent.
import { createHash } from 'node:crypto';
import Mustache from 'mustache';
import {
  DEFAULT_TEMPLATES,
  parseTemplate,
  sampleValuesOf,
  TEMPLATE_PLACEHOLDERS,
} from '../../src/domain/notice-template/index.js';
import { TEMPLATE_KEYS } from '../../src/domain/notifications/notice-kinds.js';
import { renderTemplateTexts } from '../../src/features/notice-templates/template-renderer.js';

type Token = [string, string, number, number, Token[]?];

/** The names mustache.js reads, in order, as the domain's tags (comments and text left out). */
function mustacheTags(text: string): { kind: string; name: string }[] {
  const kinds: Record<string, string> = { name: 'VARIABLE', '#': 'SECTION', '^': 'INVERTED_SECTION' };
  const walk = (tokens: Token[]): { kind: string; name: string }[] =>
    tokens.flatMap(([type, value, , , children]) =>
      kinds[type] === undefined
        ? []
        : [{ kind: kinds[type]!, name: value }, ...(children === undefined ? [] : walk(children))],
    );
  return walk(Mustache.parse(text) as unknown as Token[]);
}

const WELL_FORMED = [
  'Sin datos.',
  'Hola {{nombre}}, su radicado es {{ radicado }}.',
  '{{#anexos}}\nAnexos: {{anexos}}\n{{/anexos}}{{^anexos}}Sin anexos.{{/anexos}}',
  '{{! una nota }}Texto {{#a}}{{#b}}{{c}}{{/b}}{{/a}} fin }} sin abrir',
  ...TEMPLATE_KEYS.flatMap((key) => [DEFAULT_TEMPLATES[key].subject, DEFAULT_TEMPLATES[key].body]),
];

it.each(WELL_FORMED)('the domain and mustache read the same tags from %j', (text) => {
  const parsed = parseTemplate(text);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect(parsed.tags).toEqual(mustacheTags(text));
});

it.each(['{{nombre', '{{#a}}x', '{{/a}}', '{{#a}}{{/b}}'])(
  'what the domain refuses as malformed, mustache cannot parse: %j',
  (text) => {
    expect(parseTemplate(text).ok).toBe(false);
    expect(() => Mustache.parse(text)).toThrow();
  },
);

it.each(TEMPLATE_KEYS)('the shipped %s renders with its sample values, every placeholder filled', (key) => {
  const rendered = renderTemplateTexts(DEFAULT_TEMPLATES[key], sampleValuesOf(key));
  expect(rendered.subject).not.toMatch(/\{\{|\n/);
  expect(rendered.text).not.toMatch(/\{\{|\}\}|\n{3}/);
  for (const placeholder of TEMPLATE_PLACEHOLDERS[key].filter(({ required }) => required)) {
    expect(rendered.text).toContain(placeholder.example);
  }
});

it('renders plain text: nothing is HTML-escaped, and mustache keeps escaping HTML for everyone else', () => {
  const rendered = renderTemplateTexts(
    { subject: 'Radicado {{radicado}}', body: 'Respuesta: {{respuesta}}' },
    { radicado: 'PQRS-2026-000001', respuesta: 'Tarifa "A" < 5 & > 2 para O\'Neil' },
  );
  expect(rendered.text).toBe('Respuesta: Tarifa "A" < 5 & > 2 para O\'Neil');
  expect(Mustache.render('{{x}}', { x: '<b>' })).toBe('&lt;b&gt;');
});

it('a section over an empty value leaves no blank paragraphs behind, and a subject stays one line', () => {
  const rendered = renderTemplateTexts(
    {
      subject: 'Asunto: {{asunto}}',
      body: 'Uno.\n\n{{#codigoAcceso}}Código {{codigoAcceso}}.{{/codigoAcceso}}\n\nDos.',
    },
    { asunto: 'Línea uno\nlínea dos', codigoAcceso: '' },
  );
  expect(rendered).toEqual({ subject: 'Asunto: Línea uno línea dos', text: 'Uno.\n\nDos.' });
});

// Version 1 of each template as shipped. Publish a better text as a new version instead of changing these:
// notices already sent name version 1, and it must keep reading the same.
const VERSION_1_FINGERPRINTS: Record<string, string> = {
  ACKNOWLEDGMENT: 'eca7fd5c8f22fcfe',
  INFORMATION_REQUEST: '4ac6ac82a6308a5d',
  EXTENSION: '13436887ffed2ebb',
  TRANSFER: '855eaaccb9547413',
  TRANSFER_COPY: '892d9958030102fb',
  ANSWER: '97da489473e57de4',
  TACIT_WITHDRAWAL: '42b768a42d78f835',
  TACIT_WITHDRAWAL_DECREE: '4a95abda9a514abe',
  AFFILIATION_DECISION: '0f516f8751385c03',
  // The coordinators' alert of art. 20 (risk to life or integrity), shipped with issue 18.
  PRIORITY_ALERT: '5fec4dcfcb4fdccf',
  ANSWER_LETTER: '759fef151d156981',
  DAILY_DIGEST: 'cb4e059389fe455d',
};

it('the shipped texts (version 1) are the ones notices were sent with', () => {
  const fingerprints = Object.fromEntries(
    TEMPLATE_KEYS.map((key) => [
      key,
      createHash('sha256')
        .update(`${DEFAULT_TEMPLATES[key].subject}\n${DEFAULT_TEMPLATES[key].body}`)
        .digest('hex')
        .slice(0, 16),
    ]),
  );
  expect(fingerprints).toEqual(VERSION_1_FINGERPRINTS);
});
