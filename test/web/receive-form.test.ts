// The Radicar form's checks before sending, the input it sends, and where a server refusal is shown.
import {
  EMPTY_RECEIVE_DRAFT,
  firstProblemField,
  receiveDraftProblems,
  receiveFieldOf,
  receiveInputOf,
  withPersonType,
  type ReceiveDraft,
} from '../../web/src/logic/receive-form.js';

/** 10:00 in Bogotá on Monday 16 March 2026. */
const NOW = new Date('2026-03-16T15:00:00Z');

const COMPLETE: ReceiveDraft = {
  kind: 'PETITION',
  channel: 'IN_PERSON',
  subject: '  Certificado de afiliación ',
  description: 'Solicito el certificado de afiliación de mi empresa.',
  priority: ['MINOR'],
  receivedAt: '',
  lateEntryReason: '',
  attachments: { ids: [], pending: false },
  personType: 'NATURAL',
  answerChannel: '',
  dataProcessingConsent: false,
  petitioner: {
    name: ' Ana Lucía Gómez ',
    documentType: 'CC',
    documentNumber: '52.987.654',
    email: '',
    phone: ' ',
    address: 'Calle 10 # 5-20, Zipaquirá',
  },
};

function withPetitioner(change: Partial<ReceiveDraft['petitioner']>): ReceiveDraft {
  return { ...COMPLETE, petitioner: { ...COMPLETE.petitioner, ...change } };
}

describe('checking the draft before sending', () => {
  it('finds nothing wrong with a complete draft whose optional contact data are blank', () => {
    expect(receiveDraftProblems(COMPLETE, NOW)).toEqual({});
  });

  it('asks for every required field of an empty form, each with its own message, in Spanish', () => {
    const problems = receiveDraftProblems(
      { ...EMPTY_RECEIVE_DRAFT, petitioner: { ...EMPTY_RECEIVE_DRAFT.petitioner, documentType: '' } },
      NOW,
    );
    expect(problems).toEqual({
      kind: 'Seleccione el tipo de PQRS.',
      channel: 'Seleccione el canal por el que llegó.',
      subject: 'El asunto es obligatorio.',
      description: 'La descripción de la solicitud es obligatoria.',
      'petitioner.name': 'El nombre del peticionario es obligatorio.',
      'petitioner.documentType': 'Seleccione el tipo de documento.',
      'petitioner.documentNumber': 'El número de documento es obligatorio.',
    });
  });

  it('takes a subject of only spaces as missing', () => {
    expect(receiveDraftProblems({ ...COMPLETE, subject: '   ' }, NOW)).toEqual({
      subject: 'El asunto es obligatorio.',
    });
  });

  it('refuses texts longer than the server accepts, saying the limit', () => {
    expect(receiveDraftProblems({ ...COMPLETE, subject: 'a'.repeat(301) }, NOW)).toEqual({
      subject: 'El asunto admite hasta 300 caracteres.',
    });
    expect(receiveDraftProblems({ ...COMPLETE, subject: 'a'.repeat(300) }, NOW)).toEqual({});
    expect(receiveDraftProblems({ ...COMPLETE, description: 'a'.repeat(20_001) }, NOW).description).toMatch(
      /^La descripción admite hasta 20.000 caracteres\.$/,
    );
  });

  it('checks the form of the document number, e-mail and phone only when given', () => {
    expect(receiveDraftProblems(withPetitioner({ documentNumber: '52 987 654' }), NOW)).toEqual({
      'petitioner.documentNumber': 'El número de documento solo admite números, letras, puntos y guiones.',
    });
    expect(receiveDraftProblems(withPetitioner({ email: 'ana.gomez@' }), NOW)).toEqual({
      'petitioner.email': 'Escriba un correo electrónico válido, como nombre@dominio.co.',
    });
    expect(receiveDraftProblems(withPetitioner({ email: 'ana.gomez@correo.co' }), NOW)).toEqual({});
    expect(receiveDraftProblems(withPetitioner({ phone: '310 456 7890 ext. 2' }), NOW)).toEqual({
      'petitioner.phone': 'El teléfono solo admite números, espacios y los signos + ( ) -.',
    });
    expect(receiveDraftProblems(withPetitioner({ phone: '+57 (601) 555-1234' }), NOW)).toEqual({});
  });

  it('accepts a receipt date in the past, and refuses one in the future or one that is not a date', () => {
    expect(receiveDraftProblems({ ...COMPLETE, receivedAt: '2026-03-13T16:30' }, NOW)).toEqual({});
    expect(receiveDraftProblems({ ...COMPLETE, receivedAt: '2026-03-16T10:00' }, NOW)).toEqual({});
    expect(receiveDraftProblems({ ...COMPLETE, receivedAt: '2026-03-16T10:01' }, NOW)).toEqual({
      receivedAt: 'La fecha de recepción no puede ser posterior al momento actual.',
    });
    expect(receiveDraftProblems({ ...COMPLETE, receivedAt: '2026-02-30T10:00' }, NOW).receivedAt).toMatch(
      /fecha y hora válidas/,
    );
  });

  it('points at the first field with a problem in the order the form shows them', () => {
    expect(firstProblemField({ 'petitioner.email': 'x', subject: 'y' })).toBe('subject');
    expect(firstProblemField({})).toBeNull();
  });
});

