// The citizen's filing form without the page: which fields each person type asks for, anonymity only
// where the kind admits it, the input sent to submitPublicPqrs, and where a server refusal is shown.
import {
  EMPTY_FILING_DRAFT,
  filingFieldOf,
  filingInputOf,
  filingProblems,
  firstProblemField,
  personTypesFor,
  withKind,
  withPersonType,
  type FilingContext,
  type FilingDraft,
  type PortalKind,
} from '../../web/src/public/logic/filing-form.js';

const KINDS: PortalKind[] = [
  {
    kind: 'PETITION',
    label: 'Petición',
    explanation: 'Pedir algo a la entidad.',
    termBusinessDays: 15,
    anonymousAllowed: false,
  },
  {
    kind: 'DENUNCIATION',
    label: 'Denuncia',
    explanation: 'Poner en conocimiento una conducta irregular.',
    termBusinessDays: 15,
    anonymousAllowed: true,
  },
];

const READY: FilingContext = { kinds: KINDS, challengeMissing: false, uploadsPending: false };

const NATURAL: FilingDraft = {
  ...EMPTY_FILING_DRAFT,
  kind: 'PETITION',
  subject: ' Certificado de afiliación ',
  description: 'Solicito el certificado de afiliación.',
  personType: 'NATURAL',
  person: {
    name: ' Ana Lucía Gómez ',
    documentType: 'CC',
    documentNumber: '52987654',
    email: 'ana.gomez@correo.example',
    phone: ' ',
    address: '',
  },
  answerChannel: 'EMAIL',
  dataProcessingConsent: true,
};

const ANONYMOUS: FilingDraft = {
  ...EMPTY_FILING_DRAFT,
  kind: 'DENUNCIATION',
  subject: 'Cobro irregular',
  description: 'En la sede norte cobran por un trámite gratuito.',
  personType: 'ANONYMOUS',
};

describe('checking the draft before sending', () => {
  it('finds nothing wrong with a natural person who wants the answer by e-mail and gave it', () => {
    expect(filingProblems(NATURAL, READY)).toEqual({});
  });

  it('asks an empty form for the kind, subject, description and how the person identifies', () => {
    expect(filingProblems(EMPTY_FILING_DRAFT, READY)).toEqual({
      kind: 'Elija el tipo de solicitud.',
      subject: 'Escriba el asunto.',
      description: 'Describa su solicitud.',
      personType: 'Elija cómo se identifica.',
    });
  });

  it('asks an identified person for document, name, answer channel and the data-processing consent', () => {
    const problems = filingProblems(
      {
        ...NATURAL,
        person: { ...EMPTY_FILING_DRAFT.person },
        answerChannel: '',
        dataProcessingConsent: false,
      },
      READY,
    );
    expect(Object.keys(problems)).toEqual([
      'person.documentNumber',
      'person.name',
      'answerChannel',
      'dataProcessingConsent',
    ]);
  });

  it('calls the name of a legal person its razón social', () => {
    expect(
      filingProblems({ ...NATURAL, personType: 'LEGAL', person: { ...NATURAL.person, name: '' } }, READY),
    ).toEqual({ 'person.name': 'La razón social es obligatoria.' });
  });

  it('needs the e-mail address for an answer by e-mail, and the postal address for one by post', () => {
    expect(filingProblems({ ...NATURAL, person: { ...NATURAL.person, email: '' } }, READY)).toEqual({
      'person.email': 'Para responderle por correo electrónico necesitamos su dirección de correo.',
    });
    expect(filingProblems({ ...NATURAL, answerChannel: 'POSTAL' }, READY)).toEqual({
      'person.address': 'Para responderle por correspondencia necesitamos su dirección postal.',
    });
  });

  it('refuses a mistyped e-mail address even when the answer goes by post', () => {
    const draft: FilingDraft = {
      ...NATURAL,
      answerChannel: 'POSTAL',
      person: { ...NATURAL.person, email: 'ana@correo', address: 'Calle 10 # 5-20, Tunja' },
    };
    expect(filingProblems(draft, READY)).toEqual({
      'person.email': 'Escriba un correo electrónico válido, como nombre@dominio.co.',
    });
  });

  it('asks an anonymous filing for no personal data and no consent', () => {
    expect(filingProblems(ANONYMOUS, READY)).toEqual({});
  });

  it('waits for uploads in progress and for the proof of work when it is asked for', () => {
    expect(filingProblems(NATURAL, { kinds: KINDS, challengeMissing: true, uploadsPending: true })).toEqual({
      attachmentIds: 'Espere a que terminen de subir los archivos adjuntos.',
      challenge: 'Complete la verificación de seguridad antes de enviar.',
    });
  });

  it('sends the cursor to the first problem in the order the form shows its fields', () => {
    expect(firstProblemField({ dataProcessingConsent: 'x', 'person.name': 'y', subject: 'z' })).toBe(
      'subject',
    );
    expect(firstProblemField({})).toBeNull();
  });
});

