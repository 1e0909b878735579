// The Radicar form's rules without the form: the empty draft, the per-field checks staff see before
// sending (the same limits the server's ReceivePqrsInput enforces, worded in Spanish), the input sent to
// receivePqrs, and where on the form a server refusal belongs. An anonymous filing names no one: the
// person, the answer channel and the consent are neither checked nor sent. Pure: the caller passes the
// current instant.
import type {
  AnswerChannel,
  PersonType,
  PqrsChannel,
  PqrsKind,
  PriorityReason,
} from '../graphql/generated/graphql.js';
import { NO_UPLOADS, uploadsProblem, type UploadsValue } from './attachments.js';
import { LATE_ENTRY_REASON_LIMIT } from './late-entries.js';
import { asOfInstant } from './report-periods.js';
import { optionalText, requiredText } from './text-checks.js';

export interface PetitionerDraft {
  readonly name: string;
  readonly documentType: string;
  readonly documentNumber: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
}

export interface ReceiveDraft {
  readonly kind: PqrsKind | '';
  readonly channel: PqrsChannel | '';
  readonly subject: string;
  readonly description: string;
  readonly priority: readonly PriorityReason[];
  /** The summary proof of a fundamental-right risk (art. 20), in words; absent or blank: none. */
  readonly priorityProof?: string;
  /** A risk to life or integrity (art. 20): the coordinators are alerted at once. */
  readonly lifeOrIntegrityRisk?: boolean;
  /** A datetime-local value in Bogotá time; empty means "now" (the server's default). */
  readonly receivedAt: string;
  /** Why a receipt dated beyond the late-entry window is recorded only now; sent only with a date. */
  readonly lateEntryReason: string;
  /** The files that came with it, uploaded as they were chosen. */
  readonly attachments: UploadsValue;
  readonly personType: PersonType;
  readonly petitioner: PetitionerDraft;
  /** '' when the petitioner did not say how they want the answer. */
  readonly answerChannel: AnswerChannel | '';
  /** The petitioner authorised the processing of their data (Ley 1581 de 2012), e.g. on the signed form. */
  readonly dataProcessingConsent: boolean;
}

/** The form's fields, named by their path in ReceivePqrsInput (as the server names them in errors). */
export const RECEIVE_FIELDS = [
  'kind',
  'channel',
  'subject',
  'description',
  'priority',
  'priorityProof',
  'lifeOrIntegrityRisk',
  'receivedAt',
  'lateEntryReason',
  'attachmentIds',
  'personType',
  'petitioner.name',
  'petitioner.documentType',
  'petitioner.documentNumber',
  'petitioner.email',
  'petitioner.phone',
  'petitioner.address',
  'answerChannel',
  'dataProcessingConsent',
] as const;

export type ReceiveField = (typeof RECEIVE_FIELDS)[number];

export type ReceiveProblems = Partial<Record<ReceiveField, string>>;

export const EMPTY_RECEIVE_DRAFT: ReceiveDraft = {
  kind: '',
  channel: '',
  subject: '',
  description: '',
  priority: [],
  receivedAt: '',
  lateEntryReason: '',
  attachments: NO_UPLOADS,
  personType: 'NATURAL',
  petitioner: { name: '', documentType: 'CC', documentNumber: '', email: '', phone: '', address: '' },
  answerChannel: '',
  dataProcessingConsent: false,
};

/** An anonymous filing (only for the kinds the office takes that way: the server says which). */
export function isAnonymous(draft: Pick<ReceiveDraft, 'personType'>): boolean {
  return draft.personType === 'ANONYMOUS';
}

/**
 * The draft with another person type. A child or adolescent's petition is attended first (Ley 1755 de
 * 2015, art. 20): choosing them marks that priority too, which staff may still take off.
 */
export function withPersonType(draft: ReceiveDraft, personType: PersonType): ReceiveDraft {
  const priority =
    personType === 'MINOR' && !draft.priority.includes('MINOR')
      ? [...draft.priority, 'MINOR' as const]
      : draft.priority;
  return { ...draft, personType, priority };
}

/** The server's limits (ReceivePqrsInput, PetitionerInput). */
export const RECEIVE_LIMITS = {
  subject: 300,
  description: 20_000,
  name: 200,
  documentType: 10,
  documentNumber: 30,
  email: 200,
  phone: 40,
  address: 300,
  lateEntryReason: LATE_ENTRY_REASON_LIMIT,
} as const;

