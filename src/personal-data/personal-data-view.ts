// A person in the GraphQL schema: the data a request brings (kept in the personal-data store, never in
// the log), and what the schema shows of a person from the store — their data, or nulls with `erased`
// telling a suppressed person (Ley 1581 de 2012) from one never known.
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { isErased, type PersonalDataLookup } from './personal-data-store.js';

/** The fields shared by the Petitioner and Applicant object types (each names its own role). */
@ObjectType({ isAbstract: true })
export class PersonalDataView {
  @Field(() => ID) id!: string;
  @Field() erased!: boolean;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) documentType!: string | null;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
}

export function personalDataViewOf(personId: string, lookup: PersonalDataLookup | null): PersonalDataView {
  if (lookup === null || isErased(lookup)) {
    return {
      id: personId,
      erased: isErased(lookup),
      name: null,
      documentType: null,
      documentNumber: null,
      email: null,
      phone: null,
      address: null,
    };
  }
  return { id: personId, erased: false, ...lookup };
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
