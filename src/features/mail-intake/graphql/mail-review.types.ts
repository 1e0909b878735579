// The staff queue "Correo por revisar" in the schema: the messages of the office's mailbox that could not
// be radicated, and a staff member's dismissal of one.
import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';

@ObjectType({ description: 'Un mensaje del buzón de correo que no se pudo radicar, con el motivo.' })
export class MailForReview {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Cuándo llegó al buzón; null si el servidor no lo dijo.',
  })
  receivedAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Quién lo envió, como lo dice el mensaje; null si no lo dice.',
  })
  from!: string | null;
  @Field(() => String, { nullable: true, description: 'El asunto del mensaje; null si no tiene.' })
  subject!: string | null;
  @Field({ description: 'Por qué no se radicó.' }) reason!: string;
}

@ObjectType({ description: 'Un mensaje retirado de «Correo por revisar»: quién, cuándo y por qué.' })
export class MailReviewDismissal {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) dismissedAt!: string;
  @Field(() => UserRef, { nullable: true, description: 'Null si la cuenta ya no existe.' })
  dismissedBy!: UserRef | null;
  @Field() reason!: string;
}

@ArgsType()
export class DismissMailForReviewArgs {
  @Field(() => ID) @IsNotEmpty() @MaxLength(100) id!: string;
  @Field({ description: 'Qué se hizo con el mensaje (radicado a mano, correo no deseado, …).' })
  @IsNotEmpty()
  @MaxLength(1_000)
  reason!: string;
}