describe('anonymity', () => {
  it('is offered only for the kinds that admit it', () => {
    expect(personTypesFor(KINDS, 'PETITION')).toEqual(['NATURAL', 'LEGAL', 'MINOR']);
    expect(personTypesFor(KINDS, 'DENUNCIATION')).toEqual(['NATURAL', 'LEGAL', 'MINOR', 'ANONYMOUS']);
    expect(personTypesFor(KINDS, '')).toEqual(['NATURAL', 'LEGAL', 'MINOR']);
  });

  it('is dropped when the kind changes to one that does not admit it, asking again how the person identifies', () => {
    const changed = withKind(ANONYMOUS, KINDS, 'PETITION');
    expect(changed.personType).toBe('');
    expect(filingProblems(changed, READY)).toMatchObject({ personType: 'Elija cómo se identifica.' });
    expect(withKind(NATURAL, KINDS, 'DENUNCIATION').personType).toBe('NATURAL');
  });
});

describe('choosing the person type', () => {
  it('proposes the usual document of each type', () => {
    expect(withPersonType(EMPTY_FILING_DRAFT, 'LEGAL', []).person.documentType).toBe('NIT');
    expect(withPersonType(EMPTY_FILING_DRAFT, 'MINOR', []).person.documentType).toBe('TI');
    expect(withPersonType(EMPTY_FILING_DRAFT, 'NATURAL', []).person.documentType).toBe('CC');
  });

  it("marks a child's petition for priority attention when the portal offers that reason, once", () => {
    const minor = withPersonType(EMPTY_FILING_DRAFT, 'MINOR', ['FUNDAMENTAL_RIGHT_RISK', 'MINOR']);
    expect(minor.priority).toEqual(['MINOR']);
    expect(withPersonType(minor, 'MINOR', ['MINOR']).priority).toEqual(['MINOR']);
    expect(withPersonType(EMPTY_FILING_DRAFT, 'MINOR', ['JOURNALIST']).priority).toEqual([]);
  });
});

describe('the input sent to submitPublicPqrs', () => {
  it('carries the person trimmed, blank contact data as null, the channel, consent, files and challenge', () => {
    expect(filingInputOf(NATURAL, ['adjunto-1'], 'prueba-de-trabajo')).toEqual({
      kind: 'PETITION',
      subject: 'Certificado de afiliación',
      description: 'Solicito el certificado de afiliación.',
      personType: 'NATURAL',
      person: {
        name: 'Ana Lucía Gómez',
        documentType: 'CC',
        documentNumber: '52987654',
        email: 'ana.gomez@correo.example',
        phone: null,
        address: null,
      },
      answerChannel: 'EMAIL',
      priority: [],
      dataProcessingConsent: true,
      attachmentIds: ['adjunto-1'],
      challenge: 'prueba-de-trabajo',
      website: '',
    });
  });

  it('sends no person, no channel and no consent for an anonymous filing, even if fields were filled before', () => {
    const input = filingInputOf(
      { ...ANONYMOUS, person: NATURAL.person, answerChannel: 'EMAIL', dataProcessingConsent: true },
      [],
      null,
    );
    expect(input).toMatchObject({
      personType: 'ANONYMOUS',
      person: null,
      answerChannel: null,
      dataProcessingConsent: false,
    });
  });

  it('passes the honeypot on as typed, for the server to judge', () => {
    expect(filingInputOf({ ...NATURAL, website: 'http://spam.example' }, [], null).website).toBe(
      'http://spam.example',
    );
  });
});

describe('a refusal from the server', () => {
  it('lands on the field it names, with or without the argument in front', () => {
    expect(filingFieldOf('person.email')).toBe('person.email');
    expect(filingFieldOf('input.person.email')).toBe('person.email');
    expect(filingFieldOf('dataProcessingConsent')).toBe('dataProcessingConsent');
    expect(filingFieldOf('challenge')).toBe('challenge');
  });

  it('is shown above the form when it names no field of it', () => {
    expect(filingFieldOf(null)).toBeNull();
    expect(filingFieldOf('website')).toBeNull();
  });
});
