// Output types of the notice templates part of the schema.
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TEMPLATE_LABELS } from '../../../domain/notice-template/index.js';
import { TEMPLATE_KEYS, type TemplateKey } from '../../../domain/notifications/notice-kinds.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';

export const NoticeTemplateKeyEnum = enumObject(TEMPLATE_KEYS);
registerEnumType(NoticeTemplateKeyEnum, {
  name: 'NoticeTemplateKey',
  description:
    'Plantilla de aviso: una por cada aviso que exige la ley, el oficio de respuesta y el resumen diario.',
  valuesMap: valuesDescribedBy<TemplateKey>(TEMPLATE_LABELS),
});

@ObjectType({ description: 'Un dato que la plantilla puede nombrar como {{nombre}}.' })
export class NoticeTemplatePlaceholder {
  @Field({ description: 'Cómo se escribe en la plantilla, sin llaves.' }) name!: string;
  @Field() description!: string;
  @Field({ description: 'El valor de muestra de la vista previa.' }) example!: string;
  @Field({ description: 'El texto de la plantilla debe nombrarlo.' }) required!: boolean;
}

@ObjectType({ description: 'Una versión de una plantilla de aviso (la 1 es el texto de fábrica).' })
export class NoticeTemplate {
  @Field(() => NoticeTemplateKeyEnum) key!: TemplateKey;
  @Field({ description: 'Nombre de la plantilla en pantalla.' }) label!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'Asunto del correo (o del oficio), con sus datos.' }) subject!: string;
  @Field({ description: 'Texto, con sus datos.' }) body!: string;
  @Field(() => [NoticeTemplatePlaceholder]) placeholders!: readonly NoticeTemplatePlaceholder[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'Vacío para el texto de fábrica (versión 1).' })
  publishedAt!: string | null;
  /** The account's id, resolved to publishedBy. */
  publishedById!: string | null;
  @Field(() => UserRef, { nullable: true, description: 'Quién la publicó; vacío para el texto de fábrica.' })
  publishedBy?: UserRef | null;
}

@ObjectType({ description: 'Un aviso hecho con una plantilla y valores de muestra.' })
export class NoticeTemplatePreview {
  @Field() subject!: string;
  @Field() text!: string;
}
