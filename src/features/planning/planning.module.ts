// Planeación: the process's own plan and controls (caracterización CSC-AC-CR-01, PLANEAR and the
// controls) — the action plan, the campaigns and media, training, the risk map and the management
// review — each a feature of its own under this folder, gathered here for the application.
import { Module } from '@nestjs/common';

@Module({
  imports: [],
})
export class PlanningModule {}
