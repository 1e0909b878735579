// What staff may do to affiliations beyond the checklist and the decision, without the screens: receive a
// new request, assign one to a staff member, report a novelty of an affiliate — who may (the server's
// AFFILIATION_COMMAND_ROLES via domain-permissions.ts) and when (the decider's rules), the novelty's
// kinds in Spanish and the checks its form makes before sending; the questions asked before the steps
// that cannot be undone (approving, replacing an accepted document). Pure: no React, no DOM.
import { NOVELTY_KIND_LABELS } from '../../../src/domain/affiliation/labels.js';
import type { AffiliationStatus, NoveltyKind, Role } from '../graphql/generated/graphql.js';
import type { Confirmation } from './case-actions.js';
import { mayAsk } from './domain-permissions.js';
import { isCalendarDate } from './report-periods.js';

export { NOVELTY_KIND_LABELS };

/** Whether the "Nueva solicitud" button and form are offered. */
export function mayReceiveAffiliation(roles: readonly Role[]): boolean {
  return mayAsk(roles, 'ReceiveAffiliation');
}

/** Assigning belongs to coordinators, while the request is undecided (the decider refuses it after). */
export function mayAssignAffiliation(roles: readonly Role[], status: AffiliationStatus): boolean {
  return (
    ['RECEIVED', 'ASSIGNED', 'REQUIREMENTS_VERIFIED'].includes(status) && mayAsk(roles, 'AssignAffiliation')
  );
}

/**
 * The novelties that may be reported on an affiliation as it stands, in the form's order; none unless it
 * was approved. A retired affiliate is reactivated, never retired again; an active one the other way.
 */
export function reportableNovelties(
  roles: readonly Role[],
  status: AffiliationStatus,
): readonly NoveltyKind[] {
  if (!mayAsk(roles, 'ReportNovelty')) return [];
  if (status === 'APPROVED') return ['DATA_UPDATE', 'RETIREMENT'];
  if (status === 'RETIRED') return ['DATA_UPDATE', 'REACTIVATION'];
  return [];
}

export interface StaffMember {
  readonly id: string;
  readonly username: string;
  readonly fullName?: string | null;
  readonly dependency?: string | null;
  readonly roles: readonly string[];
  readonly active: boolean;
}

/** Who a request may be assigned to: active staff who work cases (an auditor only reads), by name. */
export function assignableStaff<Member extends StaffMember>(users: readonly Member[]): Member[] {
  return users
    .filter((user) => user.active && user.roles.some((role) => role !== 'AUDITOR'))
    .sort((a, b) => staffName(a).localeCompare(staffName(b), 'es-CO'));
}

/** "Ana Pérez (ana.perez) — Afiliaciones": how a staff member reads in the list. */
export function staffName(user: Pick<StaffMember, 'username' | 'fullName' | 'dependency'>): string {
  const name = user.fullName ? `${user.fullName} (${user.username})` : user.username;
  return user.dependency ? `${name} — ${user.dependency}` : name;
}

export interface NoveltyDraft {
  readonly kind: NoveltyKind | '';
  readonly description: string;
  /** A date input's value, AAAA-MM-DD. */
  readonly effectiveDate: string;
}

export type NoveltyField = keyof NoveltyDraft;

export const EMPTY_NOVELTY_DRAFT: NoveltyDraft = { kind: '', description: '', effectiveDate: '' };

/** ReportAffiliationNoveltyInput's limit on the description. */
export const NOVELTY_DESCRIPTION_LIMIT = 5_000;

/** What is wrong with a novelty before it is sent, field by field; empty when it can be sent. */
export function noveltyProblems(
  draft: NoveltyDraft,
  allowed: readonly NoveltyKind[],
): Partial<Record<NoveltyField, string>> {
  const problems: Partial<Record<NoveltyField, string>> = {};
  if (draft.kind === '') problems.kind = 'Seleccione el tipo de novedad.';
  else if (!allowed.includes(draft.kind))
    problems.kind = `${NOVELTY_KIND_LABELS[draft.kind]} no aplica a esta afiliación en su estado actual.`;
  const description = draft.description.trim();
  if (description === '') problems.description = 'Describa la novedad.';
  else if (description.length > NOVELTY_DESCRIPTION_LIMIT)
    problems.description = `La descripción admite hasta ${NOVELTY_DESCRIPTION_LIMIT.toLocaleString('es-CO')} caracteres.`;
  if (draft.effectiveDate.trim() === '')
    problems.effectiveDate = 'Indique la fecha desde la que rige la novedad.';
  else if (!isCalendarDate(draft.effectiveDate.trim()))
    problems.effectiveDate = 'Escriba una fecha válida (AAAA-MM-DD).';
  return problems;
}

/** The form field a server refusal names ("input.effectiveDate", "description"), or null. */
export function noveltyFieldOf(serverField: string | null): NoveltyField | null {
  if (serverField === null) return null;
  const path = serverField.replace(/^input\./, '');
  return path === 'kind' || path === 'description' || path === 'effectiveDate' ? path : null;
}

/**
 * The question before approving: the approval gives the applicant a member number and is final (a later
 * retirement is a novelty, not an undoing).
 */
export function approvalConfirmation(applicantName: string): Confirmation {
  return {
    title: `¿Aprobar la afiliación de ${applicantName}?`,
    consequence:
      'Se asigna el número de afiliado y la aprobación queda en firme: no puede deshacerse, solo registrarse después una novedad.',
    confirmLabel: 'Aprobar',
    destructive: false,
  };
}

/**
 * The question before registering again a document already accepted: what was accepted (its file or
 * where it rested) is replaced by what is registered now. A pending or rejected one is registered
 * without asking.
 */
export function reRegistrationConfirmation(documentName: string): Confirmation {
  return {
    title: `¿Registrar de nuevo ${documentName}?`,
    consequence:
      'El documento ya fue aceptado: lo que registre ahora reemplaza en la lista el archivo o la referencia aceptados.',
    confirmLabel: 'Registrar de nuevo',
    destructive: true,
  };
}
