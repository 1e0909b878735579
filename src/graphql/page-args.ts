// What every cursor connection shares: the paging arguments it takes (how many nodes, after which
// cursor) and the page info it answers; and the small types several features answer alike: the count per
// channel of a statistic, and a fact's late recording.
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { PqrsChannel } from '../domain/pqrs/events.js';
import { PqrsChannelEnum } from './enums.js';
import { DateScalar } from './scalars.js';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(200) first!: number;
  @Field(() => String, { nullable: true, description: 'Cursor del último nodo ya visto.' })
  @IsOptional()
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class ChannelCount {
  @Field(() => PqrsChannelEnum) channel!: PqrsChannel;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    'Registro tardío: el hecho se registró después de la ventana admitida, por un coordinador o administrador que lo motivó.',
})
export class LateRecording {
  @Field(() => DateScalar, { description: 'El día en que se registró.' }) recordedOn!: string;
  @Field(() => Int, { description: 'Días hábiles entre el hecho y su registro.' }) businessDaysLate!: number;
  @Field() reason!: string;
}
