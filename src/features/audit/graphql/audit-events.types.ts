// The event-log search of the schema: what an auditor filters by, and each event as the log recorded it
// (where, who, when, which type) without its data.
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../graphql/page-args.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { HistoryActor } from '../../../identity/graphql/identity.types.js';
import { PageInfo } from '../../../graphql/page-args.js';

@InputType({ description: 'Filtros de la búsqueda en el registro de eventos; se combinan todos.' })
export class AuditEventsFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Un flujo por su nombre completo, p. ej. pqrs-PQRS-2026-000001 o affiliation-<id>.',
  })
  @IsOptional()
  @MaxLength(200)
  stream?: string | null;
  @Field(() => String, { nullable: true, description: 'Los eventos de un caso PQRS, por su radicado.' })
  @IsOptional()
  @MaxLength(40)
  radicado?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Categoría del flujo, p. ej. pqrs- o affiliation-: un mismo tipo significa cosas distintas en cada una.',
  })
  @IsOptional()
  @MaxLength(60)
  category?: string | null;
  @Field(() => ID, { nullable: true, description: 'Quién registró el evento.' })
  @IsOptional()
  @MaxLength(200)
  actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Tipo de evento, p. ej. Assigned.' })
  @IsOptional()
  @MaxLength(100)
  type?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Registrados en este instante o después.' })
  @IsOptional()
  from?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Registrados en este instante o antes.' })
  @IsOptional()
  to?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Los eventos de los casos que radicó una persona: palabras de su nombre (o sus comienzos, de 3 letras o más) o su número de documento completo. Solo para los roles que ven los datos personales de esos casos.',
  })
  @IsOptional()
  @MaxLength(200)
  petitioner?: string | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventsFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventsFilterInput)
  filter?: AuditEventsFilterInput | null;
}

@ObjectType({
  description:
    'Un evento del registro, sin sus datos (pueden nombrar personas): dónde, quién, cuándo y de qué tipo.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Identificador del evento.' }) id!: string;
  @Field(() => Float, {
    description:
      'Posición en el registro global: el orden en que se escribió. Un entero (en KurrentDB pasa de 2^31, por eso Float).',
  })
  position!: number;
  @Field() stream!: string;
  @Field({ description: 'Categoría del flujo, p. ej. pqrs-.' }) category!: string;
  @Field({ description: 'El flujo sin su categoría: un radicado, el id de una afiliación…' })
  entityId!: string;
  @Field(() => String, { nullable: true, description: 'El radicado, si el evento es de un caso PQRS.' })
  radicado!: string | null;
  @Field(() => Int, { description: 'Posición del evento en su propio flujo.' }) revision!: number;
  @Field() type!: string;
  @Field(() => Int) schemaVersion!: number;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field(() => DateTimeScalar) occurredAt!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field() correlationId!: string;
  @Field() causationId!: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor!: string;
  @Field(() => AuditEvent) node!: AuditEvent;
}

@ObjectType({ description: 'Página de eventos del registro, del más reciente al más antiguo.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => [AuditEvent]) nodes!: AuditEvent[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