const DOCUMENT_NUMBER = /^[0-9A-Za-z.-]+$/;
const PHONE = /^[0-9 +()-]+$/;
/** Enough to catch a typo before sending; the server's own check still has the last word. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function receivedAtProblem(value: string, now: Date): string | undefined {
  if (value.trim() === '') return undefined;
  const instant = asOfInstant(value.trim());
  if (instant === null) return 'Escriba una fecha y hora válidas, o deje el campo vacío para usar la actual.';
  if (Date.parse(instant) > now.getTime())
    return 'La fecha de recepción no puede ser posterior al momento actual.';
  return undefined;
}

/** The reason for a late entry, when the draft dates its receipt and gives one (no date, no reason). */
export function lateEntryReasonOf(
  draft: Pick<ReceiveDraft, 'receivedAt' | 'lateEntryReason'>,
): string | null {
  return draft.receivedAt.trim() === '' ? null : optional(draft.lateEntryReason);
}

/** What is wrong with the person's data: nothing for an anonymous filing, which names no one. */
function petitionerProblems(draft: ReceiveDraft): Partial<Record<ReceiveField, string | undefined>> {
  if (isAnonymous(draft)) return {};
  const { petitioner } = draft;
  return {
    'petitioner.name': requiredText(
      petitioner.name,
      RECEIVE_LIMITS.name,
      'El nombre del peticionario es obligatorio.',
      'El nombre',
    ),
    'petitioner.documentType': requiredText(
      petitioner.documentType,
      RECEIVE_LIMITS.documentType,
      'Seleccione el tipo de documento.',
      'El tipo de documento',
    ),
    'petitioner.documentNumber':
      requiredText(
        petitioner.documentNumber,
        RECEIVE_LIMITS.documentNumber,
        'El número de documento es obligatorio.',
        'El número de documento',
      ) ??
      (DOCUMENT_NUMBER.test(petitioner.documentNumber.trim())
        ? undefined
        : 'El número de documento solo admite números, letras, puntos y guiones.'),
    // The answer goes where the petitioner asked: that contact must be there (the server checks it too).
    'petitioner.email':
      optionalText(
        petitioner.email,
        RECEIVE_LIMITS.email,
        'El correo electrónico',
        EMAIL,
        'Escriba un correo electrónico válido, como nombre@dominio.co.',
      ) ??
      (draft.answerChannel === 'EMAIL' && petitioner.email.trim() === ''
        ? 'Para recibir la respuesta por correo electrónico, indique el correo.'
        : undefined),
    'petitioner.phone': optionalText(
      petitioner.phone,
      RECEIVE_LIMITS.phone,
      'El teléfono',
      PHONE,
      'El teléfono solo admite números, espacios y los signos + ( ) -.',
    ),
    'petitioner.address':
      optionalText(petitioner.address, RECEIVE_LIMITS.address, 'La dirección') ??
      (draft.answerChannel === 'POSTAL' && petitioner.address.trim() === ''
        ? 'Para recibir la respuesta en una dirección postal, indique la dirección.'
        : undefined),
  };
}

/** What is wrong with the draft, field by field; empty when it can be sent. */
export function receiveDraftProblems(draft: ReceiveDraft, now: Date): ReceiveProblems {
  const problems: Partial<Record<ReceiveField, string | undefined>> = {
    kind: draft.kind === '' ? 'Seleccione el tipo de PQRS.' : undefined,
    channel: draft.channel === '' ? 'Seleccione el canal por el que llegó.' : undefined,
    subject: requiredText(draft.subject, RECEIVE_LIMITS.subject, 'El asunto es obligatorio.', 'El asunto'),
    description: requiredText(
      draft.description,
      RECEIVE_LIMITS.description,
      'La descripción de la solicitud es obligatoria.',
      'La descripción',
    ),
    receivedAt: receivedAtProblem(draft.receivedAt, now),
    lateEntryReason: optionalText(
      lateEntryReasonOf(draft) ?? '',
      RECEIVE_LIMITS.lateEntryReason,
      'El motivo del registro tardío',
    ),
    attachmentIds: uploadsProblem(draft.attachments),
    ...petitionerProblems(draft),
  };
  return Object.fromEntries(
    Object.entries(problems).filter((entry): entry is [ReceiveField, string] => entry[1] !== undefined),
  );
}

