// Output types of the FAQ / case log part of the schema.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { FAQ_ENTRY_STATUSES } from '../../../domain/faq/index.js';
import { FAQ_ENTRY_STATUS_LABELS } from '../../../domain/faq/labels.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import type { FaqEntryDocumentStatus } from '../read-models/faq-entries-projection.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { HistoryActor } from '../../../identity/graphql/identity.types.js';
import { PageInfo } from '../../../graphql/page-args.js';

const FAQ_ENTRY_STATUS_VALUES = FAQ_ENTRY_STATUSES.filter(
  (status): status is FaqEntryDocumentStatus => status !== 'NOT_CREATED',
);
export const FaqEntryStatusEnum = enumObject(FAQ_ENTRY_STATUS_VALUES);
registerEnumType(FaqEntryStatusEnum, {
  name: 'FaqEntryStatus',
  description: 'Estado de una entrada: borrador, publicada, retirada.',
  valuesMap: valuesDescribedBy<FaqEntryDocumentStatus>(FAQ_ENTRY_STATUS_LABELS),
});

@ObjectType({ description: 'Entrada de preguntas frecuentes (bitácora de casos), en su versión vigente.' })
export class FaqEntry {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field() answer!: string;
  @Field() category!: string;
  @Field(() => [String]) tags!: readonly string[];
  @Field(() => [String], { description: 'Radicados de los casos PQRS vinculados.' })
  linkedRadicados!: readonly string[];
  @Field(() => FaqEntryStatusEnum) status!: FaqEntryDocumentStatus;
  @Field(() => Int, { description: 'Versión del contenido: 1 al crear, una más por cada edición.' })
  version!: number;
  @Field(() => Int, { description: 'Revisión del flujo de la entrada; úsela como expectedRevision.' })
  revision!: number;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'Último cambio (edición, publicación o retiro).' })
  updatedAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) publishedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) retiredAt!: string | null;
  @Field(() => String, { nullable: true }) retiredReason!: string | null;
  /** Resolved fields (createdBy, updatedBy) read these. */
  createdBy!: string;
  updatedBy!: string;
}

@ObjectType()
export class FaqEntryEdge {
  @Field() cursor!: string;
  @Field(() => FaqEntry) node!: FaqEntry;
}

@ObjectType({ description: 'Página de entradas (conexión por cursor), de la más recientemente cambiada.' })
export class FaqEntryConnection {
  @Field(() => [FaqEntryEdge]) edges!: FaqEntryEdge[];
  @Field(() => [FaqEntry]) nodes!: FaqEntry[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'Una entrada publicada que coincide con la búsqueda, con su puntaje.' })
export class FaqSearchResult {
  @Field(() => FaqEntry) entry!: FaqEntry;
  @Field(() => Float, { description: 'Puntaje de relevancia (solo comparable dentro de una respuesta).' })
  score!: number;
  @Field(() => [String], { description: 'Términos del índice que coincidieron.' })
  matchedTerms!: readonly string[];
}

@ObjectType({ description: 'Asunto de PQRS frecuente en un periodo: candidato a pregunta frecuente.' })
export class FrequentSubject {
  @Field({ description: 'Asunto normalizado (sin tildes ni palabras vacías) con que se agrupa.' })
  subjectKey!: string;
  @Field({ description: 'Una redacción del asunto tal como se recibió.' }) subject!: string;
  @Field(() => Int) count!: number;
  @Field(() => DateScalar) firstReceivedOn!: string;
  @Field(() => DateScalar) lastReceivedOn!: string;
}

@ObjectType({ description: 'Un paso del historial de una entrada: quién, cuándo, qué cambió y cómo quedó.' })
export class FaqEntryHistoryEvent {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'FaqEntryCreated, FaqEntryUpdated, FaqEntryPublished o FaqEntryRetired.' })
  type!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Int, { description: 'Versión del contenido tras el evento.' }) version!: number;
  @Field(() => FaqEntryStatusEnum) status!: FaqEntryDocumentStatus;
  @Field(() => [String], { description: 'Campos que cambiaron en este evento.' })
  changedFields!: readonly string[];
  @Field() question!: string;
  @Field() answer!: string;
  @Field() category!: string;
  @Field(() => [String]) tags!: readonly string[];
  @Field(() => [String]) linkedRadicados!: readonly string[];
  @Field(() => String, { nullable: true, description: 'Motivo, si el evento es un retiro.' })
  reason!: string | null;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field(() => DateTimeScalar) occurredAt!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field() hash!: string;
  @Field(() => GraphQLJSON, { description: 'Los datos del evento tal como quedaron en el registro.' })
  data!: unknown;
}

@ObjectType({
  description: 'Una pregunta frecuente publicada, como la lee el ciudadano en la Ventanilla virtual.',
})
export class PublicFaqEntry {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field() answer!: string;
  @Field() category!: string;
}
