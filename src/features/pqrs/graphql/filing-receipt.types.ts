// The constancia de radicación as the schema shows it.
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PqrsChannel, PqrsKind } from '../../../domain/pqrs/events.js';
import { PqrsChannelEnum, PqrsKindEnum } from '../../../graphql/enums.js';
import { Petitioner } from './pqrs.types.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';

@ObjectType({
  description: 'Constancia de radicación: lo que se entrega al peticionario al radicar su PQRS.',
})
export class FilingReceipt {
  @Field({ description: 'Entidad que recibe.' }) entityName!: string;
  @Field({ description: 'Oficina que recibe.' }) officeName!: string;
  @Field() radicado!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field() subject!: string;
  @Field(() => DateScalar, { description: 'Fecha de vencimiento en firme.' }) dueDate!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'El término corre desde este día (día 1): el hábil siguiente a la radicación (art. 54, Ley 1437 de 2011); null si no se registró.',
  })
  termRunsFrom!: string | null;
  @Field(() => Int, { description: 'Término legal del tipo de PQRS, en días hábiles.' })
  termBusinessDays!: number;
  @Field({ description: 'Norma que fija el término.' }) legalBasis!: string;
  @Field(() => PqrsChannelEnum, { description: 'Canal por el que se recibió.' }) channel!: PqrsChannel;
  @Field(() => Petitioner, {
    nullable: true,
    description:
      'El peticionario, visible o enmascarado según el rol (como en el caso); null en una radicación anónima.',
  })
  petitioner!: Petitioner | null;
  @Field({
    description:
      'Quién recibió la petición: el funcionario por su nombre, la Ventanilla virtual o el buzón de correo (Decreto 1166 de 2016).',
  })
  receivedByName!: string;
  @Field({
    description:
      'La petición se presentó verbalmente, en persona o por teléfono: la constancia lo dice expresamente (Decreto 1166 de 2016, art. 2.2.3.12.3).',
  })
  verbal!: boolean;
  @Field({ description: 'Las razones en que se funda la petición, como las expuso el peticionario.' })
  reasons!: string;
  @Field(() => [String], {
    description: 'Los documentos que se entregaron con la petición (nombres de archivo).',
  })
  documents!: readonly string[];
}
