// Each page names itself in the browser's tab, history and bookmarks (WCAG 2.4.2 Titulado de páginas):
// the page first, so the tabs of several cases open side by side still tell them apart, then the site.
// Pure: the hook that writes document.title is web/src/layout/use-document-title.ts.

/** The staff client's name after every page's own. */
export const STAFF_SITE = 'Ventanilla';
/** The citizens' portal's name after every public page's own. */
export const PUBLIC_SITE = 'Ventanilla virtual';

/** "Bandeja · Ventanilla": the page, then the site; the site alone for a page with no name. */
export function documentTitle(page: string, site: string = STAFF_SITE): string {
  const name = page.trim();
  return name === '' ? site : `${name} · ${site}`;
}

import { PLANNING_PAGE_TITLES } from './planning-pages.js';

/** The staff screens by their path, as the navigation bar names them. */
const STAFF_PAGES: Readonly<Record<string, string>> = {
  '/mi-trabajo': 'Mi trabajo',
  '/bandeja': 'Bandeja',
  '/radicar': 'Radicar',
  '/afiliaciones': 'Afiliaciones',
  '/afiliaciones/nueva': 'Nueva solicitud de afiliación',
  '/acciones': 'Acciones de mejora',
  '/encuestas': 'Encuestas',
  '/preguntas-frecuentes': 'Preguntas frecuentes',
  '/planeacion': 'Planeación',
  ...PLANNING_PAGE_TITLES,
  '/correo-por-revisar': 'Correo por revisar',
  '/tablero': 'Tablero',
  '/informes': 'Informes',
  '/auditoria': 'Auditoría',
  '/avisos-fallidos': 'Avisos fallidos',
  '/plantillas-de-avisos': 'Plantillas de avisos',
  '/calendario': 'Calendario de días hábiles',
  '/usuarios': 'Usuarios',
  '/contrasena': 'Cambiar contraseña',
};

/** The pages of one record, by the list they open from: the record's own key follows the prefix. */
const RECORD_PAGES: readonly { readonly prefix: string; readonly title: (key: string) => string }[] = [
  { prefix: '/casos/', title: (radicado) => `Caso ${radicado}` },
  { prefix: '/afiliaciones/', title: () => 'Solicitud de afiliación' },
  { prefix: '/acciones/', title: () => 'Acción de mejora' },
  { prefix: '/preguntas-frecuentes/', title: () => 'Pregunta frecuente' },
];

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The name of the staff page at a path ("Bandeja", "Caso PQRS-2026-000123"); '' for one the client does
 * not know (it redirects to the landing screen, which then names itself).
 */
export function staffPageTitle(pathname: string): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const screen = STAFF_PAGES[path];
  if (screen !== undefined) return screen;
  for (const { prefix, title } of RECORD_PAGES) {
    const key = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    if (key !== '' && !key.includes('/')) return title(decoded(key));
  }
  return '';
}