describe('who files', () => {
  it('asks nothing about the person of an anonymous filing', () => {
    const anonymous: ReceiveDraft = {
      ...EMPTY_RECEIVE_DRAFT,
      kind: 'DENUNCIATION',
      channel: 'IN_PERSON',
      subject: 'Cobros indebidos en ventanilla',
      description: 'Un funcionario pide dinero por agilizar trámites.',
      personType: 'ANONYMOUS',
    };
    expect(receiveDraftProblems(anonymous, NOW)).toEqual({});
    expect(receiveDraftProblems({ ...anonymous, personType: 'NATURAL' }, NOW)).toEqual({
      'petitioner.name': 'El nombre del peticionario es obligatorio.',
      'petitioner.documentNumber': 'El número de documento es obligatorio.',
    });
  });

  it('asks for the e-mail or the address the answer is to go to', () => {
    expect(receiveDraftProblems({ ...COMPLETE, answerChannel: 'EMAIL' }, NOW)).toEqual({
      'petitioner.email': 'Para recibir la respuesta por correo electrónico, indique el correo.',
    });
    expect(
      receiveDraftProblems({ ...withPetitioner({ email: 'ana@correo.co' }), answerChannel: 'EMAIL' }, NOW),
    ).toEqual({});
    expect(
      receiveDraftProblems({ ...withPetitioner({ address: ' ' }), answerChannel: 'POSTAL' }, NOW),
    ).toEqual({
      'petitioner.address': 'Para recibir la respuesta en una dirección postal, indique la dirección.',
    });
    expect(receiveDraftProblems({ ...COMPLETE, answerChannel: 'POSTAL' }, NOW)).toEqual({});
  });

  it('marks the priority of a child or adolescent when they are the person, once', () => {
    const adult = { ...COMPLETE, priority: [] };
    expect(withPersonType(adult, 'MINOR')).toMatchObject({ personType: 'MINOR', priority: ['MINOR'] });
    expect(withPersonType({ ...adult, priority: ['MINOR'] }, 'MINOR').priority).toEqual(['MINOR']);
    expect(withPersonType(adult, 'LEGAL')).toMatchObject({ personType: 'LEGAL', priority: [] });
  });

  it('waits for the files still on their way before sending', () => {
    expect(
      receiveDraftProblems({ ...COMPLETE, attachments: { ids: ['adjunto-1'], pending: true } }, NOW),
    ).toEqual({ attachmentIds: 'Espere a que terminen de enviarse los archivos.' });
    expect(firstProblemField({ attachmentIds: 'x', 'petitioner.name': 'y' })).toBe('attachmentIds');
  });
});

