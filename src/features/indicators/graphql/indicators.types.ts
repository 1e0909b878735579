// Output types of the indicators queries: the dashboards' series of buckets, each with the PQRS,
// affiliation, improvement-action and satisfaction figures of its days (breakdowns as lists of
// { key, value }); and the PQRS and improvement-action figures of one period as a whole, for reports.
import { PQRS_FLOW_FIGURE_NAMES, PQRS_STOCK_FIGURE_NAMES } from '../../../domain/pqrs/figure-names.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IndicatorGranularity } from '../read-models/indicator-periods.js';
import type { ActionSourceKind } from '../../../domain/improvement-action/events.js';
import type { PqrsKind } from '../../../domain/pqrs/events.js';
import { PqrsKindEnum } from '../../../graphql/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { ActionSourceKindEnum } from '../../improvement-actions/index.js';
import { ChannelCount } from '../../../graphql/page-args.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
import { IndicatorGranularityEnum } from './indicators.enums.js';

@ObjectType({ description: 'Un valor de un desglose: la clave (tipo, canal, dependencia...) y su conteo.' })
export class IndicatorCount {
  @Field() key!: string;
  @Field(() => Int) value!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Lo que se muestra a las personas: en byAssignee, el nombre del funcionario (o su usuario) según el directorio de usuarios de hoy, «Sin asignar» o «(usuario eliminado)»; null en los demás desgloses, cuya clave ya es su nombre.',
  })
  name?: string | null;
}

@ObjectType({
  description:
    'Un conteo de PQRS y sus desgloses. Tipos y canales se listan todos (con ceros); dependencias y funcionarios, los que tienen casos. UNASSIGNED = sin asignar.',
})
export class IndicatorPqrsBreakdown {
  @Field(() => Int) total!: number;
  @Field(() => [IndicatorCount]) byKind!: IndicatorCount[];
  @Field(() => [IndicatorCount]) byChannel!: IndicatorCount[];
  @Field(() => [IndicatorCount], { description: 'Por dependencia (nombre).' })
  byDependency!: IndicatorCount[];
  @Field(() => [IndicatorCount], {
    description: 'Por funcionario asignado: la clave es su id de usuario, el nombre se lee en name.',
  })
  byAssignee!: IndicatorCount[];
}

@ObjectType({ description: 'Un conteo de PQRS por tipo.' })
export class IndicatorKindBreakdown {
  @Field(() => Int) total!: number;
  @Field(() => [IndicatorCount]) byKind!: IndicatorCount[];
}

@ObjectType({ description: 'Tiempo de respuesta en días hábiles: suma, cantidad, promedio y máximo.' })
export class IndicatorResponseTime {
  @Field(() => Int, { description: 'Respuestas contadas.' }) count!: number;
  @Field(() => Int, { description: 'Suma de días hábiles.' }) sum!: number;
  @Field(() => Float, { nullable: true, description: 'sum / count; null sin respuestas.' })
  average!: number | null;
  @Field(() => Int, { nullable: true, description: 'La respuesta más demorada; null sin respuestas.' })
  max!: number | null;
}

@ObjectType({ description: 'Tiempo de respuesta de un tipo de PQRS.' })
export class IndicatorKindResponseTime extends IndicatorResponseTime {
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
}

@ObjectType({
  description:
    'Indicadores PQRS del intervalo: flujos de sus días; abiertos y vencidos, al cierre de su último día.',
})
export class IndicatorPqrsFigures {
  @Field(() => IndicatorPqrsBreakdown, {
    description: `${PQRS_FLOW_FIGURE_NAMES.received}: por la fecha de radicación.`,
  })
  received!: IndicatorPqrsBreakdown;
  @Field(() => IndicatorPqrsBreakdown, {
    description: `${PQRS_FLOW_FIGURE_NAMES.answered}: por la fecha de la respuesta.`,
  })
  answered!: IndicatorPqrsBreakdown;
  @Field(() => IndicatorPqrsBreakdown, { description: `${PQRS_FLOW_FIGURE_NAMES.answeredOnTime}.` })
  answeredOnTime!: IndicatorPqrsBreakdown;
  @Field(() => IndicatorPqrsBreakdown, { description: `${PQRS_FLOW_FIGURE_NAMES.answeredLate}.` })
  answeredLate!: IndicatorPqrsBreakdown;
  @Field(() => Float, {
    nullable: true,
    description: `${PQRS_FLOW_FIGURE_NAMES.onTimeRate}: a tiempo / respondidas (0 a 1); null sin respuestas.`,
  })
  onTimeRate!: number | null;
  @Field(() => IndicatorPqrsBreakdown, {
    description: `${PQRS_STOCK_FIGURE_NAMES.open}: al final del último día del intervalo.`,
  })
  open!: IndicatorPqrsBreakdown;
  @Field(() => IndicatorPqrsBreakdown, {
    description: `${PQRS_STOCK_FIGURE_NAMES.overdue}: al final del último día del intervalo, abiertas después de su fecha de vencimiento, sin contar las que esperan al peticionario (art. 17).`,
  })
  overdue!: IndicatorPqrsBreakdown;
  @Field(() => IndicatorResponseTime, {
    description: 'Días hábiles desde la radicación (o el reinicio del art. 17) hasta la respuesta.',
  })
  responseBusinessDays!: IndicatorResponseTime;
  @Field(() => [IndicatorKindResponseTime], { description: 'Por tipo, todos los tipos.' })
  responseBusinessDaysByKind!: IndicatorKindResponseTime[];
  @Field(() => IndicatorKindBreakdown, { description: 'Prórrogas concedidas.' })
  extensions!: IndicatorKindBreakdown;
  @Field(() => IndicatorKindBreakdown, { description: 'Traslados por competencia.' })
  transfers!: IndicatorKindBreakdown;
  @Field(() => IndicatorKindBreakdown, { description: 'Desistimientos (expresos y tácitos).' })
  withdrawals!: IndicatorKindBreakdown;
  @Field(() => IndicatorKindBreakdown, {
    description: 'Requerimientos para completar la petición (art. 17).',
  })
  informationRequests!: IndicatorKindBreakdown;
}

