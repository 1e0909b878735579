// Where an improvement action's origin can be opened: the PQRS case it was formulated from, the survey
// results, the indicators or the management review whose decision it answers to. An audit finding lives
// in the auditors' own report, not in Ventanilla: it stays text. Pure: no React.
import type { ActionSourceKind, Role } from '../graphql/generated/graphql.js';
import { mayUse, type Screen } from './roles.js';

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

/** The screen each kind of origin opens, when its reference names something there. */
const SOURCE_SCREENS: Readonly<Record<ActionSourceKind, { readonly screen: Screen } | null>> = {
  PQRS: { screen: 'inbox' },
  SURVEY: { screen: 'surveys' },
  INDICATOR: { screen: 'dashboard' },
  AUDIT: null,
  MANAGEMENT_REVIEW: { screen: 'planning' },
};

/** The path of the origin's page, or null when there is none or the user may not open it. */
export function actionSourcePath(
  source: { readonly kind: ActionSourceKind | string; readonly reference: string },
  roles: readonly Role[],
): string | null {
  const target = SOURCE_SCREENS[source.kind as ActionSourceKind];
  if (!target || !mayUse(roles, target.screen)) return null;
  switch (source.kind) {
    case 'PQRS': {
      const radicado = source.reference.trim().toUpperCase();
      return RADICADO.test(radicado) ? `/casos/${radicado}` : null;
    }
    case 'SURVEY':
      return '/encuestas';
    case 'INDICATOR':
      return '/tablero';
    case 'MANAGEMENT_REVIEW': {
      // `<review id>/<decision number>`: the review's page, which lists the decision.
      const reviewId = /^([0-9a-f-]{36})\/\d+$/i.exec(source.reference.trim())?.[1];
      return reviewId ? `/planeacion/revision-por-la-direccion/${reviewId.toLowerCase()}` : null;
    }
    default:
      return null;
  }
}
