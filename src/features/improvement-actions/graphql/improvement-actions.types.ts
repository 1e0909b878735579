// Output types of the improvement-action part of the schema.
import { Attachment } from '../../../graphql/attachments.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActionSourceKind } from '../../../domain/improvement-action/events.js';
import type { ImprovementActionStatusValue } from '../read-models/improvement-action-queries.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { PageInfo } from '../../../graphql/page-args.js';
import { ActionSourceKindEnum, ImprovementActionStatusEnum } from './improvement-actions.enums.js';

@ObjectType({ description: 'Origen de una acción de mejora.' })
export class ActionSource {
  @Field(() => ActionSourceKindEnum) kind!: ActionSourceKind;
  @Field() reference!: string;
}

@ObjectType({ description: 'Avance registrado, con su evidencia.' })
export class ActionProgressNote {
  @Field() note!: string;
  @Field() evidence!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field(() => DateScalar) recordedOn!: string;
  @Field(() => ID, { description: 'Funcionario que lo registró.' }) recordedById!: string;
  @Field(() => [Attachment], { description: 'Archivos de evidencia.' }) attachments!: readonly Attachment[];
}

@ObjectType({ description: 'Verificación de eficacia (seguimiento).' })
export class EffectivenessVerification {
  @Field() effective!: boolean;
  @Field() evidence!: string;
  @Field(() => DateTimeScalar) verifiedAt!: string;
  @Field(() => DateScalar) verifiedOn!: string;
  @Field(() => ID, { description: 'Funcionario que verificó.' }) verifiedById!: string;
  @Field(() => [Attachment], { description: 'Archivos de evidencia.' }) attachments!: readonly Attachment[];
}

@ObjectType({
  description: 'Acción de mejora (ISO 9001:2015 10.2; MECI) tal como la muestran los modelos de lectura.',
})
export class ImprovementAction {
  @Field(() => ID) id!: string;
  @Field(() => ActionSource) source!: ActionSource;
  @Field() problem!: string;
  @Field() rootCause!: string;
  @Field() action!: string;
  @Field(() => DateScalar, { description: 'Fecha límite.' }) dueDate!: string;
  @Field(() => ImprovementActionStatusEnum) status!: ImprovementActionStatusValue;
  @Field(() => DateTimeScalar) formulatedAt!: string;
  @Field(() => ID, { nullable: true, description: 'Acción no eficaz a la que esta da continuidad.' })
  linkedActionId!: string | null;
  @Field(() => [ActionProgressNote]) progress!: ActionProgressNote[];
  @Field(() => [EffectivenessVerification]) verifications!: EffectivenessVerification[];
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Si cerró eficaz; null mientras esté abierta.' })
  closedEffective!: boolean | null;
  @Field(() => Int, { description: 'Revisión del flujo de la acción; úsela como expectedRevision.' })
  revision!: number;
  /** The resolved field `responsible` reads it. */
  responsibleId!: string;
}

@ObjectType()
export class ImprovementActionEdge {
  @Field() cursor!: string;
  @Field(() => ImprovementAction) node!: ImprovementAction;
}

@ObjectType({ description: 'Página de acciones de mejora (conexión por cursor).' })
export class ImprovementActionConnection {
  @Field(() => [ImprovementActionEdge]) edges!: ImprovementActionEdge[];
  @Field(() => [ImprovementAction]) nodes!: ImprovementAction[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