@ObjectType({
  description:
    'Un conteo de afiliaciones por tipo y canal (todos, con ceros) y por campaña: la campaña del plan por su id, una solicitud anterior al plan por el nombre escrito (NO_CAMPAIGN = sin campaña).',
})
export class IndicatorAffiliationBreakdown {
  @Field(() => Int) total!: number;
  @Field(() => [IndicatorCount]) byType!: IndicatorCount[];
  @Field(() => [IndicatorCount]) byChannel!: IndicatorCount[];
  @Field(() => [IndicatorCount]) byCampaign!: IndicatorCount[];
}

@ObjectType({ description: 'Un promedio llevado como suma y cantidad.' })
export class IndicatorAverage {
  @Field(() => Int) count!: number;
  @Field(() => Float) sum!: number;
  @Field(() => Float, { nullable: true, description: 'sum / count; null si count es 0.' })
  average!: number | null;
}

@ObjectType({ description: 'Un promedio de un valor de un desglose.' })
export class IndicatorKeyedAverage extends IndicatorAverage {
  @Field() key!: string;
}

@ObjectType({ description: 'Días calendario desde la radicación hasta la decisión.' })
export class IndicatorDaysToDecision {
  @Field(() => IndicatorAverage) total!: IndicatorAverage;
  @Field(() => [IndicatorKeyedAverage]) byType!: IndicatorKeyedAverage[];
  @Field(() => [IndicatorKeyedAverage]) byChannel!: IndicatorKeyedAverage[];
  @Field(() => [IndicatorKeyedAverage]) byCampaign!: IndicatorKeyedAverage[];
}

@ObjectType({ description: 'Indicadores de afiliaciones del intervalo.' })
export class IndicatorAffiliationFigures {
  @Field(() => IndicatorAffiliationBreakdown, { description: 'Solicitudes recibidas.' })
  received!: IndicatorAffiliationBreakdown;
  @Field(() => IndicatorAffiliationBreakdown, { description: 'Aprobadas en el intervalo.' })
  approved!: IndicatorAffiliationBreakdown;
  @Field(() => IndicatorAffiliationBreakdown, { description: 'Rechazadas en el intervalo.' })
  rejected!: IndicatorAffiliationBreakdown;
  @Field(() => IndicatorDaysToDecision, { description: 'De las decisiones tomadas en el intervalo.' })
  daysToDecision!: IndicatorDaysToDecision;
}

@ObjectType({ description: 'Un conteo de acciones de mejora por origen (todos, con ceros).' })
export class IndicatorSourceBreakdown {
  @Field(() => Int) total!: number;
  @Field(() => [IndicatorCount]) bySource!: IndicatorCount[];
}

@ObjectType({
  description:
    'Indicadores de acciones de mejora: flujos del intervalo; abiertas y vencidas, al cierre de su último día.',
})
export class IndicatorImprovementActionFigures {
  @Field(() => IndicatorSourceBreakdown) formulated!: IndicatorSourceBreakdown;
  @Field(() => IndicatorSourceBreakdown) closedEffective!: IndicatorSourceBreakdown;
  @Field(() => IndicatorSourceBreakdown) closedNotEffective!: IndicatorSourceBreakdown;
  @Field(() => Float, {
    nullable: true,
    description: 'Cerradas eficaces / cerradas; null si no se cerró ninguna.',
  })
  effectivenessRate!: number | null;
  @Field(() => IndicatorSourceBreakdown) open!: IndicatorSourceBreakdown;
  @Field(() => IndicatorSourceBreakdown, { description: 'Abiertas después de su fecha límite.' })
  overdue!: IndicatorSourceBreakdown;
}

@ObjectType({
  description: 'Respuestas calificadas, cuántas satisfechas (4–5 o sí) y el índice de satisfacción.',
})
export class IndicatorSatisfactionTally {
  @Field(() => Int) answered!: number;
  @Field(() => Int) satisfied!: number;
  @Field(() => Float, { nullable: true, description: 'satisfied / answered; null sin respuestas.' })
  satisfactionIndex!: number | null;
}

