// The campaign statistics, as plain arithmetic over documents: affiliations per campaign (by its id, or
// by an old free-text name mapped to it) and per municipality, and the cost per affiliation. The cost per
// affiliation divides the ACTUAL cost recorded with the result (not the planned budget) by the approved
// affiliations the campaign brought; with no result or no approved affiliation there is none. Pure, so the
// GraphQL statistics and the Informe de campañas y medios compute the same figures.
import { foldForSearch } from '../../../../engine/read-models/search-text.js';
import { municipalityName } from '../../../../domain/planning/municipalities.js';
import type { CampaignDocument } from './campaigns-projection.js';

/** What the figures read of an affiliation application. */
export interface CampaignAffiliationFacts {
  readonly campaignId?: string | null;
  /** The free-text campaign of an application received before campaigns were planned. */
  readonly campaign: string | null;
  readonly decision: 'APPROVED' | 'REJECTED' | null;
}

/** An old free-text name (as written, revealed) and the campaign it was mapped to. */
export interface LegacyNameMapping {
  readonly legacyName: string;
  readonly campaignId: string;
}

export interface CampaignFigures {
  readonly campaignId: string;
  /** Applications received from the campaign. */
  readonly applications: number;
  readonly approved: number;
  /** Actual cost ÷ approved affiliations, in whole pesos (rounded); null without a result or approval. */
  readonly costPerAffiliation: number | null;
}

export interface MunicipalityFigures {
  readonly municipalityCode: string;
  readonly municipalityName: string;
  readonly campaigns: number;
  readonly budget: number;
  /** Sum of the actual costs of its campaigns with a result. */
  readonly actualCost: number;
  readonly attendance: number;
  readonly applications: number;
  readonly approved: number;
  /**
   * The actual cost of its campaigns with a result ÷ the approved affiliations of those same campaigns;
   * null when none of them has both.
   */
  readonly costPerAffiliation: number | null;
}

/** The campaign an application counts for: its id, or the campaign its old free-text name is mapped to. */
export function campaignOfApplication(
  application: CampaignAffiliationFacts,
  mappedNames: ReadonlyMap<string, string>,
): string | null {
  if (application.campaignId) return application.campaignId;
  if (application.campaign === null) return null;
  return mappedNames.get(foldForSearch(application.campaign.trim())) ?? null;
}

/** The mappings by folded name (case and accents aside), for campaignOfApplication. */
export function mappedNameIndex(mappings: readonly LegacyNameMapping[]): Map<string, string> {
  return new Map(mappings.map((mapping) => [foldForSearch(mapping.legacyName.trim()), mapping.campaignId]));
}

export function costPerAffiliation(actualCost: number | null, approved: number): number | null {
  return actualCost === null || approved === 0 ? null : Math.round(actualCost / approved);
}

/** Each campaign's figures, in the order of the campaigns given. */
export function campaignFigures(
  campaigns: readonly Pick<CampaignDocument, 'id' | 'actualCost'>[],
  applications: readonly CampaignAffiliationFacts[],
  mappings: readonly LegacyNameMapping[],
): CampaignFigures[] {
  const mappedNames = mappedNameIndex(mappings);
  const counts = new Map<string, { applications: number; approved: number }>();
  for (const application of applications) {
    const campaignId = campaignOfApplication(application, mappedNames);
    if (campaignId === null) continue;
    const count = counts.get(campaignId) ?? { applications: 0, approved: 0 };
    counts.set(campaignId, {
      applications: count.applications + 1,
      approved: count.approved + (application.decision === 'APPROVED' ? 1 : 0),
    });
  }
  return campaigns.map((campaign) => {
    const count = counts.get(campaign.id) ?? { applications: 0, approved: 0 };
    return {
      campaignId: campaign.id,
      ...count,
      costPerAffiliation: costPerAffiliation(campaign.actualCost, count.approved),
    };
  });
}

/** The figures by municipality, in the order of the municipalities' names. */
export function municipalityFigures(
  campaigns: readonly Pick<
    CampaignDocument,
    'id' | 'municipalityCode' | 'budget' | 'actualCost' | 'attendance'
  >[],
  figures: readonly CampaignFigures[],
): MunicipalityFigures[] {
  const byCampaign = new Map(figures.map((figure) => [figure.campaignId, figure]));
  const byMunicipality = new Map<
    string,
    Omit<MunicipalityFigures, 'costPerAffiliation'> & { costed: number; costedApproved: number }
  >();
  for (const campaign of campaigns) {
    const figure = byCampaign.get(campaign.id);
    const applications = figure?.applications ?? 0;
    const approved = figure?.approved ?? 0;
    const current = byMunicipality.get(campaign.municipalityCode) ?? {
      municipalityCode: campaign.municipalityCode,
      municipalityName: municipalityName(campaign.municipalityCode),
      campaigns: 0,
      budget: 0,
      actualCost: 0,
      attendance: 0,
      applications: 0,
      approved: 0,
      costed: 0,
      costedApproved: 0,
    };
    const hasResult = campaign.actualCost !== null;
    byMunicipality.set(campaign.municipalityCode, {
      ...current,
      campaigns: current.campaigns + 1,
      budget: current.budget + campaign.budget,
      actualCost: current.actualCost + (campaign.actualCost ?? 0),
      attendance: current.attendance + (campaign.attendance ?? 0),
      applications: current.applications + applications,
      approved: current.approved + approved,
      costed: current.costed + (hasResult ? (campaign.actualCost ?? 0) : 0),
      costedApproved: current.costedApproved + (hasResult ? approved : 0),
    });
  }
  return [...byMunicipality.values()]
    .map(({ costed, costedApproved, ...figure }) => ({
      ...figure,
      costPerAffiliation: costedApproved === 0 ? null : Math.round(costed / costedApproved),
    }))
    .sort((left, right) => left.municipalityName.localeCompare(right.municipalityName, 'es'));
}
