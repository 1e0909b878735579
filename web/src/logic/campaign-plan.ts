// The campaigns and media screens without the screens: the Spanish words of kinds and channels, sums of
// pesos as «$ 1.234.567», dates as dd/mm/aaaa, the campaigns an application may name (those begun by the
// day it was received), the plan form's draft, its checks and the input sent to planCampaign, and the
// result form's. Pure, so test/web/campaign-plan.test.ts checks it without a browser.
import {
  CAMPAIGN_CHANNEL_LABELS,
  CAMPAIGN_KIND_LABELS,
  formatPesos,
} from '../../../src/domain/campaign/labels.js';
import { CAMPAIGN_CHANNELS, CAMPAIGN_KINDS } from '../../../src/domain/campaign/events.js';
import { CUNDINAMARCA_MUNICIPALITIES } from '../../../src/domain/planning/municipalities.js';
import { spanishDate } from '../../../src/domain/shared/time.js';
import type { CampaignChannel, CampaignKind } from '../graphql/generated/graphql.js';
import { isCalendarDate } from './report-periods.js';

export { CAMPAIGN_CHANNEL_LABELS, CAMPAIGN_CHANNELS, CAMPAIGN_KIND_LABELS, CAMPAIGN_KINDS, formatPesos };
export { CUNDINAMARCA_MUNICIPALITIES };

/** A sum of pesos, or a dash when there is none yet. */
export function pesosOrDash(pesos: number | null | undefined): string {
  return pesos == null ? '—' : formatPesos(pesos);
}

/** The days a campaign runs, as staff write them: «10/04/2026» or «10/04/2026 a 12/04/2026». */
export function campaignDays(startDate: string, endDate: string): string {
  return startDate === endDate
    ? spanishDate(startDate)
    : `${spanishDate(startDate)} a ${spanishDate(endDate)}`;
}

export interface CampaignChoice {
  readonly id: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly municipality: { readonly name: string };
}

/**
 * The campaigns an application received on `day` may come from: those begun by then, the latest first
 * (the server refuses one that starts after the receipt).
 */
export function campaignChoices<Choice extends CampaignChoice>(
  campaigns: readonly Choice[],
  day: string,
): Choice[] {
  return campaigns
    .filter((campaign) => campaign.startDate <= day)
    .sort(
      (left, right) =>
        right.startDate.localeCompare(left.startDate) || left.name.localeCompare(right.name, 'es'),
    );
}

/** How a campaign reads in the list to choose from: «Feria de servicios — Zipaquirá, desde 10/04/2026». */
export function campaignChoiceLabel(campaign: CampaignChoice): string {
  return `${campaign.name} — ${campaign.municipality.name}, desde ${spanishDate(campaign.startDate)}`;
}

export interface CampaignDraft {
  readonly kind: CampaignKind | '';
  readonly name: string;
  readonly municipalityCode: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly channels: readonly CampaignChannel[];
  readonly media: string;
  /** As typed: digits, maybe with dots between thousands. */
  readonly budget: string;
}

export const EMPTY_CAMPAIGN_DRAFT: CampaignDraft = {
  kind: '',
  name: '',
  municipalityCode: '',
  startDate: '',
  endDate: '',
  channels: [],
  media: '',
  budget: '',
};

export type CampaignDraftField = keyof CampaignDraft;

/** The server's limits (PlanCampaignInput). */
export const CAMPAIGN_LIMITS = { name: 200, media: 1_000, results: 5_000, pesos: 100_000_000_000 } as const;

/** Whole pesos typed as «4.500.000» or «4500000»; null for anything else. */
export function pesosOf(typed: string): number | null {
  const digits = typed.trim().replace(/\./g, '');
  if (!/^\d+$/.test(digits)) return null;
  const pesos = Number(digits);
  return pesos <= CAMPAIGN_LIMITS.pesos ? pesos : null;
}

