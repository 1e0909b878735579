// The office's calendar in the schema: the mutations' arguments (validated with class-validator; the rules
// are the domain's) and its versions as staff read them.
import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';

@InputType({ description: 'El acto administrativo que declara el cambio del calendario.' })
export class DeclaringActInput {
  @Field({ description: 'Número del acto (p. ej. 045).' }) @IsString() @MaxLength(60) number!: string;
  @Field({ description: 'Nombre del acto (p. ej. «Resolución de la Gerencia»).' })
  @IsString()
  @MaxLength(200)
  title!: string;
  @Field(() => DateScalar, { description: 'Fecha del acto.' }) @IsString() date!: string;
}

@ArgsType()
export class CalendarChangeArgs {
  @Field(() => DateScalar, { description: 'El día que cambia.' }) @IsString() day!: string;
  @Field(() => DeclaringActInput) @ValidateNested() @Type(() => DeclaringActInput) act!: DeclaringActInput;
  @Field({
    description:
      'El acto alcanza los casos ya radicados y abiertos: cuentan con el cambio. Un día ya pasado solo cambia así.',
  })
  @IsBoolean()
  retroactive!: boolean;
}

@ObjectType({ description: 'El acto que declaró un cambio del calendario.' })
export class DeclaringAct {
  @Field() number!: string;
  @Field() title!: string;
  @Field(() => DateScalar) date!: string;
}

@ObjectType({
  description:
    'Una versión del calendario de días hábiles: los días que la entidad declaró no hábiles (además de fines de semana y festivos) y el cambio que la produjo.',
})
export class CalendarVersion {
  @Field(() => Int, { description: '1: los días de VENTANILLA_EXTRA_NON_WORKING_DAYS al primer arranque.' })
  revision!: number;
  @Field({ description: 'El nombre de la versión, como lo registran los vencimientos que calcula.' })
  calendarVersion!: string;
  @Field({ description: 'SEED (configuración inicial), ADD (día no hábil) o REMOVE (día hábil).' })
  change!: string;
  @Field(() => DateScalar, { nullable: true, description: 'El día que cambió; null en la siembra.' })
  day!: string | null;
  @Field(() => DeclaringAct, { nullable: true }) act!: DeclaringAct | null;
  @Field() retroactive!: boolean;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field(() => [DateScalar], { description: 'Días declarados no hábiles en esta versión.' })
  nonWorkingDays!: readonly string[];
  @Field(() => [DateScalar], { description: 'Festivos declarados hábiles en esta versión (correcciones).' })
  workingDays!: readonly string[];
}
