// The citizen's filing form without the form: the empty draft, which fields the person type asks for, the
// checks shown before sending (the limits PublicPqrsInput enforces, worded in Spanish), the input sent to
// submitPublicPqrs, and where on the form a server refusal belongs. Pure.
import type {
  AnswerChannel,
  PersonType,
  PqrsKind,
  PriorityReason,
  PublicPqrsInput,
} from '../../graphql/generated/graphql.js';
import { formFieldOf, optional, priorityClaimInputOf, RECEIVE_LIMITS } from '../../logic/receive-form.js';
import { optionalText, requiredText } from '../../logic/text-checks.js';

export interface PersonDraft {
  readonly name: string;
  readonly documentType: string;
  readonly documentNumber: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
}

export interface FilingDraft {
  readonly kind: PqrsKind | '';
  readonly subject: string;
  readonly description: string;
  readonly personType: PersonType | '';
  readonly person: PersonDraft;
  readonly answerChannel: AnswerChannel | '';
  readonly priority: readonly string[];
  /** The summary proof of a fundamental-right risk (art. 20), in the filer's words; absent: none. */
  readonly priorityProof?: string;
  /** A risk to life or integrity (art. 20): the office's coordinators are alerted at once. */
  readonly lifeOrIntegrityRisk?: boolean;
  readonly dataProcessingConsent: boolean;
  /** The honeypot: people never see it, so they leave it empty. */
  readonly website: string;
}

/** What the portal says about a kind (publicPortal.kinds). */
export interface PortalKind {
  readonly kind: PqrsKind;
  readonly label: string;
  readonly explanation: string;
  readonly termBusinessDays: number;
  readonly anonymousAllowed: boolean;
}

/** The form's fields in the order it shows them, named as the server names them in its errors. */
export const FILING_FIELDS = [
  'kind',
  'subject',
  'description',
  'personType',
  'person.documentType',
  'person.documentNumber',
  'person.name',
  'person.email',
  'person.phone',
  'person.address',
  'answerChannel',
  'priority',
  'dataProcessingConsent',
  'attachmentIds',
  'challenge',
] as const;

export type FilingField = (typeof FILING_FIELDS)[number];
export type FilingProblems = Partial<Record<FilingField, string>>;

export const PERSON_TYPES: readonly PersonType[] = ['NATURAL', 'LEGAL', 'MINOR', 'ANONYMOUS'];

export const PERSON_TYPE_LABELS: Readonly<Record<PersonType, string>> = {
  NATURAL: 'Persona natural',
  LEGAL: 'Persona jurídica (empresa u organización)',
  MINOR: 'Niño, niña o adolescente',
  ANONYMOUS: 'Anónimo (sin datos personales)',
};

export const ANSWER_CHANNEL_LABELS: Readonly<Record<AnswerChannel, string>> = {
  EMAIL: 'Correo electrónico',
  POSTAL: 'Dirección postal (correspondencia)',
};

/** The identity document each person type usually shows, chosen for them when they pick the type. */
const USUAL_DOCUMENT: Readonly<Record<Exclude<PersonType, 'ANONYMOUS'>, string>> = {
  NATURAL: 'CC',
  LEGAL: 'NIT',
  MINOR: 'TI',
};

export const EMPTY_FILING_DRAFT: FilingDraft = {
  kind: '',
  subject: '',
  description: '',
  personType: '',
  person: { name: '', documentType: 'CC', documentNumber: '', email: '', phone: '', address: '' },
  answerChannel: '',
  priority: [],
  dataProcessingConsent: false,
  website: '',
};