/** What is wrong with the plan form, field by field; empty when it can be sent. */
export function campaignDraftProblems(draft: CampaignDraft): Partial<Record<CampaignDraftField, string>> {
  const problems: Partial<Record<CampaignDraftField, string>> = {};
  if (draft.kind === '') problems.kind = 'Seleccione el tipo.';
  if (draft.name.trim() === '') problems.name = 'Escriba el nombre de la campaña.';
  else if (draft.name.trim().length > CAMPAIGN_LIMITS.name)
    problems.name = `El nombre admite hasta ${CAMPAIGN_LIMITS.name} caracteres.`;
  if (!CUNDINAMARCA_MUNICIPALITIES.some((municipality) => municipality.code === draft.municipalityCode))
    problems.municipalityCode = 'Seleccione el municipio de Cundinamarca.';
  if (!isCalendarDate(draft.startDate)) problems.startDate = 'Indique la fecha de inicio (dd/mm/aaaa).';
  if (!isCalendarDate(draft.endDate)) problems.endDate = 'Indique la fecha de cierre (dd/mm/aaaa).';
  else if (isCalendarDate(draft.startDate) && draft.endDate < draft.startDate)
    problems.endDate = 'La fecha de cierre no puede ser anterior a la de inicio.';
  if (draft.channels.length === 0) problems.channels = 'Elija al menos un canal o medio.';
  if (draft.media.trim().length > CAMPAIGN_LIMITS.media)
    problems.media = `Los medios admiten hasta ${CAMPAIGN_LIMITS.media} caracteres.`;
  if (pesosOf(draft.budget) === null)
    problems.budget = 'Escriba el presupuesto en pesos, sin decimales (por ejemplo 4.500.000).';
  return problems;
}

export interface PlanCampaignInputValue {
  readonly kind: CampaignKind;
  readonly name: string;
  readonly municipalityCode: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly channels: CampaignChannel[];
  readonly media: string | null;
  readonly budget: number;
}

/** planCampaign's input for a draft without problems. */
export function planCampaignInputOf(draft: CampaignDraft): PlanCampaignInputValue {
  const budget = pesosOf(draft.budget);
  if (draft.kind === '' || budget === null) throw new Error('planCampaignInputOf: el borrador tiene errores');
  return {
    kind: draft.kind,
    name: draft.name.trim(),
    municipalityCode: draft.municipalityCode,
    startDate: draft.startDate,
    endDate: draft.endDate,
    channels: [...draft.channels],
    media: draft.media.trim() === '' ? null : draft.media.trim(),
    budget,
  };
}

export interface ResultDraft {
  readonly attendance: string;
  readonly actualCost: string;
  readonly results: string;
}

export const EMPTY_RESULT_DRAFT: ResultDraft = { attendance: '', actualCost: '', results: '' };

export function resultDraftProblems(draft: ResultDraft): Partial<Record<keyof ResultDraft, string>> {
  const problems: Partial<Record<keyof ResultDraft, string>> = {};
  if (!/^\d+$/.test(draft.attendance.trim().replace(/\./g, '')))
    problems.attendance = 'Escriba la asistencia como un número entero de personas.';
  if (pesosOf(draft.actualCost) === null)
    problems.actualCost = 'Escriba el costo ejecutado en pesos, sin decimales.';
  if (draft.results.trim() === '') problems.results = 'Describa los resultados.';
  else if (draft.results.trim().length > CAMPAIGN_LIMITS.results)
    problems.results = `Los resultados admiten hasta ${CAMPAIGN_LIMITS.results} caracteres.`;
  return problems;
}

export function resultInputOf(draft: ResultDraft): {
  attendance: number;
  actualCost: number;
  results: string;
} {
  const actualCost = pesosOf(draft.actualCost);
  if (actualCost === null) throw new Error('resultInputOf: el borrador tiene errores');
  return {
    attendance: Number(draft.attendance.trim().replace(/\./g, '')),
    actualCost,
    results: draft.results.trim(),
  };
}
