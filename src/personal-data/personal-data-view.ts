// What the GraphQL schema shows of a person from the personal-data store: their data, or nulls with
// `erased` telling a suppressed person (Ley 1581 de 2012) from one never known.
import { Field, ID, ObjectType } from '@nestjs/graphql';
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
