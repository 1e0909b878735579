// "Requests need no reasons and are free": a request for information is filed without saying why and
// without paying (Ley 1712 de 2014, art. 3, principles of facilitation and gratuidad, and art. 4; Ley 1437
// de 2011, art. 13, as substituted by Ley 1755 de 2015: the right of petition is exercised free of charge).
// Neither the citizen's form of the Ventanilla virtual nor the staff's receive form, nor the API they
// submit to, has a field that asks the purpose of a request or a fee; the kind's explanation tells the
// citizen so.
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLInputObjectType } from 'graphql';
import { PQRS_KIND_EXPLANATIONS } from '../../src/domain/pqrs/labels.js';
import { FILING_FIELDS } from '../../web/src/public/logic/filing-form.js';
import { RECEIVE_FIELDS } from '../../web/src/logic/receive-form.js';

/** Words that would ask why the information is wanted, or for money. */
const WHY_OR_FEE =
  /reason|motiv|purpose|justif|why|intended|fee|payment|pay|price|cost|tariff|charge|amount|raz[oó]n|finalidad|para qu[eé]|uso que|pago|costo|tarifa|valor|consignaci[oó]n/i;
/** The one reason the receive input takes: the staff's reason for recording a receipt late, not the petitioner's. */
const STAFF_ONLY = new Set(['lateEntryReason']);

const schema = buildSchema(readFileSync('web/src/graphql/schema.graphql', 'utf8'));
const fieldsOf = (type: string, prefix = ''): string[] =>
  Object.values((schema.getType(type) as GraphQLInputObjectType).getFields()).flatMap((field) => {
    const named = field.type.toString().replace(/[[\]!]/g, '');
    return named === 'PetitionerInput' ? fieldsOf(named, `${field.name}.`) : [`${prefix}${field.name}`];
  });

describe('a request for information asks no reasons and no fee', () => {
  it("the citizen's filing form has no field for the purpose of the request or a payment", () => {
    expect(FILING_FIELDS.filter((field) => WHY_OR_FEE.test(field))).toEqual([]);
    // The fields it does have: what is asked (subject, description), who asks and how to answer them.
    expect(FILING_FIELDS).toContain('description');
  });

  it("the staff's receive form has none either", () => {
    expect(RECEIVE_FIELDS.filter((field) => WHY_OR_FEE.test(field) && !STAFF_ONLY.has(field))).toEqual([]);
  });

  it('the inputs the two forms submit (PublicPqrsInput, ReceivePqrsInput) take no such field', () => {
    expect(fieldsOf('PublicPqrsInput').filter((field) => WHY_OR_FEE.test(field))).toEqual([]);
    expect(
      fieldsOf('ReceivePqrsInput').filter((field) => WHY_OR_FEE.test(field) && !STAFF_ONLY.has(field)),
    ).toEqual([]);
  });

  it('the forms label no box with the purpose or a payment', () => {
    const labels = [
      readFileSync('web/src/public/pages/FilingPage.tsx', 'utf8'),
      readFileSync('web/src/pages/receive/ReceiveForm.tsx', 'utf8'),
    ].flatMap((source) => [...source.matchAll(/label="([^"]*)"/g)].map((match) => match[1]!));
    expect(labels).toContain('Descripción');
    expect(
      labels.filter((label) => /motivo|finalidad|para qu[eé]|pago|costo|tarifa|valor/i.test(label)),
    ).toEqual([]);
  });

  it('the citizen is told that the request needs no reason and is free', () => {
    expect(PQRS_KIND_EXPLANATIONS.INFORMATION_REQUEST).toContain('No tiene que decir para qué la quiere');
    expect(PQRS_KIND_EXPLANATIONS.INFORMATION_REQUEST).toContain('gratuita');
  });
});
