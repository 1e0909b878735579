// Output types of the action-plan part of the schema: the plan with its figures as of today (Bogotá).
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActivityStatusValue, ProgressReportStatus } from '../../../../domain/action-plan/index.js';
import { Attachment } from '../../../../graphql/attachments.js';
import { DateScalar, DateTimeScalar } from '../../../../graphql/scalars.js';
import { PlanActivityStatusEnum, ProgressReportStatusEnum } from './action-plan.enums.js';

@ObjectType({ description: 'Reporte de avance de una actividad, con su evidencia y su revisión.' })
export class ActivityProgressReport {
  @Field(() => ID) id!: string;
  @Field(() => ID) activityId!: string;
  @Field(() => Int, { description: 'Avance acumulado reportado, 0 a 100.' }) progressPercent!: number;
  @Field() note!: string;
  @Field({ description: 'Dónde está la evidencia; vacío si solo hay archivos.' }) evidence!: string;
  @Field(() => [Attachment], { description: 'Archivos de evidencia.' }) attachments!: readonly Attachment[];
  @Field(() => ID, { description: 'Funcionario que lo reportó.' }) reportedById!: string;
  @Field(() => DateTimeScalar) reportedAt!: string;
  @Field(() => DateScalar) reportedOn!: string;
  @Field(() => ProgressReportStatusEnum) status!: ProgressReportStatus;
  @Field(() => ID, { nullable: true, description: 'Quien lo aprobó o rechazó.' }) reviewedById!:
    string | null;
  @Field(() => DateTimeScalar, { nullable: true }) reviewedAt!: string | null;
  @Field(() => DateScalar, { nullable: true }) reviewedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Motivo del rechazo.' }) rejectionReason!:
    string | null;
}

@ObjectType({ description: 'Actividad del plan de acción, con su avance aprobado al día de hoy.' })
export class PlanActivity {
  @Field(() => ID) id!: string;
  @Field(() => ID) goalId!: string;
  @Field() description!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => Float, { description: 'Peso: porcentaje del plan.' }) weight!: number;
  @Field() indicator!: string;
  @Field({ description: 'Meta del indicador.' }) target!: string;
  @Field(() => Int, { description: 'Último avance acumulado aprobado, 0 a 100.' }) approvedProgress!: number;
  @Field(() => Float, { description: 'Puntos que aporta a la ejecución del plan: peso × avance / 100.' })
  weightedExecution!: number;
  @Field({ description: 'Fecha de fin pasada (hora de Bogotá) sin 100 % de avance aprobado.' })
  overdue!: boolean;
  @Field(() => PlanActivityStatusEnum) status!: ActivityStatusValue;
  @Field(() => ID, { nullable: true, description: 'Reporte pendiente de aprobación, si lo hay.' })
  pendingReportId!: string | null;
  @Field(() => [ActivityProgressReport], { description: 'Reportes de avance, del primero al último.' })
  progressReports!: ActivityProgressReport[];
  /** The resolved field `responsible` reads it. */
  @Field(() => ID) responsibleId!: string;
}

@ObjectType({ description: 'Meta del plan de acción.' })
export class PlanGoal {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => Float, { description: 'Suma de los pesos de sus actividades.' }) weight!: number;
  @Field(() => Float, { description: 'Puntos que sus actividades aportan a la ejecución del plan.' })
  execution!: number;
  @Field(() => [PlanActivity]) activities!: PlanActivity[];
}

@ObjectType({
  description:
    'Plan de acción de un año: metas, actividades ponderadas y su ejecución al día de hoy (ponderada por actividad, solo avances aprobados).',
})
export class ActionPlan {
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateScalar, { description: 'Día (Bogotá) para el que se calcularon las cifras.' })
  asOf!: string;
  @Field(() => Float, { description: 'Ejecución: Σ peso × avance aprobado / 100, en puntos del plan.' })
  executionPercent!: number;
  @Field(() => Float, { description: 'Suma de los pesos de las actividades.' }) weightTotal!: number;
  @Field({ description: 'Si los pesos suman exactamente 100 %; si no, el plan no puede llegar a 100 %.' })
  weightsBalanced!: boolean;
  @Field(() => Int) overdueActivities!: number;
  @Field(() => Int, { description: 'Reportes de avance pendientes de aprobación.' }) pendingReports!: number;
  @Field(() => [PlanGoal]) goals!: PlanGoal[];
  @Field(() => [PlanActivity], { description: 'Todas las actividades, en el orden en que se agregaron.' })
  activities!: PlanActivity[];
  @Field(() => Int, { description: 'Revisión del flujo del plan; úsela como expectedRevision.' })
  revision!: number;
}
