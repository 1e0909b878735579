import { TEMPLATE_KEYS } from '../notifications/notice-kinds.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { PLACEHOLDERS, TEMPLATE_LABELS, TEMPLATE_PLACEHOLDERS } from './placeholders.js';
import { checkTemplate, parseTemplate } from './template-text.js';

describe('the tags a template may hold', () => {
  it('reads placeholders, sections and inverted sections, and skips comments', () => {
    expect(
      parseTemplate('Hola {{ nombre }}{{! nota }}{{#anexos}}: {{anexos}}{{/anexos}}{{^anexos}}.{{/anexos}}'),
    ).toEqual({
      ok: true,
      tags: [
        { kind: 'VARIABLE', name: 'nombre' },
        { kind: 'SECTION', name: 'anexos' },
        { kind: 'VARIABLE', name: 'anexos' },
        { kind: 'INVERTED_SECTION', name: 'anexos' },
      ],
    });
  });

  it('plain text, a lone closing brace pair included, holds no tag', () => {
    expect(parseTemplate('Sin datos }} aquí')).toEqual({ ok: true, tags: [] });
  });

  it.each([
    ['{{{nombre}}}', 'tres llaves'],
    ['{{&nombre}}', '{{&'],
    ['{{> pie}}', 'parciales'],
    ['{{=<% %>=}}', 'delimitadores'],
    ['{{nombre completo}}', 'no nombra un dato'],
    ['{{número}}', 'no nombra un dato'],
    ['{{datos.nombre}}', 'no nombra un dato'],
    ['{{.}}', 'no nombra un dato'],
    ['{{nombre', 'no se cierra'],
    ['{{#anexos}}sin cierre', 'no se cierra'],
    ['{{/anexos}}', 'no se abrió'],
    ['{{#anexos}}{{/nombre}}', 'se esperaba {{/anexos}}'],
  ])('refuses %s', (text, problem) => {
    const parsed = parseTemplate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });
});

describe('the placeholder table', () => {
  it('every key has a Spanish label and placeholders, each described with an example', () => {
    for (const key of TEMPLATE_KEYS) {
      expect(TEMPLATE_LABELS[key]).toMatch(/\S/);
      expect(TEMPLATE_PLACEHOLDERS[key].length).toBeGreaterThan(2);
      for (const placeholder of TEMPLATE_PLACEHOLDERS[key]) {
        expect(placeholder.description).toMatch(/\.$/);
        expect(placeholder.example).toMatch(/\S/);
      }
    }
  });

  it("the office's names are allowed in every template", () => {
    for (const key of TEMPLATE_KEYS) {
      const names = TEMPLATE_PLACEHOLDERS[key].map((placeholder) => placeholder.name);
      expect(names).toEqual(expect.arrayContaining(['nombreEntidad', 'nombreOficina']));
    }
  });

  it('the notices the law describes require what the law says they carry', () => {
    const required = (key: (typeof TEMPLATE_KEYS)[number]) =>
      TEMPLATE_PLACEHOLDERS[key]
        .filter((placeholder) => placeholder.required)
        .map((placeholder) => placeholder.name);
    expect(required('EXTENSION')).toEqual(expect.arrayContaining(['motivo', 'nuevaFechaVencimiento']));
    expect(required('TRANSFER')).toContain('entidad');
    expect(required('INFORMATION_REQUEST')).toEqual(
      expect.arrayContaining(['informacionSolicitada', 'fechaLimiteCompletar']),
    );
    expect(required('ANSWER_LETTER')).toContain('respuesta');
  });

  it('every placeholder of the catalogue is allowed somewhere', () => {
    const used = new Set(TEMPLATE_KEYS.flatMap((key) => TEMPLATE_PLACEHOLDERS[key].map(({ name }) => name)));
    expect([...used].sort()).toEqual(Object.keys(PLACEHOLDERS).sort());
  });
});

describe('the shipped defaults (version 1)', () => {
  it.each(TEMPLATE_KEYS)('%s passes the checks a published version must pass', (key) => {
    expect(checkTemplate(key, DEFAULT_TEMPLATES[key].subject, DEFAULT_TEMPLATES[key].body)).toBeNull();
  });

  it.each(TEMPLATE_KEYS)('%s names the article of the law that applies', (key) => {
    if (key === 'AFFILIATION_DECISION') {
      expect(DEFAULT_TEMPLATES[key].body).toContain('Ley 1437 de 2011');
      return;
    }
    expect(DEFAULT_TEMPLATES[key].body).toMatch(/artículo \d+ de la Ley 1755 de 2015/);
  });
});
