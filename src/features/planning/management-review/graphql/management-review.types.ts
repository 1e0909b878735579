// Output types of the management-review part of the schema.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DecisionKind } from '../../../../domain/management-review/index.js';
import { DateScalar, DateTimeScalar } from '../../../../graphql/scalars.js';
import {
  ManagementReviewStatusEnum,
  ReviewDecisionKindEnum,
  type ReviewStatus,
} from './management-review.enums.js';

@ObjectType({ description: 'Periodo revisado.' })
export class ReviewPeriodType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

@ObjectType({ description: 'Cantidad por tipo de PQRS.' })
export class ReviewKindCount {
  @Field() kind!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Indicadores de PQRS del periodo y casos abiertos al corte.' })
export class PqrsReviewInputType {
  @Field(() => Int) received!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) answeredOnTime!: number;
  @Field(() => Int) answeredLate!: number;
  @Field(() => Float, { nullable: true, description: 'Respondidas a tiempo / respondidas (0 a 1).' })
  onTimeRate!: number | null;
  @Field(() => Float, { nullable: true }) averageResponseBusinessDays!: number | null;
  @Field(() => [ReviewKindCount]) byKind!: ReviewKindCount[];
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType({ description: 'El Informe de PQRS expedido para el periodo que tuvo el comité.' })
export class PqrsReportReferenceType {
  @Field(() => ID) reportId!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => DateTimeScalar) asOf!: string;
  @Field(() => DateTimeScalar) issuedAt!: string;
  @Field() contentHash!: string;
}

@ObjectType({ description: 'Satisfacción del cliente en el periodo (ISO 9001:2015 9.1.2).' })
export class SatisfactionReviewInputType {
  @Field(() => Int) responses!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) satisfied!: number;
  @Field(() => Float, { nullable: true }) satisfactionIndex!: number | null;
}

@ObjectType({ description: 'Acción de mejora abierta al corte.' })
export class OpenActionInputType {
  @Field(() => ID) actionId!: string;
  @Field() sourceKind!: string;
  @Field() sourceReference!: string;
  @Field(() => DateScalar) dueDate!: string;
  @Field() overdue!: boolean;
}

@ObjectType({ description: 'Acciones de mejora: las del periodo y las abiertas al corte.' })
export class ImprovementActionsReviewInputType {
  @Field(() => Int) formulated!: number;
  @Field(() => Int) closedEffective!: number;
  @Field(() => Int) closedNotEffective!: number;
  @Field(() => Float, { nullable: true }) effectivenessRate!: number | null;
  @Field(() => [OpenActionInputType]) open!: OpenActionInputType[];
}

@ObjectType({ description: 'Actividad del plan de acción vencida al corte.' })
export class OverdueActivityInputType {
  @Field(() => ID) activityId!: string;
  @Field() description!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => Float, { description: 'Avance aprobado acumulado, 0 a 100.' }) progress!: number;
}

@ObjectType({ description: 'Ejecución del plan de acción del año al corte.' })
export class ActionPlanReviewInputType {
  @Field(() => Int) year!: number;
  @Field(() => Float, { description: 'Puntos porcentuales de ejecución del plan.' })
  executionPercent!: number;
  @Field({ description: 'Si los pesos de las actividades suman exactamente 100 %.' })
  weightsBalanced!: boolean;
  @Field(() => Int) activities!: number;
  @Field(() => Int) completed!: number;
  @Field(() => [OverdueActivityInputType]) overdue!: OverdueActivityInputType[];
}

@ObjectType({ description: 'Cantidad de riesgos por zona residual.' })
export class ReviewZoneCount {
  @Field() zone!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Un riesgo del mapa y su monitoreo al corte.' })
export class RiskReviewInputType {
  @Field(() => ID) riskId!: string;
  @Field() name!: string;
  @Field() residualZone!: string;
  @Field(() => String, { nullable: true }) lastMonitoringQuarter!: string | null;
  @Field(() => Boolean, { nullable: true }) controlsEffective!: boolean | null;
  @Field(() => Int) materializationsInPeriod!: number;
}

@ObjectType({ description: 'Monitoreo del mapa de riesgos al corte.' })
export class RiskMonitoringReviewInputType {
  @Field(() => [ReviewZoneCount]) byResidualZone!: ReviewZoneCount[];
  @Field(() => [RiskReviewInputType]) risks!: RiskReviewInputType[];
}

@ObjectType({
  description:
    'Entradas de la revisión (ISO 9001:2015 9.3.2), reunidas al abrirla: las cifras que tuvo el comité.',
})
export class ReviewInputsType {
  @Field(() => DateTimeScalar, { description: 'Corte: instante en que se leyeron las cifras.' })
  assembledAt!: string;
  @Field(() => ReviewPeriodType) period!: ReviewPeriodType;
  @Field(() => PqrsReviewInputType) pqrs!: PqrsReviewInputType;
  @Field(() => PqrsReportReferenceType, { nullable: true }) pqrsReport!: PqrsReportReferenceType | null;
  @Field(() => SatisfactionReviewInputType) satisfaction!: SatisfactionReviewInputType;
  @Field(() => ImprovementActionsReviewInputType) improvementActions!: ImprovementActionsReviewInputType;
  @Field(() => ActionPlanReviewInputType, { nullable: true, description: 'null: fuente no disponible.' })
  actionPlan!: ActionPlanReviewInputType | null;
  @Field(() => RiskMonitoringReviewInputType, { nullable: true, description: 'null: fuente no disponible.' })
  riskMonitoring!: RiskMonitoringReviewInputType | null;
}

@ObjectType({ description: 'Decisión de la revisión por la dirección (ISO 9001:2015 9.3.3).' })
export class ReviewDecision {
  @Field(() => Int) number!: number;
  @Field({ description: 'Referencia de la decisión: <id de la revisión>/<número>.' }) reference!: string;
  @Field(() => ReviewDecisionKindEnum) kind!: DecisionKind;
  @Field() description!: string;
  @Field(() => ID) responsibleId!: string;
  @Field(() => DateScalar, { nullable: true }) dueDate!: string | null;
  @Field(() => ID, { nullable: true, description: 'La acción de mejora que la decisión formula.' })
  improvementActionId!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Si la acción que nombra ya fue formulada; null si no formula ninguna.',
  })
  actionFormulated!: boolean | null;
  @Field(() => DateTimeScalar) recordedAt!: string;
}

@ObjectType({ description: 'Revisión por la dirección (ISO 9001:2015 9.3), con sus entradas y decisiones.' })
export class ManagementReview {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => DateScalar) meetingDate!: string;
  @Field(() => ReviewPeriodType) period!: ReviewPeriodType;
  @Field(() => [ID], { description: 'Cuentas de los asistentes.' }) attendeeIds!: string[];
  @Field(() => ManagementReviewStatusEnum) status!: ReviewStatus;
  @Field(() => DateTimeScalar) openedAt!: string;
  @Field(() => ReviewInputsType) inputs!: ReviewInputsType;
  @Field(() => [ReviewDecision]) decisions!: ReviewDecision[];
  @Field(() => String, { nullable: true, description: 'Conclusiones; null hasta aprobar el acta.' })
  conclusions!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: string | null;
  @Field(() => Int, { description: 'Revisión del flujo; úsela como expectedRevision.' }) revision!: number;
}
