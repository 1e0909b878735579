// Small texts the public pages repeat: a term in business days, a kind's Spanish name from the portal's
// list. Pure.
import type { PortalKind } from './filing-form.js';

/** "1 día hábil", "15 días hábiles". */
export function businessDaysText(days: number): string {
  return days === 1 ? '1 día hábil' : `${days} días hábiles`;
}

/** The kind as the portal names it, or the code if the portal no longer lists it. */
export function kindLabel(kinds: readonly Pick<PortalKind, 'kind' | 'label'>[], kind: string): string {
  return kinds.find((each) => each.kind === kind)?.label ?? kind;
}
