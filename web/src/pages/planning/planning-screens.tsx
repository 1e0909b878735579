// The screen of each Planeación page, by its path segment (logic/planning-pages.ts names them).
import type { ReactElement } from 'react';
import { ActionPlanScreen } from './action-plan/ActionPlanScreen';
import { CampaignsScreen } from './campaigns/CampaignsScreen';
import { ManagementReviewScreen } from './management-review/ManagementReviewScreen';

export const PLANNING_SCREENS: Readonly<Record<string, () => ReactElement>> = {
  'plan-de-accion': ActionPlanScreen,
  campanas: CampaignsScreen,
  'revision-por-la-direccion': ManagementReviewScreen,
};
