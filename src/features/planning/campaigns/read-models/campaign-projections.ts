// The read models of campaigns: the live plan and its mapped names, and the campaigns' versions the
// Informe de campañas y medios reads as of its cut.
import type { Projection } from '../../../../engine/projections/projection.js';
import { campaignsProjection } from './campaigns-projection.js';
import { campaignVersionsProjection } from './campaign-versions-projection.js';

export const CAMPAIGN_PROJECTIONS: readonly Projection[] = [campaignsProjection, campaignVersionsProjection];
