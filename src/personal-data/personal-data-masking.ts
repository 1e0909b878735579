// Who may see whose personal data unmasked, and what the others see. Coordinators and administrators see
// the people of every case; an agent, those of the cases assigned to them or filed by them; an auditor,
// no one until they reveal a person with a reason. Masked data keep just enough to tell people apart on a
// screen: the initials of the name, the type and last three characters of the document, the first letter
// and the domain's ending of the e-mail, the last two digits of the phone; never the address.
import type { Actor } from '../domain/shared/decider.js';
import type { PetitionerData } from './personal-data-store.js';

/** The record a person is shown on: its reference, whom it is assigned to and who filed it. */
export interface PersonHolder {
  /** A radicado, an affiliation id. */
  readonly reference: string;
  readonly assigneeId: string | null;
  /** The staff member who filed it; null when the read model does not know (filed before it was kept). */
  readonly filedBy: string | null;
}

export function seesUnmasked(actor: Actor, holder: PersonHolder): boolean {
  switch (actor.role) {
    case 'ADMIN':
    case 'COORDINATOR':
      return true;
    case 'AGENT':
      return holder.assigneeId === actor.id || holder.filedBy === actor.id;
    case 'AUDITOR':
      return false;
    default:
      return false;
  }
}

/**
 * Whose cases a staff member may find by the petitioner's name or document number. Finding a case by a
 * name tells who filed it, so the search reaches exactly the people the member may see unmasked: every
 * case's for coordinators and administrators, an agent's own cases' (assigned to or filed by them), and
 * no one's for an auditor, whose view of a person is a reveal with a recorded reason, one case at a time.
 */
export type PersonSearchScope =
  | { readonly kind: 'ALL_CASES' }
  | { readonly kind: 'OWN_CASES'; readonly staffMemberId: string }
  | { readonly kind: 'NONE' };

export function personSearchScopeOf(actor: Actor): PersonSearchScope {
  switch (actor.role) {
    case 'ADMIN':
    case 'COORDINATOR':
      return { kind: 'ALL_CASES' };
    case 'AGENT':
      return { kind: 'OWN_CASES', staffMemberId: actor.id };
    default:
      return { kind: 'NONE' };
  }
}

const HIDDEN = '•••';

/** "Ana Milena Zuluaga Restrepo" → "A. M. Z. R." */
export function maskName(name: string): string {
  const initials = name
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => `${[...word][0]!.toLocaleUpperCase('es-CO')}.`);
  return initials.length > 0 ? initials.join(' ') : HIDDEN;
}

/** "1023456789" → "•••789": enough to tell two people with the same initials apart. */
export function maskDocumentNumber(documentNumber: string): string {
  const characters = [...documentNumber.replace(/[\s.-]/gu, '')];
  return characters.length > 4 ? `${HIDDEN}${characters.slice(-3).join('')}` : HIDDEN;
}

/** "ana.zuluaga@correo.example" → "a•••@•••.example" */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return HIDDEN;
  const domain = email.slice(at + 1);
  const ending = domain.includes('.') ? domain.slice(domain.lastIndexOf('.')) : '';
  return `${[...email][0]}${HIDDEN}@${HIDDEN}${ending}`;
}

/** "3104567890" → "•••90" */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/gu, '');
  return digits.length > 4 ? `${HIDDEN}${digits.slice(-2)}` : HIDDEN;
}

export function maskedDataOf(data: PetitionerData): PetitionerData {
  return {
    name: maskName(data.name),
    documentType: data.documentType,
    documentNumber: maskDocumentNumber(data.documentNumber),
    email: data.email === null ? null : maskEmail(data.email),
    phone: data.phone === null ? null : maskPhone(data.phone),
    address: data.address === null ? null : HIDDEN,
  };
}
