// Output types of the training plan's part of the schema.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TrainingNeedSourceKind } from '../../../../domain/training/events.js';
import { DateScalar, DateTimeScalar } from '../../../../graphql/scalars.js';
import type { TrainingNeedStatus } from '../read-models/training-queries.js';
import { TrainingNeedSourceKindEnum, TrainingNeedStatusEnum } from './training.enums.js';

@ObjectType({
  description:
    'Por qué se propone la necesidad, con las cifras que la hicieron una: las del momento de la decisión, o las de hoy mientras esté propuesta.',
})
export class TrainingNeedBasis {
  @Field(() => TrainingNeedSourceKindEnum) kind!: TrainingNeedSourceKind;
  @Field({ description: 'Clave del asunto (opaca) o id de la acción de mejora.' }) reference!: string;
  @Field({ description: 'El asunto de las PQRS o el problema de la acción de mejora.' }) label!: string;
  @Field(() => Int, { nullable: true, description: 'PQRS recibidas con ese asunto en el año.' })
  receivedCount!: number | null;
  @Field(() => DateScalar, { nullable: true }) firstReceivedOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastReceivedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Estado de la acción de mejora: OPEN, OVERDUE, CLOSED_EFFECTIVE o CLOSED_NOT_EFFECTIVE.',
  })
  actionStatus!: string | null;
  @Field(() => DateScalar, { nullable: true }) formulatedOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) dueDate!: string | null;
}

@ObjectType({ description: 'Necesidad de capacitación del año (PIC): propuesta, aceptada o descartada.' })
export class TrainingNeed {
  @Field(() => Int) year!: number;
  @Field({ description: 'Clave de la necesidad en su año: origen y referencia.' }) needKey!: string;
  @Field(() => TrainingNeedStatusEnum) status!: TrainingNeedStatus;
  @Field(() => TrainingNeedBasis) basis!: TrainingNeedBasis;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt!: string | null;
  @Field(() => ID, { nullable: true, description: 'Quién la aceptó o descartó.' }) decidedById!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Motivo del descarte.' }) reason!: string | null;
  @Field(() => [ID], { description: 'Sesiones programadas para atenderla.' }) sessionIds!: string[];
}

@ObjectType({ description: 'Asistencia y evaluación de un funcionario convocado.' })
export class TrainingAttendance {
  @Field(() => ID) userId!: string;
  @Field() attended!: boolean;
  @Field(() => Int, { nullable: true, description: 'Puntaje de la evaluación, 0 a 100.' }) score!:
    number | null;
  @Field({ description: 'Asistió con un puntaje igual o mayor al mínimo de la sesión.' }) approved!: boolean;
}

@ObjectType({ description: 'Sesión de capacitación del plan del año.' })
export class TrainingSession {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() topic!: string;
  @Field(() => DateScalar) date!: string;
  @Field({ description: 'Quién la dicta.' }) trainer!: string;
  @Field(() => [ID]) attendeeIds!: string[];
  @Field(() => [String], { description: 'Necesidades aceptadas que atiende.' }) needKeys!: string[];
  @Field(() => Int, { description: 'Puntaje mínimo para aprobar.' }) passingScore!: number;
  @Field(() => DateTimeScalar) scheduledAt!: string;
  @Field(() => [TrainingAttendance], {
    nullable: true,
    description: 'La última asistencia registrada; null mientras no se registre.',
  })
  attendance!: TrainingAttendance[] | null;
  @Field(() => DateTimeScalar, { nullable: true }) attendanceRecordedAt!: string | null;
}