@ObjectType({ description: 'Satisfacción de un valor de un desglose (canal, evaluación).' })
export class IndicatorKeyedSatisfactionTally extends IndicatorSatisfactionTally {
  @Field() key!: string;
}

@ObjectType({ description: 'Satisfacción de una pregunta de un instrumento.' })
export class IndicatorQuestionSatisfaction extends IndicatorSatisfactionTally {
  @Field() instrumentId!: string;
  @Field() questionId!: string;
}

@ObjectType({ description: 'Indicadores de satisfacción del intervalo (por la fecha en que se respondió).' })
export class IndicatorSatisfactionFigures {
  @Field(() => Int, { description: 'Encuestas respondidas.' }) responses!: number;
  @Field(() => [IndicatorCount]) responsesByChannel!: IndicatorCount[];
  @Field(() => [IndicatorCount]) responsesByEvaluation!: IndicatorCount[];
  @Field(() => IndicatorSatisfactionTally) overall!: IndicatorSatisfactionTally;
  @Field(() => [IndicatorQuestionSatisfaction], { description: 'Las preguntas respondidas en el intervalo.' })
  byQuestion!: IndicatorQuestionSatisfaction[];
  @Field(() => [IndicatorKeyedSatisfactionTally]) byChannel!: IndicatorKeyedSatisfactionTally[];
  @Field(() => [IndicatorKeyedSatisfactionTally], {
    description: 'Primera (FIRST) y segunda (SECOND) evaluación.',
  })
  byEvaluation!: IndicatorKeyedSatisfactionTally[];
}

@ObjectType({
  description: 'Un intervalo de la serie: un día, mes, trimestre, semestre o año, recortado al periodo.',
})
export class IndicatorBucket {
  @Field({ description: 'Nombre del intervalo completo: 2026-03-02, 2026-03, 2026-T1, 2026-S1 o 2026.' })
  label!: string;
  @Field(() => DateScalar, { description: 'Primer día del intervalo dentro del periodo.' }) from!: string;
  @Field(() => DateScalar, {
    description:
      'Último día del intervalo dentro del periodo: las existencias se leen al cierre de este día.',
  })
  to!: string;
  @Field(() => IndicatorPqrsFigures) pqrs!: IndicatorPqrsFigures;
  @Field(() => IndicatorAffiliationFigures) affiliations!: IndicatorAffiliationFigures;
  @Field(() => IndicatorImprovementActionFigures) improvementActions!: IndicatorImprovementActionFigures;
  @Field(() => IndicatorSatisfactionFigures) satisfaction!: IndicatorSatisfactionFigures;
}

@ObjectType({ description: 'Serie de indicadores de un periodo para los tableros.' })
export class IndicatorSeries {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => IndicatorGranularityEnum) granularity!: IndicatorGranularity;
  @Field(() => [IndicatorBucket]) buckets!: IndicatorBucket[];
}

@ObjectType()
export class KindCount {
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Indicadores PQRS de un periodo (y, para abiertos y vencidos, de hoy).' })
export class PqrsIndicators {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int) received!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) answeredOnTime!: number;
  @Field(() => Int) answeredLate!: number;
  @Field(() => Float, { nullable: true, description: 'Respondidas a tiempo / respondidas (0 a 1).' })
  onTimeRate!: number | null;
  @Field(() => Int, { description: 'Casos abiertos hoy.' }) open!: number;
  @Field(() => Int, { description: 'Casos abiertos hoy con el término vencido.' }) overdue!: number;
  @Field(() => Float, { nullable: true }) averageResponseBusinessDays!: number | null;
  @Field(() => [KindCount]) byKind!: KindCount[];
  @Field(() => [ChannelCount]) byChannel!: ChannelCount[];
}

@ObjectType()
export class ActionSourceKindCount {
  @Field(() => ActionSourceKindEnum) kind!: ActionSourceKind;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ResponsibleCount {
  @Field(() => ID) responsibleId!: string;
  @Field(() => UserRef, { nullable: true, description: 'null si el usuario ya no existe.' })
  responsible!: UserRef | null;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    'Estadísticas de acciones de mejora: formuladas y cerradas en el periodo; abiertas y vencidas, hoy.',
})
export class ImprovementActionStatistics {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { description: 'Formuladas en el periodo.' }) formulated!: number;
  @Field(() => [ActionSourceKindCount], { description: 'Formuladas en el periodo, por origen.' })
  bySourceKind!: ActionSourceKindCount[];
  @Field(() => [ResponsibleCount], { description: 'Formuladas en el periodo, por responsable.' })
  byResponsible!: ResponsibleCount[];
  @Field(() => Int, { description: 'Cerradas en el periodo.' }) closed!: number;
  @Field(() => Int) closedEffective!: number;
  @Field(() => Int) closedNotEffective!: number;
  @Field(() => Float, { nullable: true, description: 'Cerradas eficaces / cerradas (0 a 1).' })
  effectivenessRate!: number | null;
  @Field(() => Int, { description: 'Abiertas hoy.' }) open!: number;
  @Field(() => Int, { description: 'Abiertas hoy con la fecha límite vencida.' }) overdue!: number;
}
