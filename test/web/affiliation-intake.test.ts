// The "Nueva solicitud" form of an affiliation: its checks before sending, the input it sends, and where a
// server refusal is shown.
import {
  affiliationIntakeFieldOf,
  affiliationIntakeProblems,
  EMPTY_AFFILIATION_INTAKE_DRAFT,
  firstAffiliationIntakeProblem,
  receiveAffiliationInputOf,
  type AffiliationIntakeDraft,
} from '../../web/src/logic/affiliation-intake.js';

/** 10:00 in Bogotá on Monday 16 March 2026. */
const NOW = new Date('2026-03-16T15:00:00Z');

const COMPLETE: AffiliationIntakeDraft = {
  affiliationType: 'INDEPENDENT',
  channel: 'IN_PERSON',
  campaignId: '5a1c7e2e-0000-4000-8000-000000000001',
  receivedAt: '',
  lateEntryReason: '',
  applicant: {
    name: ' Ana Lucía Gómez ',
    documentType: 'CC',
    documentNumber: '52.987.654',
    email: '',
    phone: ' ',
    address: 'Calle 10 # 5-20, Zipaquirá',
  },
};

function withApplicant(change: Partial<AffiliationIntakeDraft['applicant']>): AffiliationIntakeDraft {
  return { ...COMPLETE, applicant: { ...COMPLETE.applicant, ...change } };
}

describe('checking the draft before sending', () => {
  it('finds nothing wrong with a complete draft whose optional fields are blank', () => {
    expect(affiliationIntakeProblems({ ...COMPLETE, campaignId: '' }, NOW)).toEqual({});
  });

  it('asks for every required field of an empty form, each with its own message, in Spanish', () => {
    expect(
      affiliationIntakeProblems(
        {
          ...EMPTY_AFFILIATION_INTAKE_DRAFT,
          applicant: { ...EMPTY_AFFILIATION_INTAKE_DRAFT.applicant, documentType: '' },
        },
        NOW,
      ),
    ).toEqual({
      affiliationType: 'Seleccione el tipo de afiliación.',
      channel: 'Seleccione el canal por el que llegó la solicitud.',
      'applicant.name': 'El nombre del solicitante es obligatorio.',
      'applicant.documentType': 'Seleccione el tipo de documento.',
      'applicant.documentNumber': 'El número de documento es obligatorio.',
    });
  });

  it('refuses a document number with characters other than digits, letters, dots and dashes', () => {
    expect(affiliationIntakeProblems(withApplicant({ documentNumber: '52 987/654' }), NOW)).toEqual({
      'applicant.documentNumber': 'El número de documento solo admite números, letras, puntos y guiones.',
    });
  });

  it('checks the optional contact data only when written', () => {
    expect(affiliationIntakeProblems(withApplicant({ email: 'ana.gomez', phone: 'ext. 12' }), NOW)).toEqual({
      'applicant.email': 'Escriba un correo electrónico válido, como nombre@dominio.co.',
      'applicant.phone': 'El teléfono solo admite números, espacios y los signos + ( ) -.',
    });
  });

  it('takes the campaign as chosen from the list, or none', () => {
    expect(affiliationIntakeProblems(COMPLETE, NOW)).toEqual({});
  });

  it('refuses a receipt time after now, and one that is not a time', () => {
    expect(affiliationIntakeProblems({ ...COMPLETE, receivedAt: '2026-03-16T10:01' }, NOW)).toEqual({
      receivedAt: 'La fecha de recepción no puede ser posterior al momento actual.',
    });
    expect(affiliationIntakeProblems({ ...COMPLETE, receivedAt: '2026-02-30T08:00' }, NOW)).toEqual({
      receivedAt: 'Escriba una fecha y hora válidas, o deje el campo vacío para usar la actual.',
    });
  });

  it('puts the cursor on the first field with a problem, in the order of the form', () => {
    expect(
      firstAffiliationIntakeProblem({ 'applicant.email': 'x', channel: 'y', 'applicant.name': 'z' }),
    ).toBe('channel');
    expect(firstAffiliationIntakeProblem({})).toBeNull();
  });
});

describe('the input sent to receiveAffiliation', () => {
  it('trims the text, leaves blank optional fields out as null and carries the form key', () => {
    expect(receiveAffiliationInputOf(COMPLETE, 'afiliacion-1')).toEqual({
      affiliationType: 'INDEPENDENT',
      channel: 'IN_PERSON',
      campaignId: '5a1c7e2e-0000-4000-8000-000000000001',
      receivedAt: null,
      lateEntryReason: null,
      idempotencyKey: 'afiliacion-1',
      applicant: {
        name: 'Ana Lucía Gómez',
        documentType: 'CC',
        documentNumber: '52.987.654',
        email: null,
        phone: null,
        address: 'Calle 10 # 5-20, Zipaquirá',
      },
    });
  });

  it('sends the reason of a late entry only with the receipt time it explains', () => {
    const dated = { ...COMPLETE, receivedAt: '2026-03-02T08:00', lateEntryReason: 'Formulario de la feria' };
    expect(receiveAffiliationInputOf(dated, 'k').lateEntryReason).toBe('Formulario de la feria');
    expect(receiveAffiliationInputOf({ ...dated, receivedAt: '' }, 'k').lateEntryReason).toBeNull();
  });

  it('sends a receipt time written in Bogotá time as an instant with its offset', () => {
    expect(receiveAffiliationInputOf({ ...COMPLETE, receivedAt: '2026-03-13T16:30' }, 'k').receivedAt).toBe(
      '2026-03-13T16:30:00-05:00',
    );
  });

  it('will not build the input of a draft without a type or channel', () => {
    expect(() => receiveAffiliationInputOf({ ...COMPLETE, affiliationType: '' }, 'k')).toThrow();
  });
});

describe('where a server refusal is shown', () => {
  it('puts a validation error on the field named by its path, without the argument', () => {
    expect(affiliationIntakeFieldOf('input.applicant.email')).toBe('applicant.email');
  });

  it('puts a domain rule on the field it names', () => {
    expect(affiliationIntakeFieldOf('receivedAt')).toBe('receivedAt');
  });

  it('shows above the form an error that names no field of the form', () => {
    expect(affiliationIntakeFieldOf('requiredDocuments')).toBeNull();
    expect(affiliationIntakeFieldOf(null)).toBeNull();
  });
});