/** The first field with a problem, in the order the form shows them (where the cursor goes). */
export function firstProblemField(problems: ReceiveProblems): ReceiveField | null {
  return RECEIVE_FIELDS.find((field) => problems[field] !== undefined) ?? null;
}

export interface ReceivePqrsInputValue {
  readonly kind: PqrsKind;
  readonly channel: PqrsChannel;
  readonly subject: string;
  readonly description: string;
  readonly priority: PriorityReason[];
  readonly priorityProof?: string;
  readonly lifeOrIntegrityRisk?: boolean;
  readonly receivedAt: string | null;
  readonly lateEntryReason: string | null;
  readonly idempotencyKey: string;
  readonly personType: PersonType;
  /** Null for an anonymous filing. */
  readonly petitioner: PersonInputValue | null;
  readonly answerChannel: AnswerChannel | null;
  /** Null for an anonymous filing: there is no one whose data are processed. */
  readonly dataProcessingConsent: boolean | null;
  readonly attachmentIds: string[];
}

/** A person as PetitionerInput takes them: trimmed, and the optional contact data null when empty. */
export interface PersonInputValue {
  readonly name: string;
  readonly documentType: string;
  readonly documentNumber: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
}

export function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function personInputOf(person: PetitionerDraft): PersonInputValue {
  return {
    name: person.name.trim(),
    documentType: person.documentType.trim(),
    documentNumber: person.documentNumber.trim(),
    email: optional(person.email),
    phone: optional(person.phone),
    address: optional(person.address),
  };
}

/**
 * The form field a server error names, or null when it names none of `fields`. The server names input
 * fields by their path, with the argument in front for validation errors ("input.petitioner.email")
 * and without it for the domain's rules ("subject").
 */
export function formFieldOf<Field extends string>(
  serverField: string | null,
  fields: readonly Field[],
): Field | null {
  if (serverField === null) return null;
  const path = serverField.replace(/^input\./, '');
  return (fields as readonly string[]).includes(path) ? (path as Field) : null;
}

/**
 * receivePqrs's input for a draft without problems. The idempotency key is the form's own: sending the
 * same form twice (a double click, a retry after a lost answer) files one case, not two.
 */
export function receiveInputOf(draft: ReceiveDraft, idempotencyKey: string): ReceivePqrsInputValue {
  if (draft.kind === '' || draft.channel === '') throw new Error('receiveInputOf: el borrador tiene errores');
  const anonymous = isAnonymous(draft);
  return {
    kind: draft.kind,
    channel: draft.channel,
    subject: draft.subject.trim(),
    description: draft.description.trim(),
    priority: [...draft.priority],
    ...priorityClaimInputOf(draft),
    receivedAt: draft.receivedAt.trim() === '' ? null : asOfInstant(draft.receivedAt.trim()),
    lateEntryReason: lateEntryReasonOf(draft),
    idempotencyKey,
    personType: draft.personType,
    petitioner: anonymous ? null : personInputOf(draft.petitioner),
    answerChannel: anonymous || draft.answerChannel === '' ? null : draft.answerChannel,
    dataProcessingConsent: anonymous ? null : draft.dataProcessingConsent,
    attachmentIds: [...draft.attachments.ids],
  };
}

/** The PQRS intake's field a server error names (see formFieldOf). */
export function receiveFieldOf(serverField: string | null): ReceiveField | null {
  return formFieldOf(serverField, RECEIVE_FIELDS);
}

/**
 * What the filer says of a fundamental-right risk (art. 20), sent only when said: the proof in words and
 * whether life or integrity is at risk (the server then alerts the coordinators).
 */
export function priorityClaimInputOf(draft: {
  readonly priorityProof?: string;
  readonly lifeOrIntegrityRisk?: boolean;
}): { readonly priorityProof?: string; readonly lifeOrIntegrityRisk?: boolean } {
  const proof = (draft.priorityProof ?? '').trim();
  return {
    ...(proof === '' ? {} : { priorityProof: proof }),
    ...(draft.lifeOrIntegrityRisk ? { lifeOrIntegrityRisk: true } : {}),
  };
}
