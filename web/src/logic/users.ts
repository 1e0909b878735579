// The Usuarios screen's rules of presentation: roles in words (the domain's labels), an account's status,
// and what a form lacks before it is sent (the server checks the rest: the password policy, a taken name).
import type { Role } from '../graphql/generated/graphql.js';
import { ROLE_LABELS, ROLE_PRECEDENCE } from './roles.js';

export const MIN_PASSWORD_LENGTH = 12;

/** "Administrador, Auditor": in the order of precedence, whatever order they came in. */
export function rolesInWords(roles: readonly Role[]): string {
  return ROLE_PRECEDENCE.filter((role) => roles.includes(role))
    .map((role) => ROLE_LABELS[role])
    .join(', ');
}

export function accountStatus(account: {
  readonly active: boolean;
  readonly mustChangePassword: boolean;
}): string {
  if (!account.active) return 'Inactiva';
  return account.mustChangePassword ? 'Activa · contraseña temporal' : 'Activa';
}

/** The roles with `role` added or taken away. */
export function withRole(roles: readonly Role[], role: Role, checked: boolean): Role[] {
  const others = roles.filter((candidate) => candidate !== role);
  return checked ? [...others, role] : others;
}

export interface AccountForm {
  readonly username?: string;
  readonly password?: string;
  readonly fullName: string;
  readonly roles: readonly Role[];
  /** Optional: where the daily digest goes. */
  readonly email?: string;
}

// A first look only (something@domain.tld, no spaces): the server applies the full check.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the form lacks, by field; empty when it may be sent. */
export function accountFormProblems(form: AccountForm): Partial<Record<keyof AccountForm, string>> {
  const problems: Partial<Record<keyof AccountForm, string>> = {};
  if (form.username !== undefined && form.username.trim() === '')
    problems.username = 'Escriba el nombre de usuario.';
  if (form.password !== undefined && [...form.password].length < MIN_PASSWORD_LENGTH)
    problems.password = `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`;
  if (form.fullName.trim() === '') problems.fullName = 'Escriba el nombre completo.';
  if (form.roles.length === 0) problems.roles = 'Elija al menos un rol.';
  const email = form.email?.trim() ?? '';
  if (email !== '' && !EMAIL_SHAPE.test(email))
    problems.email = 'Escriba un correo electrónico válido (p. ej. nombre@entidad.gov.co) o déjelo vacío.';
  return problems;
}

/** Why a new password cannot be sent yet (the confirmation differs, it is too short), or null. */
export function newPasswordProblem(newPassword: string, confirmation: string): string | null {
  if ([...newPassword].length < MIN_PASSWORD_LENGTH)
    return `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`;
  return newPassword === confirmation ? null : 'La confirmación no coincide con la nueva contraseña.';
}
