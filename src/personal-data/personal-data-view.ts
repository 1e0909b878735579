// A person in the GraphQL schema: the data a request brings (kept in the personal-data store, never in
// the log), and what the schema shows of a person from the store — their data as the reader may see them
// (masked, unless their role and the case allow: personal-data-masking.ts), or nulls with `erased` telling
// a suppressed person (Ley 1581 de 2012) from one never known.
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { maskedDataOf } from './personal-data-masking.js';
import { isErased, type PersonalDataLookup } from './personal-data-store.js';

/** The fields shared by the Petitioner and Applicant object types (each names its own role). */
@ObjectType({ isAbstract: true })
export class PersonalDataView {
  @Field(() => ID) id!: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'Versión de los datos que se muestra (la del trámite); cada cambio de datos es una versión nueva.',
  })
  version!: number | null;
  @Field({ description: 'Los datos fueron suprimidos (habeas data): todos los campos son null.' })
  erased!: boolean;
  @Field({
    description:
      'Los datos se muestran enmascarados (iniciales, últimos dígitos): el rol o el caso no permiten verlos completos.',
  })
  masked!: boolean;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) documentType!: string | null;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
}

@ObjectType({ description: 'Datos personales de una persona, revelados con motivo (queda registrado).' })
export class RevealedPersonalData extends PersonalDataView {}

/** What a reader sees of one version of a person's data: in full, masked, or nothing once erased. */
export function personalDataViewOf(
  personId: string,
  version: number | null,
  lookup: PersonalDataLookup | null,
  { masked }: { readonly masked: boolean },
): PersonalDataView {
  if (lookup === null || isErased(lookup)) {
    return {
      id: personId,
      version,
      erased: isErased(lookup),
      masked: false,
      name: null,
      documentType: null,
      documentNumber: null,
      email: null,
      phone: null,
      address: null,
    };
  }
  return { id: personId, version, erased: false, masked, ...(masked ? maskedDataOf(lookup) : lookup) };
}

@InputType({ description: 'Datos del peticionario: se guardan cifrados fuera del registro de eventos.' })
export class PetitionerInput {
  @Field() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field({ description: 'CC, CE, NIT, TI, PA, ...' }) @IsNotEmpty() @MaxLength(10) documentType!: string;
  @Field() @IsNotEmpty() @MaxLength(30) @Matches(/^[0-9A-Za-z.-]+$/) documentNumber!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(200) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) @Matches(/^[0-9 +()-]+$/) phone?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) address?: string | null;
}
