// Input and argument types of the action-plan mutations and queries, validated with class-validator; the
// rules on numbers and dates are the domain's (refused there with their codes and fields).
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AttachmentIdsField } from '../../../../graphql/attachments.js';
import { DateScalar } from '../../../../graphql/scalars.js';

const YEAR_MESSAGE = { message: 'El año del plan debe ser un año entre 2000 y 2100.' };

@ArgsType()
export class ActionPlanYearArgs {
  @Field(() => Int, { description: 'Año del plan de acción.' })
  @IsInt(YEAR_MESSAGE)
  @Min(2000, YEAR_MESSAGE)
  @Max(2100, YEAR_MESSAGE)
  year!: number;
}

@ArgsType()
export class ActionPlanCommandArgs extends ActionPlanYearArgs {
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@InputType()
export class CreateActionPlanInput {
  @Field(() => Int, { description: 'Año del plan de acción.' })
  @IsInt(YEAR_MESSAGE)
  @Min(2000, YEAR_MESSAGE)
  @Max(2100, YEAR_MESSAGE)
  year!: number;
  @Field({ description: 'Nombre del plan.' }) @IsNotEmpty() @MaxLength(300) title!: string;
}

@ArgsType()
export class AddPlanGoalArgs extends ActionPlanCommandArgs {
  @Field({ description: 'La meta del plan.' }) @IsNotEmpty() @MaxLength(2_000) description!: string;
}

@InputType()
export class AddPlanActivityInput {
  @Field(() => Int, { description: 'Año del plan de acción.' })
  @IsInt(YEAR_MESSAGE)
  @Min(2000, YEAR_MESSAGE)
  @Max(2100, YEAR_MESSAGE)
  year!: number;
  @Field(() => ID, { description: 'Meta del plan a la que aporta.' })
  @IsUUID('all', { message: 'La meta indicada no es válida.' })
  goalId!: string;
  @Field({ description: 'La actividad.' }) @IsNotEmpty() @MaxLength(2_000) description!: string;
  @Field(() => ID, { description: 'Funcionario responsable.' }) @IsNotEmpty() responsibleId!: string;
  @Field(() => DateScalar, { description: 'Fecha de inicio, dentro del año del plan.' }) startDate!: string;
  @Field(() => DateScalar, { description: 'Fecha de fin, dentro del año del plan.' }) endDate!: string;
  @Field(() => Float, {
    description:
      'Peso: porcentaje del plan, mayor que 0, con máximo dos decimales; los pesos del plan no pueden pasar de 100.',
  })
  weight!: number;
  @Field({ description: 'Indicador con que se mide.' }) @IsNotEmpty() @MaxLength(500) indicator!: string;
  @Field({ description: 'Meta del indicador.' }) @IsNotEmpty() @MaxLength(500) target!: string;
}

@ArgsType()
export class ReportActivityProgressArgs extends ActionPlanCommandArgs {
  @Field(() => ID) @IsUUID('all', { message: 'La actividad indicada no es válida.' }) activityId!: string;
  @Field(() => Int, { description: 'Avance acumulado de la actividad, 0 a 100.' })
  @IsInt({ message: 'El avance es un porcentaje entero entre 0 y 100.' })
  @Min(0, { message: 'El avance es un porcentaje entero entre 0 y 100.' })
  @Max(100, { message: 'El avance es un porcentaje entero entre 0 y 100.' })
  progressPercent!: number;
  @Field({ description: 'Qué se hizo.' }) @IsNotEmpty() @MaxLength(5_000) note!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Dónde está la evidencia (documento, acta); puede omitirse si se adjuntan archivos.',
  })
  @IsOptional()
  @MaxLength(500)
  evidence?: string | null;
  @AttachmentIdsField('Archivos de evidencia, subidos con POST /attachments.')
  attachmentIds?: string[] | null;
}

@ArgsType()
export class ReviewActivityProgressArgs extends ActionPlanCommandArgs {
  @Field(() => ID, { description: 'El reporte de avance.' })
  @IsUUID('all', { message: 'El reporte de avance indicado no es válido.' })
  progressReportId!: string;
}

@ArgsType()
export class RejectActivityProgressArgs extends ReviewActivityProgressArgs {
  @Field({ description: 'Por qué se rechaza.' }) @IsNotEmpty() @MaxLength(2_000) reason!: string;
}
