// Planeación: the process's own plan and controls (caracterización CSC-AC-CR-01, PLANEAR and the
// controls) — the action plan, the campaigns and media, training, the risk map and the management
// review — each a feature of its own under this folder, gathered here for the application.
import { Module } from '@nestjs/common';
import { ActionPlanModule } from './action-plan/action-plan.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { ManagementReviewModule } from './management-review/index.js';
import { RisksModule } from './risks/risks.module.js';
import { TrainingModule } from './training/training.module.js';

@Module({
  imports: [ActionPlanModule, CampaignsModule, TrainingModule, RisksModule, ManagementReviewModule],
})
export class PlanningModule {}