describe('the input sent to receivePqrs', () => {
  it('trims the texts, sends blank optional data as null and "now" as no receipt date', () => {
    expect(receiveInputOf(COMPLETE, 'clave-1')).toEqual({
      kind: 'PETITION',
      channel: 'IN_PERSON',
      subject: 'Certificado de afiliación',
      description: 'Solicito el certificado de afiliación de mi empresa.',
      priority: ['MINOR'],
      receivedAt: null,
      lateEntryReason: null,
      idempotencyKey: 'clave-1',
      personType: 'NATURAL',
      petitioner: {
        name: 'Ana Lucía Gómez',
        documentType: 'CC',
        documentNumber: '52.987.654',
        email: null,
        phone: null,
        address: 'Calle 10 # 5-20, Zipaquirá',
      },
      answerChannel: null,
      dataProcessingConsent: false,
      attachmentIds: [],
    });
  });

  it('sends the answer channel, the consent and the files kept', () => {
    const draft: ReceiveDraft = {
      ...COMPLETE,
      personType: 'LEGAL',
      answerChannel: 'POSTAL',
      dataProcessingConsent: true,
      attachments: { ids: ['adjunto-1', 'adjunto-2'], pending: false },
    };
    expect(receiveInputOf(draft, 'clave-7')).toMatchObject({
      personType: 'LEGAL',
      answerChannel: 'POSTAL',
      dataProcessingConsent: true,
      attachmentIds: ['adjunto-1', 'adjunto-2'],
    });
  });

  it('sends no person, no answer channel and no consent for an anonymous filing, whatever was typed', () => {
    const draft: ReceiveDraft = {
      ...COMPLETE,
      kind: 'COMPLAINT',
      personType: 'ANONYMOUS',
      answerChannel: 'EMAIL',
      dataProcessingConsent: true,
      attachments: { ids: ['adjunto-3'], pending: false },
    };
    expect(receiveInputOf(draft, 'clave-8')).toMatchObject({
      personType: 'ANONYMOUS',
      petitioner: null,
      answerChannel: null,
      dataProcessingConsent: null,
      attachmentIds: ['adjunto-3'],
    });
  });

  it('sends a receipt date typed in Bogotá time with its offset', () => {
    expect(receiveInputOf({ ...COMPLETE, receivedAt: '2026-03-13T16:30' }, 'clave-2').receivedAt).toBe(
      '2026-03-13T16:30:00-05:00',
    );
  });

  it('sends the reason of a late entry with the receipt date it explains, and never without one', () => {
    const dated = {
      ...COMPLETE,
      receivedAt: '2026-03-02T08:00',
      lateEntryReason: ' Radicación física extraviada ',
    };
    expect(receiveInputOf(dated, 'clave-4')).toMatchObject({
      receivedAt: '2026-03-02T08:00:00-05:00',
      lateEntryReason: 'Radicación física extraviada',
    });
    expect(receiveInputOf({ ...dated, receivedAt: '' }, 'clave-5').lateEntryReason).toBeNull();
    expect(receiveInputOf({ ...dated, lateEntryReason: '  ' }, 'clave-6').lateEntryReason).toBeNull();
  });

  it('says when the reason of a late entry is longer than the server takes', () => {
    const draft = { ...COMPLETE, receivedAt: '2026-03-02T08:00', lateEntryReason: 'x'.repeat(2_001) };
    expect(receiveDraftProblems(draft, new Date('2026-03-16T15:00:00Z'))).toEqual({
      lateEntryReason: 'El motivo del registro tardío admite hasta 2.000 caracteres.',
    });
  });

  it('will not build an input without kind and channel', () => {
    expect(() => receiveInputOf({ ...COMPLETE, kind: '' }, 'clave-3')).toThrow();
  });
});

describe('where a server refusal is shown', () => {
  it('on the field the server names, with or without the argument in front', () => {
    expect(receiveFieldOf('input.petitioner.email')).toBe('petitioner.email');
    expect(receiveFieldOf('subject')).toBe('subject');
    expect(receiveFieldOf('receivedAt')).toBe('receivedAt');
    expect(receiveFieldOf('personType')).toBe('personType');
    expect(receiveFieldOf('attachmentIds')).toBe('attachmentIds');
  });

  it('above the form when it names no field of the form', () => {
    expect(receiveFieldOf(null)).toBeNull();
    expect(receiveFieldOf('petitionerId')).toBeNull();
    expect(receiveFieldOf('input.idempotencyKey')).toBeNull();
  });
});
