// Users, sessions and their inputs.
import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { ActorRole } from '../../domain/shared/decider.js';
import { RoleEnum } from '../../graphql/enums.js';
import { MAX_EMAIL_LENGTH } from '../user-store.js';

@ObjectType({ description: 'Usuario de Ventanilla.' })
export class User {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => [RoleEnum]) roles!: readonly ActorRole[];
  @Field(() => String, { nullable: true, description: 'Dependencia del funcionario.' }) dependency!:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Correo electrónico del funcionario (opcional): adonde llega el resumen diario.',
  })
  email!: string | null;
  @Field() active!: boolean;
  @Field({ description: 'La contraseña es temporal (restablecida): debe cambiarse antes de seguir.' })
  mustChangePassword!: boolean;
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

/** A blank address is no address: only one with text is checked. */
const hasText = (_input: object, value: unknown) => typeof value === 'string' && value.trim() !== '';

const EMAIL_USE = 'Correo electrónico del funcionario (opcional), para el resumen diario de vencimientos.';

const PASSWORD_POLICY =
  'Al menos 12 caracteres, distinta del nombre de usuario y fuera de la lista de contraseñas más comunes.';

@InputType()
export class CreateUserInput {
  @Field() @IsNotEmpty() @MaxLength(40) username!: string;
  @Field({ description: PASSWORD_POLICY }) @MinLength(12) @MaxLength(200) password!: string;
  @Field() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @Field(() => [RoleEnum]) @ArrayMinSize(1) @ArrayUnique() roles!: ActorRole[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(200) dependency?:
    string | null;
  @Field(() => String, { nullable: true, description: EMAIL_USE })
  @ValidateIf(hasText)
  @IsEmail()
  @MaxLength(MAX_EMAIL_LENGTH)
  email?: string | null;
}

@InputType({ description: 'Lo que un administrador cambia de una cuenta.' })
export class UpdateUserInput {
  @Field() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @Field(() => [RoleEnum], { description: 'Cambiar los roles cierra las sesiones abiertas de la cuenta.' })
  @ArrayMinSize(1)
  @ArrayUnique()
  roles!: ActorRole[];
  @Field({ description: 'Desactivar la cuenta cierra sus sesiones abiertas.' }) @IsBoolean() active!: boolean;
  @Field(() => String, {
    nullable: true,
    description: `${EMAIL_USE} Vacío o nulo la quita; omitido, no cambia.`,
  })
  @ValidateIf(hasText)
  @IsEmail()
  @MaxLength(MAX_EMAIL_LENGTH)
  email?: string | null;
}

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field() @IsNotEmpty() @MaxLength(200) currentPassword!: string;
  @Field({ description: PASSWORD_POLICY }) @IsNotEmpty() @MaxLength(200) newPassword!: string;
}

@ObjectType({
  description:
    'Contraseña restablecida: la temporal se muestra esta única vez; el funcionario debe cambiarla al entrar.',
})
export class PasswordResetPayload {
  @Field(() => User) user!: User;
  @Field() temporaryPassword!: string;
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
  @Field(() => RoleEnum, {
    nullable: true,
    description:
      'Vacío cuando no actuó un funcionario: intentos fallidos de inicio de sesión, un ciudadano en la Ventanilla virtual (ventanilla-virtual) o un proceso automático (mail-sender, mail-intake, daily-digest).',
  })
  role!: ActorRole | null;
}
