// Input and argument types of the training plan's mutations and queries, validated with class-validator.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from '../../../../domain/training/decide.js';
import { DateScalar } from '../../../../graphql/scalars.js';

const SESSION_ID_MESSAGE = { message: 'El id de la sesión de capacitación no es válido.' };

@ArgsType()
export class TrainingYearArgs {
  @Field(() => Int, { description: 'Año del plan de capacitación.' })
  @IsInt()
  @Min(FIRST_PLAN_YEAR)
  @Max(LAST_PLAN_YEAR)
  year!: number;
}

@ArgsType()
export class TrainingPlanCommandArgs extends TrainingYearArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Revisión del plan que el cliente vio (trainingPlanRevision); si cambió, conflicto.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class AcceptTrainingNeedArgs extends TrainingPlanCommandArgs {
  @Field({ description: 'Clave de la necesidad propuesta (trainingNeeds).' })
  @IsNotEmpty()
  @MaxLength(200)
  needKey!: string;
}

@ArgsType()
export class DismissTrainingNeedArgs extends AcceptTrainingNeedArgs {
  @Field({ description: 'Motivo del descarte.' }) @IsNotEmpty() @MaxLength(2_000) reason!: string;
}

@InputType()
export class ScheduleTrainingInput {
  @Field(() => Int) @IsInt() @Min(FIRST_PLAN_YEAR) @Max(LAST_PLAN_YEAR) year!: number;
  @Field({ description: 'Tema.' }) @IsNotEmpty() @MaxLength(500) topic!: string;
  @Field(() => DateScalar, { description: 'Fecha de la sesión, dentro del año del plan.' }) date!: string;
  @Field({ description: 'Quién la dicta.' }) @IsNotEmpty() @MaxLength(300) trainer!: string;
  @Field(() => [ID], { description: 'Funcionarios convocados (cuentas activas).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  attendeeIds!: string[];
  @Field(() => [String], { description: 'Necesidades aceptadas del año que atiende.', defaultValue: [] })
  @ArrayMaxSize(100)
  @IsNotEmpty({ each: true })
  needKeys!: string[];
  @Field(() => Int, { description: 'Puntaje mínimo para aprobar la evaluación (0 a 100).' })
  @IsInt()
  @Min(0)
  @Max(100)
  passingScore!: number;
}

@ArgsType()
export class ScheduleTrainingArgs {
  @Field(() => ScheduleTrainingInput)
  @ValidateNested()
  @Type(() => ScheduleTrainingInput)
  input!: ScheduleTrainingInput;
  @Field(() => Int, { nullable: true, description: 'Revisión del plan que el cliente vio.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@InputType()
export class TrainingAttendanceInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(100) userId!: string;
  @Field() @IsBoolean() attended!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Puntaje de la evaluación (0 a 100); vacío si no asistió.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number | null;
}

@ArgsType()
export class RecordTrainingAttendanceArgs {
  @Field(() => ID) @IsUUID('all', SESSION_ID_MESSAGE) sessionId!: string;
  @Field(() => [TrainingAttendanceInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TrainingAttendanceInput)
  attendance!: TrainingAttendanceInput[];
  @Field(() => Int, { nullable: true, description: 'Revisión del plan que el cliente vio.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}
