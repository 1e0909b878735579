// The screen of each Planeación page, by its path segment (logic/planning-pages.ts names them).
import type { ReactElement } from 'react';
import { ActionPlanScreen } from './action-plan/ActionPlanScreen';
import { CampaignsScreen } from './campaigns/CampaignsScreen';
import { ManagementReviewScreen } from './management-review/ManagementReviewScreen';
import { RiskMapScreen } from './risks/RiskMapScreen';
import { TrainingScreen } from './training/TrainingScreen';

export const PLANNING_SCREENS: Readonly<Record<string, () => ReactElement>> = {
  'plan-de-accion': ActionPlanScreen,
  campanas: CampaignsScreen,
  capacitacion: TrainingScreen,
  'mapa-de-riesgos': RiskMapScreen,
  'revision-por-la-direccion': ManagementReviewScreen,
};