const DOCUMENT_NUMBER = /^[0-9A-Za-z.-]+$/;
const PHONE = /^[0-9 +()-]+$/;
/** Enough to catch a typo before sending; the server's own check has the last word. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isAnonymous(draft: Pick<FilingDraft, 'personType'>): boolean {
  return draft.personType === 'ANONYMOUS';
}

export function anonymousAllowed(kinds: readonly PortalKind[], kind: PqrsKind | ''): boolean {
  return kinds.some((each) => each.kind === kind && each.anonymousAllowed);
}

/** The person types the chosen kind may be filed as: anonymous only where the law or the office allows. */
export function personTypesFor(kinds: readonly PortalKind[], kind: PqrsKind | ''): PersonType[] {
  return PERSON_TYPES.filter((type) => type !== 'ANONYMOUS' || anonymousAllowed(kinds, kind));
}

/** What the name field is called for each person type. */
export function nameLabel(personType: PersonType | ''): string {
  if (personType === 'LEGAL') return 'Razón social';
  if (personType === 'MINOR') return 'Nombre completo del niño, niña o adolescente';
  return 'Nombre completo';
}

/**
 * A new kind: an anonymous draft whose new kind does not admit anonymity goes back to "choose how you
 * identify yourself" rather than keep a choice the form no longer offers.
 */
export function withKind(draft: FilingDraft, kinds: readonly PortalKind[], kind: PqrsKind): FilingDraft {
  const keepsAnonymity = !isAnonymous(draft) || anonymousAllowed(kinds, kind);
  return { ...draft, kind, personType: keepsAnonymity ? draft.personType : '' };
}

/**
 * A new person type: the usual document for it, and a child's petition marked for priority attention
 * (Ley 1755 de 2015, art. 20) when the portal offers that reason. The citizen may change either.
 */
export function withPersonType(
  draft: FilingDraft,
  personType: PersonType,
  priorityReasons: readonly string[],
): FilingDraft {
  const documentType = personType === 'ANONYMOUS' ? draft.person.documentType : USUAL_DOCUMENT[personType];
  const priority =
    personType === 'MINOR' && priorityReasons.includes('MINOR') && !draft.priority.includes('MINOR')
      ? [...draft.priority, 'MINOR']
      : draft.priority;
  return { ...draft, personType, person: { ...draft.person, documentType }, priority };
}

const INVALID_EMAIL = 'Escriba un correo electrónico válido, como nombre@dominio.co.';

function personProblems(draft: FilingDraft): FilingProblems {
  if (isAnonymous(draft) || draft.personType === '') return {};
  const { person } = draft;
  const email =
    draft.answerChannel === 'EMAIL'
      ? (requiredText(
          person.email,
          RECEIVE_LIMITS.email,
          'Para responderle por correo electrónico necesitamos su dirección de correo.',
          'El correo electrónico',
        ) ?? (EMAIL.test(person.email.trim()) ? undefined : INVALID_EMAIL))
      : optionalText(person.email, RECEIVE_LIMITS.email, 'El correo electrónico', EMAIL, INVALID_EMAIL);
  const address =
    draft.answerChannel === 'POSTAL'
      ? requiredText(
          person.address,
          RECEIVE_LIMITS.address,
          'Para responderle por correspondencia necesitamos su dirección postal.',
          'La dirección',
        )
      : optionalText(person.address, RECEIVE_LIMITS.address, 'La dirección');
  return {
    'person.documentType': requiredText(
      person.documentType,
      RECEIVE_LIMITS.documentType,
      'Seleccione el tipo de documento.',
      'El tipo de documento',
    ),
    'person.documentNumber':
      requiredText(
        person.documentNumber,
        RECEIVE_LIMITS.documentNumber,
        'El número de documento es obligatorio.',
        'El número de documento',
      ) ??
      (DOCUMENT_NUMBER.test(person.documentNumber.trim())
        ? undefined
        : 'El número de documento solo admite números, letras, puntos y guiones.'),
    'person.name': requiredText(
      person.name,
      RECEIVE_LIMITS.name,
      draft.personType === 'LEGAL' ? 'La razón social es obligatoria.' : 'El nombre es obligatorio.',
      draft.personType === 'LEGAL' ? 'La razón social' : 'El nombre',
    ),
    'person.email': email,
    'person.phone': optionalText(
      person.phone,
      RECEIVE_LIMITS.phone,
      'El teléfono',
      PHONE,
      'El teléfono solo admite números, espacios y los signos + ( ) -.',
    ),
    'person.address': address,
    answerChannel: draft.answerChannel === '' ? 'Elija por dónde quiere recibir la respuesta.' : undefined,
    dataProcessingConsent: draft.dataProcessingConsent
      ? undefined
      : 'Para tramitar su solicitud con sus datos personales debe autorizar su tratamiento.',
  };
}

