// Users, sessions and their inputs.
import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import type { ActorRole } from '../../domain/shared/decider.js';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'Usuario de Ventanilla.' })
export class User {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => [RoleEnum]) roles!: readonly ActorRole[];
  @Field(() => String, { nullable: true, description: 'Dependencia del funcionario.' }) dependency!:
    string | null;
  @Field() active!: boolean;
}

@ObjectType({ description: 'Sesión iniciada: el token va en la cabecera Authorization: Bearer <token>.' })
export class AuthPayload {
  @Field() token!: string;
  @Field(() => User) user!: User;
}

@ArgsType()
export class LoginArgs {
  @Field() @IsNotEmpty() @MaxLength(100) username!: string;
  @Field() @IsNotEmpty() @MaxLength(200) password!: string;
}

@InputType()
export class CreateUserInput {
  @Field() @IsNotEmpty() @MaxLength(40) username!: string;
  @Field({ description: 'Al menos 10 caracteres.' }) @MinLength(10) @MaxLength(200) password!: string;
  @Field() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @Field(() => [RoleEnum]) @ArrayMinSize(1) @ArrayUnique() roles!: ActorRole[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(200) dependency?:
    string | null;
}

@ObjectType({ description: 'Funcionario (referencia).' })
export class UserRef {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true }) fullName!: string | null;
}

@ObjectType({ description: 'Quién registró un evento, con el rol en que actuó.' })
export class HistoryActor {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => RoleEnum) role!: ActorRole;
}
