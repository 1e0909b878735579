// The paging arguments every cursor connection takes: how many nodes, and after which cursor.
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(200) first!: number;
  @Field(() => String, { nullable: true, description: 'Cursor del último nodo ya visto.' })
  @IsOptional()
  after?: string | null;
}
