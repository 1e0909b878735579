// The Spanish words of a campaign's codes and its sums of money, written once: the reports, the GraphQL
// schema's descriptions and the staff web client read them from here.
import type { CampaignChannel, CampaignKind } from './events.js';

export const CAMPAIGN_KIND_LABELS: Readonly<Record<CampaignKind, string>> = {
  CAMPAIGN: 'Campaña',
  FAIR: 'Feria',
  VISIT: 'Visita',
  DISSEMINATION: 'Acción de difusión',
};

export const CAMPAIGN_CHANNEL_LABELS: Readonly<Record<CampaignChannel, string>> = {
  IN_PERSON: 'Presencial',
  RADIO: 'Radio',
  TELEVISION: 'Televisión',
  PRESS: 'Prensa',
  SOCIAL_MEDIA: 'Redes sociales',
  WEBSITE: 'Página web',
  EMAIL: 'Correo electrónico',
  PRINTED_MATERIAL: 'Material impreso',
  LOUDSPEAKER: 'Perifoneo',
};

/** Whole Colombian pesos as staff write them: «$ 1.234.567» (dots between thousands, no decimals). */
export function formatPesos(pesos: number): string {
  const sign = pesos < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(pesos)));
  return `${sign}$ ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}
