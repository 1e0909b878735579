// The risk map's screen rules, pure: the words of the guide's codes (read from the domain, written once),
// each zone's colours (text contrast ≥ 4.5:1 on its fill, and the zone always also said in words), who may
// take which step, the quarters offered for monitoring, and the heat map as rows of words for its table.
import {
  CONTROL_DOCUMENTATION_LABELS,
  CONTROL_EVIDENCE_LABELS,
  CONTROL_FREQUENCY_LABELS,
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_TYPE_LABELS,
  IMPACT_LABELS,
  IMPACT_LEVELS,
  PROBABILITY_LABELS,
  PROBABILITY_LEVELS,
  RISK_ZONE_LABELS,
} from '../../../../../src/domain/planning/risk-rating.js';
import { RISK_INDICATOR_NAMES } from '../../../../../src/domain/risk/events.js';
import {
  CONTROL_PERIODICITY_LABELS,
  MATERIALIZATION_LINK_KIND_LABELS,
} from '../../../../../src/domain/risk/labels.js';
import type { Role } from '../../../graphql/generated/graphql';

export {
  CONTROL_DOCUMENTATION_LABELS,
  CONTROL_EVIDENCE_LABELS,
  CONTROL_FREQUENCY_LABELS,
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_PERIODICITY_LABELS,
  CONTROL_TYPE_LABELS,
  IMPACT_LABELS,
  MATERIALIZATION_LINK_KIND_LABELS,
  PROBABILITY_LABELS,
  RISK_INDICATOR_NAMES,
  RISK_ZONE_LABELS,
};

export type Zone = keyof typeof RISK_ZONE_LABELS;
export type Probability = (typeof PROBABILITY_LEVELS)[number];
export type Impact = (typeof IMPACT_LEVELS)[number];

/** The heat map's colours, with a text colour that reads on each (WCAG AA). */
export const ZONE_COLORS: Readonly<Record<Zone, { readonly fill: string; readonly text: string }>> = {
  EXTREME: { fill: '#b71c1c', text: '#ffffff' },
  HIGH: { fill: '#bf360c', text: '#ffffff' },
  MODERATE: { fill: '#fdd835', text: '#000000' },
  LOW: { fill: '#2e7d32', text: '#ffffff' },
};

/** Rows from Muy Alta down to Muy Baja, as the guide draws the map; columns from Leve to Catastrófico. */
export const HEAT_MAP_ROWS: readonly Probability[] = [...PROBABILITY_LEVELS].reverse();
export const HEAT_MAP_COLUMNS: readonly Impact[] = IMPACT_LEVELS;

export interface HeatMapCellView {
  readonly probability: Probability;
  readonly impact: Impact;
  readonly zone: Zone;
  readonly count: number;
}

/** What a cell says in words: its zone and how many risks fall in it. */
export function cellText(cell: Pick<HeatMapCellView, 'zone' | 'count'>): string {
  return `${RISK_ZONE_LABELS[cell.zone]}: ${cell.count} ${cell.count === 1 ? 'riesgo' : 'riesgos'}`;
}

/** The cell at a row and column (the server sends the 25 in that order; found by levels to be safe). */
export function cellAt(
  cells: readonly HeatMapCellView[],
  probability: Probability,
  impact: Impact,
): HeatMapCellView | undefined {
  return cells.find((cell) => cell.probability === probability && cell.impact === impact);
}

const MANAGERS: readonly Role[] = ['ADMIN', 'COORDINATOR'];

/** Registering risks, adding controls and monitoring: coordinators and administrators. */
export function mayManageRisks(roles: readonly Role[]): boolean {
  return roles.some((role) => MANAGERS.includes(role));
}

/** A materialisation may also be recorded by an agent who met it in their cases. */
export function mayRecordMaterialization(roles: readonly Role[]): boolean {
  return roles.some((role) => role === 'AGENT' || MANAGERS.includes(role));
}

/** `2026-T2` for a Bogotá day. */
export function quarterOfDay(day: string): string {
  return `${day.slice(0, 4)}-T${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

/** The quarter of today and the four before it, newest first: those a monitoring is usually for. */
export function recentQuarters(today: string): string[] {
  let year = Number(today.slice(0, 4));
  let quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const quarters: string[] = [];
  for (let index = 0; index < 5; index++) {
    quarters.push(`${year}-T${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return quarters;
}

const QUARTER_MONTHS = ['enero a marzo', 'abril a junio', 'julio a septiembre', 'octubre a diciembre'];

/** «T2 2026 (abril a junio)». */
export function quarterText(quarter: string): string {
  const match = /^(\d{4})-T([1-4])$/.exec(quarter);
  if (!match) return quarter;
  return `T${match[2]} ${match[1]} (${QUARTER_MONTHS[Number(match[2]) - 1]})`;
}

/** A percentage of the guide's method, es-CO: 25,2 %. */
export function ratingPercent(value: number): string {
  return `${value.toLocaleString('es-CO', { maximumFractionDigits: 1 })} %`;
}

/** A link of a materialisation in words: «Indicador: Respondidas fuera de término en el periodo». */
export function linkText(link: {
  readonly kind: keyof typeof MATERIALIZATION_LINK_KIND_LABELS;
  readonly reference: string;
}): string {
  const reference =
    link.kind === 'INDICATOR'
      ? (RISK_INDICATOR_NAMES[link.reference as keyof typeof RISK_INDICATOR_NAMES] ?? link.reference)
      : link.reference;
  return `${MATERIALIZATION_LINK_KIND_LABELS[link.kind]}: ${reference}`;
}
