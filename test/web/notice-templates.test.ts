// The notice templates' editor: who published each version, the placeholders a text uses, and what is
// wrong before asking the server (blanks, a required placeholder left out).
import {
  placeholdersUsed,
  templateTextProblems,
  templateVersionText,
} from '../../web/src/logic/notice-templates.js';

const PLACEHOLDERS = [
  { name: 'radicado', description: 'El radicado', example: 'PQRS-2026-000001', required: true },
  { name: 'nuevaFechaVencimiento', description: 'La nueva fecha', example: '29/04/2026', required: true },
  { name: 'entidad', description: 'La entidad', example: 'Entidad', required: false },
];

describe('the notice templates’ editor', () => {
  it('says who published a version and when, or that it is the shipped text', () => {
    expect(templateVersionText({ version: 1, publishedAt: null, publishedBy: null })).toBe(
      'Versión 1: texto de fábrica',
    );
    expect(
      templateVersionText({
        version: 3,
        publishedAt: '2026-03-12T15:05:00.000Z',
        publishedBy: { username: 'aruiz', fullName: 'Ana Ruiz' },
      }),
    ).toBe('Versión 3, publicada por Ana Ruiz el 12/03/2026 10:05');
  });

  it('reads the names a text uses in every tag form', () => {
    expect(placeholdersUsed('{{radicado}} {{{ entidad }}} {{#anexos}}x{{/anexos}}')).toEqual(
      new Set(['radicado', 'entidad', 'anexos']),
    );
  });

  it('refuses blanks and names the required placeholders left out', () => {
    expect(templateTextProblems(' ', ' ', PLACEHOLDERS)).toEqual({
      subject: 'El asunto no puede estar vacío.',
      body: 'El texto no puede estar vacío.',
    });
    expect(templateTextProblems('Prórroga {{radicado}}', 'El término se prorroga.', PLACEHOLDERS)).toEqual({
      body: 'Falta {{nuevaFechaVencimiento}}: la ley pide que el aviso lo diga.',
    });
    expect(
      templateTextProblems('Prórroga {{radicado}}', 'Vence el {{nuevaFechaVencimiento}}.', PLACEHOLDERS),
    ).toEqual({});
  });
});
