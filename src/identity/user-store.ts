// The staff-accounts port: who may sign in to Ventanilla, with which roles and in which dependency,
// plus the rules a username and a password must meet.
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
  readonly active: boolean;
  /** ISO-8601 instant. */
  readonly createdAt: string;
}

/** The account as stored, password hash included. */
export interface StoredUser extends UserAccount {
  /** `scrypt$N$r$p$salt$hash`, see password-hasher.ts. */
  readonly passwordHash: string;
}

export interface UserStore {
  /** Stores a new account; throws `UsernameTakenError` when the username exists in any letter case. */
  create(user: StoredUser): Promise<UserAccount>;
  /** Case-insensitive. The one read that returns the password hash: signing in needs it. */
  findByUsername(username: string): Promise<StoredUser | null>;
  findById(id: string): Promise<UserAccount | null>;
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
export const MIN_PASSWORD_LENGTH = 10;
// Generous for passphrases, yet bounded: every sign-in hashes whatever length arrives.
export const MAX_PASSWORD_LENGTH = 200;

/** Null when acceptable, otherwise the reason in Spanish. */
export function validateUsername(username: string): string | null {
  return USERNAME_PATTERN.test(username)
    ? null
    : 'El nombre de usuario debe tener entre 3 y 40 caracteres: letras sin tilde, números, punto, guion o guion bajo.';
}

/** Null when acceptable, otherwise the reason in Spanish. Lengths count characters, not bytes. */
export function validatePassword(password: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`;
  if (length > MAX_PASSWORD_LENGTH)
    return `La contraseña no puede tener más de ${MAX_PASSWORD_LENGTH} caracteres.`;
  return null;
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
