// The staff-accounts port: who may sign in to Ventanilla, with which roles and in which dependency, which
// sessions still stand, plus the rules a username and a password must meet.
import { dictionary } from '@zxcvbn-ts/language-common';
import { isEmail } from 'class-validator';
import { BadUserInput } from '../engine/application-errors.js';
import type { ActorRole } from '../domain/shared/decider.js';
import { staffMemberNamed, type StaffMember } from '../domain/shared/staff-member.js';

/** A user's roles are the roles an actor acts in (DESIGN.md, "Roles"). */
export type UserRole = ActorRole;
export const USER_ROLES: readonly UserRole[] = ['ADMIN', 'COORDINATOR', 'AGENT', 'AUDITOR'];

/** A staff account as everyone but the sign-in check sees it: without the password hash. */
export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly fullName: string;
  readonly roles: readonly UserRole[];
  /** The office unit (dependencia) the user works in, if any. */
  readonly dependency: string | null;
  /**
   * Where Ventanilla writes to the staff member (the daily digest); optional. Kept here, with the name,
   * not in the log: it is the staff member's contact data.
   */
  readonly email: string | null;
  readonly active: boolean;
  /** ISO-8601 instant. */
  readonly createdAt: string;
  /** The password is a temporary one an administrator gave: nothing but changing it is allowed. */
  readonly mustChangePassword: boolean;
}

/** The account as stored, password hash included. */
export interface StoredUser extends UserAccount {
  /** `scrypt$N$r$p$salt$hash`, see password-hasher.ts. */
  readonly passwordHash: string;
  /**
   * Raised whenever every open session must end (a password changed or reset, roles changed, the account
   * deactivated): a token carries the version it was issued under and stops working once it differs.
   */
  readonly sessionVersion: number;
}

/** What an administrator changes in an account. */
export interface AccountChanges {
  readonly fullName: string;
  readonly roles: readonly UserRole[];
  readonly active: boolean;
  /** The account's e-mail address; null removes it. */
  readonly email: string | null;
  /** Whether the account's open sessions end with the change. */
  readonly endSessions: boolean;
}

export interface UserStore {
  /** Stores a new account; throws `UsernameTakenError` when the username exists in any letter case. */
  create(user: StoredUser): Promise<UserAccount>;
  /** Case-insensitive. The one read that returns the password hash: signing in needs it. */
  findByUsername(username: string): Promise<StoredUser | null>;
  findById(id: string): Promise<UserAccount | null>;
  /** The account with its hash and session version: checking a session or a current password needs them. */
  findStoredById(id: string): Promise<StoredUser | null>;
  /** Changes name, roles, status and e-mail address; null when no account has that id. */
  update(id: string, changes: AccountChanges): Promise<UserAccount | null>;
  /** A new password hash; every open session ends. A temporary password must be changed at next use. */
  setPassword(id: string, passwordHash: string, options: { readonly temporary: boolean }): Promise<void>;
  /** Refuses one token (a sign-out) until it would have expired anyway. */
  revokeToken(tokenId: string, expiresAt: string): Promise<void>;
  isTokenRevoked(tokenId: string): Promise<boolean>;
  /** Ids not found are absent from the map. */
  findManyByIds(ids: readonly string[]): Promise<Map<string, UserAccount>>;
  /** Every account, by username. */
  list(): Promise<UserAccount[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

export const USER_STORE = Symbol('UserStore');

export class UsernameTakenError extends BadUserInput {
  constructor(readonly username: string) {
    super('username', `El nombre de usuario "${username}" ya está en uso.`);
    this.name = 'UsernameTakenError';
  }
}

const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/i;
export const MIN_PASSWORD_LENGTH = 12;
// Generous for passphrases, yet bounded: every sign-in hashes whatever length arrives.
export const MAX_PASSWORD_LENGTH = 200;

/** Null when acceptable, otherwise the reason in Spanish. */
export function validateUsername(username: string): string | null {
  return USERNAME_PATTERN.test(username)
    ? null
    : 'El nombre de usuario debe tener entre 3 y 40 caracteres: letras sin tilde, números, punto, guion o guion bajo.';
}

/**
 * The common passwords long enough to pass the length rule, lower-cased: from zxcvbn-ts's list of the most
 * used passwords in leaks (about 49,000; a few hundred reach the minimum length).
 */
let commonLongPasswords: ReadonlySet<string> | undefined;
function isCommonPassword(password: string): boolean {
  commonLongPasswords ??= new Set(
    (dictionary['passwords-common'] as readonly string[])
      .filter((common) => [...common].length >= MIN_PASSWORD_LENGTH)
      .map((common) => common.toLowerCase()),
  );
  return commonLongPasswords.has(password.toLowerCase());
}

/**
 * The password policy: at least 12 characters (lengths count characters, not bytes), at most 200, not the
 * username, not one of the common passwords. Null when acceptable, otherwise the reason in Spanish.
 */
export function validatePassword(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`;
  if (length > MAX_PASSWORD_LENGTH)
    return `La contraseña no puede tener más de ${MAX_PASSWORD_LENGTH} caracteres.`;
  const normalized = password.normalize('NFC').trim().toLowerCase();
  if (normalized === username.normalize('NFC').trim().toLowerCase())
    return 'La contraseña no puede ser el nombre de usuario.';
  if (isCommonPassword(normalized))
    return 'Esa contraseña está entre las más usadas y filtradas: elija otra.';
  return null;
}

export const MAX_EMAIL_LENGTH = 254;

/** An address as typed: trimmed; blank means none. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Null when acceptable (none is acceptable), otherwise the reason in Spanish. */
export function validateEmail(email: string | null): string | null {
  if (email === null) return null;
  // validator.js's check (through class-validator), as the GraphQL input's @IsEmail applies it.
  return email.length <= MAX_EMAIL_LENGTH && isEmail(email)
    ? null
    : 'El correo electrónico no es una dirección válida (p. ej. nombre@entidad.gov.co).';
}

/** Null when acceptable, otherwise the reason in Spanish. */
export function validateRoles(roles: readonly string[]): string | null {
  if (roles.length === 0) return 'El usuario debe tener al menos un rol.';
  const unknown = roles.find((role) => !(USER_ROLES as readonly string[]).includes(role));
  return unknown === undefined
    ? null
    : `Rol desconocido: ${unknown}. Los roles son ${USER_ROLES.join(', ')}.`;
}

/**
 * What a decision may know of the account with this id: its status, roles and dependency; an unknown id
 * is an inactive member with no roles, so every rule about it refuses.
 */
export function staffMemberOf(id: string, account: UserAccount | null): StaffMember {
  return account === null
    ? staffMemberNamed(id)
    : { id, active: account.active, roles: account.roles, dependency: account.dependency };
}