export interface FilingContext {
  readonly kinds: readonly PortalKind[];
  /** The proof of work is asked for and not solved yet. */
  readonly challengeMissing: boolean;
  /** Files still on their way: the filing would leave them out. */
  readonly uploadsPending: boolean;
}

/** What is wrong with the draft, field by field; empty when it can be sent. */
export function filingProblems(draft: FilingDraft, context: FilingContext): FilingProblems {
  const problems: FilingProblems = {
    kind: draft.kind === '' ? 'Elija el tipo de solicitud.' : undefined,
    subject: requiredText(draft.subject, RECEIVE_LIMITS.subject, 'Escriba el asunto.', 'El asunto'),
    description: requiredText(
      draft.description,
      RECEIVE_LIMITS.description,
      'Describa su solicitud.',
      'La descripción',
    ),
    personType:
      draft.personType === ''
        ? 'Elija cómo se identifica.'
        : isAnonymous(draft) && draft.kind !== '' && !anonymousAllowed(context.kinds, draft.kind)
          ? 'Este tipo de solicitud no se puede presentar de forma anónima.'
          : undefined,
    ...personProblems(draft),
    attachmentIds: context.uploadsPending
      ? 'Espere a que terminen de subir los archivos adjuntos.'
      : undefined,
    challenge: context.challengeMissing
      ? 'Complete la verificación de seguridad antes de enviar.'
      : undefined,
  };
  return Object.fromEntries(
    Object.entries(problems).filter((entry): entry is [FilingField, string] => entry[1] !== undefined),
  );
}

/** The first field with a problem, in the order the form shows them (where the cursor goes). */
export function firstProblemField(problems: FilingProblems): FilingField | null {
  return FILING_FIELDS.find((field) => problems[field] !== undefined) ?? null;
}

/**
 * submitPublicPqrs's input for a draft without problems. An anonymous filing sends no person, no answer
 * channel and no consent: no personal data is taken, so none is authorised.
 */
export function filingInputOf(
  draft: FilingDraft,
  attachmentIds: readonly string[],
  challenge: string | null,
): PublicPqrsInput {
  if (draft.kind === '' || draft.personType === '')
    throw new Error('filingInputOf: el borrador tiene errores');
  const anonymous = isAnonymous(draft);
  const { person } = draft;
  return {
    kind: draft.kind,
    subject: draft.subject.trim(),
    description: draft.description.trim(),
    personType: draft.personType,
    person: anonymous
      ? null
      : {
          name: person.name.trim(),
          documentType: person.documentType.trim(),
          documentNumber: person.documentNumber.trim(),
          email: optional(person.email),
          phone: optional(person.phone),
          address: optional(person.address),
        },
    answerChannel: anonymous || draft.answerChannel === '' ? null : draft.answerChannel,
    priority: draft.priority as PriorityReason[],
    ...priorityClaimInputOf(draft),
    dataProcessingConsent: !anonymous && draft.dataProcessingConsent,
    attachmentIds: [...attachmentIds],
    challenge,
    website: draft.website,
  };
}

/** The filing form's field a server error names ("input.person.email" or "person.email"), or null. */
export function filingFieldOf(serverField: string | null): FilingField | null {
  return formFieldOf(serverField, FILING_FIELDS);
}
