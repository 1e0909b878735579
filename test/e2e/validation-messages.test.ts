// Validation messages name fields as staff know them, in Spanish, while the error still carries the
// field's path for the client. Every field any input validates has a label, so a new one cannot slip in
// with only its code name.
import { getMetadataStorage } from 'class-validator';
import { FIELD_LABELS, fieldLabel } from '../../src/graphql/field-labels.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

/** Property names validated by any class-validator DTO loaded in this process. */
function validatedPropertyNames(): Set<string> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, { propertyName: string }[]> | { propertyName: string }[];
  };
  const all =
    storage.validationMetadatas instanceof Map
      ? [...storage.validationMetadatas.values()].flat()
      : storage.validationMetadatas;
  return new Set(all.map((metadata) => metadata.propertyName));
}

describe('validation messages', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    // Starting the application loads every resolver, hence every input class and its validators.
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('have a Spanish label for every field any input validates', () => {
    const names = validatedPropertyNames();
    expect(names.size).toBeGreaterThan(40);
    expect([...names].filter((name) => !(name in FIELD_LABELS))).toEqual([]);
  });

  it.each([
    ['input.subject', 'asunto'],
    ['input.petitioner.email', 'correo electrónico del peticionario'],
    ['input.applicant.documentNumber', 'número de documento del solicitante'],
    ['input.answers.1.questionId', 'pregunta de la respuesta n.º 2'],
    ['filter.from', 'fecha inicial'],
    ['reason', 'motivo'],
    ['input.somethingNew', 'somethingNew'],
  ])('call %s "%s"', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it('name the field in words and keep its path for the client', async () => {
    const response = await ventanilla.graphql(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Certificado',
          description: 'Solicito un certificado.',
          petitioner: {
            name: 'Ana Gómez',
            documentType: 'CC',
            documentNumber: '52987654',
            email: 'no-es-correo',
          },
        },
      },
      admin,
    );
    expect(response.errors?.[0]).toMatchObject({
      message: 'El campo correo electrónico del peticionario no es un correo electrónico válido.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.petitioner.email' },
    });
  });
});
