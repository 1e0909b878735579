// Output types of "Mi trabajo" (myWork): a staff member's open cases by what they need first, and for
// coordinators the office's overdue cases by assignee.
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DateScalar } from '../../../graphql/scalars.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
import { Pqrs } from './pqrs.types.js';

@ArgsType()
export class MyWorkArgs {
  @Field(() => Int, {
    defaultValue: 50,
    description: 'Cuántos casos lista cada grupo como máximo; los conteos cuentan todos.',
  })
  @IsInt()
  @Min(1)
  @Max(200)
  casesPerGroup!: number;
}

@ObjectType({ description: 'Un caso de una lista de trabajo, con lo que su grupo necesita decir de él.' })
export class MyWorkCase {
  @Field(() => Pqrs, { description: 'El caso.' }) pqrs!: Pqrs;
  @Field(() => Int, {
    nullable: true,
    description:
      'Días hábiles transcurridos desde el vencimiento (0 el fin de semana tras un vencimiento en viernes); null si el caso no está vencido.',
  })
  businessDaysOverdue!: number | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'En espera del peticionario (art. 17): desde este día puede declararse el desistimiento tácito; null en los demás casos.',
  })
  tacitWithdrawalFrom!: string | null;
}

@ObjectType({ description: 'Un grupo de casos: los primeros en su orden y cuántos tiene en total.' })
export class MyWorkGroup {
  @Field(() => Int, { description: 'Cuántos casos tiene el grupo en total.' }) count!: number;
  @Field(() => [MyWorkCase], {
    description: 'Los primeros casos del grupo (hasta casesPerGroup), en el orden del grupo.',
  })
  cases!: MyWorkCase[];
}

@ObjectType({ description: 'Los casos vencidos de un funcionario, o los que nadie tiene asignados.' })
export class TeamOverdueGroup {
  @Field(() => ID, {
    nullable: true,
    description: 'El funcionario asignado; null para los casos sin asignar.',
  })
  assigneeId!: string | null;
  @Field(() => UserRef, {
    nullable: true,
    description: 'Nombre y usuario del funcionario; null para los casos sin asignar.',
  })
  assignee!: UserRef | null;
  @Field(() => Int, { description: 'Cuántos casos vencidos tiene.' }) count!: number;
  @Field(() => MyWorkCase, { description: 'El más vencido de sus casos.' }) oldest!: MyWorkCase;
  @Field(() => [MyWorkCase], {
    description: 'Sus casos vencidos, del más vencido al menos (hasta casesPerGroup).',
  })
  cases!: MyWorkCase[];
}

@ObjectType({
  description:
    'Mi trabajo: los casos abiertos asignados a quien consulta, primero los vencidos; para coordinadores y administradores, también los vencidos del equipo por funcionario.',
})
export class MyWork {
  @Field(() => DateScalar, { description: 'El día (en Bogotá) con que se contaron los términos.' })
  today!: string;
  @Field(() => MyWorkGroup, {
    description:
      'Vencidos: del más vencido al menos, con los días hábiles transcurridos desde el vencimiento.',
  })
  overdue!: MyWorkGroup;
  @Field(() => MyWorkGroup, {
    description: 'Por vencer (el umbral del semáforo), del vencimiento más próximo al más lejano.',
  })
  dueSoon!: MyWorkGroup;
  @Field(() => MyWorkGroup, {
    description:
      'En espera de información del peticionario (art. 17, término suspendido), por la fecha del desistimiento tácito.',
  })
  awaitingInformation!: MyWorkGroup;
  @Field(() => MyWorkGroup, { description: 'Los demás, a tiempo, por fecha de vencimiento.' })
  onTime!: MyWorkGroup;
  @Field(() => [TeamOverdueGroup], {
    nullable: true,
    description:
      'Solo para coordinadores y administradores: los casos vencidos de la oficina por funcionario; primero los sin asignar, luego quien más tiene. Null para los demás roles.',
  })
  teamOverdue!: TeamOverdueGroup[] | null;
  @Field(() => MyWorkGroup, {
    nullable: true,
    description:
      'Solo para coordinadores y administradores: los casos abiertos con alerta por riesgo para la vida o la integridad (Ley 1755 de 2015, art. 20: medidas inmediatas), por vencimiento. Null para los demás roles.',
  })
  priorityAlerts!: MyWorkGroup | null;
}
