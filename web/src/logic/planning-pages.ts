// The screens of Planeación, by path under /planeacion and by the name the section's tabs and the
// browser's tab give them. Pure, so the page titles and the section's navigation read one list.

export interface PlanningPageName {
  /** The path under /planeacion (`plan-de-accion`). */
  readonly segment: string;
  readonly label: string;
}

export const PLANNING_PAGES: readonly PlanningPageName[] = [
  { segment: 'plan-de-accion', label: 'Plan de acción' },
  { segment: 'campanas', label: 'Campañas y medios' },
  { segment: 'capacitacion', label: 'Capacitación' },
  { segment: 'mapa-de-riesgos', label: 'Mapa de riesgos' },
  { segment: 'revision-por-la-direccion', label: 'Revisión por la dirección' },
];

export const PLANNING_PAGE_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  PLANNING_PAGES.map((page) => [`/planeacion/${page.segment}`, page.label]),
);
