// Each page's name in the browser's tab, the signed-in user's name in the bar, and how many of the
// Bandeja's folded filters a view uses.
import { foldedFilterCount, DEFAULT_INBOX_VIEW } from '../../web/src/logic/inbox-view.js';
import { documentTitle, PUBLIC_SITE, staffPageTitle } from '../../web/src/logic/page-titles.js';
import { headerUserName } from '../../web/src/logic/session-header.js';

describe('the document title', () => {
  it('says the page, then the site', () => {
    expect(documentTitle('Bandeja')).toBe('Bandeja · Ventanilla');
    expect(documentTitle('Consultar mi solicitud', PUBLIC_SITE)).toBe(
      'Consultar mi solicitud · Ventanilla virtual',
    );
    expect(documentTitle('  ')).toBe('Ventanilla');
  });

  it('names each staff screen as the navigation bar does', () => {
    expect(staffPageTitle('/bandeja')).toBe('Bandeja');
    expect(staffPageTitle('/bandeja/')).toBe('Bandeja');
    expect(staffPageTitle('/tablero')).toBe('Tablero');
    expect(staffPageTitle('/auditoria')).toBe('Auditoría');
    expect(staffPageTitle('/afiliaciones')).toBe('Afiliaciones');
    expect(staffPageTitle('/afiliaciones/nueva')).toBe('Nueva solicitud de afiliación');
    expect(staffPageTitle('/contrasena')).toBe('Cambiar contraseña');
  });

  it('names a record’s page by what it is, a case by its radicado', () => {
    expect(staffPageTitle('/casos/PQRS-2026-000123')).toBe('Caso PQRS-2026-000123');
    expect(staffPageTitle('/afiliaciones/5c1e0d7a-0000-4000-8000-000000000001')).toBe(
      'Solicitud de afiliación',
    );
    expect(staffPageTitle('/acciones/a-1')).toBe('Acción de mejora');
    expect(staffPageTitle('/preguntas-frecuentes/f-1')).toBe('Pregunta frecuente');
  });

  it('leaves unnamed a path the client does not know', () => {
    expect(staffPageTitle('/no-existe')).toBe('');
    expect(staffPageTitle('/casos/')).toBe('');
    expect(staffPageTitle('/casos/a/b')).toBe('');
  });
});

describe('the name in the bar', () => {
  it('is the person’s name', () => {
    expect(headerUserName({ fullName: 'Lucía Ortiz', username: 'lortiz' }, 'Agente')).toBe('Lucía Ortiz');
  });

  it('is the username when the name only repeats the role, or there is none', () => {
    expect(headerUserName({ fullName: 'Administrador', username: 'admin' }, 'Administrador')).toBe('admin');
    expect(headerUserName({ fullName: ' ADMINISTRADOR ', username: 'admin' }, 'Administrador')).toBe('admin');
    expect(headerUserName({ fullName: 'Auditoría', username: 'aud' }, 'Auditoria')).toBe('aud');
    expect(headerUserName({ fullName: null, username: 'admin' }, 'Administrador')).toBe('admin');
  });
});

describe('the Bandeja’s folded filters', () => {
  it('counts those a view uses, the search and the order apart', () => {
    expect(foldedFilterCount(DEFAULT_INBOX_VIEW)).toBe(0);
    expect(foldedFilterCount({ ...DEFAULT_INBOX_VIEW, text: 'agua', sort: 'DUE_DATE_ASC' })).toBe(0);
    expect(
      foldedFilterCount({
        ...DEFAULT_INBOX_VIEW,
        status: 'RECEIVED',
        mine: true,
        receivedFrom: '2026-01-01',
      }),
    ).toBe(3);
    expect(foldedFilterCount({ ...DEFAULT_INBOX_VIEW, overdue: false })).toBe(1);
  });
});
