// The "Nueva solicitud" form of an affiliation without the form: the empty draft, the per-field checks
// staff see before sending (the limits ReceiveAffiliationInput and PetitionerInput enforce, worded in
// Spanish), the input sent to receiveAffiliation, and where on the form a server refusal belongs. It
// mirrors receive-form.ts (the PQRS intake), whose applicant checks it shares. Pure: the caller passes
// the current instant.
import type { AffiliationType, PqrsChannel } from '../graphql/generated/graphql.js';
import {
  EMPTY_RECEIVE_DRAFT,
  formFieldOf,
  lateEntryReasonOf,
  personInputOf,
  receiveDraftProblems,
  RECEIVE_LIMITS,
  type PersonInputValue,
  type PetitionerDraft,
} from './receive-form.js';
import { asOfInstant } from './report-periods.js';

export interface AffiliationIntakeDraft {
  readonly affiliationType: AffiliationType | '';
  readonly channel: PqrsChannel | '';
  /** The campaign of the plan it came from, chosen from the list; '' for none. */
  readonly campaignId: string;
  /** A datetime-local value in Bogotá time; empty means "now" (the server's default). */
  readonly receivedAt: string;
  /** Why a request dated beyond the late-entry window is recorded only now; sent only with a date. */
  readonly lateEntryReason: string;
  readonly applicant: PetitionerDraft;
}

/** The form's fields, named by their path in ReceiveAffiliationInput (as the server names them in errors). */
export const AFFILIATION_INTAKE_FIELDS = [
  'affiliationType',
  'channel',
  'campaignId',
  'receivedAt',
  'lateEntryReason',
  'applicant.name',
  'applicant.documentType',
  'applicant.documentNumber',
  'applicant.email',
  'applicant.phone',
  'applicant.address',
] as const;

export type AffiliationIntakeField = (typeof AFFILIATION_INTAKE_FIELDS)[number];

export type AffiliationIntakeProblems = Partial<Record<AffiliationIntakeField, string>>;

export const EMPTY_AFFILIATION_INTAKE_DRAFT: AffiliationIntakeDraft = {
  affiliationType: '',
  channel: '',
  campaignId: '',
  receivedAt: '',
  lateEntryReason: '',
  applicant: { name: '', documentType: 'CC', documentNumber: '', email: '', phone: '', address: '' },
};

/** The server's limits (ReceiveAffiliationInput; the applicant's are PetitionerInput's). */
export const AFFILIATION_INTAKE_LIMITS = RECEIVE_LIMITS;

/** Where the PQRS intake's applicant checks speak of the "peticionario", this form has a "solicitante". */
const APPLICANT_WORDING: readonly (readonly [string, string])[] = [
  ['El nombre del peticionario es obligatorio.', 'El nombre del solicitante es obligatorio.'],
];

function asApplicant(message: string): string {
  return APPLICANT_WORDING.find(([from]) => from === message)?.[1] ?? message;
}

/** What is wrong with the draft, field by field; empty when it can be sent. */
export function affiliationIntakeProblems(
  draft: AffiliationIntakeDraft,
  now: Date,
): AffiliationIntakeProblems {
  // The applicant and the receipt time follow the PQRS intake's rules exactly: one set of checks.
  const shared = receiveDraftProblems(
    {
      ...EMPTY_RECEIVE_DRAFT,
      receivedAt: draft.receivedAt,
      lateEntryReason: draft.lateEntryReason,
      petitioner: draft.applicant,
    },
    now,
  );
  const problems: Record<AffiliationIntakeField, string | undefined> = {
    affiliationType: draft.affiliationType === '' ? 'Seleccione el tipo de afiliación.' : undefined,
    channel: draft.channel === '' ? 'Seleccione el canal por el que llegó la solicitud.' : undefined,
    // Chosen from the list of the plan's campaigns (or none): the server checks it is planned.
    campaignId: undefined,
    receivedAt: shared.receivedAt,
    lateEntryReason: shared.lateEntryReason,
    'applicant.name': shared['petitioner.name'],
    'applicant.documentType': shared['petitioner.documentType'],
    'applicant.documentNumber': shared['petitioner.documentNumber'],
    'applicant.email': shared['petitioner.email'],
    'applicant.phone': shared['petitioner.phone'],
    'applicant.address': shared['petitioner.address'],
  };
  return Object.fromEntries(
    Object.entries(problems)
      .filter((entry): entry is [AffiliationIntakeField, string] => entry[1] !== undefined)
      .map(([field, message]) => [field, asApplicant(message)]),
  );
}

/** The first field with a problem, in the order the form shows them (where the cursor goes). */
export function firstAffiliationIntakeProblem(
  problems: AffiliationIntakeProblems,
): AffiliationIntakeField | null {
  return AFFILIATION_INTAKE_FIELDS.find((field) => problems[field] !== undefined) ?? null;
}

export interface ReceiveAffiliationInputValue {
  readonly affiliationType: AffiliationType;
  readonly channel: PqrsChannel;
  readonly campaignId: string | null;
  readonly receivedAt: string | null;
  readonly lateEntryReason: string | null;
  readonly idempotencyKey: string;
  readonly applicant: PersonInputValue;
}

/**
 * receiveAffiliation's input for a draft without problems. The idempotency key is the form's own: the
 * same form sent twice (a double click, a retry after a lost answer) receives one request, not two.
 */
export function receiveAffiliationInputOf(
  draft: AffiliationIntakeDraft,
  idempotencyKey: string,
): ReceiveAffiliationInputValue {
  if (draft.affiliationType === '' || draft.channel === '')
    throw new Error('receiveAffiliationInputOf: el borrador tiene errores');
  const { applicant } = draft;
  return {
    affiliationType: draft.affiliationType,
    channel: draft.channel,
    campaignId: draft.campaignId === '' ? null : draft.campaignId,
    receivedAt: draft.receivedAt.trim() === '' ? null : asOfInstant(draft.receivedAt.trim()),
    lateEntryReason: lateEntryReasonOf(draft),
    idempotencyKey,
    applicant: personInputOf(applicant),
  };
}

/** The affiliation intake's field a server error names (see formFieldOf). */
export function affiliationIntakeFieldOf(serverField: string | null): AffiliationIntakeField | null {
  return formFieldOf(serverField, AFFILIATION_INTAKE_FIELDS);
}
